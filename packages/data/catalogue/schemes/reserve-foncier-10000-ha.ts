import type {Scheme} from '../../src/catalogue/types.ts';
import {zanAmendments2025} from '../sources-added.ts';
import {generalAssembly2025} from '../sources.ts';

export const scheme: Scheme = {
  id: 'reserve-foncier-10000-ha',
  title: {
    fr: '10 000 hectares réservés aux projets industriels dans le cadre du ZAN (annonce)',
    en: '10,000 hectares reserved for industrial projects under ZAN (announcement)',
  },
  summary: {
    fr: 'Une information, pas une aide : le 27 mai 2025, le gouvernement a annoncé une enveloppe de 10 000 hectares réservée aux projets industriels dans le cadre du « zéro artificialisation nette » (ZAN). Les règles de répartition ne sont pas publiées.',
    en: 'Information, not a grant: on 27 May 2025 the government announced a 10,000-hectare allowance reserved for industrial projects under "zero net land take" (ZAN). The allocation rules are not published.',
  },
  description: {
    fr: "Le ZAN limite la consommation d'espaces naturels, agricoles et forestiers. À l'assemblée générale des Territoires d'industrie du 27 mai 2025, les ministres ont annoncé « la réserve d'une enveloppe de 10.000 hectares pour les projets industriels dans le cadre du ZAN ». Le 28 mai, les députés ont adopté en séance plusieurs amendements au projet de loi de simplification de la vie économique qui assouplissent le ZAN ; un article du 2 juin 2025 sur ces votes porte l'intertitre « Un forfait de 10 000 hectares dégagé pour l'industrie ». Nous n'avons trouvé ni le texte définitif, ni la façon dont les hectares seront attribués. Aucune source ne désigne d'opérateur : nous indiquons la Direction générale des entreprises (ministère chargé de l'industrie) comme point de repère. Rien n'indique que l'enveloppe soit réservée aux Territoires d'industrie : elle vise les projets industriels en général.",
    en: 'ZAN limits the use of natural, agricultural and forest land. At the Territoires d\'industrie general assembly of 27 May 2025, the ministers announced "the reservation of a 10,000-hectare allowance for industrial projects under ZAN". On 28 May, the deputies adopted in plenary several amendments to the bill simplifying economic life that relax ZAN; an article of 2 June 2025 on these votes carries the subheading "A 10,000-hectare flat allowance freed for industry". We found neither the final text nor how the hectares will be allocated. No source names an operator: we show the Directorate General for Enterprise (ministry in charge of industry) as a point of reference. Nothing says the allowance is reserved to the Territoires d\'industrie: it targets industrial projects in general.',
  },
  priorities: ['industrial-land'],
  beneficiaries: ['company', 'local-authority'],
  kind: 'information',
  operators: ['dge'],
  amounts: [],
  dates: {
    note: {
      fr: "Annoncée le 27 mai 2025 ; amendements adoptés à l'Assemblée nationale le 28 mai 2025 ; texte définitif non trouvé.",
      en: 'Announced on 27 May 2025; amendments adopted in the National Assembly on 28 May 2025; final text not found.',
    },
    sourceIds: [generalAssembly2025.id, zanAmendments2025.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date du 2 juin 2025 : elle rend compte d'un vote des députés en séance, avant la fin de l'examen du projet de loi. Nous ne savons pas si la réserve de 10 000 hectares figure dans la loi finale, ni comment elle est répartie.",
    en: "Our newest source dates from 2 June 2025: it reports a vote by the deputies in plenary, before the end of the bill's passage. We do not know whether the 10,000-hectare reserve is in the final law, or how it is allocated.",
  },
  statusSourceIds: [zanAmendments2025.id, generalAssembly2025.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  scopeSourceIds: [generalAssembly2025.id, zanAmendments2025.id],
  apply: {
    url: 'https://www.entreprises.gouv.fr',
    label: {
      fr: "Site de la Direction générale des entreprises (ministère chargé de l'industrie)",
      en: 'Site of the Directorate General for Enterprise (ministry in charge of industry)',
    },
  },
  sources: [generalAssembly2025, zanAmendments2025],
  eligibility: {
    who: ['company', 'local-authority'],
    projects: ['industrial-investment', 'industrial-real-estate'],
    sourceIds: [generalAssembly2025.id, zanAmendments2025.id],
    checks: [
      {
        text: {
          fr: "Projet industriel consommant des espaces naturels, agricoles ou forestiers : règles de prise en compte à vérifier auprès des services de l'État",
          en: 'Industrial project using natural, agricultural or forest land: how it is counted is to be checked with the State services',
        },
        sourceIds: [generalAssembly2025.id, zanAmendments2025.id],
      },
    ],
  },
};
