import {css} from 'lit';

/** The options page on the components' system tokens, light and dark like the side panel. */
export const optionsPageStyles = css`
  :host {
    --_bg: var(--ti-sys-color-surface, #ffffff);
    --_fg: var(--ti-sys-color-on-surface, #1e1e1e);
    --_muted: var(--ti-sys-color-on-surface-muted, #4d4d4d);
    --_border: var(--ti-sys-color-outline, #8a8a8a);
    --_accent: var(--ti-sys-color-primary, #2c4f8c);
    --_on-accent: var(--ti-sys-color-on-primary, #ffffff);
    --_ok: var(--ti-sys-color-success, #1b6b3a);
    --_bad: var(--ti-sys-color-error, #a1252b);
    --_focus: var(--ti-sys-color-focus, #0a5fd6);
    --_radius: var(--ti-sys-shape-corner, 0.5rem);
    display: block;
    box-sizing: border-box;
    max-width: 48rem;
    margin: 0 auto;
    padding: 1.5rem;
    font-family: var(
      --ti-sys-typescale-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif
    );
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--ti-sys-dark-color-surface, #161a20);
      --_fg: var(--ti-sys-dark-color-on-surface, #f1f3f5);
      --_muted: var(--ti-sys-dark-color-on-surface-muted, #c3c8cf);
      --_border: var(--ti-sys-dark-color-outline, #7b828c);
      --_accent: var(--ti-sys-dark-color-primary, #9dbcf2);
      --_on-accent: var(--ti-sys-dark-color-on-primary, #0d1a30);
      --_ok: var(--ti-sys-dark-color-success, #7ed69b);
      --_bad: var(--ti-sys-dark-color-error, #ff9a9f);
      --_focus: var(--ti-sys-dark-color-focus, #8fb8ff);
      color-scheme: dark;
    }
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .ti-muted {
    color: var(--_muted);
  }

  .ti-check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: 600;
  }

  .ti-check input {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }

  .ti-granted li {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin-block: 0.25rem;
  }

  .ti-add label {
    font-weight: 600;
  }

  .ti-row {
    display: flex;
    gap: 0.5rem;
  }

  input[type='text'] {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }

  button {
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button[type='submit'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .ti-problem,
  .ti-feedback[data-tone='error'] {
    color: var(--_bad);
  }

  .ti-feedback[data-tone='ok'] {
    color: var(--_ok);
  }

  .ti-problem:empty {
    display: none;
  }
`;
