import type {Lang} from '../sidepanel/panel-lang.ts';

/** The extension's list page's own words; the table's are the component's. */
export const LIST_CHECK_PAGE_TEXTS: Record<
  Lang,
  {title: string; intro: string}
> = {
  fr: {
    title: "Vérifier une liste d'entreprises",
    intro:
      "Collez des SIRET, des SIREN, des codes INSEE ou postaux, ou déposez un fichier CSV. Seuls les numéros d'entreprise partent vers l'annuaire public des entreprises, au plus 5 par seconde ; la liste reste dans ce navigateur.",
  },
  en: {
    title: 'Check a list of companies',
    intro:
      'Paste SIRETs, SIRENs, INSEE codes or postcodes, or drop a CSV file. Only company numbers go to the public company directory, at most 5 per second; the list stays in this browser.',
  },
};
