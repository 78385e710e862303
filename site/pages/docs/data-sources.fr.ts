import {html} from '../../build/html.ts';
import type {DataSourcesText} from './data-sources.ts';

export const dataSourcesFr: DataSourcesText = {
  title: 'Sources et millésime des données',
  intro: html`<p>
    Chaque chiffre affiché par les composants vient de deux tables générées,
    dans le dépôt (<code>packages/data/generated/</code>), qui portent leur
    millésime ; les composants l'affichent à côté de chaque réponse, pour
    preuve. Cette page est écrite à partir de ces tables lors de la construction
    du site.
  </p>`,
  perimeter: 'Le périmètre : quels lieux sont dans quel territoire',
  labels: {
    attribution: 'Attribution',
    licence: 'Licence',
    phase: 'Phase du programme',
    perimeterDate: "Date du périmètre de l'ANCT",
    geography: 'Communes et intercommunalités',
    method: 'Méthode',
    sources: 'Sources',
    files: 'Fichiers utilisés (SHA-256)',
  },
  territories: (count) => `${count} territoires`,
  geography: (year) => `Code officiel géographique (COG) ${year}`,
  method: {
    groupementMembers:
      "Les communes d'un territoire sont les membres actuels des intercommunalités que l'ANCT lui rattache.",
    communeFile:
      "Les communes d'un territoire sont celles du fichier des communes de l'ANCT.",
  },
  datasetName:
    "«\u00a0Programme Territoires d'industrie\u00a0» sur data.gouv.fr",
  dataset: (dataset) =>
    html`<p>
      Le jeu de données officiel est celui de l'ANCT : ${dataset}. Les
      mainteneurs des données reconstruisent les tables avec
      <code>pnpm data:build</code> quand l'ANCT publie un nouveau fichier.
    </p>`,
  catalogueTitle: 'Le catalogue : priorités, services et aides',
  catalogue: ({catalogue}, date) =>
    html`<p>
      Rédigé avec nos propres mots à partir de sources publiques. Chaque
      montant, date, statut et condition d'éligibilité cite les sources qui
      l'énoncent ; chaque source porte sa propre date de publication et le jour
      où nous y avons comparé la fiche. Version du catalogue
      ${catalogue.version}, dernière relecture complète le
      ${date(catalogue.reviewedOn)}. ${catalogue.attribution}. Une fiche
      présentée comme en cours doit s'appuyer sur une source de 2023 ou plus
      récente (phase 2) ; sinon elle est «&nbsp;non confirmée&nbsp;», avec l'âge
      de sa source la plus récente. Les composants affichent l'éditeur et la
      date de la source la plus récente, toutes les sources à la demande, et
      préviennent les utilisateurs quand la dernière relecture date de plus de
      six mois.
    </p>`,
  table: {
    caption: 'Dispositifs du catalogue',
    scheme: 'Dispositif',
    status: 'Statut',
    reserved: 'Réservé aux territoires',
    sources: 'Sources (éditeur, date propre)',
    yes: 'oui',
    no: 'non',
  },
  colon: ' : ',
  semicolon: ' ; ',
};
