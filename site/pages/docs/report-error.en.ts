import {html} from '../../build/html.ts';
import type {ReportErrorText} from './report-error.ts';

export const reportErrorEn: ReportErrorText = {
  title: 'Report an error',
  intro: (reviewedOn) =>
    html`<h1>Report an error in an entry</h1>
      <p>
        Each entry of the catalogue is written from public pages, whose date it
        gives. The catalogue was reviewed in full on ${reviewedOn}. If an
        amount, a date or a condition looks wrong to you:
      </p>
      <ol>
        <li>
          check it at the entry's newest source (below) and with the operator,
          whose word alone is authoritative;
        </li>
        <li>
          write to the maintainer of the site that showed you the entry, giving
          its id, the fact in question and the address of a public page that
          gives the right one; they pass it on to the data maintainers, who
          correct the entry and its review date.
        </li>
      </ol>`,
  id: 'Id: ',
  status: 'status:',
  checked: (checkedOn) => html`(compared on ${checkedOn})`,
};
