// Test helpers for <ti-list-check>: a list given as the user gives it, and the states waited for.
import {waitUntil} from '@open-wc/testing';
import {$, $$, text} from '../internal/shadow-queries.ts';
import type {TiListCheck} from './list-check.component.ts';

/** Pastes `list` into the field and submits it, as a user does. */
export async function paste(el: TiListCheck, list: string): Promise<void> {
  const field = $<HTMLTextAreaElement>(el, 'textarea')!;
  field.value = list;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[data-action="check"]')!.click();
  await waitUntil(() => $(el, '[part="table"]') || $(el, '[part="error"]'));
  await el.updateComplete;
}

/** Drops `content` as a file named `name` on the drop zone. */
export async function drop(
  el: TiListCheck,
  content: BlobPart,
  name = 'liste.csv'
): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, {type: 'text/csv'}));
  $(el, '[part="drop"]')!.dispatchEvent(
    new DragEvent('drop', {dataTransfer: transfer, bubbles: true})
  );
  await waitUntil(() => $(el, '[part="table"]') || $(el, '[part="error"]'));
  await el.updateComplete;
}

export const rows = (el: TiListCheck) => $$(el, 'tbody [part="row"]');

/** Each shown row's outcome (`in`, `out`, `other`, `failed`, `pending`). */
export const outcomes = (el: TiListCheck) =>
  rows(el).map((row) => row.dataset['outcome']);

export async function finished(el: TiListCheck): Promise<void> {
  await waitUntil(
    () => $(el, '[data-action="new-list"]'),
    'the check did not finish',
    {timeout: 8000}
  );
  await el.updateComplete;
}

/** The text the polite status line says now. */
export const announced = (el: TiListCheck) => text($(el, '[role="status"]'));

export const errorText = (el: TiListCheck) => text($(el, '[part="error"]'));

/** The CSV handed to the download link, read back. */
export async function downloaded(el: TiListCheck): Promise<string> {
  const real = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return real(object);
  };
  try {
    $<HTMLButtonElement>(el, '[data-action="download"]')!.click();
  } finally {
    URL.createObjectURL = real;
  }
  return (await blob!.text()).replace(/^\uFEFF/, '');
}
