/**
 * Content errors in `astro dev` shown where the editor looks: Vite's error overlay in the browser,
 * over the page (which still shows the last good conversion). A browser that connects while the
 * content is broken gets the errors too; once a conversion succeeds, the pages reload without it.
 */
import type { ViteDevServer } from 'vite';

export class DevErrorOverlay {
  readonly #channel: ViteDevServer['ws'];
  #message: string | undefined;

  constructor(channel: ViteDevServer['ws']) {
    this.#channel = channel;
    channel.on('connection', () => this.#send());
  }

  /** Shows the conversion's `file:line: message` list (or replaces the one shown). */
  show(message: string): void {
    this.#message = message;
    this.#send();
  }

  /** The content converts again: reload the pages, which closes the overlay, if one was shown. */
  clear(): void {
    if (this.#message === undefined) return;
    this.#message = undefined;
    this.#channel.send({ type: 'full-reload' });
  }

  #send(): void {
    if (this.#message === undefined) return;
    this.#channel.send({ type: 'error', err: { message: `Content errors (fix them and save: the page reloads):\n${this.#message}`, stack: '', plugin: 'policy-reader:content' } });
  }
}
