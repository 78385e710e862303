import type {Scheme} from '../../src/catalogue/types.ts';
import {rebondIndustriel} from '../shared/rebond-industriel.ts';

export const scheme: Scheme = {
  id: 'rebond-industriel-financement',
  title: {
    fr: 'Rebond industriel : subventions et avances remboursables de Bpifrance',
    en: 'Rebond industriel: Bpifrance grants and repayable advances',
  },
  summary: {
    fr: 'Subventions et avances remboursables de Bpifrance pour les investissements des entreprises situées dans les territoires retenus au titre du Rebond industriel.',
    en: 'Bpifrance grants and repayable advances for investment by companies located in the territories selected for Rebond industriel.',
  },
  description: {
    fr: "Volet financement du dispositif Rebond industriel (France 2030), doté de 90 millions d'euros sur un total de 100 millions : Bpifrance accorde des subventions et des avances remboursables pour des investissements matériels et immatériels. L'aide va aux entreprises des territoires retenus, des intercommunalités touchées par un choc industriel. L'appel, ouvert le 1er août 2022, était annoncé jusqu'en octobre 2026 ; les sources ne disent pas s'il a été clos ou prolongé depuis.",
    en: 'Financing strand of the Rebond industriel scheme (France 2030), with 90 million euros out of a 100 million total: Bpifrance grants subsidies and repayable advances for tangible and intangible investment. The aid goes to companies in the selected territories, intercommunalities hit by an industrial shock. The call, opened on 1 August 2022, was announced as open until October 2026; the sources do not say whether it has closed or been extended since.',
  },
  priorities: ['innovation'],
  beneficiaries: ['company'],
  kind: 'funding',
  operators: ['bpifrance'],
  amounts: [
    {
      type: 'envelope',
      euros: 90_000_000,
      period: '2022-2026',
      confirmed: true,
      note: {
        fr: 'Part financement des 100 M€ du dispositif Rebond industriel.',
        en: 'Financing share of the 100 M€ Rebond industriel scheme.',
      },
    },
  ],
  ...rebondIndustriel,
  eligibility: {
    who: ['company'],
    place: 'selected-territories',
    projects: ['industrial-investment'],
    checks: [
      {
        fr: 'Entreprise située dans un territoire retenu au titre du Rebond industriel',
        en: 'Company located in a territory selected for Rebond industriel',
      },
      {
        fr: 'Investissement matériel ou immatériel',
        en: 'Tangible or intangible investment',
      },
      {
        fr: "Appel annoncé jusqu'en octobre 2026 : vérifier auprès de Bpifrance qu'il accepte encore des dossiers",
        en: 'Call announced until October 2026: check with Bpifrance that it still accepts applications',
      },
    ],
  },
};
