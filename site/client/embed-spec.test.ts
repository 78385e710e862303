import {describe, expect, it} from 'vitest';
import {readComponentDocs} from '../build/component-docs.ts';
import {
  COMPONENT_TAGS,
  EMBED_ATTRIBUTES,
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
    ['?component=ti-nothing', 'unknown component'],
    ['?component=', 'unknown component'],
    [
      '?component=ti-territory-card&accent=red',
      '"accent" is not a valid value',
    ],
    [
      '?component=ti-territory-card&accent=%231f5f3a;color:red',
      '"accent" is not a valid value',
    ],
    [
      '?component=ti-territory-card&radius=calc(100vh)',
      '"radius" is not a valid value',
    ],
  ])('refuses %s', (search, reason) => {
    const parsed = parseEmbedSearch(search);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
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
