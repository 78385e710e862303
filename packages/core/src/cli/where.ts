import {LIST_STATUS_LABELS, listStatusOf} from '../company-list/index.ts';
import {
  explainAnswer,
  explainCandidate,
  loadPlaces,
  resolvePlace,
  type Lang,
  type PlaceAnswer,
} from '../places/index.ts';
import {answersInOrder, LOOKUP_WINDOW} from './answers-in-order.ts';
import {french} from './french-typography.ts';
import {commandUsage} from './help.ts';
import type {CliIo, ExitCode} from './io.ts';
import {openLookupSession, type LookupSession} from './lookup-session.ts';
import {messagePrefix} from './message-prefix.ts';
import {langOption, UsageError, yesNoOption} from './options.ts';
import {parseCommandArgs} from './parse-command-args.ts';
import {progressOn} from './progress.ts';
import {untilAborted} from './until-aborted.ts';
import {whereList} from './where-list.ts';

/** `ti where`: the territory verdict for each place, with its reason. */
export async function where(args: string[], io: CliIo): Promise<ExitCode> {
  const {values, positionals} = parseCommandArgs(args, {
    allowPositionals: true,
    options: {
      json: {type: 'boolean'},
      lang: {type: 'string', default: 'fr'},
      offline: {type: 'boolean'},
      cache: {type: 'string'},
      csv: {type: 'string'},
      header: {type: 'string'},
    },
  });
  const lang = langOption(values.lang);
  const header = yesNoOption('header', values.header);
  if (header !== undefined && values.csv === undefined)
    throw new UsageError({
      fr: french`--header dit si la première ligne du fichier de --csv est un en-tête : donnez aussi --csv`,
      en: "--header says whether the first line of --csv's file is a header: give --csv too",
    });
  if (values.csv !== undefined && positionals.length > 0)
    throw new UsageError({
      fr: french`--csv lit les lieux dans son fichier : ne donnez pas de LIEU en plus`,
      en: '--csv reads the places from its file: give no PLACE',
    });
  if (values.csv !== undefined && values.json)
    throw new UsageError({
      fr: french`--csv écrit du CSV : retirez --json`,
      en: '--csv writes CSV: leave out --json',
    });
  if (values.csv === undefined && positionals.length === 0) {
    io.stderr(commandUsage('where', lang));
    return 2;
  }
  const opened = await openLookupSession(io, {
    offline: values.offline ?? false,
    cachePath: values.cache,
    lang,
  });
  if (!opened.ok) {
    io.stderr(`${messagePrefix('ti where', lang)}${opened.message}`);
    return 2;
  }
  const session = opened.value;
  const code =
    values.csv !== undefined
      ? await whereList(values.csv, header, session, lang, io)
      : await wherePlaces(positionals, values.json ?? false, session, lang, io);
  const cacheProblem = await session.finish();
  if (cacheProblem)
    io.stderr(`${messagePrefix('ti where', lang)}${cacheProblem}`);
  return code === 0 && cacheProblem ? 1 : code;
}

async function wherePlaces(
  positionals: string[],
  json: boolean,
  {locateCompany, signal}: LookupSession,
  lang: Lang,
  io: CliIo
): Promise<ExitCode> {
  const places = await loadPlaces();
  const fromStdin = positionals.length === 1 && positionals[0] === '-';
  const inputs = fromStdin
    ? nonBlank(untilAborted(io.stdinLines(), signal))
    : positionals;
  const progress = progressOn(io, {
    total: fromStdin ? undefined : positionals.length,
    lang,
  });
  let failed = 0;
  const answers = answersInOrder(
    inputs,
    (input) => resolvePlace(places, input, {locateCompany}),
    {window: LOOKUP_WINDOW, signal}
  );
  for await (const answer of answers) {
    // Lookups cut short by the interruption are not answers.
    if (signal?.aborted) break;
    progress.tick();
    if (listStatusOf(answer) === 'failed') failed += 1;
    io.stdout(
      json ? JSON.stringify(answerJson(answer, lang)) : answerText(answer, lang)
    );
  }
  progress.done();
  if (signal?.aborted) {
    io.stderr(
      lang === 'fr' ? french`ti where : interrompu.` : 'ti where: interrupted.'
    );
    return 130;
  }
  return failed > 0 ? 1 : 0;
}

async function* nonBlank(lines: AsyncIterable<string>) {
  for await (const line of lines) if (line.trim() !== '') yield line;
}

/**
 * One JSON object per input: the fields scripts rely on, plus the reason in words. A company that could not be
 * looked up has the status `failed`, never `not-found`.
 */
export function answerJson(answer: PlaceAnswer, lang: Lang) {
  return {
    input: answer.input,
    status: listStatusOf(answer),
    kind: answer.kind,
    territory: answer.territory,
    commune: answer.commune,
    groupement: answer.groupement,
    ...(answer.communes && {communes: answer.communes}),
    ...(answer.candidates && {candidates: answer.candidates}),
    ...(answer.company && {company: answer.company}),
    reason: explainAnswer(answer, lang),
    reasonCode: answer.reason.code,
    vintage: answer.vintage,
  };
}

/** The status in words, in the language of the reason. */
export const statusText = (answer: PlaceAnswer, lang: Lang) =>
  LIST_STATUS_LABELS[listStatusOf(answer)][lang];

function answerText(answer: PlaceAnswer, lang: Lang): string {
  const verdict = answer.territory
    ? `${answer.territory.name} (${answer.territory.id})`
    : '';
  const lines = [
    `${answer.input.trim()}${lang === 'fr' ? ' : ' : ': '}${statusText(answer, lang)}${verdict ? ` - ${verdict}` : ''}`,
    `  ${explainAnswer(answer, lang)}`,
  ];
  for (const candidate of answer.candidates ?? [])
    lines.push(
      `  - ${explainCandidate(candidate, lang, answer.reason.code === 'code-both-insee-and-postcode')}`
    );
  return lines.join('\n');
}
