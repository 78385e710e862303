import type {Lang} from '../i18n/lang.ts';

/** The words of an entry's provenance, shared by the service finder and the funding widget. */
const fr = {
  source: (publisher: string, date: string | null) =>
    `Source : ${publisher}, ${date ?? 'non datée'}`,
  allSources: (count: number) =>
    count > 1 ? `Les ${count} sources` : 'La source',
  checked: (date: string) => `comparée le ${date}`,
  report: 'Signaler une erreur',
  reviewNotice: (date: string) =>
    `Ces informations ont été revues le ${date} ; vérifiez auprès de l'opérateur.`,
};

const en: typeof fr = {
  source: (publisher: string, date: string | null) =>
    `Source: ${publisher}, ${date ?? 'undated'}`,
  allSources: (count: number) =>
    count > 1 ? `All ${count} sources` : 'The source',
  checked: (date: string) => `compared on ${date}`,
  report: 'Report an error',
  reviewNotice: (date: string) =>
    `This information was reviewed on ${date}; check with the operator.`,
};

export type ProvenanceTexts = typeof fr;
export const provenanceTexts: Record<Lang, ProvenanceTexts> = {fr, en};
