import {describe, expect, it} from 'vitest';
import {elementMarkup, iframeSnippet, scriptSnippet} from './snippet.ts';

const script = {
  url: 'https://cdn.example/cdn/ti-components/0.1.0/ti-components.js',
  integrity: 'sha384-abc',
};

describe('snippets', () => {
  it('writes the versioned script with its hash, then the element', () => {
    const text = scriptSnippet(
      {
        tag: 'ti-territory-card',
        lang: 'fr',
        theme: 'light',
        attributes: {territory: 'ti-1109'},
        tokens: {},
      },
      script
    );
    expect(text)
      .toBe(`<script type="module" src="https://cdn.example/cdn/ti-components/0.1.0/ti-components.js"
  integrity="sha384-abc" crossorigin="anonymous"></script>

<ti-territory-card
  territory="ti-1109"
  lang="fr"
  theme="light"
></ti-territory-card>
`);
  });

  it('escapes attribute values and writes booleans bare', () => {
    const markup = elementMarkup({
      tag: 'ti-service-finder',
      lang: 'en',
      theme: 'auto',
      attributes: {query: '"><script>alert(1)</script>', 'no-place': ''},
      tokens: {accent: '#123456'},
    });
    expect(markup).toContain(
      'query="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'
    );
    expect(markup).toContain('\n  no-place\n');
    expect(markup).toContain('style="--ti-sys-color-primary: #123456"');
  });

  it('gives the iframe a title, a height and the URL of the embed page with the choices', () => {
    const text = iframeSnippet(
      {
        tag: 'ti-territory-card',
        lang: 'en',
        theme: 'light',
        attributes: {territory: 'ti-1109'},
        tokens: {},
      },
      'https://site.example/embed/',
      {
        ...script,
        url: 'https://site.example/cdn/ti-components/0.1.0/ti-embed-resize.js',
      },
      {
        title: "A Territoire d'industrie's card",
        height: 500,
        resizeComment: 'Une seule fois par site :',
      }
    );
    expect(text).toContain(
      'src="https://site.example/embed/?component=ti-territory-card&amp;lang=en&amp;theme=light&amp;territory=ti-1109"'
    );
    expect(text).toContain('title="A Territoire d\'industrie\'s card"');
    expect(text).toContain('height="500"');
    expect(text).toContain('ti-embed-resize.js');
    // The comment speaks the configurator's language; the title, the component's.
    expect(text).toContain('<!-- Une seule fois par site : -->');
  });

  it('keeps its comment a comment, whatever the words', () => {
    const text = iframeSnippet(
      {
        tag: 'ti-priority-cards',
        lang: 'fr',
        theme: 'auto',
        attributes: {},
        tokens: {},
      },
      'https://site.example/embed/',
      script,
      {
        title: 'Priorités',
        height: 900,
        resizeComment: 'a --> <script>alert(1)</script> ---!>',
      }
    );
    const comment = /<!--([\s\S]*?)-->/.exec(text)![1]!;
    expect(comment).not.toMatch(/--|<|>/);
    expect(text.match(/<script/g)).toHaveLength(1);
  });
});
