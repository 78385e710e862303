import {parseArgs} from 'node:util';
import type {Company, Establishment} from '../company-api/index.ts';
import {
  explainAnswer,
  loadPlaces,
  resolveInsee,
  type Lang,
  type PlaceAnswer,
} from '../places/index.ts';
import {companyClientFor, describeFailure} from './company-locator.ts';
import type {CliIo, ExitCode} from './io.ts';
import {langOption} from './options.ts';
import {answerJson} from './where.ts';

export const COMPANY_USAGE =
  'ti company [--json] [--lang fr|en] SIREN|SIRET   the company (online) and its territory verdict';

/** `ti company`: the company from the public API, and the verdict for its establishment (SIRET) or head office. */
export async function company(args: string[], io: CliIo): Promise<ExitCode> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {json: {type: 'boolean'}, lang: {type: 'string', default: 'fr'}},
  });
  const lang: Lang = langOption(values.lang);
  if (positionals.length !== 1) {
    io.stderr(COMPANY_USAGE);
    return 2;
  }
  const input = positionals[0]!;
  const result = await companyClientFor(io).lookup(input);
  if (!result.ok) {
    const message = describeFailure(result);
    if (values.json)
      io.stdout(
        JSON.stringify({
          input,
          status: result.reason,
          company: null,
          verdict: null,
          reason: message,
        })
      );
    else io.stderr(`ti company: ${input}: ${message}`);
    return result.reason === 'invalid-identifier' ? 2 : 1;
  }
  const found = result.value;
  const place = found.establishment ?? found.headOffice;
  const places = await loadPlaces();
  const verdict = place?.communeCode
    ? resolveInsee(places, place.communeCode, input)
    : null;
  if (values.json)
    io.stdout(
      JSON.stringify({
        input,
        status: 'found',
        company: found,
        verdict: verdict && answerJson(verdict, lang),
      })
    );
  else io.stdout(companyText(found, place, verdict, lang));
  return 0;
}

function companyText(
  found: Company,
  place: Establishment | null,
  verdict: PlaceAnswer | null,
  lang: Lang
): string {
  const which = found.establishment
    ? `établissement ${found.establishment.siret}`
    : 'siège';
  return [
    `${found.name ?? '?'} (SIREN ${found.siren}) - ${found.state === 'active' ? 'active' : 'fermée'}`,
    `  ${which}: ${place?.address ?? '?'} ${place?.postcode ?? ''} ${place?.communeName ?? ''}`.trimEnd(),
    `  ${verdict ? `${verdict.status}: ${explainAnswer(verdict, lang)}` : 'commune inconnue : pas de verdict.'}`,
  ].join('\n');
}
