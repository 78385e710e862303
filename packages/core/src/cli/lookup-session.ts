import type {Lang} from '@ti-toolkit/data/catalogue';
import type {CompanyLocator} from '../places/index.ts';
import {openCacheFile, type FileCacheStore} from './cache-file.ts';
import {companyClientFor, companyLocator} from './company-locator.ts';
import {french} from './french-typography.ts';
import type {CliIo} from './io.ts';

/** The company lookups of one command run: one client (one rate limit), its cache file, the user's interruption. */
export interface LookupSession {
  /** Absent offline. */
  locateCompany: CompanyLocator | undefined;
  signal: AbortSignal | undefined;
  /** Writes the cache file; the error's message when it could not. */
  finish(): Promise<string | null>;
}

export async function openLookupSession(
  io: CliIo,
  {
    offline,
    cachePath,
    lang,
  }: {offline: boolean; cachePath: string | undefined; lang: Lang}
): Promise<{ok: true; value: LookupSession} | {ok: false; message: string}> {
  let store: FileCacheStore | undefined;
  if (cachePath !== undefined && !offline) {
    const opened = await openCacheFile(cachePath);
    if (!opened.ok)
      return {ok: false, message: cacheProblem(cachePath, opened, lang)};
    store = opened.value;
  }
  const signal = io.interruption?.();
  const client = offline ? undefined : companyClientFor(io, {store});
  return {
    ok: true,
    value: {
      locateCompany:
        client &&
        companyLocator(
          {lookup: (identifier) => client.lookup(identifier, {signal})},
          lang
        ),
      signal,
      async finish() {
        try {
          await store?.flush();
          return null;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          return lang === 'fr'
            ? french`--cache ${cachePath} : écriture impossible (${code ?? String(error)}) ; les réponses de cette exécution n’y sont pas gardées.`
            : `--cache ${cachePath}: cannot write it (${code ?? String(error)}); this run's answers are not kept.`;
        }
      },
    },
  };
}

function cacheProblem(
  path: string,
  problem: {reason: 'unreadable' | 'corrupt'; detail: string},
  lang: Lang
): string {
  if (problem.reason === 'unreadable')
    return lang === 'fr'
      ? french`--cache ${path} : lecture impossible (${problem.detail}).`
      : `--cache ${path}: cannot read it (${problem.detail}).`;
  return lang === 'fr'
    ? french`--cache ${path} : ce fichier n’est pas un cache de ti where (${problem.detail}). Il n’a pas été modifié : déplacez-le ou choisissez un autre fichier.`
    : `--cache ${path}: this file is not a ti where cache (${problem.detail}). It was left as it is: move it away or choose another file.`;
}
