/**
 * Buttons on term cards and term pages: "Listen" speaks the hanzi with the browser's speech
 * synthesis in a Chinese voice, and is shown only when the browser has one; "I know this term"
 * adds the term to the reader's known terms (known-terms.ts), and takes it off again.
 */
import { knownTerms, setKnown } from './known-terms.ts';

function chineseVoice(): SpeechSynthesisVoice | undefined {
  const voices = globalThis.speechSynthesis?.getVoices() ?? [];
  return voices.find((voice) => /^zh[-_]CN/i.test(voice.lang)) ?? voices.find((voice) => /^(zh|cmn)\b/i.test(voice.lang));
}

function showSpeakButtons() {
  const voice = chineseVoice();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.speak')) button.hidden = !voice;
}

if (globalThis.speechSynthesis) {
  showSpeakButtons();
  // Voices often arrive after the page loads.
  speechSynthesis.addEventListener('voiceschanged', showSpeakButtons);
}

function syncKnownButtons() {
  const known = new Set(knownTerms());
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.term-known')) {
    const isKnown = known.has(button.dataset.term ?? '');
    button.setAttribute('aria-pressed', String(isKnown));
  }
}
syncKnownButtons();
addEventListener('known-terms', syncKnownButtons);

addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.('button.speak, button.term-known');
  if (!(button instanceof HTMLButtonElement)) return;
  if (button.classList.contains('term-known')) {
    setKnown(button.dataset.term ?? '', button.getAttribute('aria-pressed') !== 'true');
    return;
  }
  const voice = chineseVoice();
  if (!voice) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(button.dataset.speak ?? '');
  utterance.voice = voice;
  utterance.lang = voice.lang;
  speechSynthesis.speak(utterance);
});
