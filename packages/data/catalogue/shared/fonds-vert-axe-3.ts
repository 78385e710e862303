import type {Scheme} from '../../src/catalogue/types.ts';
import {fundApplication} from '../sources.ts';

/**
 * What the three strands of the Fonds vert axis 3 fund ("Territoires d'industrie en transition écologique")
 * have in common: one fund, one envelope, one 2024 edition and one application form. Spread after
 * `beneficiaries` so that the fields keep the order of a Scheme.
 */
export const fondsVertAxe3: Pick<
  Scheme,
  'kind' | 'operators' | 'amounts' | 'dates' | 'status' | 'statusNote' | 'apply'
> = {
  kind: 'funding',
  operators: ['dge', 'prefectures', 'ademe'],
  amounts: [
    {
      type: 'envelope',
      euros: 100_000_000,
      period: '2024',
      confirmed: true,
      note: {
        fr: 'Enveloppe commune aux trois volets du fonds ; 63 M€ engagés en 2024.',
        en: 'Envelope shared by the three strands of the fund; 63 M€ committed in 2024.',
      },
    },
  ],
  dates: {
    note: {
      fr: 'Édition 2024 ; aucune date pour une édition 2025 ou ultérieure.',
      en: '2024 edition; no dates for a 2025 or later edition.',
    },
  },
  status: 'unconfirmed',
  statusNote: {
    fr: 'Le fonds a été ouvert en 2024 ; les sources ne confirment pas de nouvelle édition en 2025 ou après.',
    en: 'The fund was open in 2024; the sources do not confirm a new edition in 2025 or later.',
  },
  apply: {
    url: fundApplication.url,
    label: {
      fr: "Formulaire de dépôt sur Démarches simplifiées (édition 2024 ; vérifier qu'il accepte des dossiers)",
      en: 'Application form on Démarches simplifiées (2024 edition; check that it accepts applications)',
    },
  },
};
