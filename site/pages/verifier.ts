import {html} from '../build/html.ts';
import {sitePath, type Lang} from '../build/lang.ts';
import {page, shell, type Page} from '../build/layout.ts';
import type {SiteContext} from '../build/site-context.ts';

const TEXT = {
  fr: {
    title: "Vérifier une liste d'entreprises",
    description:
      "Vérifiez en une fois si les entreprises ou les communes d'une liste sont dans un Territoire d'industrie.",
    intro: (to: (path: string) => string) =>
      html`<p>
          Collez une liste (un numéro par ligne) ou déposez un fichier CSV : une
          colonne nommée <code>siret</code>, <code>siren</code>,
          <code>insee</code>, <code>code_postal</code> ou <code>commune</code>,
          sinon la première colonne. Le tableau se remplit au fil des réponses ;
          vous pouvez mettre en pause, reprendre après avoir fermé la page,
          filtrer et télécharger le résultat en CSV, avec les mêmes lignes dans
          le même ordre.
        </p>
        <p>
          Les codes INSEE, codes postaux et communes sont vérifiés dans votre
          navigateur. Pour un SIREN ou un SIRET, seul le numéro est envoyé à
          l'annuaire public des entreprises (API Recherche d'entreprises), au
          plus 5 par seconde : comptez environ 3 minutes et 20 secondes pour 1
          000 entreprises. La liste et ses réponses restent dans votre
          navigateur (IndexedDB) jusqu'à ce que vous l'effaciez ; voir la page
          <a href="${to('/docs/privacy/')}">Confidentialité</a>.
        </p>`,
  },
  en: {
    title: 'Check a list of companies',
    description:
      "Check at once whether the companies or communes of a list are in a Territoire d'industrie.",
    intro: (to: (path: string) => string) =>
      html`<p>
          Paste a list (one number per line) or drop a CSV file: a column named
          <code>siret</code>, <code>siren</code>, <code>insee</code>,
          <code>code_postal</code> or <code>commune</code>, else the first
          column. The table fills in as answers arrive; you can pause, resume
          after closing the page, filter and download the result as CSV, with
          the same rows in the same order.
        </p>
        <p>
          INSEE codes, postcodes and communes are checked in your browser. For a
          SIREN or SIRET, only the number is sent to the public company
          directory (API Recherche d'entreprises), at most 5 per second: allow
          about 3 minutes 20 seconds for 1,000 companies. The list and its
          answers stay in your browser (IndexedDB) until you clear them; see
          <a href="${to('/docs/privacy/')}">Privacy</a>.
        </p>`,
  },
};

/** The advisers' page: a whole portfolio checked at once with `<ti-list-check>` (issue 16). */
export function verifierPage(ctx: SiteContext, lang: Lang): Page {
  const {data, cdn} = ctx;
  const text = TEXT[lang];
  const body = html`<div class="prose">
      <h1>${text.title}</h1>
      ${text.intro((path) => sitePath(lang, path))}
    </div>
    <ti-list-check lang="${lang}"></ti-list-check>`;
  return page(
    lang,
    '/verifier/',
    shell({
      lang,
      title: text.title,
      description: text.description,
      path: '/verifier/',
      body,
      data,
      // The page holds one component, known here: its own script, without the loader (ADR 0023).
      scripts: [
        {
          src: cdn.scripts['ti-list-check'].path,
          integrity: cdn.scripts['ti-list-check'].integrity,
        },
      ],
    })
  );
}
