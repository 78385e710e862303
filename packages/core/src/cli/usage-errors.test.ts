import {describe, expect, it} from 'vitest';
import type {CliIo} from './io.ts';
import {main} from './ti.ts';

/** Usage errors are found before any input is read or any request made: the io refuses both. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const refuse = () => {
    throw new Error('a usage error reads nothing');
  };
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    write: refuse,
    stdinLines: refuse,
    readFile: refuse,
    readInput: refuse,
    env: {},
    fetch: refuse,
  };
  const code = await main(argv, io);
  return {code, out, lines: err.join('\n').split('\n')};
}

const long = 'x'.repeat(100_000);
const nbsp = '\u00a0';

describe.each([
  // command and its arguments, the French message, the English one (the same arguments after --lang en)
  [
    ['where', '--concurrency', 'x'],
    `ti where${nbsp}: option inconnue${nbsp}: --concurrency`,
    'ti where: unknown option: --concurrency',
  ],
  [
    ['where', '--cache'],
    `ti where${nbsp}: --cache${nbsp}: il manque la valeur`,
    'ti where: --cache: the value is missing',
  ],
  [
    ['where', '--cache', '--json', '78620'],
    `ti where${nbsp}: --cache${nbsp}: il manque la valeur (pour une valeur qui commence par un tiret, écrivez --cache=VALEUR)`,
    'ti where: --cache: the value is missing (for a value that starts with a dash, write --cache=VALUE)',
  ],
  [
    ['where', '--json=yes', '78620'],
    `ti where${nbsp}: --json ne prend pas de valeur`,
    'ti where: --json takes no value',
  ],
  [
    ['where', '--csv', '-', '78620'],
    `ti where${nbsp}: --csv lit les lieux dans son fichier${nbsp}: ne donnez pas de LIEU en plus`,
    'ti where: --csv reads the places from its file: give no PLACE',
  ],
  [
    ['where', '--csv', '-', '--json'],
    `ti where${nbsp}: --csv écrit du CSV${nbsp}: retirez --json`,
    'ti where: --csv writes CSV: leave out --json',
  ],
  [
    ['services', 'recrutement'],
    `ti services${nbsp}: «${nbsp}recrutement${nbsp}»${nbsp}: cette commande n’accepte que des options (elles commencent par --)`,
    'ti services: "recrutement": this command takes options only (they start with --)',
  ],
  [
    ['services', '-x'],
    `ti services${nbsp}: option inconnue${nbsp}: -x`,
    'ti services: unknown option: -x',
  ],
  [
    ['services', '--kind', 'loan,land'],
    `ti services${nbsp}: --kind loan${nbsp}: valeur inconnue, choisissez parmi funding, engineering, support, recruitment, land, information`,
    'ti services: --kind loan: not one of funding, engineering, support, recruitment, land, information',
  ],
  [
    ['eligible', '--place', 'Oyonnax'],
    `ti eligible${nbsp}: --who est obligatoire${nbsp}: choisissez parmi company, local-authority, training-body, association, employer-group, young-graduate, developer`,
    'ti eligible: --who is required: one of company, local-authority, training-body, association, employer-group, young-graduate, developer',
  ],
  [
    ['eligible', '--who', 'company', '--size', 'sme', '--size', 'huge'],
    `ti eligible${nbsp}: --size huge${nbsp}: valeur inconnue, choisissez parmi micro, sme, mid-cap, large`,
    'ti eligible: --size huge: not one of micro, sme, mid-cap, large',
  ],
  [
    ['eligible', '--who', 'company', '--hires', '\u001b[2J\n3'],
    `ti eligible${nbsp}: --hires ?[2J?3${nbsp}: indiquez un nombre entier`,
    'ti eligible: --hires ?[2J?3: give a whole number',
  ],
  [
    ['eligible', '--who', 'company', '--investment-started', long],
    `ti eligible${nbsp}: --investment-started ${'x'.repeat(60)}…${nbsp}: répondez yes ou no`,
    `ti eligible: --investment-started ${'x'.repeat(60)}…: use yes or no`,
  ],
  [
    ['scan', `--\u001b]0;${long}`],
    `ti scan${nbsp}: option inconnue${nbsp}: --?]0;${'x'.repeat(54)}…`,
    `ti scan: unknown option: --?]0;${'x'.repeat(54)}…`,
  ],
  [
    ['nope\u0007'],
    `ti${nbsp}: commande «${nbsp}nope?${nbsp}» inconnue`,
    'ti: unknown command "nope?"',
  ],
  [
    ['help', 'nope'],
    `ti help${nbsp}: commande «${nbsp}nope${nbsp}» inconnue`,
    'ti help: unknown command "nope"',
  ],
])('ti %s…', (argv, fr, en) => {
  const [name, ...rest] = argv;
  it.each([
    ['fr', argv, fr, 'utilisation\u00a0:'],
    ['en', [name!, '--lang', 'en', ...rest], en, 'usage:'],
  ])('in %s: the message, then the usage', async (_, args, message, usage) => {
    const {code, out, lines} = await run(args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(lines[0]).toBe(message);
    expect(lines[1]).toBe(usage);
  });
});

describe('--lang itself', () => {
  it.each([
    [['where', '--lang', 'de', '78620'], '--lang de'],
    [['where', '--lang', 'en', '--lang', 'EN', '78620'], '--lang EN'],
    [['scan', `--lang=${long}`, '-'], `--lang ${'x'.repeat(60)}…`],
    [['services', '--lang', '\u001b[31men'], '--lang ?[31men'],
  ])(
    '%s…: a value that names no language gets both languages, then the French usage',
    async (argv, shown) => {
      const {code, lines} = await run(argv);
      expect(code).toBe(2);
      expect(lines.slice(0, 3)).toEqual([
        `ti ${argv[0]}${nbsp}: ${shown}${nbsp}: choisissez fr ou en.`,
        `${shown}: use fr or en.`,
        'utilisation\u00a0:',
      ]);
    }
  );

  it('counts the last --lang, as the options do', async () => {
    const {lines} = await run(['where', '--lang', 'de', '--lang', 'en']);
    expect(lines[0]).toBe('usage:');
  });

  it.each([
    [
      ['--lang', 'en', 'where', '--concurrency', 'x'],
      'ti where: unknown option: --concurrency',
    ],
    [
      ['--lang=en', 'services', '--status', 'nope'],
      'ti services: --status nope: not one of',
    ],
    [['--lang', 'en'], 'usage:'],
    [['--lang', 'en', 'nope'], 'ti: unknown command "nope"'],
    [
      ['--lang', 'fr', '--lang=en', 'where', '--size'],
      'ti where: unknown option: --size',
    ],
    [['--lang', 'fr', 'where', '--', '--lang'], undefined],
  ])('%s: a --lang before the command goes with it', async (argv, first) => {
    const {code, lines} = await run(argv);
    if (first === undefined) return expect(code).not.toBe(2);
    expect(code).toBe(2);
    expect(lines[0]!.startsWith(first)).toBe(true);
  });

  it('lacks its value: French, the default', async () => {
    const {lines} = await run(['where', '--lang']);
    expect(lines[0]).toBe(
      `ti where${nbsp}: --lang${nbsp}: il manque la valeur`
    );
  });
});
