import type {Lang} from '../sidepanel/panel-lang.ts';
import type {SiteProblem} from './site-pattern.ts';

const fr = {
  title: "Territoires d'industrie – options",
  privacyHeading: 'Confidentialité',
  privacy: [
    'Seul l’identifiant de l’entreprise (SIREN ou SIRET) trouvé sur une page quitte le navigateur : il est envoyé à l’API publique Recherche d’entreprises de l’État (recherche-entreprises.api.gouv.fr). Le reste de la page n’est jamais transmis.',
    'Aucun compte, aucun suivi, aucune statistique d’usage. Les réponses sont gardées dans le navigateur pendant 24 heures puis redemandées ; la recherche par commune et le périmètre des territoires fonctionnent hors ligne.',
  ],
  autoHeading: 'Analyse automatique',
  autoScan: 'Analyser automatiquement les sites ci-dessous à chaque visite',
  autoScanHint:
    'Désactivée, l’extension ne lit une page que lorsque vous cliquez sur son bouton.',
  saved: 'Réglage enregistré.',
  saveFailed: 'Le réglage n’a pas pu être enregistré.',
  registriesHeading: 'Sites analysés automatiquement',
  registries: 'Les registres d’entreprises, toujours autorisés :',
  grantedHeading: 'Sites que vous avez autorisés',
  noneGranted: 'Aucun site autorisé pour le moment.',
  remove: 'Retirer',
  removeLabel: (host: string) => `Retirer ${host}`,
  removed: (host: string) => `${host} n’est plus analysé.`,
  removeFailed: (host: string) => `${host} n’a pas pu être retiré.`,
  addLabel: 'Ajouter un site (adresse de la page ou du site)',
  addHint:
    'Par exemple www.cci-exemple.fr. Seuls les sites http et https peuvent être ajoutés.',
  add: 'Ajouter',
  added: (host: string) => `${host} est maintenant analysé.`,
  refused: (host: string) =>
    `Autorisation refusée : ${host} n’est pas analysé.`,
  alreadyRegistry: (host: string) =>
    `${host} est déjà analysé automatiquement.`,
  problems: {
    empty: 'Saisissez l’adresse d’un site.',
    'not-an-address':
      'Ce n’est pas une adresse de site valide (exemple : www.cci-exemple.fr).',
    'unsupported-scheme':
      'Seules les adresses http:// et https:// peuvent être ajoutées.',
  } satisfies Record<SiteProblem, string>,
  clickHeading: 'Analyse sur clic',
  click:
    'Sur n’importe quel autre site, cliquez sur le bouton de l’extension dans la barre d’outils : la page de l’onglet est lue une fois, avec l’autorisation temporaire « activeTab », sans accès permanent au site. Le panneau latéral affiche alors le résultat.',
};

export type OptionsTexts = typeof fr;

const en: OptionsTexts = {
  title: "Territoires d'industrie – options",
  privacyHeading: 'Privacy',
  privacy: [
    'Only the company identifier (SIREN or SIRET) found on a page leaves the browser: it is sent to the French State’s public API Recherche d’entreprises (recherche-entreprises.api.gouv.fr). The rest of the page is never sent.',
    'No account, no tracking, no usage statistics. Answers are kept in the browser for 24 hours and then asked again; commune search and the territories’ perimeter work offline.',
  ],
  autoHeading: 'Automatic scanning',
  autoScan: 'Scan the sites below automatically on every visit',
  autoScanHint:
    'When off, the extension reads a page only when you click its button.',
  saved: 'Setting saved.',
  saveFailed: 'The setting could not be saved.',
  registriesHeading: 'Sites scanned automatically',
  registries: 'The company registries, always allowed:',
  grantedHeading: 'Sites you allowed',
  noneGranted: 'No site allowed yet.',
  remove: 'Remove',
  removeLabel: (host: string) => `Remove ${host}`,
  removed: (host: string) => `${host} is no longer scanned.`,
  removeFailed: (host: string) => `${host} could not be removed.`,
  addLabel: 'Add a site (address of the page or the site)',
  addHint:
    'For example www.cci-example.fr. Only http and https sites can be added.',
  add: 'Add',
  added: (host: string) => `${host} is now scanned.`,
  refused: (host: string) => `Permission refused: ${host} is not scanned.`,
  alreadyRegistry: (host: string) =>
    `${host} is already scanned automatically.`,
  problems: {
    empty: 'Type the address of a site.',
    'not-an-address':
      'This is not a valid site address (example: www.cci-example.fr).',
    'unsupported-scheme': 'Only http:// and https:// addresses can be added.',
  },
  clickHeading: 'Scanning on click',
  click:
    'On any other site, click the extension’s button in the toolbar: the tab’s page is read once, with the temporary “activeTab” permission, without lasting access to the site. The side panel then shows the result.',
};

export const translations: Record<Lang, OptionsTexts> = {fr, en};
