import {expect} from '@open-wc/testing';
import {breakBetween, kindOf, kindOfName} from './text-blocks.ts';

describe('kindOf', () => {
  const cases: [string, number][] = [
    ['span', 0],
    ['b', 0],
    ['a', 0],
    ['q', 0],
    ['ins', 0],
    ['ti-badge', 4],
    ['slot', 0],
    ['div', 1],
    ['td', 1],
    ['th', 1],
    ['tr', 1],
    ['dt', 1],
    ['dd', 1],
    ['br', 1],
    ['p', 2],
    ['h3', 2],
    ['li', 2],
    ['blockquote', 2],
    ['section', 2],
    ['table', 2],
    ['hr', 2],
    ['script', 3],
    ['style', 3],
    ['noscript', 3],
    ['textarea', 3],
    ['option', 3],
    ['template', 3],
  ];
  for (const [tag, kind] of cases) {
    it(`<${tag}> is ${kind}`, () => {
      expect(kindOf(document.createElement(tag))).to.equal(kind);
      expect(kindOfName(tag)).to.equal(kind);
    });
  }

  it('an unknown name without a hyphen is inline', () => {
    expect(kindOfName('blink')).to.equal(0);
    expect(kindOfName(undefined)).to.equal(0);
  });

  it('an SVG element and a text node are inline', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    expect(kindOf(svg)).to.equal(0);
    expect(kindOf(document.createTextNode('x'))).to.equal(0);
  });
});

describe('breakBetween', () => {
  const cases: [0 | 1 | 2, 0 | 1 | 2, number][] = [
    [0, 0, 1],
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 1],
    [2, 0, 2],
    [0, 2, 2],
    [1, 2, 2],
  ];
  for (const [before, after, expected] of cases) {
    it(`${before} then ${after} is ${expected}`, () => {
      expect(breakBetween(before, after)).to.equal(expected);
    });
  }
});
