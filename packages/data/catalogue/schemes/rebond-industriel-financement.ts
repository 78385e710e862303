import type {Scheme} from '../../src/catalogue/types.ts';
import {
  rebondIndustriel,
  rebondIndustrielSources,
} from '../shared/rebond-industriel.ts';
import {bdtRebond, bpifranceRebond, litiRebond} from '../sources.ts';

export const scheme: Scheme = {
  id: 'rebond-industriel-financement',
  title: {
    fr: 'Rebond industriel : subventions et avances remboursables de Bpifrance',
    en: 'Rebond industriel: Bpifrance grants and repayable advances',
  },
  summary: {
    fr: 'Subventions et avances remboursables pour les investissements industriels menés dans les territoires retenus par le Rebond industriel.',
    en: 'Grants and repayable advances for industrial investment in the territories selected for Rebond industriel.',
  },
  description: {
    fr: "Volet financement du dispositif Rebond industriel, déployé dans le cadre de France 2030 et du programme Territoires d'industrie : l'État y consacre 90 millions d'euros d'aides, en subventions et en avances remboursables, dont Bpifrance assure l'instruction financière. L'aide sert uniquement à acquérir des actifs matériels ou immatériels, pour des projets d'investissement industriel matures repérés par la mission d'ingénierie du territoire. Outre les entreprises, des établissements de formation ou des associations d'industriels et d'acteurs du territoire peuvent porter des projets collectifs. Seuls les territoires retenus par l'appel à manifestation d'intérêt en bénéficient, qu'ils soient ou non des Territoires d'industrie. Le dispositif était annoncé jusqu'en octobre 2026 et nous n'avons trouvé aucune prolongation.",
    en: "Financing strand of the Rebond industriel scheme, deployed under France 2030 and the Territoires d'industrie programme: the State devotes 90 million euros of aid to it, as grants and repayable advances, with Bpifrance carrying out the financial assessment. The aid only pays for tangible or intangible assets, for mature industrial investment projects identified by the territory's engineering mission. Besides companies, training bodies or associations of manufacturers and local players can lead collective projects. Only the territories selected through the call for expressions of interest benefit, whether or not they are Territoires d'industrie. The scheme was announced until October 2026 and we found no extension.",
  },
  priorities: ['innovation'],
  beneficiaries: ['company', 'training-body', 'association'],
  kind: 'funding',
  operators: ['bpifrance'],
  amounts: [
    {
      type: 'envelope',
      euros: 90_000_000,
      confirmed: true,
      note: {
        fr: 'Part financement des 100 M€ du dispositif Rebond industriel ; chaque territoire retenu reçoit une enveloppe cible.',
        en: 'Financing share of the 100 M€ Rebond industriel scheme; each selected territory receives a target envelope.',
      },
      sourceIds: [bdtRebond.id, bpifranceRebond.id, litiRebond.id],
    },
  ],
  ...rebondIndustriel,
  sources: [...rebondIndustrielSources, bpifranceRebond],
  eligibility: {
    who: ['company', 'training-body', 'association'],
    projects: ['industrial-investment'],
    sourceIds: [bpifranceRebond.id],
    checks: [
      {
        text: {
          fr: "Projet mené dans un territoire retenu par l'appel à manifestation d'intérêt Rebond industriel",
          en: 'Project in a territory selected through the Rebond industriel call for expressions of interest',
        },
        sourceIds: [bpifranceRebond.id],
      },
      {
        text: {
          fr: "Projet d'investissement industriel mature (réalisable dans les deux ans), repéré par la mission d'ingénierie du territoire",
          en: "Mature industrial investment project (feasible within two years), identified by the territory's engineering mission",
        },
        sourceIds: [bpifranceRebond.id],
      },
      {
        text: {
          fr: "Aide réservée à l'acquisition d'actifs matériels ou immatériels",
          en: 'Aid limited to acquiring tangible or intangible assets',
        },
        sourceIds: [bpifranceRebond.id],
      },
    ],
  },
};
