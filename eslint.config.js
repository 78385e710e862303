// One flat config for the whole workspace (house-style §7).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-firefox/**',
      'components/cdn/**',
      'release/**',
      'packages/data/generated/**',
      'storybook-static/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import {type X}` keeps a side-effect import: it would pull a lazily loaded module into the first download.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a string-literal union, not an enum.',
        },
        {
          selector: 'TSModuleDeclaration[kind="namespace"]',
          message: 'No namespaces.',
        },
      ],
    },
  },
  // The components: Lit templates, custom element rules and accessibility of templates.
  {
    files: ['components/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {files: ['components/src/**/*.ts'], ...wc.configs['flat/recommended']},
  {files: ['components/src/**/*.ts'], ...litA11y.configs.recommended}
);
