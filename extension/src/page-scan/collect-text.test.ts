import {expect} from '@open-wc/testing';
import {collectText, locate, nodesOf} from './collect-text.ts';

function pageOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('collectText', () => {
  const cases: [string, string, string][] = [
    ['inline nodes joined by a space', '<p><b>a</b><i>b</i>c</p>', 'a b c'],
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
  ];
  for (const [name, html, text] of cases) {
    it(name, () => {
      expect(collectText(pageOf(html)).text).to.equal(text);
    });
  }

  it('reads a whole document without its head', () => {
    const doc = document.implementation.createHTMLDocument('SIREN 552 081 317');
    doc.head.append(
      Object.assign(doc.createElement('style'), {textContent: 'p{}'})
    );
    doc.body.innerHTML = '<p>a</p><div hidden>b</div><p>c</p>';
    expect(collectText(doc).text).to.equal('a\n\nc');
    expect(collectText(doc.documentElement).text).to.equal('a\n\nc');
  });

  it('reads a text node or a hidden root', () => {
    expect(collectText(document.createTextNode('a')).text).to.equal('a');
    expect(collectText(pageOf('<p hidden>a</p>').firstChild!).text).to.equal(
      ''
    );
  });

  it('maps offsets back to text nodes', () => {
    const page = collectText(
      pageOf(
        '<table><tr><td>SIREN</td><td>732 <b>829</b> 320</td></tr></table>'
      )
    );
    expect(page.text).to.equal('SIREN\n732  829  320');
    expect(locate(page, 0)).to.deep.equal({node: page.nodes[0], offset: 0});
    expect(locate(page, 5)).to.equal(null);
    expect(locate(page, 8)?.node.data).to.equal('732 ');
    expect(locate(page, 12)?.node.data).to.equal('829');
    expect(nodesOf(page, 6, 13).map((node) => node.data)).to.deep.equal([
      '732 ',
      '829',
      ' 320',
    ]);
    expect(nodesOf(page, 0, 5).map((node) => node.data)).to.deep.equal([
      'SIREN',
    ]);
  });

  it('resumes where it stopped', async () => {
    const {TextCollector} = await import('./collect-text.ts');
    const root = pageOf('<p>a</p>'.repeat(1000));
    const collector = new TextCollector(root);
    let stops = 0;
    while (!collector.collect(() => true, 16)) stops++;
    expect(stops).to.be.greaterThan(10);
    expect(collector.result().text).to.equal(
      Array(1000).fill('a').join('\n\n')
    );
  });
});
