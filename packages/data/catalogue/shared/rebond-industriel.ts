import type {Scheme, Source} from '../../src/catalogue/types.ts';
import {
  bdtRebond,
  cciIndreRebond,
  litiRebond,
  seineAval2023,
  senateDebate2025,
} from '../sources.ts';

/**
 * What the two strands of Rebond industriel have in common: one call for expressions of interest, opened on
 * 1 August 2022 and announced until October 2026, for territories exposed to the transport industries' changes
 * (not only Territoires d'industrie). Spread after `amounts` so that the fields keep the order of a Scheme.
 */
export const rebondIndustriel: Pick<
  Scheme,
  | 'dates'
  | 'status'
  | 'statusNote'
  | 'statusSourceIds'
  | 'reservedToTerritories'
  | 'territoryScope'
  | 'laureates'
  | 'scopeSourceIds'
  | 'apply'
> = {
  dates: {
    opens: '2022-08-01',
    note: {
      fr: "Appel à manifestation d'intérêt ouvert le 1er août 2022 ; dispositif annoncé jusqu'en octobre 2026, sans jour précis.",
      en: 'Call for expressions of interest opened on 1 August 2022; scheme announced until October 2026, with no exact day.',
    },
    sourceIds: [litiRebond.id, bdtRebond.id],
  },
  // The only end date published is October 2026: past it, the scheme is shown as over until a source says otherwise.
  status: 'closed',
  statusNote: {
    fr: "La Banque des Territoires annonçait le dispositif jusqu'en octobre 2026 ; cette échéance est passée et nous n'avons trouvé aucune source annonçant une prolongation.",
    en: 'Banque des Territoires announced the scheme until October 2026; that date has passed and we found no source announcing an extension.',
  },
  statusSourceIds: [bdtRebond.id],
  reservedToTerritories: false,
  territoryScope: 'selected-territories',
  laureates: [
    {
      name: {
        fr: 'Communauté urbaine Grand Paris Seine & Oise (GPS&O)',
        en: 'Grand Paris Seine & Oise urban community (GPS&O)',
      },
      territoryId: 'ti-1109',
      year: 2023,
      sourceIds: [seineAval2023.id],
    },
  ],
  scopeSourceIds: [cciIndreRebond.id, bdtRebond.id, seineAval2023.id],
  apply: {
    url: bdtRebond.url,
    label: {
      fr: "Présentation du dispositif sur le site de la Banque des Territoires (annoncé jusqu'en octobre 2026)",
      en: 'The scheme on the Banque des Territoires website (announced until October 2026)',
    },
  },
};

/** The pages about the whole scheme; a strand adds the ones about itself. */
export const rebondIndustrielSources: Source[] = [
  bdtRebond,
  litiRebond,
  cciIndreRebond,
  senateDebate2025,
  seineAval2023,
];
