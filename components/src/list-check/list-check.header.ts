import type {CompanyList, CompanyListRead} from '@ti-toolkit/core/company-list';
import type {PlaceAnswer} from '@ti-toolkit/core/places';
import {html} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Lang} from '../i18n/lang.ts';
import type {ListCode} from './list-check.code.ts';
import type {ListRun} from './list-check.run.ts';
import type {StoredList} from './list-check.store.ts';
import {translations} from './list-check.translations.ts';

type ListRead = Extract<CompanyListRead, {ok: true}>;

/**
 * Whether the adviser may say if the first line is a header. Not when it names the identifier column (`siret`, …):
 * it is a header for certain. Nor when the other reading leaves no row to check (a one-line list) or too many.
 */
export function headerChoiceOffered(
  code: ListCode,
  text: string,
  read: ListRead
): boolean {
  if (read.named && read.value.hasHeader) return false;
  return code.readCompanyList(text, {header: !read.value.hasHeader}).ok;
}

/**
 * The answers known for one reading of a list, carried to the rows of another reading of the same text: a row
 * whose place input is the same gets the same answer, so that saying the first line is data (every row moves down
 * one) checks only that line, and a row whose input changed (another column read) is checked again.
 */
export function carryAnswers(
  inputs: readonly string[],
  answers: readonly (PlaceAnswer | null)[],
  to: readonly string[]
): (PlaceAnswer | null)[] {
  const known = new Map<string, PlaceAnswer>();
  inputs.forEach((input, i) => {
    const answer = answers[i];
    if (answer && !known.has(input)) known.set(input, answer);
  });
  return to.map((input) => known.get(input) ?? null);
}

/**
 * Reads `text` with its first line a header or data as `header` says, else as the kept list was read, else guessed.
 * A kept choice that this text does not allow (the store is shared with the origin's pages) gives way to the guess.
 */
export function readWithChoice(
  code: ListCode,
  text: string,
  header: boolean | undefined,
  stored: StoredList | null
): CompanyListRead {
  const said = header ?? stored?.header;
  const read = code.readCompanyList(text, {header: said});
  return read.ok || said === header
    ? read
    : code.readCompanyList(text, {header});
}

/**
 * Goes on with the list under way read again, its first line a header or data as `header` says; the answers follow
 * their rows. The new reading, or null when the text does not allow it (the choice is only offered when it does).
 */
export function rereadList(
  code: ListCode,
  run: ListRun,
  header: boolean
): CompanyList | null {
  const read = code.readCompanyList(run.text, {header});
  if (!read.ok) return null;
  const inputs = inputsOf(code, read.value);
  run.reread(read.value, inputs, carryAnswers(run.inputs, run.answers, inputs));
  return read.value;
}

/**
 * A kept list's answers for the rows `inputs` of the reading under way: its own rows are read again as it was kept
 * (a list kept before the choice existed was guessed), so that a reading said otherwise since finds them.
 */
export function storedAnswers(
  code: ListCode,
  stored: StoredList,
  inputs: readonly string[]
): (PlaceAnswer | null)[] {
  const kept = code.readCompanyList(stored.text, {header: stored.header});
  return kept.ok
    ? carryAnswers(inputsOf(code, kept.value), stored.answers, inputs)
    : [];
}

/** The place inputs of every row of a list. */
export const inputsOf = (code: ListCode, list: CompanyList) =>
  list.rows.map((_, i) => code.placeInputOf(list, i));

/** Which column is read: its header, or its number without a header line. */
export function columnLine(lang: Lang, list: CompanyList): string {
  const t = translations[lang];
  return list.hasHeader
    ? t.columnNamed(list.headers[list.column] ?? '')
    : t.columnNumber(list.column + 1);
}

/** The checkbox that says whether the first line is a header, described by the column line beside it. */
export function renderHeaderChoice(
  lang: Lang,
  checked: boolean,
  onChange: (header: boolean) => void
) {
  return html`<label part="header-choice">
    <input
      type="checkbox"
      data-action="header"
      aria-describedby="column"
      .checked=${live(checked)}
      @change=${(event: Event) =>
        onChange((event.target as HTMLInputElement).checked)}
    />
    ${translations[lang].headerLine}
  </label>`;
}
