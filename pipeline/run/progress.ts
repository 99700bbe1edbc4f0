/**
 * Progress of a long conversion: silent while it is short, then one line every few seconds with
 * the articles converted so far, so an editor converting thousands of articles (or one huge one)
 * sees that it is moving. Threads count into one shared integer; the thread that converts
 * alongside the workers (or a timer while it waits for them) prints.
 */

export interface ProgressOptions {
  /** Where a line goes (the CLI: standard output, which the Astro integration relays). */
  write: (line: string) => void;
  /** Milliseconds of silence before the first line: a short build prints none. */
  after?: number;
  /** Milliseconds between lines. */
  every?: number;
  /** Clock in milliseconds (tests pass their own). */
  now?: () => number;
}

export interface ConversionProgress {
  /** The count every converting thread adds to, in slot 0 (plain data: it crosses to workers). */
  readonly converted: SharedArrayBuffer;
  /** Prints a line if one is due. Cheap: called after every article. */
  tick(): void;
  /** Stops the timer, if one was started while waiting for the workers. */
  stop(): void;
  /** Ticks every `every` ms while `waiting` runs (this thread has no article left, the workers do). */
  whileWaiting<T>(waiting: Promise<T>): Promise<T>;
}

/** Adds one converted article to a progress counter (any thread). */
export function countConverted(converted: SharedArrayBuffer | undefined): void {
  if (converted) Atomics.add(new Int32Array(converted), 0, 1);
}

export function conversionProgress(total: number, { write, after = 5000, every = 5000, now = () => performance.now() }: ProgressOptions): ConversionProgress {
  const converted = new SharedArrayBuffer(4);
  const count = new Int32Array(converted);
  const start = now();
  let next = start + after;
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    const time = now();
    if (time < next) return;
    next = time + every;
    write(`policy-reader: converting… ${Atomics.load(count, 0)} of ${total} articles converted (${((time - start) / 1000).toFixed(0)} s)`);
  };
  const stop = () => clearInterval(timer);
  return {
    converted,
    tick,
    stop,
    async whileWaiting(waiting) {
      timer = setInterval(tick, Math.min(every, 1000));
      try {
        return await waiting;
      } finally {
        stop();
      }
    },
  };
}
