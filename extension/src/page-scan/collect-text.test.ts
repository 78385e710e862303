import {expect} from '@open-wc/testing';
import {collectText} from './collect-text.ts';
import {TextComposer} from './text-composer.ts';
import {walkElements} from './walk-elements.ts';

function pageOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

// The element walk, the reference the walk over marks must agree with (it reads changed runs and maps spans).
function readByElements(root: Node): string {
  const composer = new TextComposer(root);
  walkElements(root, composer);
  return composer.text;
}

const CASES: [string, string, string][] = [
  ['inline words joined by a space', '<p><b>a</b><i>b</i>c</p>', 'a b c'],
  [
    'cells on separate lines',
    '<table><tr><td>a</td><td>b</td></tr></table>',
    'a\nb',
  ],
  ['leaving a paragraph', '<div><p>a</p>b</div>', 'a\n\nb'],
  [
    'leaving a nested paragraph',
    '<div><p><span>a</span></p><span>b</span></div>',
    'a\n\nb',
  ],
  ['leaving a div', '<div><div>a</div>b</div>', 'a\nb'],
  ['divs side by side', '<div>a</div><div><span>b</span></div>', 'a\nb'],
  ['paragraphs', '<p>a</p><p>b</p>', 'a\n\nb'],
  ['a heading and its paragraph', '<h2>a</h2><p>b</p>', 'a\n\nb'],
  ['list items', '<ul><li>a</li><li><a>b</a></li></ul>', 'a\n\nb'],
  ['a description list', '<dl><dt>a</dt><dd>b</dd></dl>', 'a\nb'],
  [
    'a header row above a cell',
    '<table><tr><th>a</th></tr><tr><td>b</td></tr></table>',
    'a\nb',
  ],
  [
    'whitespace between tags',
    '<ul>\n  <li>a</li>\n  <li> b</li>\n</ul>',
    'a\n\n b',
  ],
  [
    'a line break between inline elements',
    '<p><span>a</span><br><span>b</span></p>',
    'a\nb',
  ],
  [
    'line breaks and a rule, in order',
    '<div>a<br>b<hr>c<br><br>d</div>',
    'a\nb\n\nc\nd',
  ],
  ['a line break before a script', '<p>a<br><script>1</script>b</p>', 'a\nb'],
  ['options of a select', 'a<select><option>1</option></select>b', 'a b'],
  ['an inline hidden element', '<p>a<span hidden>1<br>2</span>b</p>', 'a b'],
  [
    'hidden inside hidden',
    'a<div hidden><p hidden>1</p><p>2</p></div><p>b</p><p aria-hidden="true">3</p>c',
    'a\n\nb\n\nc',
  ],
  ['a hidden block without text', 'a<div hidden></div>b', 'a\nb'],
  ['a line break', '<p>a<br>b</p>', 'a\nb'],
  [
    'script, style, noscript, textarea',
    'a<script>1</script><style>x{}</style><noscript>2</noscript><textarea>3</textarea>b',
    'a b',
  ],
  ['template content', 'a<template>1</template>b', 'a b'],
  ['hidden subtree', 'a<div hidden><p>1</p></div>b', 'a\nb'],
  [
    'aria-hidden subtree',
    'a<div aria-hidden="true"><p><span>1</span></p></div><span>b</span>',
    'a\nb',
  ],
  ['aria-hidden="false" is read', '<span aria-hidden="false">a</span>', 'a'],
  ['comments', 'a<!-- 1 -->b', 'a b'],
  ['empty', '', ''],
  // Inline texts as the reader sees them (issue 13).
  [
    'digits split over two spans, no gap',
    '<p><span>4416</span><span>39465</span></p>',
    '441639465',
  ],
  [
    'digits split over bold and italic',
    '<p><b>44163</b><i>9465</i></p>',
    '441639465',
  ],
  ['digits split by a comment', '<p>44163<!-- x -->9465</p>', '441639465'],
  [
    'a whitespace node between them is a space',
    '<p><span>4416</span> <span>39465</span></p>',
    '4416 39465',
  ],
  [
    'whitespace at the end of a text is enough',
    '<p><span>732 </span><span>829</span>\n<span> 320</span></p>',
    '732 829 320',
  ],
  [
    'a label glued to its number keeps a space',
    '<p><b>SIREN</b>732 829 320</p>',
    'SIREN 732 829 320',
  ],
  [
    'a number glued to a word keeps a space',
    '<p>732829320<b>RCS</b></p>',
    '732829320 RCS',
  ],
  [
    'punctuation is glued',
    '<p><b>SIREN :</b>732 829 320<span>,50 €</span></p>',
    'SIREN :732 829 320,50 €',
  ],
  ['an accented word and a digit', '<p><b>Numéro</b>732</p>', 'Numéro 732'],
  // Regions being edited (issue 13): what is typed there is not the page's text.
  [
    'a contenteditable region is left out',
    '<p>a</p><div contenteditable="true"><p>SIREN 732 829</p></div><p>b</p>',
    'a\n\nb',
  ],
  [
    'contenteditable with no value is editable',
    '<p>a<span contenteditable>732 829</span>b</p>',
    'a b',
  ],
  [
    'plaintext-only is editable',
    'a<div contenteditable="plaintext-only">732</div>b',
    'a\nb',
  ],
  [
    'contenteditable="false" is read',
    '<p>a <span contenteditable="false">732</span></p>',
    'a 732',
  ],
];

describe('collectText', () => {
  for (const [name, html, text] of CASES) {
    it(name, () => {
      expect(collectText(pageOf(html)).text).to.equal(text);
    });
  }

  describe('the element walk reads the same', () => {
    for (const [name, html, text] of CASES) {
      it(name, () => {
        expect(readByElements(pageOf(html))).to.equal(text);
      });
    }
  });

  it('reads a whole document without its head', () => {
    const doc = document.implementation.createHTMLDocument('SIREN 552 081 317');
    doc.head.append(
      Object.assign(doc.createElement('style'), {textContent: 'p{}'})
    );
    doc.body.innerHTML = '<p>a</p><div hidden>b</div><p>c</p>';
    expect(collectText(doc).text).to.equal('a\n\nc');
    expect(collectText(doc.documentElement).text).to.equal('a\n\nc');
  });

  it('reads a text node, and nothing of a hidden root', () => {
    expect(collectText(document.createTextNode('a')).text).to.equal('a');
    expect(collectText(pageOf('<p hidden>a</p>').firstChild!).text).to.equal(
      ''
    );
  });

  it('reads a design-mode document as empty: it is being edited', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      doc.body.innerHTML = '<p>SIREN 732 829 320</p>';
      expect(collectText(doc.body).text).to.equal('SIREN 732 829 320');
      doc.designMode = 'on';
      expect(collectText(doc.body).text).to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('reads a big page run by run as one walk would', () => {
    const sections = Array.from(
      {length: 300},
      (_, i) =>
        `<section><h3>${i}</h3><p>a <b>b</b><i>${i}</i><br>c</p>` +
        `<div hidden>x</div><ul><li>d</li><li>e<span aria-hidden="true">y</span></li></ul></section>`
    ).join('');
    const root = pageOf(`<main>${sections}</main>tail`);
    expect(collectText(root).text).to.equal(readByElements(root));
  });
});
