import type {Scheme} from '../../src/catalogue/types.ts';
import {
  bdtOperators,
  bpifranceRebond,
  cdcMobilized,
  litiRebond,
  senateReport2024,
  vteExperts2023,
} from '../sources.ts';

export const scheme: Scheme = {
  id: 'bpifrance-programme',
  title: {
    fr: "Bpifrance dans le programme Territoires d'industrie",
    en: "Bpifrance in the Territoires d'industrie programme",
  },
  summary: {
    fr: "Bpifrance, partenaire du programme, a signé en 2019 une convention d'engagement qui prévoyait un référent par territoire ; elle opère le VTE et le volet financement du Rebond industriel. Aucun montant propre à la phase 2 n'est publié.",
    en: 'Bpifrance, a partner of the programme, signed a commitment agreement in 2019 that provided for a referent per territory; it runs the VTE and the financing side of Rebond industriel. No amount specific to phase 2 is published.',
  },
  description: {
    fr: "Le 5 mars 2019, l'État a signé avec Bpifrance, comme avec trois autres opérateurs publics, une convention d'engagement pour les Territoires d'industrie : chaque opérateur devait désigner un référent unique par territoire. Bpifrance a lancé le volontariat territorial en entreprise (VTE, voir les fiches VTE Territoires d'industrie et VTE Vert) et instruit le volet financement du Rebond industriel. Pour la phase 2 (2023-2027), un rapport du Sénat de décembre 2024 cite Bpifrance parmi les partenaires qui ont mobilisé leurs crédits propres en faveur du programme, sans en donner le montant ni décrire une offre nouvelle.",
    en: "On 5 March 2019 the State signed with Bpifrance, as with three other public operators, a commitment agreement for the Territoires d'industrie: each operator was to name a single referent per territory. Bpifrance launched company-based territorial volunteering (VTE, see the VTE Territoires d'industrie and VTE Vert entries) and reviews the financing side of Rebond industriel. For phase 2 (2023-2027), a Senate report of December 2024 names Bpifrance among the partners that used their own funds for the programme, without giving the amount or describing a new offer.",
  },
  priorities: ['innovation', 'skills-recruitment'],
  beneficiaries: ['company', 'local-authority'],
  kind: 'support',
  operators: ['bpifrance'],
  amounts: [
    {
      type: 'envelope',
      confirmed: false,
      note: {
        fr: 'Le Sénat indique que Bpifrance a mobilisé ses crédits propres pour le programme, sans en publier le montant.',
        en: 'The Senate says Bpifrance used its own funds for the programme, without publishing the amount.',
      },
      sourceIds: [senateReport2024.id],
    },
  ],
  dates: {
    note: {
      fr: 'Engagements signés le 5 mars 2019 (phase 1) ; Bpifrance est citée comme partenaire de la phase 2 en décembre 2024.',
      en: 'Commitments signed on 5 March 2019 (phase 1); Bpifrance is named as a phase 2 partner in December 2024.',
    },
    sourceIds: [bdtOperators.id, senateReport2024.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date du 18 décembre 2024 (rapport du Sénat) : elle confirme que Bpifrance reste partenaire du programme, mais ne décrit ni offre ni montant propres à la phase 2. Le référent par territoire est un engagement de 2019 dont la poursuite n'est pas confirmée.",
    en: 'Our newest source dates from 18 December 2024 (Senate report): it confirms that Bpifrance is still a partner of the programme, but describes no offer or amount specific to phase 2. The referent per territory is a 2019 commitment whose continuation is not confirmed.',
  },
  statusSourceIds: [senateReport2024.id, bdtOperators.id],
  reservedToTerritories: true,
  territoryScope: 'all-territories',
  scopeSourceIds: [bdtOperators.id, cdcMobilized.id],
  apply: {
    url: 'https://www.bpifrance.fr',
    label: {
      fr: "Site de Bpifrance ; pour le référent du territoire, passer par le chef de projet Territoires d'industrie",
      en: "Bpifrance's site; for the territory's referent, go through the Territoires d'industrie project lead",
    },
  },
  sources: [
    senateReport2024,
    bdtOperators,
    cdcMobilized,
    vteExperts2023,
    bpifranceRebond,
    litiRebond,
  ],
  eligibility: {
    who: ['company', 'local-authority'],
    sourceIds: [bdtOperators.id, cdcMobilized.id],
    checks: [
      {
        text: {
          fr: "Référent Bpifrance du territoire (engagement de 2019) : vérifier auprès du chef de projet du territoire qu'il est toujours en place",
          en: "Bpifrance referent for the territory (2019 commitment): check with the territory's project lead that one is still in place",
        },
        sourceIds: [bdtOperators.id],
      },
      {
        text: {
          fr: "VTE : aide de l'État opérée par Bpifrance pour les PME et ETI (voir les fiches VTE)",
          en: 'VTE: a State grant run by Bpifrance for SMEs and mid-caps (see the VTE entries)',
        },
        sourceIds: [vteExperts2023.id],
      },
      {
        text: {
          fr: "Rebond industriel : réservé aux entreprises des territoires retenus par l'appel à manifestation d'intérêt ; Bpifrance instruit les dossiers de financement",
          en: 'Rebond industriel: only for companies in the territories selected by the call for expressions of interest; Bpifrance reviews the financing files',
        },
        sourceIds: [bpifranceRebond.id, litiRebond.id],
      },
    ],
  },
};
