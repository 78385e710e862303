import * as v from 'valibot';
import type {Catalogue, Priority, Scheme} from './types.ts';
import {
  BENEFICIARIES,
  COMPANY_SIZES,
  OPERATORS,
  PRIORITY_IDS,
  PROJECT_KINDS,
  SCHEME_KINDS,
  SCHEME_STATUSES,
} from './vocabulary.ts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const localized = v.strictObject({fr: text, en: text});
const https = v.pipe(
  v.string(),
  v.url(),
  v.startsWith('https://', 'links must be https')
);
const isoDate = v.pipe(v.string(), v.isoDate());
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case')
);
const euros = v.pipe(v.number(), v.integer(), v.minValue(1));

const priorityId = v.picklist(PRIORITY_IDS);
const beneficiary = v.picklist(BENEFICIARIES);
const operator = v.picklist(OPERATORS);
const project = v.picklist(PROJECT_KINDS);
const source = v.strictObject({url: https, title: text});
const nonEmpty = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.minLength(1));

const amount = v.variant('type', [
  v.strictObject({
    type: v.literal('per-unit'),
    euros,
    unit: localized,
    maxEuros: v.optional(euros),
    confirmed: v.boolean(),
    note: v.optional(localized),
  }),
  v.strictObject({
    type: v.literal('rate'),
    rate: v.pipe(v.number(), v.gtValue(0), v.maxValue(1)),
    upTo: v.boolean(),
    maxEuros: v.optional(euros),
    of: localized,
    confirmed: v.boolean(),
    note: v.optional(localized),
  }),
  v.strictObject({
    type: v.literal('envelope'),
    euros,
    period: text,
    confirmed: v.boolean(),
    note: v.optional(localized),
  }),
]);

export const prioritySchema = v.strictObject({
  id: priorityId,
  rank: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  title: localized,
  summary: localized,
  covers: nonEmpty(localized),
  sources: nonEmpty(source),
  verifiedOn: isoDate,
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
    }),
    status: v.picklist(SCHEME_STATUSES),
    statusNote: v.optional(localized),
    apply: v.strictObject({url: https, label: localized}),
    sources: nonEmpty(source),
    verifiedOn: isoDate,
    eligibility: v.strictObject({
      who: nonEmpty(beneficiary),
      place: v.picklist(['in-territory', 'selected-territories', 'anywhere']),
      companySizes: v.optional(nonEmpty(v.picklist(COMPANY_SIZES))),
      projects: v.optional(nonEmpty(project)),
      estimate: v.optional(v.literal('per-hire')),
      checks: v.array(localized),
    }),
  }),
  v.check(
    (s) => s.status !== 'unconfirmed' || s.statusNote !== undefined,
    'an unconfirmed scheme needs a statusNote saying what is not confirmed'
  ),
  v.check(
    (s) =>
      s.status !== 'open' ||
      s.dates.closes !== undefined ||
      s.dates.note !== undefined,
    'an open scheme needs a closing date or a note on its dates'
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
  )
);

export const catalogueSchema = v.pipe(
  v.strictObject({
    version: text,
    verifiedOn: isoDate,
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
    schemes: v.pipe(v.array(schemeSchema), v.minLength(10)),
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
  if (result.success) return {ok: true, value: result.output};
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
