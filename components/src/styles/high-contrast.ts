/**
 * A high-contrast theme made only of the public `--ti-sys-*` tokens, as a partner would write it: Storybook's theme
 * toolbar and the theme tests apply this one list. Not part of the bundle (nothing the components import).
 */
export const HIGH_CONTRAST = [
  '--ti-sys-color-surface: #000',
  '--ti-sys-color-surface-subtle: #111',
  '--ti-sys-color-on-surface: #fff',
  '--ti-sys-color-on-surface-muted: #fff',
  '--ti-sys-color-outline: #fff',
  '--ti-sys-color-primary: #ffeb3b',
  '--ti-sys-color-on-primary: #000',
  '--ti-sys-color-success: #7dff9b',
  '--ti-sys-color-warning: #ffd166',
  '--ti-sys-color-error: #ff8a8a',
  '--ti-sys-color-focus: #00e5ff',
].join(';');
