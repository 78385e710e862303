import type {Scheme} from '../../src/catalogue/types.ts';
import {
  sitesBdtFunding,
  sitesCall,
  sitesCner,
  sitesDge,
  sitesEsteval,
  sitesRevueFonciere,
  sitesTribune2024,
} from '../sources-added.ts';

export const scheme: Scheme = {
  id: 'sites-cles-en-main',
  title: {
    fr: 'Sites industriels clés en main France 2030',
    en: 'France 2030 ready-to-use industrial sites ("sites clés en main")',
  },
  summary: {
    fr: "Une liste nationale de 55 sites préparés pour accueillir rapidement de nouvelles usines, proposés par des intercommunalités et d'autres porteurs, et accompagnés par les services de l'État. Liste dévoilée en avril 2024.",
    en: 'A national list of 55 sites prepared to host new factories quickly, put forward by intercommunalities and other project holders, and supported by State services. List unveiled in April 2024.',
  },
  description: {
    fr: "Lancé en mai 2023 et construit dans le cadre du programme Territoires d'industrie, le dispositif repère et labellise des sites à fort potentiel industriel, puis les accompagne pour qu'ils deviennent « clés en main » : procédures administratives anticipées, pré-aménagement, état des lieux complet. Après un appel à candidatures ouvert en octobre 2023 aux intercommunalités, opérateurs fonciers et aménageurs publics ou privés (sélection régionale puis nationale), le gouvernement a dévoilé 55 premiers sites en avril 2024. La démarche est coordonnée au niveau national par la délégation aux Territoires d'industrie (ANCT et DGE). Les sites sont ouverts à tous les projets industriels, des PME aux très grandes usines. Aucune source ne réserve le dispositif aux Territoires d'industrie.",
    en: "Launched in May 2023 and built within the Territoires d'industrie programme, the scheme identifies and labels sites with strong industrial potential, then supports them to become \"ready to use\": administrative procedures done in advance, site preparation, a complete survey. After a call for applications opened in October 2023 to intercommunalities, land operators and public or private developers (regional then national selection), the government unveiled the first 55 sites in April 2024. The scheme is coordinated nationally by the Territoires d'industrie delegation (ANCT and DGE). The sites are open to every industrial project, from SMEs to very large plants. No source reserves the scheme to the Territoires d'industrie.",
  },
  priorities: ['industrial-land'],
  beneficiaries: ['local-authority', 'developer', 'company'],
  kind: 'land',
  operators: ['anct', 'dge', 'banque-des-territoires'],
  amounts: [
    {
      type: 'envelope',
      euros: 450_000_000,
      confirmed: false,
      note: {
        fr: "Annoncée en 2023-2024 pour l'aménagement et le raccordement des sites ; la Banque des Territoires la présente comme la sienne, La Tribune l'attribue à l'État.",
        en: 'Announced in 2023-2024 for preparing and connecting the sites; Banque des Territoires presents it as its own, La Tribune attributes it to the State.',
      },
      sourceIds: [sitesBdtFunding.id, sitesTribune2024.id],
    },
  ],
  dates: {
    note: {
      fr: 'Dispositif lancé en mai 2023 ; appel à candidatures ouvert en octobre 2023 ; 55 premiers sites dévoilés le 16 avril 2024.',
      en: 'Scheme launched in May 2023; call for applications opened in October 2023; first 55 sites unveiled on 16 April 2024.',
    },
    sourceIds: [sitesDge.id, sitesCall.id, sitesTribune2024.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date du 17 avril 2024 (annonce des 55 sites). De nouveaux sites étaient attendus, mais nous n'avons trouvé ni nouvelle liste ni nouvel appel à candidatures depuis.",
    en: 'Our newest source dates from 17 April 2024 (announcement of the 55 sites). New sites were expected, but we found no new list or new call for applications since.',
  },
  statusSourceIds: [sitesTribune2024.id, sitesDge.id, sitesRevueFonciere.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  scopeSourceIds: [sitesTribune2024.id, sitesCner.id],
  apply: {
    url: sitesDge.url,
    label: {
      fr: 'Présentation du dispositif et des lauréats (Direction générale des entreprises)',
      en: 'The scheme and its laureates (Directorate General for Enterprise)',
    },
  },
  sources: [
    sitesEsteval,
    sitesDge,
    sitesCner,
    sitesCall,
    sitesBdtFunding,
    sitesTribune2024,
    sitesRevueFonciere,
  ],
  eligibility: {
    who: ['local-authority', 'developer', 'company'],
    projects: ['industrial-real-estate', 'land-brownfield'],
    sourceIds: [sitesCall.id, sitesCner.id, sitesEsteval.id],
    checks: [
      {
        text: {
          fr: 'Pour proposer un site : intercommunalité, opérateur foncier ou aménageur public ou privé, avec la maîtrise foncière du site',
          en: 'To put forward a site: intercommunality, land operator or public or private developer, in control of the land',
        },
        sourceIds: [sitesCall.id, sitesCner.id],
      },
      {
        text: {
          fr: "Pour s'implanter : consulter la liste des sites lauréats ; tout projet industriel peut y prétendre",
          en: 'To settle: see the list of laureate sites; any industrial project can apply',
        },
        sourceIds: [sitesCner.id, sitesDge.id],
      },
    ],
  },
};
