/**
 * The CLIs' arguments: Node's parseArgs, plus `--help`, and an unknown or malformed option as one
 * `command: problem — fix` line (the build's message format) with exit code 2, not a stack trace.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Command {
  /** As the user runs it: `term:new`. */
  name: string;
  /** The whole command line with its options: `npm run term:new -- <hanzi> [--en NAME]`. */
  usage: string;
}

export function parseCommandLine<const T extends ParseArgsConfig>({ name, usage }: Command, config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  const options = args.slice(0, args.includes('--') ? args.indexOf('--') : undefined);
  if (options.includes('--help') || options.includes('-h')) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // Node's first sentence names the problem; its advice on `--` would mislead behind npm's own `--`.
    const problem = (error as Error).message.split('. ')[0];
    console.error(`${name}: ${problem} — run it as ${usage}`);
    process.exit(2);
  }
}

/** A file as a message names it: from the working folder when it is inside it, else in full (not "../../tmp/…"). */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}
