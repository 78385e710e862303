import type {Scheme} from '../../src/catalogue/types.ts';
import {
  frichesAnct,
  frichesDrealPaca,
  frichesDrieat,
  frichesGuide,
} from '../sources-added.ts';
import {fondsVert2026} from '../sources.ts';

export const scheme: Scheme = {
  id: 'fonds-vert-recyclage-foncier',
  title: {
    fr: 'Fonds vert : recyclage foncier des friches',
    en: 'Fonds vert: brownfield land recycling',
  },
  summary: {
    fr: "Des subventions de l'État pour les opérations d'aménagement de friches dont le bilan est déficitaire, y compris pour accueillir de nouvelles industries. La mesure a été maintenue en 2025 ; l'édition 2026 et son montant ne sont pas confirmés.",
    en: 'State grants for brownfield development operations whose balance is in deficit, including to host new industries. The measure was kept in 2025; the 2026 edition and its amount are not confirmed.',
  },
  description: {
    fr: "Dans la continuité du fonds friches du plan de relance, le Fonds vert consacre un axe au recyclage foncier : il aide les opérations d'aménagement sur des terrains déjà artificialisés dont le bilan est déficitaire. Il peut financer des études, l'acquisition foncière et des travaux (démolition, dépollution, restructuration). La mesure couvre la France entière, sans condition de Territoire d'industrie ; en Provence-Alpes-Côte d'Azur, par exemple, la priorité va à l'accueil de nouvelles industries sur des sites délaissés. En Île-de-France, les dossiers sont instruits conjointement par les services départementaux de l'État et l'ADEME. L'axe a été maintenu en 2025 et l'État le disait pérennisé jusqu'en 2027, mais le budget 2026 présenté par le gouvernement réduit fortement le Fonds vert et aucune source ne confirme l'ouverture de l'édition 2026.",
    en: "Following the recovery plan's brownfield fund, the Fonds vert devotes an axis to land recycling: it helps development operations on already built-up land whose balance is in deficit. It can fund studies, land acquisition and works (demolition, clean-up, heavy restructuring). The measure covers the whole of France, with no Territoire d'industrie condition; in Provence-Alpes-Côte d'Azur, for example, priority goes to hosting new industries on abandoned sites. In Île-de-France, files are reviewed jointly by the State's departmental services and ADEME. The axis was kept in 2025 and the State said it would last until 2027, but the 2026 budget presented by the government sharply cuts the Fonds vert and no source confirms that the 2026 edition has opened.",
  },
  priorities: ['industrial-land'],
  beneficiaries: ['local-authority', 'developer'],
  kind: 'funding',
  operators: ['prefectures', 'ademe'],
  amounts: [
    {
      type: 'envelope',
      year: 2026,
      confirmed: false,
      note: {
        fr: "Le Fonds vert entier passe de 1,15 Md€ en 2025 à 650 M€ dans le budget 2026 présenté par le gouvernement ; la part des friches n'est pas publiée.",
        en: 'The whole Fonds vert falls from 1.15 bn€ in 2025 to 650 M€ in the 2026 budget presented by the government; the brownfield share is not published.',
      },
      sourceIds: [fondsVert2026.id],
    },
  ],
  dates: {
    note: {
      fr: "Calendrier fixé par région : en 2025, candidatures ouvertes le 12 mars en Provence-Alpes-Côte d'Azur, dépôt jusqu'au 25 avril en Île-de-France (les dossiers plus tardifs relevant de l'édition 2026).",
      en: "Calendar set by each region: in 2025, applications opened on 12 March in Provence-Alpes-Côte d'Azur, and were due by 25 April in Île-de-France (later files falling under the 2026 edition).",
    },
    sourceIds: [frichesDrealPaca.id, frichesDrieat.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date du 8 décembre 2025 : elle confirme la forte baisse du Fonds vert pour 2026, sans détailler la part des friches. Les pages de l'État sur la mesure décrivent l'édition 2025 ; aucune ne confirme l'ouverture de l'édition 2026.",
    en: 'Our newest source dates from 8 December 2025: it confirms the sharp cut to the Fonds vert for 2026, without detailing the brownfield share. The State pages on the measure describe the 2025 edition; none confirms that the 2026 edition has opened.',
  },
  statusSourceIds: [fondsVert2026.id, frichesAnct.id, frichesDrieat.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  scopeSourceIds: [frichesGuide.id, frichesDrealPaca.id],
  apply: {
    url: frichesAnct.url,
    label: {
      fr: 'Fiche de la mesure pour les collectivités (ANCT) ; dossier auprès de la préfecture de département',
      en: "The measure's page for local authorities (ANCT); file with the departmental prefecture",
    },
  },
  sources: [
    frichesAnct,
    frichesDrieat,
    frichesDrealPaca,
    frichesGuide,
    fondsVert2026,
  ],
  eligibility: {
    who: ['local-authority', 'developer'],
    projects: ['land-brownfield', 'studies'],
    sourceIds: [frichesGuide.id, frichesAnct.id],
    checks: [
      {
        text: {
          fr: "Opération d'aménagement sur un terrain déjà artificialisé (friche), dont le bilan est déficitaire",
          en: 'Development operation on already built-up land (brownfield) whose balance is in deficit',
        },
        sourceIds: [frichesAnct.id],
      },
      {
        text: {
          fr: 'Porteur : collectivité, établissement public local ou opérateur désigné, aménageur public (SEM, SPL) ou bailleur social',
          en: 'Applicant: local authority, local public body or designated operator, public developer (SEM, SPL) or social landlord',
        },
        sourceIds: [frichesGuide.id],
      },
      {
        text: {
          fr: "Calendrier et priorités de l'année à vérifier auprès de la préfecture de département ou de la DREAL",
          en: "This year's calendar and priorities to be checked with the departmental prefecture or the DREAL",
        },
        sourceIds: [frichesDrieat.id, frichesDrealPaca.id],
      },
    ],
  },
};
