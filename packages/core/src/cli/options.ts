import type {Lang} from '@ti-toolkit/data/catalogue';

/** A bad option value: the command prints the message and its usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function langOption(value: string | undefined): Lang {
  if (value === undefined || value === 'fr' || value === 'en')
    return value ?? 'fr';
  throw new UsageError(`--lang ${value}: use fr or en`);
}

/** Values of a repeatable option, each checked against the allowed ones (comma-separated lists accepted). */
export function choices<T extends string>(
  option: string,
  values: readonly string[] | undefined,
  allowed: readonly T[]
): T[] | undefined {
  if (!values || values.length === 0) return undefined;
  const split = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = split.filter(
    (v) => !(allowed as readonly string[]).includes(v)
  );
  if (unknown.length > 0)
    throw new UsageError(
      `--${option} ${unknown.join(', ')}: not one of ${allowed.join(', ')}`
    );
  return split as T[];
}

/** A whole number of at least 0, or a usage error. */
export function countOption(
  option: string,
  value: string | undefined
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value.trim()))
    throw new UsageError(`--${option} ${value}: give a whole number`);
  return Number(value);
}
