import type {FetchLike} from '../company-api/index.ts';

/** What a command touches outside itself, injected so that tests run commands in-process. */
export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Text written to standard output as it is, without a line end added (a CSV file). */
  write: (text: string) => void;
  /** Lines of standard input, read lazily (for `ti where -`). */
  stdinLines: () => AsyncIterable<string>;
  readFile: (path: string) => Promise<string>;
  /**
   * A whole file, or standard input for `-`, decoded as UTF-8 (bytes that are not become U+FFFD). Reading stops
   * past `maxBytes`: `complete` is then false and `text` holds the beginning only.
   */
  readInput: (
    path: string,
    maxBytes: number
  ) => Promise<{text: string; complete: boolean}>;
  /** Present only when standard error is a terminal: replaces the progress line (an empty text clears it). */
  progress?: (text: string) => void;
  /** A signal that aborts when the user interrupts (Ctrl-C); asking for it is what catches the interruption. */
  interruption?: () => AbortSignal;
  env: Readonly<Record<string, string | undefined>>;
  fetch: FetchLike;
}

/**
 * Exit codes: 0 answered, 1 a lookup that failed (or found nothing, for `ti company`) or a file that could not be
 * read, 2 a usage error or an unusable input file, 130 interrupted.
 */
export type ExitCode = 0 | 1 | 2 | 130;
