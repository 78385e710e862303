import {html} from '../../build/html.ts';
import type {DataSourcesText} from './data-sources.ts';

export const dataSourcesEn: DataSourcesText = {
  title: 'Data sources and vintage',
  intro: html`<p>
    Every figure the components show comes from two generated tables in the
    repository (<code>packages/data/generated/</code>), which carry their
    vintage; the components show it beside each answer as proof. This page is
    written from those tables when the site is built.
  </p>`,
  perimeter: 'The perimeter: which places are in which territory',
  labels: {
    attribution: 'Attribution',
    licence: 'Licence',
    phase: 'Programme phase',
    perimeterDate: "Date of ANCT's perimeter",
    geography: 'Communes and intercommunalities',
    method: 'Method',
    sources: 'Sources',
    files: 'Files built from (SHA-256)',
  },
  territories: (count) => `${count} territories`,
  geography: (year) => `Official geography (COG) ${year}`,
  method: {
    groupementMembers:
      "A territory's communes are the current members of the intercommunalities ANCT lists for it.",
    communeFile: "A territory's communes are those of ANCT's commune file.",
  },
  datasetName: '"Programme Territoires d\'industrie" on data.gouv.fr',
  dataset: (dataset) =>
    html`<p>
      The official dataset is ANCT's ${dataset}. Data maintainers rebuild the
      tables with <code>pnpm data:build</code> when ANCT publishes a new file.
    </p>`,
  catalogueTitle: 'The catalogue: priorities, services and funding',
  catalogue: ({catalogue}, date) =>
    html`<p>
      Written in our own words from public sources. Every amount, date, status
      and eligibility condition names the sources that state it; each source
      carries its own publication date and the day we compared the entry with
      it. Catalogue version ${catalogue.version}, last reviewed in full on
      ${date(catalogue.reviewedOn)}.
      <span lang="fr">${catalogue.attribution}</span>. An entry shown as running
      needs a source from 2023 or later (phase 2); otherwise it is
      "unconfirmed", with the age of its newest source. The components show the
      newest source's publisher and date, every source on demand, and warn users
      when the last review is more than six months old.
    </p>`,
  table: {
    caption: 'Schemes of the catalogue',
    scheme: 'Scheme',
    status: 'Status',
    reserved: 'Reserved to the territories',
    sources: 'Sources (publisher, own date)',
    yes: 'yes',
    no: 'no',
  },
  colon: ': ',
  semicolon: '; ',
};
