import {
  explainListError,
  listAnswerOf,
  LIST_LIMITS,
  listError,
  placeInputOf,
  readCompanyList,
  writeCompanyList,
  type ListAnswer,
} from '../company-list/index.ts';
import {loadPlaces, resolvePlace, type Lang} from '../places/index.ts';
import {answersInOrder, LOOKUP_WINDOW} from './answers-in-order.ts';
import type {CliIo, ExitCode} from './io.ts';
import type {LookupSession} from './lookup-session.ts';
import {french} from './french-typography.ts';
import {messagePrefix} from './message-prefix.ts';
import {progressOn} from './progress.ts';
import {untilAborted} from './until-aborted.ts';

// A character takes at most 4 bytes in UTF-8 (and a BOM 3): past this, the text is surely over the limit.
const MAX_BYTES = LIST_LIMITS.maxChars * 4 + 3;

/**
 * `ti where --csv FILE|-`: the list's rows with the answer columns appended, as CSV on standard output. `header`
 * (`--header yes|no`) says whether the first line is a header; undefined, it is guessed.
 */
export async function whereList(
  path: string,
  header: boolean | undefined,
  {locateCompany, signal}: LookupSession,
  lang: Lang,
  io: CliIo
): Promise<ExitCode> {
  const name =
    path === '-'
      ? lang === 'fr'
        ? 'entrée standard'
        : 'standard input'
      : path;
  let input: {text: string; complete: boolean};
  try {
    input = await io.readInput(path, MAX_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr(
      lang === 'fr'
        ? french`ti where : lecture impossible de ${name} (${code}).`
        : `ti where: cannot read ${name} (${code}).`
    );
    return 1;
  }
  const read = input.complete
    ? readCompanyList(input.text, {header})
    : ({ok: false, error: listError('too-large')} as const);
  if (!read.ok) {
    io.stderr(
      `${messagePrefix('ti where', lang)}${messagePrefix(name, lang)}${explainListError(read.error, lang)}`
    );
    return 2;
  }
  const list = read.value;
  const places = await loadPlaces();
  const progress = progressOn(io, {total: list.rows.length, lang});
  const answers: (ListAnswer | undefined)[] = [];
  let failed = 0;
  // Each cell as its column names it: 01100 under `code_postal` is a postcode, not also an INSEE code.
  const inputs = untilAborted(
    list.rows.map((_, index) => placeInputOf(list, index)),
    signal
  );
  const resolved = answersInOrder(
    inputs,
    (input) => resolvePlace(places, input, {locateCompany}),
    {window: LOOKUP_WINDOW, signal}
  );
  for await (const answer of resolved) {
    // Lookups cut short by the interruption are left blank, to be answered by the next run.
    if (signal?.aborted) break;
    progress.tick();
    const cells = listAnswerOf(answer, lang);
    if (cells.status === 'failed') failed += 1;
    answers.push(cells);
  }
  progress.done();
  io.write(writeCompanyList(list, answers));
  if (signal?.aborted) {
    io.stderr(
      lang === 'fr'
        ? french`ti where : interrompu après ${answers.length} lignes sur ${list.rows.length} ; les autres sont laissées vides. Relancez la même commande avec --cache FICHIER pour reprendre sans redemander les entreprises déjà trouvées.`
        : `ti where: interrupted after ${answers.length} of ${list.rows.length} rows; the others are left blank. Run the same command again with --cache FILE to resume without asking again for the companies already found.`
    );
    return 130;
  }
  if (failed > 0)
    io.stderr(
      lang === 'fr'
        ? french`ti where : ${failed} ligne(s) en échec (statut « failed ») : ces entreprises n’ont pas pu être recherchées dans l’annuaire (voir la colonne reason). Relancez plus tard, avec --cache FICHIER pour ne redemander qu’elles.`
        : `ti where: ${failed} row(s) failed (status "failed"): these companies could not be looked up in the directory (see the reason column). Run again later, with --cache FILE to ask again for those only.`
    );
  return failed > 0 ? 1 : 0;
}
