import {describe, expect, it} from 'vitest';
import {CONFIGURATOR_MESSAGES} from './configurator-messages.ts';
import {embedProblemMessage} from './embed-messages.ts';
import type {Lang} from './embed-spec.ts';
import {PLACE_SEARCH_MESSAGES} from './place-search-messages.ts';

/** Every sentence the client scripts can write, in one language, with sample values. */
function sentences(lang: Lang): string[] {
  const c = CONFIGURATOR_MESSAGES[lang];
  const p = PLACE_SEARCH_MESSAGES[lang];
  return [
    c.territories(0),
    c.territories(1),
    c.territories(183),
    c.tablesFailed,
    c.noIntercommunality('Seine Aval (78, 95)'),
    c.nothingMatches('zzqqxx'),
    c.lowContrast([c.tooLight, c.tooDark]),
    c.contrastOk,
    c.copied,
    c.selected,
    c.resizeComment,
    p.company('SIREN'),
    p.ambiguous('Saint-Denis'),
    p.inTerritory('Feucherolles (78) — Yvelines', 'Seine Aval'),
    p.notInTerritory('Saint-Denis (93) — Seine-Saint-Denis'),
    p.unkept('Aucune commune ne s’appelle « zzqqxx ».'),
    embedProblemMessage({code: 'unknown-component', component: 'x'}, lang),
    embedProblemMessage({code: 'invalid-token', token: 'accent'}, lang),
  ];
}

describe("the client scripts' messages", () => {
  it('put a space before : ; ? ! in French, as the site does, and none in English', () => {
    // "4,5:1" is a ratio, not a colon of the sentence.
    const frenchMisses = sentences('fr').filter((s) =>
      /[^\s\d][:;?!]|\d[;?!]/.test(s)
    );
    const englishSpaces = sentences('en').filter((s) => /\s[:;?!]/.test(s));
    expect(frenchMisses).toEqual([]);
    expect(englishSpaces).toEqual([]);
  });

  it('are translated: no French sentence is its English one', () => {
    const [fr, en] = [sentences('fr'), sentences('en')];
    expect(fr.filter((s, i) => s === en[i])).toEqual([]);
  });

  it('count territories as French and English do', () => {
    expect(
      [0, 1, 2].map((n) => CONFIGURATOR_MESSAGES.fr.territories(n))
    ).toEqual(['0 territoire', '1 territoire', '2 territoires']);
    expect(
      [0, 1, 2].map((n) => CONFIGURATOR_MESSAGES.en.territories(n))
    ).toEqual(['0 territories', '1 territory', '2 territories']);
  });
});
