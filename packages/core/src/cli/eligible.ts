import {
  BENEFICIARIES,
  COMPANY_SIZES,
  PROJECT_KINDS,
  type Lang,
} from '@ti-toolkit/data/catalogue';
import {
  loadCatalogue,
  newestSource,
  type Assessment,
} from '../catalogue/index.ts';
import {
  assessCatalogue,
  explainEstimate,
  explainReason,
  VERDICT_LABELS,
} from '../catalogue/eligibility-engine.ts';
import {
  explainAnswer,
  loadPlacesFor,
  placeRegion,
  resolvePlace,
} from '../places/index.ts';
import {companyClientFor, companyLocator} from './company-locator.ts';
import {french} from './french-typography.ts';
import type {CliIo, ExitCode} from './io.ts';
import {
  choices,
  countOption,
  langOption,
  UsageError,
  yesNoOption,
} from './options.ts';
import {parseCommandArgs} from './parse-command-args.ts';

/** `ti eligible`: every scheme's verdict for a profile, with its reasons and, where a rule allows, an estimate. */
export async function eligible(args: string[], io: CliIo): Promise<ExitCode> {
  const {values} = parseCommandArgs(args, {
    options: {
      place: {type: 'string'},
      who: {type: 'string'},
      size: {type: 'string'},
      project: {type: 'string', multiple: true},
      hires: {type: 'string'},
      naf: {type: 'string'},
      'investment-started': {type: 'string'},
      json: {type: 'boolean'},
      lang: {type: 'string', default: 'fr'},
      offline: {type: 'boolean'},
    },
  });
  const lang = langOption(values.lang);
  if (!values.who)
    throw new UsageError({
      fr: french`--who est obligatoire : choisissez parmi ${BENEFICIARIES.join(', ')}`,
      en: `--who is required: one of ${BENEFICIARIES.join(', ')}`,
    });
  const [who] = choices('who', [values.who], BENEFICIARIES)!;
  const companySize = values.size
    ? choices('size', [values.size], COMPANY_SIZES)![0]
    : undefined;
  const projects = choices('project', values.project, PROJECT_KINDS);
  const hires = countOption('hires', values.hires);

  const started = yesNoOption(
    'investment-started',
    values['investment-started']
  );

  // One place: only the communes it needs are read (ADR 0016).
  const places = values.place ? await loadPlacesFor(values.place) : undefined;
  const place =
    places && values.place
      ? await resolvePlace(places, values.place, {
          locateCompany: values.offline
            ? undefined
            : companyLocator(companyClientFor(io), lang),
        })
      : undefined;
  const catalogue = await loadCatalogue();
  const assessments = assessCatalogue(catalogue.schemes, {
    who: who!,
    companySize,
    place:
      place && places
        ? {...place, region: placeRegion(places.perimeter, place)}
        : undefined,
    projects,
    hires,
    naf: values.naf,
    investmentStarted: started,
  });

  if (values.json) {
    for (const a of assessments)
      io.stdout(JSON.stringify(assessmentJson(a, lang)));
    return 0;
  }
  io.stdout(
    place
      ? explainAnswer(place, lang)
      : lang === 'fr'
        ? 'Lieu non précisé.'
        : 'No place given.'
  );
  for (const a of assessments) io.stdout(assessmentText(a, lang));
  return 0;
}

function assessmentJson(a: Assessment, lang: Lang) {
  return {
    id: a.scheme.id,
    title: a.scheme.title[lang],
    status: a.scheme.status,
    verdict: a.verdict,
    reasons: a.reasons.map((r) => ({
      code: r.code,
      met: r.met,
      text: explainReason(r, lang),
    })),
    estimate: a.estimate && {
      ...a.estimate,
      text: explainEstimate(a.estimate, lang),
    },
    apply: a.scheme.apply.url,
    newestSource: newestSource(a.scheme).publishedOn,
  };
}

function assessmentText(a: Assessment, lang: Lang): string {
  const mark = (met: boolean | null) =>
    met === true ? '+' : met === false ? '-' : '?';
  return [
    `\n${VERDICT_LABELS[a.verdict][lang]}${lang === 'fr' ? ' :' : ':'} ${a.scheme.title[lang]} [${a.scheme.id}]`,
    ...a.reasons.map((r) => `  ${mark(r.met)} ${explainReason(r, lang)}`),
    ...(a.estimate ? [`  ${explainEstimate(a.estimate, lang)}`] : []),
  ].join('\n');
}
