import {html} from '../../build/html.ts';
import type {PrivacyText} from './privacy.ts';

export const privacyFr: PrivacyText = {
  title: 'Confidentialité',
  content: html`<h1>Confidentialité</h1>
    <p>
      Les composants et ce site ne collectent rien sur les visiteurs. Il n'y a
      rien à déclarer dans un bandeau de cookies.
    </p>
    <ul>
      <li>
        <strong>Aucun cookie, aucun stockage de données des visiteurs</strong> :
        les composants ne déposent aucun cookie et n'écrivent rien dans le
        stockage local du navigateur. L'option <code>url-sync</code> du moteur
        de recherche de services garde la recherche dans l'adresse même de la
        page, que le visiteur voit et peut partager.
      </li>
      <li>
        <strong>Une exception, la vérification d'une liste</strong> :
        <code>&lt;ti-list-check&gt;</code> garde la liste collée ou déposée et
        ses réponses dans la base IndexedDB du navigateur, pour reprendre après
        un rechargement. Rien ne quitte le navigateur hormis les numéros
        d'entreprise (voir ci-dessous). La liste gardée est effacée par «
        Annuler », « Vérifier une autre liste » ou « Oublier cette liste », et
        quand une liste terminée sans ligne en échec est téléchargée ;
        l'attribut <code>no-store</code> empêche de la garder.
      </li>
      <li>
        <strong>Contacter un conseiller</strong> : ce lien ouvre le service
        public Conseillers-Entreprises avec le SIRET de l'entreprise dans
        l'adresse, pour préremplir sa demande. Le numéro n'est envoyé que si
        l'utilisateur clique.
      </li>
      <li>
        <strong
          >Une seule requête vers un tiers, pour un numéro d'entreprise
          uniquement</strong
        >
        : les composants chargent leur code et leurs données depuis l'adresse de
        la balise de script : pas de polices, pas de mesure d'audience, pas de
        cartes. Ce qu'un visiteur saisit comme lieu (une commune, un code
        postal, un code INSEE, le SIREN d'une intercommunalité) est recherché
        dans le navigateur, dans les tables fournies avec les composants ; cela
        ne quitte jamais la page.
      </li>
      <li>
        <strong>Entreprises</strong> : quand un visiteur saisit le SIREN ou le
        SIRET d'une entreprise (ou que la page en donne un dans
        <code>place</code>), le composant envoie ce numéro, et rien d'autre, à
        l'annuaire public des entreprises de l'État,
        <code>recherche-entreprises.api.gouv.fr</code> (API Recherche
        d'entreprises), pour trouver la commune de l'établissement. Comme pour
        toute requête, ce service voit l'adresse IP du visiteur et l'adresse de
        la page. Indiquez <code>company-api="none"</code> sur l'élément pour ne
        rien envoyer : le composant demande alors la commune ou le code postal.
        Une page dotée d'une politique de sécurité du contenu (Content Security
        Policy) doit autoriser
        <code>connect-src https://recherche-entreprises.api.gouv.fr</code> pour
        que la recherche fonctionne. L'extension de navigateur pour les
        conseillers d'entreprises interroge le même annuaire, avec le seul
        identifiant. La décision est consignée dans l'ADR 0018
        (<code>docs/decisions/</code>).
      </li>
      <li>
        <strong>Liens</strong> : les liens vers les sources et «&nbsp;comment
        candidater&nbsp;» mènent aux sites des organismes publics ; seuls des
        liens <code>https:</code> sont affichés. Les suivre est le choix du
        visiteur.
      </li>
      <li>
        <strong>Ce site</strong> envoie une politique de sécurité du contenu qui
        ne laisse ses pages charger que depuis leur propre origine et ne se
        connecter qu'à l'annuaire des entreprises ci-dessus (pour un numéro
        d'entreprise saisi sur la page de démonstration), et ne conserve aucun
        journal d'accès.
      </li>
    </ul>
    <p>
      Ce que votre serveur journalise quand il sert le script relève de votre
      politique ; si vous passez par un CDN, de celle du CDN. Servir le dossier
      versionné depuis votre propre serveur supprime ce tiers.
    </p>`,
};
