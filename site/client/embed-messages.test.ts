import {describe, expect, it} from 'vitest';
import {embedProblemMessage} from './embed-messages.ts';

describe("the iframe page's error message", () => {
  it.each([
    [
      {code: 'unknown-component', component: 'ti-nothing'},
      'fr',
      'Cette adresse d’intégration n’est pas valide : le composant « ti-nothing » n’existe pas.',
    ],
    [
      {code: 'unknown-component', component: 'ti-nothing'},
      'en',
      'This embed address is not valid: unknown component "ti-nothing".',
    ],
    [
      {code: 'invalid-token', token: 'accent'},
      'fr',
      'Cette adresse d’intégration n’est pas valide : la valeur de « accent » n’est pas valide.',
    ],
    [
      {code: 'invalid-token', token: 'radius'},
      'en',
      'This embed address is not valid: "radius" is not a valid value.',
    ],
  ] as const)('says %o in %s', (problem, lang, message) => {
    expect(embedProblemMessage(problem, lang)).toBe(message);
  });
});
