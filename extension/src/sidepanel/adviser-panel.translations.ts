import {
  DETECTORS,
  TEXT_SCAN,
  type ChoiceReason,
} from '@ti-toolkit/core/page-companies';
import {unknownCommunePhrase} from '@ti-toolkit/core/company-territory';
import type {Lang} from './panel-lang.ts';

// Where a company was found: the detectors and the text scan describe themselves (core page-companies).
const sourceLabels = (lang: Lang): Record<string, string> =>
  Object.fromEntries(
    [...DETECTORS, TEXT_SCAN].map(({id, label}) => [id, label[lang]])
  );

const SOURCES_FR: Record<string, string> = {
  ...sourceLabels('fr'),
  manual: 'recherche manuelle',
  selection: 'texte sélectionné',
};

const SOURCES_EN: typeof SOURCES_FR = {
  ...sourceLabels('en'),
  manual: 'manual search',
  selection: 'selected text',
};

const fr = {
  title: "Territoires d'industrie",
  reading: 'Lecture de l’onglet…',
  noTab: 'Aucune page ouverte dans cette fenêtre.',
  notScanned:
    'Cette page n’a pas encore été lue. Cliquez sur « Analyser cette page » ou utilisez la recherche ci-dessous.',
  nothingFound:
    'Aucune entreprise trouvée sur cette page (ni SIREN, ni SIRET, ni numéro de TVA). Cherchez-la avec la recherche ci-dessous.',
  scan: 'Analyser cette page',
  scanStarted: 'Analyse de la page lancée.',
  scanFailed:
    'Cette page n’a pas pu être lue : cliquez sur le bouton de l’extension dans la barre d’outils, ou autorisez ce site dans la page d’options.',
  openOptions: 'Ouvrir les options',
  companiesHeading: 'Entreprises trouvées',
  chooseCompany: (n: number) =>
    n === 1
      ? 'Une entreprise trouvée sur la page : choisissez-la si c’est celle qui vous intéresse.'
      : `${n} entreprises trouvées sur la page : choisissez celle qui vous intéresse.`,
  // Why the page's company was not chosen for the adviser (the core's chooseCompany).
  askReason: {
    'only-host':
      'Seul l’hébergeur du site est cité : ce n’est sans doute pas l’entreprise que vous cherchez.',
    'several-publishers':
      'Plusieurs entreprises sont présentées comme éditrices du site.',
    'display-order':
      'Un numéro peut s’afficher dans un autre ordre que celui du texte de la page : vérifiez-le avant de choisir.',
    'no-publisher': 'La page ne dit pas quelle entreprise édite le site.',
  } as Partial<Record<ChoiceReason, string>>,
  unnamed: 'Nom non indiqué sur la page',
  foundIn: (where: string) => `trouvée dans : ${where}`,
  source: (id: string) => SOURCES_FR[id] ?? id,
  role: {
    publisher: 'éditeur du site',
    host: 'hébergeur du site',
    maker: 'agence qui a réalisé le site',
    credit: 'crédits (photos, illustrations)',
  },
  addressLegend: 'Adresse à vérifier',
  establishment: (siret: string) => `Établissement de la page (SIRET ${siret})`,
  headOffice: 'Siège social',
  establishmentWord: 'Établissement',
  pending: 'Recherche de l’entreprise dans le registre public…',
  notLookedUp: 'L’entreprise n’a pas encore été recherchée.',
  lookUp: 'Rechercher',
  retry: 'Réessayer',
  failures: {
    'not-found':
      'Entreprise introuvable dans le registre public : elle est peut-être non diffusible (ses informations ne sont pas publiques) ou le numéro ne correspond à aucune entreprise connue.',
    'rate-limited':
      'Le service Recherche d’entreprises reçoit trop de demandes pour le moment.',
    unavailable:
      'Le service Recherche d’entreprises ne répond pas (hors ligne ou indisponible). La recherche par commune ou code postal fonctionne toujours, hors ligne.',
    'invalid-answer':
      'Le service Recherche d’entreprises a envoyé une réponse illisible.',
    'invalid-identifier': 'Ce numéro n’est pas un SIREN ou un SIRET valide.',
    aborted: 'La recherche a été interrompue.',
  },
  retryIn: (seconds: number) => `Réessayez dans ${seconds} s.`,
  companyHeading: 'Entreprise',
  siren: 'SIREN',
  siret: 'SIRET',
  activity: 'Activité',
  addressUsed: 'Adresse retenue',
  noName: 'Nom non diffusé',
  closed: 'Attention : cette entreprise est fermée (cessée).',
  establishmentClosed: 'Attention : cet établissement est fermé.',
  verdictHeading: 'Verdict',
  inTerritory: (name: string) => `Dans le Territoire d’industrie ${name}.`,
  notInTerritory: 'Hors Territoire d’industrie.',
  noLocation:
    'Le registre ne donne pas de commune pour cette adresse : le territoire ne peut pas être déterminé.',
  unknownCommune: (code: string, cogYear: number) =>
    `Code commune ${code} : ${unknownCommunePhrase({cogYear}, 'fr')}. Le territoire ne peut pas être déterminé.`,
  loadingPerimeter: 'Chargement du périmètre…',
  perimeterFailed: 'Le périmètre des territoires n’a pas pu être chargé.',
  readFailed: 'L’état de cet onglet n’a pas pu être lu.',
  aidHeading: 'Aides applicables',
  copy: 'Copier le résumé',
  copied: 'Résumé copié dans le presse-papiers.',
  copyFailed:
    'La copie a échoué : sélectionnez le texte ci-dessous et copiez-le (Ctrl+C).',
  summaryLabel: 'Résumé à copier',
  handOffLabel: 'Passer le relais',
  contactAdviser: 'Contacter un conseiller',
  adviserPrefilled: 'Conseillers-Entreprises, SIRET prérempli',
  adviserHome: 'Conseillers-Entreprises',
  directoryPage: 'Fiche sur l’annuaire des entreprises',
  newTab: ' (nouvel onglet)',
  listCheck: 'Vérifier une liste d’entreprises',
  searchHeading: 'Recherche',
  searchLabel: 'SIREN, SIRET, commune ou code postal',
  searchHint:
    'Un numéro est cherché dans le registre public ; une commune ou un code postal est résolu ici, même hors ligne.',
  searchButton: 'Chercher',
  searchEmpty: 'Saisissez un SIREN, un SIRET, une commune ou un code postal.',
  searchInvalidNumber:
    'Ce numéro a la longueur d’un SIREN (9 chiffres) ou d’un SIRET (14 chiffres), mais sa clé de contrôle ne correspond pas : vérifiez-le.',
  searchNoIdentifier: 'Aucun SIREN ou SIRET reconnu dans cette saisie.',
  searchStorageFull:
    'La recherche n’a pas pu être enregistrée : la mémoire de l’extension est pleine. Fermez des onglets, puis réessayez.',
  placeHeading: (query: string) => `Lieu : ${query}`,
  selectionNotice: (text: string) =>
    `Le texte sélectionné ne contient ni SIREN ni SIRET : « ${text} ».`,
};

export type PanelTexts = typeof fr;

const en: PanelTexts = {
  title: "Territoires d'industrie",
  reading: 'Reading the tab…',
  noTab: 'No page is open in this window.',
  notScanned:
    'This page has not been read yet. Click “Scan this page” or use the search below.',
  nothingFound:
    'No company found on this page (no SIREN, SIRET or VAT number). Look it up with the search below.',
  scan: 'Scan this page',
  scanStarted: 'Scanning the page.',
  scanFailed:
    'This page could not be read: click the extension’s toolbar button, or grant this site in the options page.',
  openOptions: 'Open the options',
  companiesHeading: 'Companies found',
  chooseCompany: (n: number) =>
    n === 1
      ? 'One company found on the page: choose it if it is the one you want.'
      : `${n} companies found on the page: choose the one you want.`,
  askReason: {
    'only-host':
      'Only the site’s host is named: it is probably not the company you are looking for.',
    'several-publishers':
      'Several companies are presented as the site’s publishers.',
    'display-order':
      'A number may be displayed in another order than in the page’s text: check it before choosing.',
    'no-publisher': 'The page does not say which company publishes the site.',
  } as Partial<Record<ChoiceReason, string>>,
  unnamed: 'Name not given on the page',
  foundIn: (where: string) => `found in: ${where}`,
  source: (id: string) => SOURCES_EN[id] ?? id,
  role: {
    publisher: "the site's publisher",
    host: "the site's host",
    maker: 'the agency that made the site',
    credit: 'credits (photographs, illustrations)',
  },
  addressLegend: 'Address to check',
  establishment: (siret: string) => `The page’s establishment (SIRET ${siret})`,
  headOffice: 'Head office',
  establishmentWord: 'Establishment',
  pending: 'Looking the company up in the public register…',
  notLookedUp: 'The company has not been looked up yet.',
  lookUp: 'Look up',
  retry: 'Try again',
  failures: {
    'not-found':
      'Company not found in the public register: its details may not be public (“non-diffusible”), or the number matches no known company.',
    'rate-limited':
      'The Recherche d’entreprises service is receiving too many requests right now.',
    unavailable:
      'The Recherche d’entreprises service cannot be reached (offline or unavailable). Searching by commune or postcode still works, offline.',
    'invalid-answer':
      'The Recherche d’entreprises service sent an unreadable answer.',
    'invalid-identifier': 'This number is not a valid SIREN or SIRET.',
    aborted: 'The lookup was interrupted.',
  },
  retryIn: (seconds: number) => `Try again in ${seconds} s.`,
  companyHeading: 'Company',
  siren: 'SIREN',
  siret: 'SIRET',
  activity: 'Activity',
  addressUsed: 'Address used',
  noName: 'Name not public',
  closed: 'Warning: this company has ceased trading.',
  establishmentClosed: 'Warning: this establishment is closed.',
  verdictHeading: 'Verdict',
  inTerritory: (name: string) => `In the Territoire d’industrie ${name}.`,
  notInTerritory: 'Not in a Territoire d’industrie.',
  noLocation:
    'The register gives no commune for this address: the territory cannot be determined.',
  unknownCommune: (code: string, cogYear: number) =>
    `Commune code ${code}: ${unknownCommunePhrase({cogYear}, 'en')}. The territory cannot be determined.`,
  loadingPerimeter: 'Loading the perimeter…',
  perimeterFailed: 'The territories’ perimeter could not be loaded.',
  readFailed: 'The state of this tab could not be read.',
  aidHeading: 'Applicable aid',
  copy: 'Copy summary',
  copied: 'Summary copied to the clipboard.',
  copyFailed: 'Copying failed: select the text below and copy it (Ctrl+C).',
  summaryLabel: 'Summary to copy',
  handOffLabel: 'Hand on',
  contactAdviser: 'Contact an adviser',
  adviserPrefilled: 'Conseillers-Entreprises, SIRET filled in',
  adviserHome: 'Conseillers-Entreprises',
  directoryPage: 'Page on the Annuaire des entreprises',
  newTab: ' (new tab)',
  listCheck: 'Check a list of companies',
  searchHeading: 'Search',
  searchLabel: 'SIREN, SIRET, commune or postcode',
  searchHint:
    'A number is looked up in the public register; a commune or postcode is resolved here, even offline.',
  searchButton: 'Search',
  searchEmpty: 'Type a SIREN, a SIRET, a commune or a postcode.',
  searchInvalidNumber:
    'This number has the length of a SIREN (9 digits) or a SIRET (14 digits), but its check digit does not match: check it.',
  searchNoIdentifier: 'No SIREN or SIRET recognised in this text.',
  searchStorageFull:
    'The lookup could not be saved: the extension’s storage is full. Close some tabs, then try again.',
  placeHeading: (query: string) => `Place: ${query}`,
  selectionNotice: (text: string) =>
    `The selected text holds no SIREN or SIRET: “${text}”.`,
};

export const translations: Record<Lang, PanelTexts> = {fr, en};
