import type {Lang} from '../../build/lang.ts';
import {docsPage} from '../../build/docs-shell.ts';
import {html} from '../../build/html.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';

export function accessibilityPage(ctx: SiteContext, lang: Lang): Page {
  return docsPage(
    ctx,
    lang,
    '/docs/accessibility/',
    'Accessibility',
    html`<h1>Accessibility statement</h1>
      <p>
        We aim for WCAG 2.2 level AA for the components and for this site. This
        statement says what is checked, how, and what we know is missing. It is
        not a RGAA audit: no independent audit has been made.
      </p>
      <h2>What is checked, automatically, on every change</h2>
      <ul>
        <li>
          Every component, in every state, language and theme: axe-core finds no
          violation (component tests in Chromium, and every Storybook story
          fails on a violation).
        </li>
        <li>
          This site's pages (demo page, configurator, iframe page and
          documentation): axe-core finds no violation (end-to-end tests).
        </li>
        <li>
          Keyboard paths of the components: choosing a priority, searching,
          filtering, checking a place and answering the funding questions.
        </li>
      </ul>
      <h2>How the components behave</h2>
      <ul>
        <li>
          Everything works with the keyboard; the focus is always visible.
        </li>
        <li>
          Results are announced: the number of services, the verdict on a place,
          the count of eligible schemes (polite live regions).
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
      <h2>Known limits</h2>
      <ul>
        <li>
          Automatic tests find about a third to a half of the problems; no test
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
      <h2>Report a problem</h2>
      <p>
        Open an issue in the toolkit's repository, saying the page, the
        component, the browser and the assistive technology.
      </p>`
  );
}
