import type {FetchLike} from '../company-api/index.ts';

/** What a command touches outside itself, injected so that tests run commands in-process. */
export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Lines of standard input, read lazily (for `ti where -`). */
  stdinLines: () => AsyncIterable<string>;
  readFile: (path: string) => Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  fetch: FetchLike;
}

/** Exit codes: 0 answered, 1 a lookup that found nothing or failed, 2 a usage error. */
export type ExitCode = 0 | 1 | 2;
