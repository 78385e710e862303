import {html} from '../../build/html.ts';
import type {ReportErrorText} from './report-error.ts';

export const reportErrorFr: ReportErrorText = {
  title: 'Signaler une erreur',
  intro: (reviewedOn) =>
    html`<h1>Signaler une erreur dans une fiche</h1>
      <p>
        Chaque fiche du catalogue est écrite à partir de pages publiques, dont
        elle donne la date. Le catalogue a été revu en entier le ${reviewedOn}.
        Si un montant, une date ou une condition vous semble faux :
      </p>
      <ol>
        <li>
          vérifiez-le sur la source la plus récente de la fiche (ci-dessous) et
          auprès de l'opérateur, qui seul fait foi ;
        </li>
        <li>
          écrivez au responsable du site qui vous a montré la fiche, en donnant
          son identifiant, le fait en cause et l'adresse d'une page publique qui
          donne le bon ; il le transmet aux mainteneurs des données, qui
          corrigent la fiche et sa date de revue.
        </li>
      </ol>`,
  id: 'Identifiant : ',
  status: 'statut :',
  checked: (checkedOn) => html`(comparée le ${checkedOn})`,
};
