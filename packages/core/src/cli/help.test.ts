import {describe, expect, it} from 'vitest';
import type {CommandHelp} from './help-format.ts';
import {COMMAND_HELP, commandHelp, tiUsage, type CommandName} from './help.ts';

const commands = Object.keys(COMMAND_HELP) as CommandName[];
const options = (text: string) =>
  [...new Set(text.match(/(?<![\w-])--?[a-z][\w-]*/g))].sort();
/** The words of a text that are not codes: option names, values and identifiers are the same in both languages. */
const prose = (text: string) =>
  text
    .replace(/(?<![\w-])--?[a-z][\w-]*(=\S*)?/g, '')
    .replace(/[\w-]+(, [\w-]+){2,}/g, '')
    .replace(/\b[a-z]+(-[a-z]+)+\b/g, '');
const ENGLISH_WORDS =
  /\b(the|and|with|of|is|are|to|its|this|for|from|not|usage|exit|status)\b/i;
/** A way of calling a command may be the same in both languages (`ti company [options] SIREN|SIRET`). */
const isUsageLine = (line: string) => line.startsWith('  ti ');

/** The lines of a French help that are English: copied as they are, or with English words left in. */
function copiedFromEnglish(fr: string, en: string): string[] {
  const frLines = new Set(fr.split('\n'));
  return [
    ...en
      .split('\n')
      .filter((line) => frLines.has(line) && !isUsageLine(line))
      .filter((line) => /[a-z]{4}/i.test(prose(line))),
    ...fr.split('\n').filter((line) => ENGLISH_WORDS.test(prose(line))),
  ];
}

describe('the bilingual help records', () => {
  it('do not compile with a language missing', () => {
    const help: CommandHelp = {
      // @ts-expect-error: a summary without its English text
      summary: {fr: 'les dispositifs du catalogue'},
      usage: [],
      options: [],
      exitStatus: [],
    };
    expect(help.summary.en).toBeUndefined();
  });

  it('catch a French help that lacks an option', () => {
    const en = commandHelp('where', 'en');
    const fr = commandHelp('where', 'fr')
      .split('\n')
      .filter((line) => !line.startsWith('  --offline'))
      .join('\n');
    expect(options(fr)).not.toEqual(options(en));
  });
});

describe('the check for a French help copied from the English', () => {
  it.each(commands)('catches a copy of ti %s --help', (name) => {
    const en = commandHelp(name, 'en');
    expect(copiedFromEnglish(en, en)).not.toEqual([]);
  });

  it('catches an English line left in a French help', () => {
    const fr = commandHelp('scan', 'fr');
    expect(
      copiedFromEnglish(
        `${fr}\n  0    every file read`,
        commandHelp('scan', 'en')
      )
    ).toContain('  0    every file read');
  });
});

describe.each(commands)('ti %s --help', (name) => {
  const fr = commandHelp(name, 'fr');
  const en = commandHelp(name, 'en');

  it.each([
    [
      'fr',
      fr,
      `ti ${name}\u00a0: `,
      'utilisation\u00a0:',
      'codes de sortie\u00a0:',
    ],
    ['en', en, `ti ${name}: `, 'usage:', 'exit status:'],
  ])(
    '%s: title, usage, options and exit status',
    (_, text, title, usage, exit) => {
      expect(text.startsWith(title)).toBe(true);
      expect(text).toContain(`\n\n${usage}\n  ti ${name}`);
      expect(text).toMatch(new RegExp(`\\n\\n${exit}\\n {2}0 {4}\\S`));
      expect(text).toMatch(/\n {2}--lang fr\|en {9}\S/);
      expect(text).toMatch(/\n {2}-h, --help {11}\S/);
    }
  );

  it('lists in French every option the English lists', () => {
    expect(options(fr)).toEqual(options(en));
  });

  it('is written in French, not copied from the English', () => {
    expect(copiedFromEnglish(fr, en)).toEqual([]);
  });

  it('follows French typography in French and English typography in English', () => {
    expect(fr).not.toMatch(/ [:;?!»]|« |"/);
    expect(fr).not.toMatch(/[^\s(][:;?!](?=\s)/);
    expect(en).not.toMatch(/[\u00a0\u202f]|[«»]/);
  });
});

describe('ti --help', () => {
  it.each([
    ['fr', 'utilisation\u00a0:', 'ti COMMANDE --help'],
    ['en', 'usage:', 'ti COMMAND --help'],
  ] as const)(
    '%s: every command, then how to get its help',
    (lang, heading, last) => {
      const lines = tiUsage(lang).split('\n');
      expect(lines[0]).toBe(heading);
      for (const name of commands)
        expect(lines.some((l) => l.startsWith(`  ti ${name} `))).toBe(true);
      expect(lines.at(-1)).toMatch(new RegExp(`^ {2}${last} `));
    }
  );
});
