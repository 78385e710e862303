import {printable} from './printable.ts';

/** Longer values are cut in messages: a pasted file must not flood the terminal. */
const MAX_SHOWN = 60;

/**
 * A value the user typed, as a usage message shows it: on one line, control characters as '?', at most
 * `MAX_SHOWN` characters (an ellipsis says it was cut).
 */
export function shownValue(value: string): string {
  const oneLine = printable(value).replace(/[\t\n]/g, '?');
  const chars = [...oneLine];
  return chars.length > MAX_SHOWN
    ? `${chars.slice(0, MAX_SHOWN).join('')}…`
    : oneLine;
}
