import type {Lang} from '@ti-toolkit/data/catalogue';

/**
 * The language of `ti`'s messages, read from the raw arguments before any is checked, so that a bad option
 * gets its message in the language asked for. Like the options themselves: the last `--lang` before a `--`
 * counts, `--lang=en` as well as `--lang en`; no `--lang`, or one that is neither fr nor en, means French
 * (the default of the output).
 */
export function langFromArgs(args: readonly string[]): Lang {
  let value: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i += 1) {
    const arg = args[i]!;
    if (arg === '--lang') {
      value = args[i + 1];
      i += 1;
    } else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value === 'en' ? 'en' : 'fr';
}
