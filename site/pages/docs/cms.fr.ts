import {html} from '../../build/html.ts';
import type {CmsText} from './cms.ts';

export const cmsFr: CmsText = {
  title: 'WordPress et Drupal',
  snippet: {
    host: 'VOTRE-CDN',
    wordpress:
      'Dans le functions.php de votre thème (ou une petite extension) : charger le script une fois, comme module, avec son empreinte.',
    drupal: 'ti_components.libraries.yml (dans votre thème ou votre module)',
  },
  content: ({to, enqueue, library, resizeUrl, resizeIntegrity}) =>
    html`<h1>WordPress et Drupal</h1>
      <p>
        Deux choses à placer : le script (une fois par site ou par page) et les
        éléments (dans le contenu). Les éditeurs de contenu conservent en
        général les éléments inconnus mais retirent les scripts ; là où ils
        retirent les deux, utilisez l'<a href="${to('/docs/')}#iframe">iframe</a
        >.
      </p>
      <h2>WordPress</h2>
      <ul>
        <li>
          <strong>Les éléments</strong> : dans l'éditeur de blocs, ajoutez un
          bloc «&nbsp;HTML personnalisé&nbsp;» et collez-y l'élément (par
          exemple
          <code
            >&lt;ti-service-finder
            place="siren:200034130"&gt;&lt;/ti-service-finder&gt;</code
          >). Les administrateurs et les éditeurs peuvent le publier ; les
          auteurs et les contributeurs perdent le balisage inconnu (c'est la
          capacité <code>unfiltered_html</code>).
        </li>
        <li>
          <strong>Le script</strong> : un script collé dans un bloc «&nbsp;HTML
          personnalisé&nbsp;» fonctionne pour les administrateurs, mais il est
          facile à perdre. Chargez-le plutôt pour tout le site depuis le thème,
          avec son empreinte :
        </li>
      </ul>
      <pre><code>${enqueue}</code></pre>
      <p>
        <code>wp_enqueue_script_module</code> demande WordPress 6.5 ou plus
        récent ; sinon, une extension de «&nbsp;scripts d'en-tête et de pied de
        page&nbsp;» peut accueillir la balise de script du configurateur. Sur
        les offres WordPress.com sans extensions, les scripts sont retirés :
        utilisez l'iframe dans un bloc «&nbsp;HTML personnalisé&nbsp;» ou un
        bloc de contenu embarqué (<span lang="en">Embed</span>), en sachant que
        le script de redimensionnement ne peut pas non plus y être ajouté :
        l'iframe garde donc sa hauteur.
      </p>
      <h2>Drupal</h2>
      <ul>
        <li>
          <strong>Les éléments</strong> : les formats de texte «&nbsp;<span
            lang="en"
            >Basic HTML</span
          >&nbsp;» et «&nbsp;<span lang="en">Restricted HTML</span>&nbsp;»
          retirent les balises inconnues. Créez un format de texte pour les
          éditeurs de confiance (ou ajoutez les éléments <code>ti-*</code> et
          leurs attributs au HTML autorisé de «&nbsp;<span lang="en"
            >Full HTML</span
          >&nbsp;» avec l'extension «&nbsp;<span lang="en">Source editing</span
          >&nbsp;» de CKEditor 5), puis collez l'élément.
        </li>
        <li>
          <strong>Le script</strong> : déclarez-le comme bibliothèque externe de
          votre thème et attachez-le aux pages (ou à tout le site dans le
          <code>.info.yml</code> du thème) :
        </li>
      </ul>
      <pre><code>${library}</code></pre>
      <h2>L'iframe dans un CMS</h2>
      <p>
        Là où seule une iframe est autorisée, collez l'extrait iframe du
        configurateur. Pour que la hauteur suive le contenu, ajoutez le script
        de redimensionnement une fois, pour tout le site, de la même façon que
        le script des composants : <code>${resizeUrl}</code> (intégrité
        <code>${resizeIntegrity}</code>). Il n'écoute que les messages de
        hauteur venant des cadres de notre page d'intégration.
      </p>`,
};
