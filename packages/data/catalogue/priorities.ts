import type {Priority} from '../src/catalogue/types.ts';
import {
  fundResource,
  gazetteZan,
  gouvernement183,
  petrPhase2,
} from './sources.ts';

/**
 * The four priorities of phase 2 (2023-2027), in the programme's order. The PETR page lists them by name, the
 * ANCT page (2025) names their four themes and the Government's page announces four axes; the Gazette's
 * article adds land (ZAN) and skills.
 */
const programmeSources = [petrPhase2, fundResource, gouvernement183];
export const priorities: Priority[] = [
  {
    id: 'ecological-transition',
    rank: 1,
    title: {
      fr: 'Accélérer la transition écologique et énergétique',
      en: 'Accelerate the ecological and energy transition',
    },
    summary: {
      fr: "Aider l'industrie des territoires à réduire son empreinte : planification écologique, économie circulaire, ressources et décarbonation.",
      en: "Help the territories' industry reduce its footprint: ecological planning, circular economy, resources and decarbonisation.",
    },
    covers: [
      {
        fr: 'Planification écologique territoriale',
        en: 'Territorial ecological planning',
      },
      {fr: 'Économie circulaire', en: 'Circular economy'},
      {fr: 'Gestion des ressources', en: 'Resource management'},
      {fr: 'Décarbonation', en: 'Decarbonisation'},
    ],
    sources: programmeSources,
  },
  {
    id: 'innovation',
    rank: 2,
    title: {
      fr: "Faire des territoires des écosystèmes d'innovation ambitieux",
      en: 'Make territories ambitious innovation ecosystems',
    },
    summary: {
      fr: "Appuyer les filières d'excellence de chaque territoire et faire travailler ensemble ses acteurs de l'innovation.",
      en: "Support each territory's sectors of excellence and bring its innovation players together.",
    },
    covers: [
      {fr: "Filières locales d'excellence", en: 'Local sectors of excellence'},
      {
        fr: "Synergies locales d'innovation",
        en: 'Local innovation synergies',
      },
    ],
    sources: programmeSources,
  },
  {
    id: 'skills-recruitment',
    rank: 3,
    title: {
      fr: 'Lever les freins au recrutement et développer les compétences',
      en: 'Remove the barriers to recruitment and develop skills',
    },
    summary: {
      fr: 'Aider les industriels à recruter et à former : attractivité, formation et industrie 4.0.',
      en: 'Help manufacturers recruit and train: attractiveness, training and industry 4.0.',
    },
    covers: [
      {fr: 'Attractivité', en: 'Attractiveness'},
      {fr: 'Formation', en: 'Training'},
      {fr: 'Industrie 4.0', en: 'Industry 4.0'},
    ],
    sources: [...programmeSources, gazetteZan],
  },
  {
    id: 'industrial-land',
    rank: 4,
    title: {
      fr: "Mobiliser un foncier adapté à l'industrie et aux collectivités",
      en: 'Mobilise industrial land suited to industry and to local authorities',
    },
    summary: {
      fr: "Trouver des terrains pour l'industrie en ménageant les sols : stratégie foncière, friches et outils partagés.",
      en: 'Find land for industry while sparing soil: land strategy, brownfields and shared tools.',
    },
    covers: [
      {
        fr: "Stratégie foncière compatible avec l'objectif « zéro artificialisation nette »",
        en: 'Land strategy consistent with the "zero net land take" goal',
      },
      {
        fr: 'Réhabilitation des friches industrielles',
        en: 'Rehabilitation of industrial brownfields',
      },
      {fr: 'Outils de mutualisation', en: 'Sharing tools'},
    ],
    sources: [...programmeSources, gazetteZan],
  },
];
