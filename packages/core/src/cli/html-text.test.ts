import {describe, expect, it} from 'vitest';
import {htmlToText} from './html-text.ts';

describe('htmlToText', () => {
  it.each([
    // A paragraph break between paragraphs, a line break between cells: a label crosses only the latter.
    ['<p>SIREN</p><p>732 829 320</p>', '\n\nSIREN\n\n732 829 320'],
    ['<td>SIRET</td><td>732&nbsp;829</td>', '\nSIRET\n732\u00a0829'],
    ['<table><tr><td>a</td></tr></table><p>b</p>', '\n\na\n\nb'],
    ['a<script>var x = "<p>732829320</p>";</script>b', 'a b'],
    ['a<STYLE type="text/css">p{}</STYLE >b', 'a b'],
    ['a<!-- 732829320 -->b', 'a b'],
    ['&#160;&#xA0;&amp;&unknown;&#0;', '\u00a0\u00a0&&unknown;&#0;'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['<b>bold</b> <i>it</i>', ' bold   it'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('stops at an element or comment that never closes', () => {
    expect(htmlToText('ok<script>732829320')).toBe('ok');
    expect(htmlToText('ok<!-- 732829320')).toBe('ok');
    expect(htmlToText('ok <b unclosed 732829320')).toBe(
      'ok <b unclosed 732829320'
    );
  });

  it('stays linear on hostile markup', () => {
    for (const hostile of [
      '<script x'.repeat(50_000),
      '<!--'.repeat(50_000),
      '<a'.repeat(100_000),
      '<'.repeat(200_000),
    ]) {
      const started = performance.now();
      htmlToText(hostile);
      expect(performance.now() - started).toBeLessThan(10_000); // catches a hang, not a slow machine
    }
  });
});
