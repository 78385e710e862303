import {html} from '../../build/html.ts';
import type {AccessibilityText} from './accessibility.ts';
import {RGAA_STATEMENT_RULES} from './accessibility-level.ts';

/** The reference text of the statement (the RGAA's form); the English page translates it. */
export const accessibilityFr: AccessibilityText = {
  title: "Déclaration d'accessibilité",
  embedPage:
    "Page de l'iframe, une seule page pour les deux langues, vérifiée avec un composant",
  content: ({to, date, tools, pages}) =>
    html`<h1>Déclaration d'accessibilité</h1>
      <p>
        Nous visons le niveau AA des WCAG 2.2 pour les composants et pour ce
        site. Cette déclaration suit le modèle du référentiel général
        d'amélioration de l'accessibilité (RGAA), qui met en œuvre l'article 47
        de la loi n° 2005-102 du 11 février 2005. Elle dit ce qui est vérifié,
        comment, et ce que nous savons manquer.
      </p>
      <p>
        Elle s'applique au site de la boîte à outils Territoires d'industrie, en
        français et en anglais, et aux composants <code>ti-*</code> qu'il
        publie. Le projet n'a pas publié de schéma pluriannuel de mise en
        accessibilité ni de plan d'actions.
      </p>

      <h2>État de conformité</h2>
      <p>
        Le site de la boîte à outils Territoires d'industrie est
        <strong>non conforme</strong> avec le RGAA, version 4.1 : aucun audit de
        conformité n'a été réalisé. Le RGAA demande de déclarer «&nbsp;non
        conforme&nbsp;» un service pour lequel «&nbsp;il n'existe aucun résultat
        d'audit en cours de validité permettant de mesurer le respect des
        critères&nbsp;» (<a href="${RGAA_STATEMENT_RULES}"
          >RGAA, obligations : la déclaration d'accessibilité</a
        >). Nos tests automatiques ne remplacent pas cet audit.
      </p>

      <h3>Résultats des tests</h3>
      <p>
        Sans audit, il n'y a pas de taux de critères respectés. Voici ce que nos
        tests automatiques vérifient, à chaque modification :
      </p>
      <ul>
        <li>
          chaque page du site, en français et en anglais, ainsi que la page de
          l'iframe : axe-core ne trouve aucune violation (tests de bout en bout
          dans Chromium) ; en mode sombre aussi pour l'accueil, le
          configurateur, la référence des composants et la page de l'iframe ;
        </li>
        <li>
          chaque composant, dans chaque état, chaque langue et chaque thème
          (clair, sombre, sobre, contraste élevé) : axe-core ne trouve aucune
          violation (tests des composants dans Chromium ; chaque story de
          Storybook échoue elle aussi sur une violation) ;
        </li>
        <li>
          les parcours au clavier des composants : choisir une priorité,
          rechercher, filtrer, trier, vérifier un lieu et choisir entre les
          lieux possibles, répondre aux questions du module des aides, trouver
          et choisir un territoire sur la carte par son champ de recherche ;
        </li>
        <li>
          le focus visible : dans chaque thème, chaque élément qu'on peut
          atteindre au clavier montre un contour de focus d'au moins 2 px, avec
          un contraste d'au moins 3:1 sur le fond du composant ;
        </li>
        <li>
          la redistribution (critère WCAG 1.4.10) : chaque composant, avec un
          contenu long, tient dans une largeur de 320 px et de 640 px CSS sans
          défilement horizontal, et chaque page du site, dans les deux langues,
          tient dans 320 px ;
        </li>
        <li>
          les contrastes : la règle de contraste d'axe-core dans chaque thème ;
          le configurateur signale les couleurs choisies par un partenaire qui
          descendent sous 4,5:1.
        </li>
      </ul>

      <h3>Ce que font les composants</h3>
      <ul>
        <li>Tout fonctionne au clavier ; le focus est toujours visible.</li>
        <li>
          Les résultats sont annoncés : le nombre de services, le verdict sur un
          lieu, le nombre de dispositifs auxquels on peut prétendre (annonces
          qui n'interrompent pas la lecture, <code>aria-live="polite"</code>).
        </li>
        <li>
          Les niveaux de titre s'adaptent à la page hôte
          (<code>heading-level</code>) ; la langue est déclarée, pour que les
          lecteurs d'écran prononcent correctement le français et l'anglais.
        </li>
        <li>
          Les couleurs respectent 4,5:1 dans les thèmes clair et sombre ; le
          thème sombre a ses propres jetons, et le configurateur prévient quand
          vos couleurs descendent sous 4,5:1. Les animations ne se jouent que si
          le visiteur n'a pas demandé à les réduire ; le mode de contraste élevé
          de Windows est respecté.
        </li>
      </ul>

      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités</h3>
      <p>
        Sans audit, les non-conformités au RGAA ne sont pas relevées critère par
        critère. Voici les limites que nous connaissons :
      </p>
      <ul>
        <li>
          Les tests automatiques ne trouvent qu'une partie des problèmes,
          environ un tiers à la moitié ; aucune vérification n'a été faite avec
          une technologie d'assistance, et aucun test avec des utilisateurs de
          lecteurs d'écran n'a encore eu lieu.
        </li>
        <li>
          Les couleurs, polices et styles <code>::part()</code> qu'un partenaire
          applique aux composants peuvent faire baisser le contraste : ils sont
          de la responsabilité du partenaire.
        </li>
        <li>
          Dans l'iframe de repli, le titre de l'iframe est le seul nom que les
          lecteurs d'écran reçoivent de la page hôte ; l'extrait de code le
          définit.
        </li>
      </ul>
      <h3>Dérogations pour charge disproportionnée</h3>
      <p>Aucune.</p>
      <h3>Contenus non soumis à l'obligation d'accessibilité</h3>
      <p>Aucun.</p>

      <h2>Établissement de cette déclaration d'accessibilité</h2>
      <p>Cette déclaration a été établie le ${date}.</p>
      <h3>Technologies utilisées pour la réalisation du site</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS</li>
        <li>
          JavaScript : éléments personnalisés (Web Components) écrits avec Lit
        </li>
        <li>SVG (la carte des territoires)</li>
      </ul>
      <h3>Environnement de test</h3>
      <p>
        Les vérifications ont été faites dans Chromium (la version de Debian,
        156 à la date de cette déclaration), piloté par Playwright
        ${tools.playwright}. Aucune technologie d'assistance (lecteur d'écran,
        loupe, commande vocale) n'a été utilisée.
      </p>
      <h3>Outils pour évaluer l'accessibilité</h3>
      <ul>
        <li>axe-core ${tools.axe}, dans tous les tests ci-dessous ;</li>
        <li>
          Vitest ${tools.vitest} et Playwright ${tools.playwright} : les pages
          du site et les tests de redistribution des composants ;
        </li>
        <li>
          Web Test Runner ${tools.testRunner} et @open-wc/testing
          ${tools.openWc} : les composants dans Chromium, le clavier, le focus
          visible et les thèmes ;
        </li>
        <li>
          le module d'accessibilité de Storybook (@storybook/addon-a11y
          ${tools.storybookA11y}) : chaque story ;
        </li>
        <li>
          nos propres tests du rapport de contraste WCAG 2 (focus, couleurs du
          configurateur).
        </li>
      </ul>
      <h3>Pages du site ayant fait l'objet de la vérification</h3>
      <p>
        Chaque page est vérifiée en français (à la racine du site) et en anglais
        (sous <code>/en/</code>) :
      </p>
      <ul>
        ${pages}
      </ul>

      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service,
        signalez-le en ouvrant un ticket dans le dépôt de la boîte à outils, en
        indiquant la page, le composant, le navigateur et la technologie
        d'assistance. Pour une erreur dans une fiche du catalogue, voyez
        <a href="${to('/docs/signaler/')}">Signaler une erreur</a>. Il n'y a pas
        encore d'adresse électronique ni de formulaire de contact, que le RGAA
        demande.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Cette procédure est à utiliser si vous avez signalé au responsable du
        site un défaut d'accessibilité qui vous empêche d'accéder à un contenu
        ou à un service, et que vous n'avez pas obtenu de réponse satisfaisante.
        Vous pouvez :
      </p>
      <ul>
        <li>
          écrire un message au
          <a href="https://www.defenseurdesdroits.fr/nous-contacter-355"
            >Défenseur des droits</a
          >
          ;
        </li>
        <li>
          contacter le
          <a href="https://www.defenseurdesdroits.fr/carte-des-delegues"
            >délégué du Défenseur des droits près de chez vous</a
          >
          ;
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :
          Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
        </li>
      </ul>`,
};
