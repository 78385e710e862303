import type {Lang} from '../i18n/lang.ts';

// The hand-off's words, shared by the funding widget (loaded with its result templates, not in its first download)
// and the list check's table.

const fr = {
  label: (company: string) => `Passer le relais pour ${company}`,
  adviser: 'Contacter un conseiller',
  prefilled: '(Conseillers-Entreprises, SIRET prérempli)',
  home: '(Conseillers-Entreprises)',
  directory: 'Fiche sur l’annuaire des entreprises',
};

const en: typeof fr = {
  label: (company: string) => `Hand ${company} on`,
  adviser: 'Contact an adviser',
  prefilled: '(Conseillers-Entreprises, SIRET filled in)',
  home: '(Conseillers-Entreprises)',
  directory: 'Page on the Annuaire des entreprises',
};

export const handOffTexts: Record<Lang, typeof fr> = {fr, en};
