import {html} from '../../build/html.ts';
import type {AccessibilityText} from './accessibility.ts';
import {RGAA_STATEMENT_RULES} from './accessibility-level.ts';

/** The statement translated from the French, which is the reference (the RGAA's form). */
export const accessibilityEn: AccessibilityText = {
  title: 'Accessibility statement',
  embedPage:
    'The iframe page, one page for both languages, checked with a component',
  content: ({to, date, tools, pages}) =>
    html`<h1>Accessibility statement</h1>
      <p>
        We aim for WCAG 2.2 level AA for the components and for this site. This
        statement follows the form of the French accessibility framework, the
        RGAA (<span lang="fr"
          >référentiel général d'amélioration de l'accessibilité</span
        >), which implements article 47 of French law no. 2005-102 of 11
        February 2005. It says what is checked, how, and what we know is
        missing.
      </p>
      <p>
        It applies to the Territoires d'industrie toolkit's site, in French and
        in English, and to the <code>ti-*</code> components it publishes. The
        project has published no multi-year accessibility plan and no action
        plan.
      </p>

      <h2>Compliance status</h2>
      <p>
        The Territoires d'industrie toolkit's site is
        <strong>not compliant</strong> with the RGAA, version 4.1: no compliance
        audit has been made. The RGAA requires a service to be declared "not
        compliant" (<span lang="fr">non conforme</span>) when "no audit result
        in force measures whether the criteria are met" (<a
          href="${RGAA_STATEMENT_RULES}"
          hreflang="fr"
          >RGAA, obligations: the accessibility statement</a
        >, in French). Our automated tests do not replace that audit.
      </p>

      <h3>Test results</h3>
      <p>
        Without an audit, there is no rate of criteria met. This is what our
        automated tests check, on every change:
      </p>
      <ul>
        <li>
          every page of the site, in French and in English, and the iframe page:
          axe-core finds no violation (end-to-end tests in Chromium); in the
          dark colour scheme too for the home page, the configurator, the
          component reference and the iframe page;
        </li>
        <li>
          every component, in every state, language and theme (light, dark,
          sober, high contrast): axe-core finds no violation (component tests in
          Chromium; every Storybook story fails on a violation too);
        </li>
        <li>
          the components' keyboard paths: choosing a priority, searching,
          filtering, sorting, checking a place and choosing between possible
          places, answering the funding questions, finding and selecting a
          territory on the map through its search field;
        </li>
        <li>
          visible focus: in every theme, every element reached with the keyboard
          shows a focus ring of at least 2 px, with a contrast of at least 3:1
          against the component's background;
        </li>
        <li>
          reflow (WCAG 1.4.10): every component, with long content, fits 320 and
          640 CSS px without scrolling sideways, and every page of the site, in
          both languages, fits 320 px;
        </li>
        <li>
          contrast: axe-core's contrast rule in every theme; the configurator
          flags a partner's colours that fall below 4.5:1.
        </li>
      </ul>

      <h3>How the components behave</h3>
      <ul>
        <li>
          Everything works with the keyboard; the focus is always visible.
        </li>
        <li>
          Results are announced: the number of services, the verdict on a place,
          the count of eligible schemes (polite live regions,
          <code>aria-live="polite"</code>).
        </li>
        <li>
          Headings fit the host page (<code>heading-level</code>); the language
          is declared, so screen readers pronounce French and English right.
        </li>
        <li>
          Colours meet 4.5:1 in the light and dark themes; the dark theme has
          its own tokens, and the configurator warns when your colours fall
          below 4.5:1. Motion only plays when the visitor has not asked to
          reduce it; Windows high contrast mode is respected.
        </li>
      </ul>

      <h2>Non-accessible content</h2>
      <h3>Non-compliance</h3>
      <p>
        Without an audit, non-compliance with the RGAA is not listed criterion
        by criterion. These are the limits we know of:
      </p>
      <ul>
        <li>
          Automatic tests find only part of the problems, about a third to a
          half; no check has been made with an assistive technology, and no test
          with screen-reader users has been made yet.
        </li>
        <li>
          A partner's own colours, fonts and <code>::part()</code> styles can
          lower the contrast: the partner is responsible for them.
        </li>
        <li>
          In the iframe fallback, the iframe's title is the only name screen
          readers get from the host page; the snippet sets it.
        </li>
      </ul>
      <h3>Exemptions for disproportionate burden</h3>
      <p>None.</p>
      <h3>Content not subject to the accessibility obligation</h3>
      <p>None.</p>

      <h2>Preparation of this statement</h2>
      <p>This statement was written on ${date}.</p>
      <h3>Technologies the site is built with</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS</li>
        <li>JavaScript: custom elements (Web Components) written with Lit</li>
        <li>SVG (the territory map)</li>
      </ul>
      <h3>Test environment</h3>
      <p>
        The checks run in Chromium (Debian's, version 156 on the date of this
        statement), driven by Playwright ${tools.playwright}. No assistive
        technology (screen reader, magnifier, voice control) was used.
      </p>
      <h3>Tools used to evaluate accessibility</h3>
      <ul>
        <li>axe-core ${tools.axe}, in all the tests below;</li>
        <li>
          Vitest ${tools.vitest} and Playwright ${tools.playwright}: the site's
          pages and the components' reflow tests;
        </li>
        <li>
          Web Test Runner ${tools.testRunner} and @open-wc/testing
          ${tools.openWc}: the components in Chromium, the keyboard, visible
          focus and the themes;
        </li>
        <li>
          Storybook's accessibility addon (@storybook/addon-a11y
          ${tools.storybookA11y}): every story;
        </li>
        <li>
          our own tests of the WCAG 2 contrast ratio (focus, the configurator's
          colours).
        </li>
      </ul>
      <h3>Pages of the site that were checked</h3>
      <p>
        Every page is checked in French (at the site's root) and in English
        (under <code>/en/</code>):
      </p>
      <ul>
        ${pages}
      </ul>

      <h2>Feedback and contact</h2>
      <p>
        If you cannot reach a content or a service, report it by opening an
        issue in the toolkit's repository, saying the page, the component, the
        browser and the assistive technology. For an error in an entry of the
        catalogue, see <a href="${to('/docs/signaler/')}">Report an error</a>.
        There is no e-mail address or contact form yet, which the RGAA asks for.
      </p>

      <h2>Remedies</h2>
      <p>
        Use this procedure if you have reported to the site's maintainer an
        accessibility problem that keeps you from a content or a service, and
        have not had a satisfactory answer. You can (in French):
      </p>
      <ul>
        <li>
          write to the
          <a
            href="https://www.defenseurdesdroits.fr/nous-contacter-355"
            hreflang="fr"
            ><span lang="fr">Défenseur des droits</span></a
          >
          (the French rights ombudsman);
        </li>
        <li>
          contact the
          <a
            href="https://www.defenseurdesdroits.fr/carte-des-delegues"
            hreflang="fr"
            ><span lang="fr">Défenseur des droits</span>' delegate near you</a
          >;
        </li>
        <li>
          send a letter by post (free, no stamp needed):
          <span lang="fr"
            >Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX
            07</span
          >.
        </li>
      </ul>`,
};
