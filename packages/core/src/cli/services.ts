import {
  BENEFICIARIES,
  OPERATORS,
  PRIORITY_IDS,
  SCHEME_KINDS,
  SCHEME_STATUSES,
  type Catalogue,
  type Lang,
  type Scheme,
  type SchemeStatus,
} from '@ti-toolkit/data/catalogue';
import {
  formatAmount,
  KIND_LABELS,
  loadCatalogue,
  newestSource,
  STATUS_LABELS,
  type SchemeFilters,
} from '../catalogue/index.ts';
import {searchSchemes} from '../catalogue/search-schemes.ts';
import type {CliIo, ExitCode} from './io.ts';
import {choices, langOption} from './options.ts';
import {parseCommandArgs} from './parse-command-args.ts';

/** `available` is shorthand for the statuses a user can apply to now: open (a call) or running (no call). */
function statusFilter(
  values: string[] | undefined
): SchemeStatus[] | undefined {
  const wanted = choices('status', values, [...SCHEME_STATUSES, 'available']);
  return wanted?.flatMap((s): SchemeStatus[] =>
    s === 'available' ? ['open', 'running'] : [s]
  );
}

/** `ti services`: the catalogue's schemes matching a text and filters, best first. */
export async function services(args: string[], io: CliIo): Promise<ExitCode> {
  const {values} = parseCommandArgs(args, {
    options: {
      query: {type: 'string', short: 'q'},
      priority: {type: 'string', multiple: true},
      beneficiary: {type: 'string', multiple: true},
      kind: {type: 'string', multiple: true},
      operator: {type: 'string', multiple: true},
      status: {type: 'string', multiple: true},
      json: {type: 'boolean'},
      lang: {type: 'string', default: 'fr'},
    },
  });
  const lang = langOption(values.lang);
  const catalogue = await loadCatalogue();
  const filters: SchemeFilters = {
    priority: choices('priority', values.priority, PRIORITY_IDS),
    beneficiary: choices('beneficiary', values.beneficiary, BENEFICIARIES),
    kind: choices('kind', values.kind, SCHEME_KINDS),
    operator: choices('operator', values.operator, OPERATORS),
    status: statusFilter(values.status),
  };
  const {hits} = searchSchemes(catalogue, {text: values.query, filters, lang});
  if (!values.json)
    io.stdout(
      `${hits.length} ${lang === 'fr' ? 'dispositif(s)' : 'scheme(s)'}`
    );
  for (const {scheme} of hits)
    io.stdout(
      values.json
        ? JSON.stringify(schemeJson(scheme, catalogue, lang))
        : schemeText(scheme, catalogue, lang)
    );
  return 0;
}

/**
 * One scheme as a JSON line: the facts with their sources, so that a script can tell what each rests on.
 * Amounts keep their structure (`{type, euros?, rate?, ceiling?, year?, confirmed, sourceIds}`) beside their words.
 */
export function schemeJson(scheme: Scheme, catalogue: Catalogue, lang: Lang) {
  return {
    id: scheme.id,
    title: scheme.title[lang],
    summary: scheme.summary[lang],
    status: scheme.status,
    statusNote: scheme.statusNote?.[lang] ?? null,
    reservedToTerritories: scheme.reservedToTerritories,
    territoryScope: scheme.territoryScope,
    regions: scheme.regions ?? [],
    priorities: scheme.priorities,
    kind: scheme.kind,
    operators: scheme.operators,
    operatorNames: scheme.operators.map((o) => catalogue.operators[o][lang]),
    beneficiaries: scheme.beneficiaries,
    amounts: scheme.amounts.map((a) => ({
      type: a.type,
      ...('euros' in a && a.euros !== undefined ? {euros: a.euros} : {}),
      ...(a.type === 'rate' ? {rate: a.rate} : {}),
      ...('ceiling' in a && a.ceiling !== undefined
        ? {ceiling: a.ceiling}
        : {}),
      ...(a.type === 'envelope' && a.year ? {year: a.year} : {}),
      confirmed: a.confirmed,
      sourceIds: a.sourceIds,
      text: formatAmount(a, lang),
    })),
    apply: scheme.apply.url,
    sources: scheme.sources.map(
      ({id, url, title, publisher, publishedOn, checkedOn}) => ({
        id,
        url,
        title,
        publisher,
        publishedOn,
        checkedOn,
      })
    ),
    reviewedOn: catalogue.reviewedOn,
  };
}

function schemeText(scheme: Scheme, catalogue: Catalogue, lang: Lang): string {
  const lines = [
    `\n${scheme.title[lang]} [${scheme.id}] - ${KIND_LABELS[scheme.kind][lang]}, ${STATUS_LABELS[scheme.status][lang]}`,
    `  ${scheme.summary[lang]}`,
    `  ${scheme.operators.map((o) => catalogue.operators[o][lang]).join(', ')}`,
    ...scheme.amounts.map((a) => `  ${formatAmount(a, lang)}`),
  ];
  if (scheme.statusNote) lines.push(`  ${scheme.statusNote[lang]}`);
  // French sets a space before the colon; English does not.
  const colon = lang === 'fr' ? ' : ' : ': ';
  lines.push(`  ${scheme.apply.label[lang]}${colon}${scheme.apply.url}`);
  const newest = newestSource(scheme);
  lines.push(
    `  ${lang === 'fr' ? 'Source la plus récente' : 'Newest source'}${colon}${newest.publisher}, ${newest.publishedOn ?? (lang === 'fr' ? 'non datée' : 'undated')} - ${newest.url}`
  );
  return lines.join('\n');
}
