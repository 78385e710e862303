import {describe, expect, it} from 'vitest';
import {readComponentDocs} from '../build/component-docs.ts';
import {
  COMPONENT_TAGS,
  EMBED_ATTRIBUTES,
  embedLang,
  parseEmbedSearch,
  specToSearch,
  tokenStyle,
  type EmbedSpec,
} from './embed-spec.ts';

const spec: EmbedSpec = {
  tag: 'ti-service-finder',
  lang: 'en',
  theme: 'dark',
  attributes: {place: 'siren:200034130', 'no-place': ''},
  tokens: {accent: '#1f5f3a', radius: '0.25rem'},
};

describe('embed spec', () => {
  it('reads back what it wrote', () => {
    expect(parseEmbedSearch(specToSearch(spec))).toEqual({
      ok: true,
      value: spec,
    });
  });

  it.each([
    [
      '?component=ti-nothing',
      {code: 'unknown-component', component: 'ti-nothing'},
    ],
    ['?component=', {code: 'unknown-component', component: ''}],
    [
      `?component=${'<img src=x onerror=alert(1)>'.repeat(5)}`,
      {
        code: 'unknown-component',
        component: '<img src=x onerror=alert(1)><img src=x o',
      },
    ],
    [
      '?component=ti-territory-card&accent=red',
      {code: 'invalid-token', token: 'accent'},
    ],
    [
      '?component=ti-territory-card&accent=%231f5f3a;color:red',
      {code: 'invalid-token', token: 'accent'},
    ],
    [
      '?component=ti-territory-card&radius=calc(100vh)',
      {code: 'invalid-token', token: 'radius'},
    ],
  ])('refuses %s', (search, reason) => {
    expect(parseEmbedSearch(search)).toEqual({ok: false, reason});
  });

  it.each([
    ['?component=ti-nothing&lang=en', 'en'],
    ['?lang=fr', 'fr'],
    ['?lang=EN', 'fr'],
    ['?lang=de', 'fr'],
    ['', 'fr'],
  ])('reads the language of %s, French by default', (search, lang) => {
    expect(embedLang(search)).toBe(lang);
  });

  it('drops attributes the component does not take, and falls back on language and theme', () => {
    const parsed = parseEmbedSearch(
      '?component=ti-territory-card&territory=ti-1109&onclick=alert(1)&style=x&lang=de&theme=neon'
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        tag: 'ti-territory-card',
        lang: 'fr',
        theme: 'auto',
        attributes: {territory: 'ti-1109'},
        tokens: {},
      },
    });
  });

  it('writes the tokens as custom properties', () => {
    expect(tokenStyle(spec.tokens)).toBe(
      '--ti-sys-color-primary: #1f5f3a; --ti-sys-shape-corner: 0.25rem'
    );
  });

  it('passes on only attributes the components declare (custom-elements.json)', () => {
    const docs = readComponentDocs();
    expect(docs.map((d) => d.tag).sort()).toEqual([...COMPONENT_TAGS].sort());
    for (const doc of docs) {
      const declared = doc.attributes.map((a) => a.name);
      const tag = doc.tag as (typeof COMPONENT_TAGS)[number];
      expect(
        EMBED_ATTRIBUTES[tag].filter((a) => !declared.includes(a))
      ).toEqual([]);
    }
  });
});
