import type {Lang} from '../../build/lang.ts';
import {docsPage} from '../../build/docs-shell.ts';
import {html, link} from '../../build/html.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';

const STATUS_FR: Record<string, string> = {
  open: 'ouvert',
  running: 'en cours',
  upcoming: 'à venir',
  unconfirmed: 'non confirmé',
  closed: 'clos',
};

/**
 * Where "Signaler une erreur" leads by default (components/src/internal/report-url.ts): every entry of the
 * catalogue, by its id as anchor, with its sources and their dates, so that the visitor can check a fact at its
 * source and tell the operator or the site's maintainers what is wrong. In French first: the link is French.
 */
export function reportErrorPage(ctx: SiteContext, lang: Lang): Page {
  const {catalogue} = ctx.data;
  return docsPage(
    ctx,
    lang,
    '/docs/signaler/',
    'Signaler une erreur · Report an error',
    html`<div lang="fr">
        <h1>Signaler une erreur dans une fiche</h1>
        <p>
          Chaque fiche du catalogue est écrite à partir de pages publiques, dont
          elle donne la date. Le catalogue a été revu en entier le
          <time datetime="${catalogue.reviewedOn}">${catalogue.reviewedOn}</time
          >. Si un montant, une date ou une condition vous semble faux :
        </p>
        <ol>
          <li>
            vérifiez-le sur la source la plus récente de la fiche (ci-dessous)
            et auprès de l'opérateur, qui seul fait foi ;
          </li>
          <li>
            écrivez au responsable du site qui vous a montré la fiche, en
            donnant son identifiant, le fait en cause et l'adresse d'une page
            publique qui donne le bon ; il le transmet aux mainteneurs des
            données, qui corrigent la fiche et sa date de revue.
          </li>
        </ol>
      </div>
      <div lang="en">
        <h2>Report an error in an entry</h2>
        <p>
          Check the fact at the entry's newest source and with the operator,
          then write to the maintainer of the site that showed it to you with
          the entry's id, the fact and a public page that gives the right one.
        </p>
      </div>
      ${catalogue.schemes.map(
        (scheme) =>
          html`<section id="${scheme.id}" lang="fr">
            <h2>${scheme.title.fr}</h2>
            <p>
              Identifiant : <code>${scheme.id}</code> · statut :
              ${STATUS_FR[scheme.status] ?? scheme.status}
            </p>
            <ul>
              ${scheme.sources.map(
                (source) =>
                  html`<li>
                    ${link(source.url, source.title)} — ${source.publisher},
                    ${source.publishedOn ?? 'non datée'} (comparée le
                    ${source.checkedOn})
                  </li>`
              )}
            </ul>
          </section>`
      )}`
  );
}
