import {expect} from '@open-wc/testing';
import {collectText} from './collect-text.ts';
import {TextComposer} from './text-composer.ts';
import {walkElements} from './walk-elements.ts';

/** `html` in a div, with `shadows` attached to the elements they name (open shadow roots). */
function pageOf(html: string, shadows: Record<string, string>): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  for (const [selector, shadow] of Object.entries(shadows))
    for (const host of root.querySelectorAll(selector))
      host.attachShadow({mode: 'open'}).innerHTML = shadow;
  return root;
}

function readByElements(root: Node): string {
  const composer = new TextComposer(root);
  walkElements(root, composer);
  return composer.text;
}

const CASES: [string, string, Record<string, string>, string][] = [
  [
    "a web component's own text, inline in its paragraph",
    '<p>SIREN <ti-siren></ti-siren></p>',
    {'ti-siren': '<b>732 829 320</b>'},
    'SIREN 732 829 320',
  ],
  [
    'slotted children read once, where their slots are',
    '<x-card><span slot="id">732 829 320</span><b>Acme</b><i>not slotted</i></x-card>',
    {
      'x-card':
        '<div>Société <slot name="name"></slot><slot></slot></div><div>SIREN <slot name="id"></slot></div>',
    },
    'Société Acme not slotted\nSIREN 732 829 320',
  ],
  [
    'children without a slot to go to are not shown',
    '<x-card><b>hidden child</b><span slot="id">732 829 320</span></x-card>',
    {'x-card': '<p>SIREN <slot name="id"></slot></p>'},
    'SIREN 732 829 320',
  ],
  [
    "a slot's fallback when nothing is slotted",
    '<p><x-id></x-id></p>',
    {'x-id': 'SIREN <slot>non communiqué</slot>'},
    'SIREN non communiqué',
  ],
  [
    'components inside components',
    '<x-page></x-page>',
    {
      'x-page': '<h1>Mentions</h1><x-company></x-company>',
      'x-company': '<p>RCS <slot></slot></p>',
    },
    'Mentions',
  ],
  [
    'hidden parts of a shadow tree',
    '<p><x-id></x-id></p>',
    {'x-id': 'SIREN <span hidden>552 081 317</span>732 829 320'},
    'SIREN 732 829 320',
  ],
  [
    'a hidden host',
    '<p>a</p><x-id hidden></x-id><p>b</p>',
    {'x-id': 'SIREN 732 829 320'},
    'a\n\nb',
  ],
  [
    'text around a host, with no gap',
    '<p>44<x-id></x-id>65</p>',
    {'x-id': '16 39 4'},
    '4416 39 465',
  ],
];

describe('open shadow roots', () => {
  for (const [name, html, shadows, text] of CASES) {
    it(name, () => {
      expect(collectText(pageOf(html, shadows)).text).to.equal(text);
    });
    it(`${name}, by the element walk`, () => {
      expect(readByElements(pageOf(html, shadows))).to.equal(text);
    });
  }

  it('nested components: the inner one is read in its place', () => {
    const root = pageOf('<x-page></x-page>', {
      'x-page': '<h1>Mentions</h1><x-company>732 829 320</x-company>',
    });
    root
      .querySelector('x-page')!
      .shadowRoot!.querySelector('x-company')!
      .attachShadow({mode: 'open'}).innerHTML = '<p>RCS <slot></slot></p>';
    expect(collectText(root).text).to.equal('Mentions\n\nRCS 732 829 320');
  });

  it('a host met deep in a big page, its name known only once its text is read', () => {
    const rows = '<tr><td>a</td><td>b</td></tr>'.repeat(200);
    const root = pageOf(
      `<table>${rows}</table><section><p><x-siren>733</x-siren></p></section>`,
      {'x-siren': 'SIREN <slot></slot> 829 320'}
    );
    root.querySelector('x-siren')!.firstChild!.textContent = '732';
    expect(collectText(root).text.endsWith('\n\nSIREN 732 829 320')).to.equal(
      true
    );
  });

  it('a shadow root on a built-in element is not read (its light children are)', () => {
    const root = pageOf('<div>light</div>', {div: 'shadow'});
    expect(collectText(root).text).to.equal('light');
  });
});
