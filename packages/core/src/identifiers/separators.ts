import {fail, ok, type Result} from '../result.ts';

/**
 * One character allowed between digit groups, as a regular-expression class: space, dot, hyphen,
 * no-break space (U+00A0), figure space (U+2007), thin space (U+2009) and narrow no-break space (U+202F),
 * which French typography and `Intl.NumberFormat('fr')` put between groups.
 */
export const GROUP_SEPARATOR = '[ .\\u00A0\\u2007\\u2009\\u202F-]';

// Linear: a separator run and a digit never overlap, so there is nothing to backtrack into.
const DIGITS_WITH_SEPARATORS = new RegExp(`^\\d(?:${GROUP_SEPARATOR}*\\d)*$`);
const SEPARATORS = new RegExp(GROUP_SEPARATOR, 'g');

/** The digits of a typed or pasted number, group separators removed; separators only between digits. */
export function compactDigits(
  input: string
): Result<string, 'empty' | 'not-digits'> {
  // trim() also removes the no-break and thin spaces a copy from a web page brings along.
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty');
  if (!DIGITS_WITH_SEPARATORS.test(trimmed)) return fail('not-digits');
  return ok(removeSeparators(trimmed));
}

/** `text` without group separators: "732 829 320" becomes "732829320". */
export const removeSeparators = (text: string): string =>
  text.replace(SEPARATORS, '');
