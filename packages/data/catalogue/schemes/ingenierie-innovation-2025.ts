import type {Scheme} from '../../src/catalogue/types.ts';
import {cner2025, generalAssembly2025} from '../sources.ts';

export const scheme: Scheme = {
  id: 'ingenierie-innovation-2025',
  title: {
    fr: "Nouvelle offre d'ingénierie pour l'innovation (annoncée en mai 2025)",
    en: 'New engineering offer for innovation (announced in May 2025)',
  },
  summary: {
    fr: "Une offre d'ingénierie dans le domaine de l'innovation, annoncée par les ministres à l'assemblée générale des Territoires d'industrie du 27 mai 2025. Son opérateur, son contenu, son montant et ses bénéficiaires ne sont pas publiés.",
    en: "An engineering offer in the field of innovation, announced by the ministers at the Territoires d'industrie general assembly of 27 May 2025. Its operator, content, amount and beneficiaries are not published.",
  },
  description: {
    fr: "À l'assemblée générale des Territoires d'industrie du 27 mai 2025, les ministres chargés de l'industrie et de l'aménagement du territoire ont annoncé plusieurs mesures, dont « une nouvelle offre d'ingénierie dans le domaine de l'innovation ». Nos sources n'en disent pas plus : ni l'opérateur, ni le contenu, ni le montant, ni les bénéficiaires, ni si elle est réservée aux Territoires d'industrie. Nous la rattachons aux deux pilotes du programme, l'ANCT et la DGE, et aux territoires, comme les autres offres d'ingénierie du programme ; c'est à confirmer auprès du chef de projet du territoire.",
    en: "At the Territoires d'industrie general assembly of 27 May 2025, the ministers in charge of industry and of territorial planning announced several measures, including \"a new engineering offer in the field of innovation\". Our sources say no more: not the operator, the content, the amount, the beneficiaries, or whether it is reserved to the Territoires d'industrie. We attach it to the programme's two pilots, ANCT and DGE, and to the territories, like the programme's other engineering offers; this is to be confirmed with the territory's project lead.",
  },
  priorities: ['innovation'],
  beneficiaries: ['local-authority'],
  kind: 'engineering',
  operators: ['anct', 'dge'],
  amounts: [],
  dates: {
    note: {
      fr: 'Annoncée le 27 mai 2025 ; aucune date de lancement publiée.',
      en: 'Announced on 27 May 2025; no launch date published.',
    },
    sourceIds: [generalAssembly2025.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Nos deux sources ne sont pas datées ; elles rendent compte de l'annonce du 27 mai 2025 et ne décrivent pas l'offre. Nous ne savons pas si elle a été lancée.",
    en: 'Our two sources are undated; they report the announcement of 27 May 2025 and do not describe the offer. We do not know whether it has been launched.',
  },
  statusSourceIds: [generalAssembly2025.id, cner2025.id],
  reservedToTerritories: true,
  territoryScope: 'all-territories',
  scopeSourceIds: [generalAssembly2025.id],
  apply: {
    url: 'https://agence-cohesion-territoires.gouv.fr',
    label: {
      fr: "Site de l'ANCT, copilote du programme ; se renseigner auprès du chef de projet du territoire",
      en: "ANCT's site, co-pilot of the programme; ask the territory's project lead",
    },
  },
  sources: [generalAssembly2025, cner2025],
  eligibility: {
    who: ['local-authority'],
    projects: ['innovation'],
    sourceIds: [generalAssembly2025.id, cner2025.id],
    checks: [
      {
        text: {
          fr: 'Opérateur, contenu, montant et bénéficiaires non publiés : à vérifier auprès du chef de projet du territoire',
          en: "Operator, content, amount and beneficiaries not published: check with the territory's project lead",
        },
        sourceIds: [generalAssembly2025.id],
      },
    ],
  },
};
