import {htmlToText} from '../../cli/html-text.ts';
import type {ChoiceReason} from '../page-companies.ts';
import type {NoticeRole} from '../page-company.ts';

/** The shapes of legal notice the corpus holds, as real sites have them. */
export type NoticeShape =
  | 'wordpress'
  | 'site-builder'
  | 'agency'
  | 'host'
  | 'publisher'
  | 'terms-of-sale'
  | 'public-site'
  | 'english';

/**
 * A legal notice and what the pipeline should make of it: the company chosen by default (a SIREN, or null when
 * the adviser is asked) and why, and the role of every company the page names (null: none).
 * The text is what a page reader gives: blocks separated by "\n" (cells, divs, line breaks) or "\n\n"
 * (paragraphs, headings, list items); or HTML, read with the CLI's htmlToText.
 */
export type NoticeCase = (
  {text: string; html?: never} | {html: string; text?: never}
) & {
  title: string;
  shape: NoticeShape;
  expected: {
    chosen: string | null;
    reason: ChoiceReason;
    roles: Record<string, NoticeRole | null>;
  };
};

/** A text in which a company is named with words that look like a role and are none. */
export interface NearMiss {
  title: string;
  text: string;
  /** The company that must be found without a role. */
  siren: string;
}

/** The page text of a case, as a page reader gives it. */
export const noticeText = (notice: NoticeCase): string =>
  notice.text ?? htmlToText(notice.html ?? '');
