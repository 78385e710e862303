import * as v from 'valibot';
import {checkProvenance} from './provenance.ts';
import type {Catalogue, Priority, Scheme} from './types.ts';
import {
  BENEFICIARIES,
  COMPANY_SIZES,
  OPERATORS,
  PRIORITY_IDS,
  PROJECT_KINDS,
  SCHEME_KINDS,
  SCHEME_STATUSES,
  SECTORS,
  TERRITORY_SCOPES,
} from './vocabulary.ts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const localized = v.strictObject({fr: text, en: text});
const https = v.pipe(
  v.string(),
  v.url(),
  v.startsWith('https://', 'links must be https')
);
const isoDate = v.pipe(v.string(), v.isoDate());
/** A source's own date may be a day or a month. */
const sourceDate = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
    'dates are YYYY-MM-DD or YYYY-MM'
  )
);
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case')
);
const euros = v.pipe(v.number(), v.integer(), v.minValue(1));
const year = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(2018),
  v.maxValue(2100)
);

const priorityId = v.picklist(PRIORITY_IDS);
const beneficiary = v.picklist(BENEFICIARIES);
const operator = v.picklist(OPERATORS);
const project = v.picklist(PROJECT_KINDS);
const nonEmpty = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.minLength(1));
const sourceIds = v.pipe(
  v.array(id),
  v.minLength(1, 'every fact names at least one source')
);
const source = v.strictObject({
  id,
  url: https,
  title: text,
  publisher: text,
  publishedOn: v.nullable(sourceDate),
  checkedOn: isoDate,
});

const amountFacts = {
  confirmed: v.boolean(),
  note: v.optional(localized),
  sourceIds,
};
const amount = v.variant('type', [
  v.strictObject({
    type: v.literal('per-unit'),
    euros,
    unit: localized,
    ceiling: v.optional(euros),
    ...amountFacts,
  }),
  v.strictObject({
    type: v.literal('rate'),
    rate: v.pipe(v.number(), v.gtValue(0), v.maxValue(1)),
    upTo: v.boolean(),
    ceiling: v.optional(euros),
    of: localized,
    ...amountFacts,
  }),
  v.strictObject({
    type: v.literal('ceiling'),
    ceiling: euros,
    unit: localized,
    ...amountFacts,
  }),
  v.strictObject({
    type: v.literal('envelope'),
    euros: v.optional(euros),
    year: v.optional(year),
    ...amountFacts,
  }),
]);

export const prioritySchema = v.strictObject({
  id: priorityId,
  rank: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  title: localized,
  summary: localized,
  covers: nonEmpty(localized),
  sources: nonEmpty(source),
});

export const schemeSchema = v.pipe(
  v.strictObject({
    id,
    title: localized,
    summary: localized,
    description: localized,
    priorities: nonEmpty(priorityId),
    beneficiaries: nonEmpty(beneficiary),
    kind: v.picklist(SCHEME_KINDS),
    operators: nonEmpty(operator),
    amounts: v.array(amount),
    dates: v.strictObject({
      opens: v.optional(isoDate),
      closes: v.optional(isoDate),
      note: v.optional(localized),
      sourceIds: v.optional(sourceIds),
    }),
    status: v.picklist(SCHEME_STATUSES),
    statusNote: v.optional(localized),
    statusSourceIds: sourceIds,
    reservedToTerritories: v.boolean(),
    territoryScope: v.picklist(TERRITORY_SCOPES),
    laureates: v.optional(
      nonEmpty(
        v.strictObject({
          name: localized,
          territoryId: v.optional(v.pipe(v.string(), v.regex(/^ti-\d{4}$/))),
          year,
          sourceIds,
        })
      )
    ),
    regions: v.optional(nonEmpty(v.pipe(v.string(), v.regex(/^\d{2}$/)))),
    scopeSourceIds: sourceIds,
    apply: v.strictObject({url: https, label: localized}),
    sources: nonEmpty(source),
    eligibility: v.strictObject({
      who: nonEmpty(beneficiary),
      companySizes: v.optional(nonEmpty(v.picklist(COMPANY_SIZES))),
      sectors: v.optional(nonEmpty(v.picklist(SECTORS))),
      projects: v.optional(nonEmpty(project)),
      investmentNotStarted: v.optional(v.boolean()),
      estimate: v.optional(v.literal('per-hire')),
      sourceIds,
      checks: v.array(v.strictObject({text: localized, sourceIds})),
    }),
  }),
  v.check(
    (s) =>
      (s.status !== 'unconfirmed' && s.status !== 'closed') ||
      s.statusNote !== undefined,
    'an unconfirmed or closed scheme needs a statusNote saying why'
  ),
  v.check(
    (s) =>
      s.status !== 'open' ||
      s.dates.closes !== undefined ||
      s.dates.note !== undefined,
    'an open scheme needs a closing date or a note on its dates'
  ),
  v.check(
    (s) =>
      (s.dates.opens === undefined && s.dates.closes === undefined) ||
      s.dates.sourceIds !== undefined,
    'dates need the sources that give them (dates.sourceIds)'
  ),
  v.check(
    (s) => s.eligibility.who.every((who) => s.beneficiaries.includes(who)),
    'eligibility.who must be among the beneficiaries'
  ),
  v.check(
    (s) =>
      s.eligibility.estimate !== 'per-hire' ||
      s.amounts.some((a) => a.type === 'per-unit'),
    'a per-hire estimate needs a per-unit amount'
  ),
  v.check(
    (s) =>
      (s.territoryScope !== 'all-territories' || s.reservedToTerritories) &&
      (s.territoryScope !== 'anywhere' || !s.reservedToTerritories),
    'territoryScope all-territories is reserved to the territories, anywhere is not'
  ),
  v.check(
    (s) =>
      s.laureates === undefined || s.territoryScope === 'selected-territories',
    'laureates belong to a selected-territories scheme'
  )
);

export const catalogueSchema = v.pipe(
  v.strictObject({
    version: text,
    reviewedOn: isoDate,
    attribution: text,
    operators: v.strictObject({
      anct: localized,
      'banque-des-territoires': localized,
      bpifrance: localized,
      ademe: localized,
      'business-france': localized,
      'france-travail': localized,
      cerema: localized,
      dge: localized,
      prefectures: localized,
      regions: localized,
    }),
    priorities: v.pipe(v.array(prioritySchema), v.length(4)),
    schemes: v.pipe(v.array(schemeSchema), v.minLength(20)),
  }),
  v.check(
    (c) => new Set(c.schemes.map((s) => s.id)).size === c.schemes.length,
    'scheme ids must be unique'
  ),
  v.check(
    (c) => new Set(c.priorities.map((p) => p.id)).size === 4,
    'the four priorities must each appear once'
  )
);

// The schema and the types describe the same data: a drift fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const schemaMatchesTypes: [
  Same<v.InferOutput<typeof prioritySchema>, Priority>,
  Same<v.InferOutput<typeof schemeSchema>, Scheme>,
  Same<v.InferOutput<typeof catalogueSchema>, Catalogue>,
] = [true, true, true];

/** Validates a catalogue; the messages name the entry and the field. */
export function validateCatalogue(
  input: unknown
): {ok: true; value: Catalogue} | {ok: false; issues: string[]} {
  const result = v.safeParse(catalogueSchema, input);
  if (result.success) {
    // The shape is right: now whether every fact stands on a source that can carry it.
    const issues = checkProvenance(result.output);
    return issues.length === 0
      ? {ok: true, value: result.output}
      : {ok: false, issues};
  }
  return {
    ok: false,
    issues: result.issues.map((issue) => describe(issue, input)),
  };
}

function describe(issue: v.BaseIssue<unknown>, input: unknown): string {
  const path = issue.path?.map((item) => item.key as string | number) ?? [];
  const [collection, index] = path;
  const entry =
    (collection === 'schemes' || collection === 'priorities') &&
    typeof index === 'number'
      ? ((input as Record<string, {id?: string}[]>)[collection]?.[index]?.id ??
        `#${index}`)
      : undefined;
  const where = entry
    ? `${collection} ${entry}${path.length > 2 ? `: ${path.slice(2).join('.')}` : ''}`
    : path.join('.') || 'catalogue';
  return `${where}: ${issue.message}`;
}
