import type {Scheme} from '../../src/catalogue/types.ts';
import {
  rebondIndustriel,
  rebondIndustrielSources,
} from '../shared/rebond-industriel.ts';
import {bdtRebond, cciIndreRebond, litiRebond} from '../sources.ts';

export const scheme: Scheme = {
  id: 'rebond-industriel-ingenierie',
  title: {
    fr: 'Rebond industriel : ingénierie de la Banque des Territoires',
    en: 'Rebond industriel: engineering by Banque des Territoires',
  },
  summary: {
    fr: 'Missions de cabinets experts entièrement financées pour les intercommunalités exposées aux mutations des filières transports, notamment automobile.',
    en: 'Fully funded missions by expert firms for intercommunalities exposed to the changes of the transport industries, notably automotive.',
  },
  description: {
    fr: "Volet ingénierie du dispositif Rebond industriel, lancé en 2022 : 10 millions d'euros financent intégralement des missions menées par des cabinets experts pour aider les territoires exposés aux mutations des filières transports, notamment automobile, à bâtir leur stratégie industrielle. Les intercommunalités et regroupements d'intercommunalités candidatent à un appel à manifestation d'intérêt ; il n'est pas nécessaire d'être un Territoire d'industrie. Selon le ministre de l'Industrie, 21 territoires avaient été accompagnés depuis novembre 2023 (bilan de janvier 2025). Le dispositif était annoncé jusqu'en octobre 2026 et nous n'avons trouvé aucune prolongation.",
    en: "Engineering strand of the Rebond industriel scheme, launched in 2022: 10 million euros fully fund missions by expert firms that help territories exposed to the changes of the transport industries, notably automotive, build their industrial strategy. Intercommunalities and groups of intercommunalities apply to a call for expressions of interest; being a Territoire d'industrie is not required. According to the minister for industry, 21 territories had been supported since November 2023 (update of January 2025). The scheme was announced until October 2026 and we found no extension.",
  },
  priorities: ['innovation'],
  beneficiaries: ['local-authority'],
  kind: 'engineering',
  operators: ['banque-des-territoires'],
  amounts: [
    {
      type: 'rate',
      rate: 1,
      upTo: false,
      of: {
        fr: "du coût des missions d'ingénierie menées par des cabinets experts",
        en: 'of the cost of the engineering missions carried out by expert firms',
      },
      confirmed: true,
      sourceIds: [bdtRebond.id],
    },
    {
      type: 'envelope',
      euros: 10_000_000,
      confirmed: true,
      note: {
        fr: 'Part ingénierie des 100 M€ du dispositif Rebond industriel.',
        en: 'Engineering share of the 100 M€ Rebond industriel scheme.',
      },
      sourceIds: [bdtRebond.id, litiRebond.id],
    },
  ],
  ...rebondIndustriel,
  sources: rebondIndustrielSources,
  eligibility: {
    who: ['local-authority'],
    projects: ['studies'],
    sourceIds: [cciIndreRebond.id, litiRebond.id],
    checks: [
      {
        text: {
          fr: "Intercommunalité ou regroupement d'intercommunalités exposé aux mutations des filières transports, notamment automobile",
          en: 'Intercommunality or group of intercommunalities exposed to the changes of the transport industries, notably automotive',
        },
        sourceIds: [cciIndreRebond.id, bdtRebond.id],
      },
      {
        text: {
          fr: "Territoire retenu à l'issue de l'appel à manifestation d'intérêt",
          en: 'Territory selected through the call for expressions of interest',
        },
        sourceIds: [bdtRebond.id],
      },
    ],
  },
};
