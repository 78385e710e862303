import {parseArgs, type ParseArgsConfig} from 'node:util';
import {french} from './french-typography.ts';
import {UsageError} from './options.ts';
import {shownValue} from './shown-value.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Node's `parseArgs`, whose refusals (an unknown option, a missing value…) become usage errors worded in both
 * languages: Node words them in English only.
 */
export function parseCommandArgs<
  T extends {options: Options; allowPositionals?: boolean},
>(
  args: string[],
  config: T
): ReturnType<typeof parseArgs<T & {args: string[]; strict: true}>> {
  try {
    return parseArgs({...config, args, strict: true});
  } catch (error) {
    if (!(error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS'))
      throw error;
    throw new UsageError(
      argumentProblem(args, config.options, config.allowPositionals ?? false)
    );
  }
}

/** What `parseArgs` refused, found again in its lenient reading of the same arguments. */
function argumentProblem(
  args: string[],
  options: Options,
  allowPositionals: boolean
) {
  const {tokens} = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (allowPositionals) continue;
      const shown = shownValue(token.value);
      return {
        fr: french`« ${shown} » : cette commande n’accepte que des options (elles commencent par --)`,
        en: `"${shown}": this command takes options only (they start with --)`,
      };
    }
    if (token.kind !== 'option') continue;
    const raw = shownValue(token.rawName);
    const type = Object.hasOwn(options, token.name)
      ? options[token.name]!.type
      : undefined;
    if (type === undefined)
      return {
        fr: french`option inconnue : ${raw}`,
        en: `unknown option: ${raw}`,
      };
    if (type === 'boolean' && token.value !== undefined)
      return {
        fr: french`${raw} ne prend pas de valeur`,
        en: `${raw} takes no value`,
      };
    if (type === 'string' && token.value === undefined)
      return {
        fr: french`${raw} : il manque la valeur`,
        en: `${raw}: the value is missing`,
      };
    if (type === 'string' && !token.inlineValue && token.value?.startsWith('-'))
      return {
        fr: french`${raw} : il manque la valeur (pour une valeur qui commence par un tiret, écrivez ${raw}=VALEUR)`,
        en: `${raw}: the value is missing (for a value that starts with a dash, write ${raw}=VALUE)`,
      };
  }
  return {
    fr: 'arguments non compris',
    en: 'arguments not understood',
  };
}
