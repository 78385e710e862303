import {describe, expect, it} from 'vitest';
import {
  componentReference,
  componentsOverview,
} from '../pages/docs/components.ts';
import {
  isPureCode,
  readComponentDocs,
  type ComponentDoc,
} from './component-docs.ts';
import {escapeHtml} from './html.ts';
import {readProgrammeData} from './programme-data.ts';
import type {SiteContext} from './site-context.ts';
import {readSystemTokens} from './system-tokens.ts';

const components = readComponentDocs();
// The reference pages read only the components, the tokens and the data (for the footer).
const ctx = {
  components,
  tokens: readSystemTokens(),
  data: readProgrammeData(),
} as unknown as SiteContext;

const texts = (doc: ComponentDoc) => [
  doc.summary,
  ...[doc.attributes, doc.events, doc.parts, doc.cssProperties].flatMap(
    (members) => members.map((m) => m.description)
  ),
];
const shown = (text: string) =>
  escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

describe('component reference pages', () => {
  it.each(components.map((doc) => [doc.tag, doc] as const))(
    '%s speaks French at /docs/ and English at /en/docs/',
    (tag, doc) => {
      const fr = componentReference(ctx, 'fr', doc);
      const en = componentReference(ctx, 'en', doc);
      expect(fr.file).toBe(`docs/components/${tag}/index.html`);
      expect(en.file).toBe(`en/docs/components/${tag}/index.html`);
      expect(fr.html).toContain('<html lang="fr">');
      expect(fr.html).toContain('<th scope="col">Description</th>');
      expect(fr.html).toContain('Propriétés personnalisées');
      expect(en.html).toContain('Custom properties');
      for (const text of texts(doc)) {
        expect(fr.html).toContain(shown(text.fr));
        expect(en.html).toContain(shown(text.en));
        if (!isPureCode(text.en)) expect(fr.html).not.toContain(shown(text.en));
      }
      expect(fr.html).not.toMatch(/<span lang="en">/);
    }
  );

  it('links the overview to each reference page in its own language', () => {
    const fr = componentsOverview(ctx, 'fr').html;
    const en = componentsOverview(ctx, 'en').html;
    for (const {tag} of components) {
      expect(fr).toContain(`href="/docs/components/${tag}/"`);
      expect(en).toContain(`href="/en/docs/components/${tag}/"`);
    }
    expect(fr).toContain('<h1>Composants et jetons de thème</h1>');
    expect(en).toContain('<h1>Components and theme tokens</h1>');
  });

  it('shows a French text not written yet in English, marked as English', () => {
    const [doc] = readComponentDocs({});
    const fr = componentReference(ctx, 'fr', doc!).html;
    expect(fr).toContain(`<span lang="en">${shown(doc!.summary.en)}</span>`);
  });

  it('escapes the texts, which are data', () => {
    const doc: ComponentDoc = {
      ...components[0]!,
      summary: {fr: '<img src=x onerror=alert(1)> `<b>`', en: 'x'},
    };
    const fr = componentReference(ctx, 'fr', doc).html;
    expect(fr).toContain(
      '&lt;img src=x onerror=alert(1)&gt; <code>&lt;b&gt;</code>'
    );
    expect(fr).not.toContain('<img src=x');
  });
});
