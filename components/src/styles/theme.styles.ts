import {css} from 'lit';

/**
 * The dark theme, written once for the `theme="dark"` attribute and for the system's dark mode. Its tokens are
 * `--ti-sys-dark-*`, apart from the light ones: a partner's light brand colour must not land on a dark background,
 * where it would fail contrast. A partner whose site has no dark mode sets `theme="light"`.
 */
const darkTokens = css`
  --_bg: var(--ti-sys-dark-color-surface, #161a20);
  --_fg: var(--ti-sys-dark-color-on-surface, #f1f3f5);
  --_muted: var(--ti-sys-dark-color-on-surface-muted, #c3c8cf);
  --_border: var(--ti-sys-dark-color-outline, #7b828c);
  --_accent: var(--ti-sys-dark-color-primary, #9dbcf2);
  --_on-accent: var(--ti-sys-dark-color-on-primary, #0d1a30);
  --_subtle: var(--ti-sys-dark-color-surface-subtle, #222831);
  --_ok: var(--ti-sys-dark-color-success, #7ed69b);
  --_warn: var(--ti-sys-dark-color-warning, #f2c078);
  --_bad: var(--ti-sys-dark-color-error, #ff9a9f);
  --_focus: var(--ti-sys-dark-color-focus, #8fb8ff);
  color-scheme: dark;
`;

/**
 * The sober theme (`theme="sober"`): a light palette of deep blue, greys and square corners, close to the look of
 * public services' sites, from the same `--ti-sys-*` tokens (a partner's token still wins) and no asset of the
 * State's design system. Light only, like `theme="light"`.
 */
const soberTokens = css`
  --_bg: var(--ti-sys-color-surface, #ffffff);
  --_fg: var(--ti-sys-color-on-surface, #161616);
  --_muted: var(--ti-sys-color-on-surface-muted, #3a3a3a);
  --_border: var(--ti-sys-color-outline, #7a7a7a);
  --_accent: var(--ti-sys-color-primary, #000091);
  --_on-accent: var(--ti-sys-color-on-primary, #ffffff);
  --_subtle: var(--ti-sys-color-surface-subtle, #f5f5fe);
  --_ok: var(--ti-sys-color-success, #18753c);
  --_warn: var(--ti-sys-color-warning, #a94000);
  --_bad: var(--ti-sys-color-error, #c9191e);
  --_focus: var(--ti-sys-color-focus, #0a76f6);
  --_radius: var(--ti-sys-shape-corner, 0);
  color-scheme: light;
`;

/**
 * The neutral default theme as system tokens (`--ti-sys-*`), which each component's own properties
 * (`--ti-<component>-*`) fall back to. A page sets either on the element or any ancestor: custom properties
 * inherit into shadow roots. Dark mode follows `prefers-color-scheme` unless `theme` says otherwise.
 */
export const themeStyles = css`
  :host {
    --_bg: var(--ti-sys-color-surface, #ffffff);
    --_fg: var(--ti-sys-color-on-surface, #1e1e1e);
    --_muted: var(--ti-sys-color-on-surface-muted, #4d4d4d);
    --_border: var(--ti-sys-color-outline, #8a8a8a);
    --_accent: var(--ti-sys-color-primary, #2c4f8c);
    --_on-accent: var(--ti-sys-color-on-primary, #ffffff);
    --_subtle: var(--ti-sys-color-surface-subtle, #f2f4f7);
    --_ok: var(--ti-sys-color-success, #1b6b3a);
    --_warn: var(--ti-sys-color-warning, #8a4b00);
    --_bad: var(--ti-sys-color-error, #a1252b);
    --_focus: var(--ti-sys-color-focus, #0a5fd6);
    --_radius: var(--ti-sys-shape-corner, 0.5rem);
    --_gap: var(--ti-sys-spacing, 1rem);
    color-scheme: light;
  }

  :host([theme='sober']) {
    ${soberTokens}
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='sober'])) {
      ${darkTokens}
    }
  }

  /* Positioned: the visually hidden texts are placed inside the element, so that they never stretch the scroll area of
     a page or of a scrolling box that holds it. */
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    /* No fallback on purpose: unset, the token leaves the declaration invalid at computed-value time, so the
       element inherits the page's font family (docs/decisions/0019-partner-look.md). */
    font-family: var(--ti-sys-typescale-font);
    color: var(--_fg);
    background: var(--_bg);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
  }

  .ti-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .ti-message {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .ti-message[data-tone='error'] {
    color: var(--_bad);
    border: 1px solid currentColor;
  }

  @media (prefers-reduced-motion: no-preference) {
    .ti-animate {
      transition:
        background-color 120ms ease,
        border-color 120ms ease,
        box-shadow 120ms ease;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
