// From limits.ts, not notice-role.ts: the content script bundles this module and must not carry the role words.
import {ROLE_REACH} from './limits.ts';
import type {TextSpan} from './page-company.ts';

/** The text the pipeline reads around an identifier: the notice's section before it (roles), a label after it. */
export const EXCERPT_BEFORE = 3000;
export const EXCERPT_AFTER = 300;
/**
 * What joins two excerpts: paragraph breaks (no label reads across one) around more characters than a role word
 * reaches: what lay between them was farther than that, and must stay so.
 */
const JOIN = `\n\n${'·'.repeat(ROLE_REACH)}\n\n`;

export interface CondensedText {
  /** The excerpts around the identifiers, in page order, joined by paragraph breaks. */
  text: string;
  /** The offset in `text` of an offset of the page's text, or -1 when it is outside every excerpt. */
  toCondensed(index: number): number;
}

/**
 * The parts of a page's text that the pipeline reads: each identifier with the text before it (where its
 * role is said) and after it (a label after the number), excerpts that overlap merged. The extension's
 * content script sends these to its worker instead of a whole page (which may weigh megabytes), and the
 * worker runs the same pipeline on them as `ti scan` on the whole page. An excerpt starts and ends at a
 * line break where it can, so that it never starts inside a number or a label.
 */
export function condenseText(
  text: string,
  spans: readonly TextSpan[],
  /** Excerpts past this length are left out (a page listing thousands of companies is not about one). */
  maxLength = Infinity
): CondensedText {
  const windows: [number, number][] = [];
  for (const {index, length} of spans) {
    let start = Math.max(0, index - EXCERPT_BEFORE);
    if (start > 0) {
      const line = text.indexOf('\n', start);
      if (line !== -1 && line < index) start = line + 1;
    }
    let end = Math.min(text.length, index + length + EXCERPT_AFTER);
    if (end < text.length) {
      const line = text.lastIndexOf('\n', end);
      if (line >= index + length) end = line;
    }
    const last = windows.at(-1);
    if (last !== undefined && start <= last[1])
      last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const starts: number[] = [];
  let condensed = '';
  for (const [i, window] of windows.entries()) {
    const join = condensed === '' ? '' : JOIN;
    const room = maxLength - condensed.length - join.length;
    if (room <= 0) {
      windows.length = i;
      break;
    }
    // The excerpt that does not fit is cut (a dense page may be one excerpt), and the rest left out.
    if (window[1] - window[0] > room) window[1] = window[0] + room;
    condensed += join;
    starts.push(condensed.length);
    condensed += text.slice(window[0], window[1]);
  }
  return {
    text: condensed,
    toCondensed(index) {
      for (let i = 0; i < windows.length; i++) {
        const [start, end] = windows[i]!;
        if (index >= start && index < end) return starts[i]! + index - start;
      }
      return -1;
    },
  };
}
