import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {FrenchComponentDocs} from '../../components/src/internal/docs-fr.ts';
import {
  FRENCH_DOCS,
  isPureCode,
  readComponentDocs,
  type ComponentDoc,
} from './component-docs.ts';
import {COMPONENTS_ROOT} from './paths.ts';

const SECTIONS = ['attributes', 'events', 'parts', 'cssProperties'] as const;

const own = (record: Record<string, string>, key: string) =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** French typography as the components write it: a plain space before « : ; ? ! », inside « », and ’. */
function typographyProblem(text: string): string | undefined {
  const prose = text.replace(/`[^`]*`/g, '`…`');
  if (/[\u00a0\u202f]/.test(prose))
    return 'a non-breaking space (the project writes a plain one)';
  if (/[^\s([{][:;!?](\s|$)/u.test(prose)) return 'no space before « : ; ? ! »';
  if (/«(?! )|(?<! )»/.test(prose)) return 'no space inside « »';
  if (/'/.test(prose)) return 'a straight apostrophe (write ’)';
  return undefined;
}

/** What keeps the reference pages from speaking French: a text missing, stale, copied from the English or mistyped. */
function frenchProblems(
  docs: ComponentDoc[],
  french: Readonly<Record<string, FrenchComponentDocs>>
): string[] {
  const problems: string[] = [];
  const check = (where: string, english: string, text: string | undefined) => {
    if (text === undefined) problems.push(`${where}: no French text`);
    else if (!text.trim()) problems.push(`${where}: empty French text`);
    else if (
      text.replace(/\s+/g, ' ').trim() === english &&
      !isPureCode(english)
    )
      problems.push(`${where}: the French text is the English one`);
    else {
      const typography = typographyProblem(text);
      if (typography) problems.push(`${where}: ${typography}`);
    }
  };
  const tags = new Set(docs.map((doc) => doc.tag));
  for (const tag of Object.keys(french))
    if (!tags.has(tag))
      problems.push(`${tag}: French texts for a component the manifest lacks`);
  for (const doc of docs) {
    const fr = Object.hasOwn(french, doc.tag) ? french[doc.tag] : undefined;
    if (!fr) {
      problems.push(`${doc.tag}: no French texts (<folder>.docs.fr.ts)`);
      continue;
    }
    check(`${doc.tag} summary`, doc.summary.en, fr.summary);
    for (const section of SECTIONS) {
      for (const member of doc[section])
        check(
          `${doc.tag} ${section} ${member.name}`,
          member.description.en,
          own(fr[section], member.name)
        );
      const names = new Set(doc[section].map((member) => member.name));
      for (const name of Object.keys(fr[section]))
        if (!names.has(name))
          problems.push(
            `${doc.tag} ${section} ${name}: stale, the manifest has no such member`
          );
    }
  }
  return problems;
}

const text = (en: string) => ({en, fr: en});
const doc = (overrides: Partial<ComponentDoc> = {}): ComponentDoc => ({
  tag: 'ti-example',
  className: 'TiExample',
  summary: text('An example.'),
  attributes: [
    {
      name: 'mode',
      type: 'string',
      default: '',
      description: text('`a` or `b`.'),
    },
  ],
  events: [
    {
      name: 'ti-example-change',
      description: text('The user changed it.'),
      detailType: 'TiExampleChangeEvent',
    },
  ],
  parts: [{name: 'base', description: text('The wrapper.')}],
  cssProperties: [
    {name: '--ti-example-gap', description: text('`--ti-sys-space`')},
  ],
  ...overrides,
});
const french = (
  overrides: Partial<FrenchComponentDocs> = {}
): FrenchComponentDocs => ({
  summary: 'Un exemple.',
  attributes: {mode: '`a` ou `b`.'},
  events: {'ti-example-change': 'L’utilisateur l’a modifié.'},
  parts: {base: 'Le conteneur.'},
  cssProperties: {'--ti-example-gap': '`--ti-sys-space`'},
  ...overrides,
});

describe('the French component reference', () => {
  it('has a French text for every description of the manifest, none stale, none copied, typeset alike', () => {
    const docs = readComponentDocs();
    expect(docs.length).toBeGreaterThan(0);
    expect(frenchProblems(docs, FRENCH_DOCS)).toEqual([]);
  });

  it('stays out of the components: only the site imports the French texts', () => {
    const src = join(COMPONENTS_ROOT, 'src');
    const importers = (readdirSync(src, {recursive: true}) as string[])
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => !/\.docs\.fr\.ts$/.test(file))
      .filter((file) =>
        /from '[^']*(\.docs\.fr|docs-fr)\.ts'/.test(
          readFileSync(join(src, file), 'utf8')
        )
      );
    expect(importers).toEqual([]);
  });
});

describe('frenchProblems', () => {
  it('accepts a complete translation, and a pure code text repeated', () => {
    expect(frenchProblems([doc()], {'ti-example': french()})).toEqual([]);
  });

  it.each([
    [
      'a missing component',
      {},
      ['ti-example: no French texts (<folder>.docs.fr.ts)'],
    ],
    [
      'a component the manifest lacks',
      {'ti-example': french(), 'ti-gone': french()},
      ['ti-gone: French texts for a component the manifest lacks'],
    ],
    [
      'a missing attribute',
      {'ti-example': french({attributes: {}})},
      ['ti-example attributes mode: no French text'],
    ],
    [
      'a stale part',
      {'ti-example': french({parts: {base: 'Le conteneur.', old: 'Ancien.'}})},
      ['ti-example parts old: stale, the manifest has no such member'],
    ],
    [
      'an English copy, even rewrapped',
      {
        'ti-example': french({
          events: {'ti-example-change': 'The user\n  changed it.'},
        }),
      },
      [
        'ti-example events ti-example-change: the French text is the English one',
      ],
    ],
    [
      'an empty summary',
      {'ti-example': french({summary: '  '})},
      ['ti-example summary: empty French text'],
    ],
    [
      'a colon glued to its word',
      {'ti-example': french({summary: 'Un exemple: le voici.'})},
      ['ti-example summary: no space before « : ; ? ! »'],
    ],
    [
      'a non-breaking space',
      {'ti-example': french({summary: 'Un exemple\u00a0: le voici.'})},
      [
        'ti-example summary: a non-breaking space (the project writes a plain one)',
      ],
    ],
    [
      'guillemets without spaces',
      {'ti-example': french({summary: 'Le mot «exemple».'})},
      ['ti-example summary: no space inside « »'],
    ],
    [
      'a straight apostrophe',
      {'ti-example': french({summary: "L'exemple."})},
      ['ti-example summary: a straight apostrophe (write ’)'],
    ],
  ])('reports %s', (_, records, expected) => {
    expect(frenchProblems([doc()], records)).toEqual(expected);
  });

  it('finds no French text in Object.prototype', () => {
    const docs = [
      doc({
        attributes: [
          {
            name: 'constructor',
            type: 'string',
            default: '',
            description: text('Hostile.'),
          },
          {
            name: '__proto__',
            type: 'string',
            default: '',
            description: text('Hostile.'),
          },
        ],
      }),
    ];
    expect(
      frenchProblems(docs, {'ti-example': french({attributes: {}})})
    ).toEqual([
      'ti-example attributes constructor: no French text',
      'ti-example attributes __proto__: no French text',
    ]);
    expect(frenchProblems([doc({tag: 'toString'})], {})).toEqual([
      'toString: no French texts (<folder>.docs.fr.ts)',
    ]);
  });

  it('keeps colons inside code spans and after an opening bracket alone', () => {
    expect(
      frenchProblems([doc()], {
        'ti-example': french({summary: 'Préfixes `insee:` et `cp:` (:)'}),
      })
    ).toEqual([]);
  });
});

describe('readComponentDocs', () => {
  it('falls back to the English, whitespace folded, where a French text is missing', () => {
    const [first] = readComponentDocs({});
    expect(first!.summary.fr).toBe(first!.summary.en);
    expect(first!.summary.en).not.toMatch(/\n|\s{2}/);
  });

  it('reads each French text at its member, never from Object.prototype', () => {
    const docs = readComponentDocs();
    const finder = docs.find((d) => d.tag === 'ti-service-finder')!;
    expect(
      finder.attributes.find((a) => a.name === 'query')!.description.fr
    ).toBe(FRENCH_DOCS['ti-service-finder']!.attributes.query);
    const hostile = readComponentDocs({
      'ti-service-finder': {
        summary: 'Résumé.',
        attributes: Object.create({query: 'hérité'}) as Record<string, string>,
        events: {},
        parts: {},
        cssProperties: {},
      },
    }).find((d) => d.tag === 'ti-service-finder')!;
    const query = hostile.attributes.find((a) => a.name === 'query')!;
    expect(query.description.fr).toBe(query.description.en);
  });
});

describe('isPureCode', () => {
  it.each([
    ['`none`', true],
    ['`--ti-sys-space`, `0`', true],
    ['', true],
    ['`grid` (default) or `list`.', false],
    ['ti-8413', false],
  ])('%j is pure code: %s', (input, expected) => {
    expect(isPureCode(input)).toBe(expected);
  });
});
