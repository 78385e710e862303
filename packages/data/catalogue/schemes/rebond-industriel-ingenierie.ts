import type {Scheme} from '../../src/catalogue/types.ts';
import {rebondIndustriel} from '../shared/rebond-industriel.ts';

export const scheme: Scheme = {
  id: 'rebond-industriel-ingenierie',
  title: {
    fr: 'Rebond industriel : ingénierie de la Banque des Territoires',
    en: 'Rebond industriel: engineering by Banque des Territoires',
  },
  summary: {
    fr: "Missions d'experts entièrement financées pour les intercommunalités touchées par un choc industriel, dans le cadre de France 2030.",
    en: 'Fully funded expert missions for intercommunalities hit by an industrial shock, under France 2030.',
  },
  description: {
    fr: "Volet ingénierie du dispositif Rebond industriel (France 2030), doté de 10 millions d'euros sur un total de 100 millions : la Banque des Territoires finance à 100 % des missions d'experts d'environ trois mois pour les intercommunalités retenues après un choc industriel. L'appel, ouvert le 1er août 2022, était annoncé jusqu'en octobre 2026 ; 21 territoires ont été accompagnés depuis novembre 2023. Les sources ne disent pas si l'appel a été clos ou prolongé après octobre 2026.",
    en: 'Engineering strand of the Rebond industriel scheme (France 2030), with 10 million euros out of a 100 million total: Banque des Territoires fully funds expert missions of about three months for the intercommunalities selected after an industrial shock. The call, opened on 1 August 2022, was announced as open until October 2026; 21 territories have been supported since November 2023. The sources do not say whether the call closed or was extended after October 2026.',
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
        fr: "le coût de la mission d'experts (environ 3 mois)",
        en: 'the cost of the expert mission (about 3 months)',
      },
      confirmed: true,
    },
    {
      type: 'envelope',
      euros: 10_000_000,
      period: '2022-2026',
      confirmed: true,
      note: {
        fr: 'Part ingénierie des 100 M€ du dispositif Rebond industriel.',
        en: 'Engineering share of the 100 M€ Rebond industriel scheme.',
      },
    },
  ],
  ...rebondIndustriel,
  eligibility: {
    who: ['local-authority'],
    place: 'selected-territories',
    projects: ['studies'],
    checks: [
      {
        fr: 'Intercommunalité touchée par un choc industriel et retenue au titre du Rebond industriel',
        en: 'Intercommunality hit by an industrial shock and selected for Rebond industriel',
      },
      {
        fr: "Appel annoncé jusqu'en octobre 2026 : vérifier auprès de la Banque des Territoires qu'il accepte encore des candidatures",
        en: 'Call announced until October 2026: check with Banque des Territoires that it still accepts applications',
      },
    ],
  },
};
