/** Runs `task` over `items`, 64 at a time: overlapping file I/O without opening thousands of files at once. */
export async function inBatches<T>(items: readonly T[], task: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += 64) await Promise.all(items.slice(start, start + 64).map(task));
}
