import type {Company} from '../company-api/index.ts';
import {chosenAddress} from '../company-territory/index.ts';
import {
  companyAnswer,
  explainAnswer,
  loadPlacesFor,
  type Lang,
  type PlaceAnswer,
} from '../places/index.ts';
import {
  companyClientFor,
  companyLocation,
  describeFailure,
  lookedUpAddressChoice,
} from './company-locator.ts';
import type {CliIo, ExitCode} from './io.ts';
import {commandUsage} from './help.ts';
import {messagePrefix} from './message-prefix.ts';
import {langOption} from './options.ts';
import {parseCommandArgs} from './parse-command-args.ts';
import {shownValue} from './shown-value.ts';
import {answerJson, statusText} from './where.ts';

/** `ti company`: the company from the public API, and the verdict for its establishment (SIRET) or head office. */
export async function company(args: string[], io: CliIo): Promise<ExitCode> {
  const {values, positionals} = parseCommandArgs(args, {
    allowPositionals: true,
    options: {json: {type: 'boolean'}, lang: {type: 'string', default: 'fr'}},
  });
  const lang: Lang = langOption(values.lang);
  if (positionals.length !== 1) {
    io.stderr(commandUsage('company', lang));
    return 2;
  }
  const input = positionals[0]!;
  const result = await companyClientFor(io).lookup(input);
  if (!result.ok) {
    const message = describeFailure(result, lang);
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
    else
      io.stderr(
        `${messagePrefix('ti company', lang)}${messagePrefix(shownValue(input), lang)}${message}`
      );
    return result.reason === 'invalid-identifier' ? 2 : 1;
  }
  const found = result.value;
  const location = companyLocation(found);
  // The located commune's department only (ADR 0016); no commune code reads no commune.
  const places = await loadPlacesFor(
    location.communeCode ? `insee:${location.communeCode}` : ''
  );
  const verdict = companyAnswer(places, location, input);
  if (values.json)
    io.stdout(
      JSON.stringify({
        input,
        status: 'found',
        company: found,
        verdict: answerJson(verdict, lang),
      })
    );
  else io.stdout(companyText(found, verdict, lang));
  return 0;
}

const TEXT = {
  fr: {
    active: 'en activité',
    closed: 'fermée',
    establishment: 'Établissement',
    headOffice: 'Siège',
  },
  en: {
    active: 'active',
    closed: 'closed',
    establishment: 'Establishment',
    headOffice: 'Head office',
  },
};

function companyText(found: Company, verdict: PlaceAnswer, lang: Lang): string {
  const t = TEXT[lang];
  const choice = lookedUpAddressChoice(found);
  const place = chosenAddress(found, choice);
  const state = (s: Company['state']) => (s === 'active' ? t.active : t.closed);
  // The API's address already ends with the postcode and the town.
  const address =
    place?.address ??
    [place?.postcode, place?.communeName].filter(Boolean).join(' ');
  return [
    `${found.name ?? found.siren} (SIREN ${found.siren}) - ${state(found.state)}`,
    place
      ? `  ${choice === 'establishment' ? t.establishment : t.headOffice} ${place.siret} - ${state(place.state)}${lang === 'fr' ? ' :' : ':'} ${address || '?'}`
      : '',
    `  ${statusText(verdict, lang)}${lang === 'fr' ? ' : ' : ': '}${explainAnswer(verdict, lang)}`,
  ]
    .filter(Boolean)
    .join('\n');
}
