import {parseArgs} from 'node:util';
import {
  explainAnswer,
  explainCandidate,
  loadPlaces,
  resolvePlace,
  type Lang,
  type PlaceAnswer,
} from '../places/index.ts';
import {companyClientFor, companyLocator} from './company-locator.ts';
import type {CliIo, ExitCode} from './io.ts';
import {langOption} from './options.ts';

export const WHERE_USAGE = `ti where [--json] [--lang fr|en] [--offline] PLACE...   (or - to read one place per line on stdin)
  PLACE: a commune name, postcode, INSEE code, SIREN or SIRET, or explicit: insee:78224 cp:78620 siren:… siret:… nom:…`;

/** `ti where`: the territory verdict for each place, with its reason. */
export async function where(args: string[], io: CliIo): Promise<ExitCode> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: {type: 'boolean'},
      lang: {type: 'string', default: 'fr'},
      offline: {type: 'boolean'},
    },
  });
  const lang = langOption(values.lang);
  if (positionals.length === 0) {
    io.stderr(WHERE_USAGE);
    return 2;
  }
  const places = await loadPlaces();
  const locateCompany = values.offline
    ? undefined
    : companyLocator(companyClientFor(io), lang);
  const inputs =
    positionals.length === 1 && positionals[0] === '-'
      ? io.stdinLines()
      : positionals;
  for await (const input of inputs) {
    if (input.trim() === '' && positionals[0] === '-') continue;
    const answer = await resolvePlace(places, input, {locateCompany});
    io.stdout(
      values.json
        ? JSON.stringify(answerJson(answer, lang))
        : answerText(answer, lang)
    );
  }
  return 0;
}

/** One JSON object per input: the fields scripts rely on, plus the reason in words. */
export function answerJson(answer: PlaceAnswer, lang: Lang) {
  return {
    input: answer.input,
    status: answer.status,
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

function answerText(answer: PlaceAnswer, lang: Lang): string {
  const verdict = answer.territory
    ? `${answer.territory.name} (${answer.territory.id})`
    : '';
  const lines = [
    `${answer.input.trim()}: ${answer.status}${verdict ? ` - ${verdict}` : ''}`,
    `  ${explainAnswer(answer, lang)}`,
  ];
  for (const candidate of answer.candidates ?? [])
    lines.push(
      `  - ${explainCandidate(candidate, lang, answer.reason.code === 'code-both-insee-and-postcode')}`
    );
  return lines.join('\n');
}
