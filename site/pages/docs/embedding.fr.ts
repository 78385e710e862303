import {html} from '../../build/html.ts';
import type {EmbeddingText} from './embedding.ts';

export const embeddingFr: EmbeddingText = {
  title: "Guide d'intégration",
  snippet: {
    host: 'VOTRE-CDN',
    detail: 'les réponses et le verdict de chaque dispositif',
    buttons: 'boutons, liens',
    dark: 'la même en thème sombre',
  },
  content: ({to, cdnBase, script, ownScript, elements, events, tokens, csp}) =>
    html`<h1>Guide d'intégration</h1>
      <p>
        Les composants sont des éléments HTML personnalisés (custom elements) :
        une balise de script, puis les éléments là où ils doivent apparaître,
        autant que vous le voulez sur une page. Le
        <a href="${to('/configurator/')}">configurateur</a> écrit l'extrait de
        code pour vous.
      </p>
      <h2>1. La balise de script</h2>
      <pre><code>${script}</code></pre>
      <p>
        Placez-la une fois par page, dans le <code>&lt;head&gt;</code> ou avant
        les éléments. Ce script, le chargeur, pèse moins de 1 ko : il surveille
        la page pour y repérer les balises <code>ti-*</code> et ne charge le
        code d'un composant que lorsque sa balise apparaît (y compris plus tard,
        dans un bloc ajouté par votre CMS). Les données (le catalogue du
        programme, le périmètre des territoires) ne se chargent que lorsqu'un
        composant en a besoin.
      </p>
      <p id="shadow-roots">
        <strong>Dans un shadow DOM</strong> (un élément placé par un autre
        composant web ou par l'élément personnalisé d'un framework) : le script
        trouve les balises dans les racines fantômes (shadow roots) ouvertes
        déjà présentes sur la page, et dans celles des éléments personnalisés
        ajoutés ou définis plus tard. Pour une racine fermée, ou une racine
        qu'il ne peut pas voir, transmettez-la-lui une fois le script exécuté :
        <code>window.tiComponents.observe(shadowRoot)</code>. Le script ne
        regarde que ce que votre page ajoute, jamais de nouveau toute la page,
        et cesse de surveiller dès que tous les composants sont chargés.
      </p>
      <p id="own-scripts">
        <strong>Ou le script propre à chaque composant</strong>, un pour chaque
        composant de la page, dans le même dossier et nommé d'après sa balise :
        ci-dessous, celui des cartes de priorités,
        <code>ti-priority-cards.js</code> ; pour les quatre éléments de l'étape
        2, quatre de ces scripts. Le script propre à un composant définit son
        élément tout de suite, sans surveiller la page. C'est ce que donne le
        <a href="${to('/configurator/')}">configurateur</a>, et la façon la plus
        légère quand vous savez quels composants une page contient : le chargeur
        est un fichier de plus. Plusieurs de ces scripts sur une même page
        partagent leurs fichiers communs, et ils cohabitent avec le chargeur.
        Gardez le chargeur pour les pages dont vous ne connaissez pas les
        composants à l'avance (blocs d'un CMS, contenu ajouté plus tard).
      </p>
      <pre><code>${ownScript}</code></pre>
      <h2>2. Les éléments</h2>
      <pre><code>${elements}</code></pre>
      <ul>
        <li>
          <strong>Lieu</strong> : le moteur de recherche de services et le
          module des aides acceptent un attribut <code>place</code> : un nom de
          commune, un code postal, un code INSEE (<code>insee:78571</code>) ou
          le SIREN d'une intercommunalité (<code>siren:200034130</code>).
          Indiquez le SIREN de votre intercommunalité pour les régler d'emblée
          sur votre territoire. La fiche territoire accepte un identifiant de
          territoire (<code>territory="ti-1109"</code>) ou un lieu. Une fois le
          lieu trouvé, le champ l'affiche en toutes lettres («&nbsp;Saint-Denis
          (93) — Seine-Saint-Denis&nbsp;», «&nbsp;CC Gally Mauldre&nbsp;») ;
          l'attribut garde ce que vous avez indiqué.
        </li>
        <li>
          <strong>Numéros d'entreprise</strong> : le SIREN ou le SIRET d'une
          entreprise, saisi par un visiteur ou donné dans <code>place</code>,
          est recherché dans l'API publique Recherche d'entreprises depuis le
          navigateur du visiteur (seul ce numéro est envoyé ; voir
          <a href="${to('/docs/privacy/')}">confidentialité</a>). Si votre site
          envoie une politique de sécurité du contenu (Content Security Policy),
          autorisez
          <code>connect-src https://recherche-entreprises.api.gouv.fr</code>.
          <code>company-api="https://…"</code> sur un élément le fait interroger
          un autre serveur qui offre la même API (un miroir, un serveur de test)
          ; <code>company-api="none"</code> désactive cette recherche, et le
          composant demande alors la commune ou le code postal.
        </li>
        <li>
          <strong>Langue</strong> : français par défaut.
          <code>lang="en"</code> sur l'élément, sur un ancêtre ou sur
          <code>&lt;html&gt;</code> le fait passer en anglais.
        </li>
        <li>
          <strong>Thème</strong> : <code>theme="auto"</code> (par défaut) suit
          le mode sombre du visiteur ; un site sans mode sombre indique
          <code>theme="light"</code> ; <code>theme="sober"</code> est une
          palette claire de bleu profond et de gris, aux angles droits, proche
          de l'apparence des sites des services publics (nos propres jetons,
          aucun élément du système de design de l'État). Toute autre valeur
          revient à <code>auto</code> et le signale dans la console du
          navigateur.
        </li>
        <li>
          <strong>Police</strong> : les composants reprennent la famille de
          polices de votre page ; définissez
          <code>--ti-sys-typescale-font</code> pour leur en donner une autre.
        </li>
        <li>
          <strong>Ensemble</strong> :
          <code>&lt;ti-priority-cards for="finder"&gt;</code> pilote le moteur
          de recherche dont l'<code>id</code> est <code>finder</code>.
        </li>
      </ul>
      <p>
        Chaque attribut, événement, partie (part) et propriété personnalisée est
        décrit dans la
        <a href="${to('/docs/components/')}">référence des composants</a>.
      </p>
      <h2>3. Vos couleurs</h2>
      <p>
        Définissez les jetons <code>--ti-sys-*</code> sur n'importe quel ancêtre
        (les composants en héritent), les propriétés propres à un composant
        <code>--ti-&lt;composant&gt;-*</code>, ou modifiez le style d'une partie
        avec <code>::part()</code>. Le thème sombre a ses propres jetons, pour
        qu'une couleur de marque claire ne se retrouve jamais sur un fond
        sombre. Gardez un contraste d'au moins 4,5:1 : le configurateur le
        vérifie.
      </p>
      <pre><code>${tokens}</code></pre>
      <h2>4. Événements</h2>
      <p>
        Les événements remontent hors des composants
        (<code>ti-priority-select</code>, <code>ti-filters-change</code>,
        <code>ti-place-resolve</code>, <code>ti-eligibility-change</code>) ; ils
        se déclenchent sur les actions du visiteur, pas quand vous modifiez un
        attribut.
      </p>
      <pre><code>${events}</code></pre>
      <p id="attribution">
        <strong>Compter l'usage de chaque composant</strong> : le
        <code>detail.elementId</code> de chaque événement est l'<code>id</code>
        de l'élément, ou <code>null</code> s'il n'en a pas. Attribution,
        désactivée par défaut : <code>source="votre-site"</code>
        sur le moteur de recherche ou le module des aides ajoute
        <code>utm_source=votre-site&amp;utm_medium=ti-embed</code> à leurs liens
        «&nbsp;comment candidater&nbsp;» (https uniquement ; un
        <code>utm_source</code> ou un <code>utm_medium</code> déjà présent dans
        le lien est remplacé, ses autres paramètres et son fragment sont
        conservés), pour que les opérateurs des dispositifs voient les visites
        envoyées par votre page. Les liens vers les sources et les liens de
        signalement restent tels quels.
      </p>
      <h2 id="versions">5. Versions et intégrité (SRI)</h2>
      <p>
        L'adresse contient la version (<code>${cdnBase}</code>). Une version
        publiée n'est jamais modifiée : c'est ce qui permet à l'empreinte
        <code>integrity</code> de protéger votre page ; si le fichier était
        altéré en chemin ou sur le serveur, le navigateur refuserait de
        l'exécuter. Votre page garde la version avec laquelle elle a été
        construite ; pour passer à une version plus récente, prenez un nouvel
        extrait de code dans le configurateur.
      </p>
      <p>
        Limite : l'empreinte couvre le script que vous collez. Les parties qu'il
        charge ensuite (chaque composant, les données) sont des fichiers nommés
        d'après une empreinte de leur contenu, dans le même dossier immuable,
        mais le navigateur ne les vérifie pas par rapport à une empreinte que
        vous détenez. La liste des empreintes SRI de tous les fichiers est
        publiée à côté du script (<a href="${cdnBase}integrity.json"
          >integrity.json</a
        >) pour ceux qui copient le dossier sur leur propre serveur, ce qui
        supprime tout à fait le tiers.
      </p>
      <h2>6. Politique de sécurité du contenu (CSP)</h2>
      <p>
        Les composants n'ont besoin d'aucun script en ligne, d'aucun
        <code>eval</code> ni d'aucune requête vers un tiers. Si votre site a une
        CSP, autorisez l'origine du CDN pour les scripts (les fichiers de
        données sont eux aussi des modules JavaScript) :
      </p>
      <pre><code>${csp}</code></pre>
      <h2 id="iframe">7. Quand les scripts sont supprimés : l'iframe</h2>
      <p>
        Certains éditeurs de contenu retirent les <code>&lt;script&gt;</code>.
        Le configurateur fournit alors une <code>&lt;iframe&gt;</code> de la
        page d'intégration, avec les mêmes choix dans son adresse. Une iframe ne
        peut pas s'ajuster elle-même à son contenu : la page d'intégration
        indique sa hauteur à la page parente, et le petit script
        <code>ti-embed-resize.js</code>, ajouté une fois au site (thème, pied de
        page ou gestionnaire de balises), l'applique. Sans ce script, l'iframe
        garde la hauteur écrite dans l'extrait de code et défile à l'intérieur.
        Les fiches des priorités ne peuvent pas piloter un moteur de recherche
        d'une iframe à l'autre.
      </p>
      <p>Notes pour <a href="${to('/docs/cms/')}">WordPress et Drupal</a>.</p>`,
};
