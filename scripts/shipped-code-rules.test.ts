import {describe, expect, it} from 'vitest';
import {productionManifest} from '../extension/manifest-permissions.ts';
import {builtManifestProblems} from './built-manifest.ts';
import {ALLOWED, findForbidden, type Allowance} from './shipped-code-rules.ts';

const CDN = 'components/cdn/chunks/ti-shared-x.js';
const EXTENSION = 'extension/dist/assets/index-x.js';
// Lit 3.3's template fill as the components' build minifies it.
const LIT_TEMPLATE_FILL =
  'static createElement(e,t){let n=O.createElement(`template`);return n.innerHTML=e,n}';

const rulesIn = (code: string, file = EXTENSION) =>
  findForbidden(file, code).map((f) => f.rule);

describe('findForbidden', () => {
  it.each<[string, string]>([
    ['eval', 'let a=eval("1+1")'],
    ['eval', 'a=(0,eval)(s)'],
    ['eval', 'globalThis.eval(s)'],
    ['new Function', 'let f=new Function("a","return a")'],
    ['new Function', 'f=Function("return this")()'],
    ['string timer', 'setTimeout("alert(1)",9)'],
    ['innerHTML', 'e.innerHTML=t'],
    ['innerHTML', 'e.innerHTML+=t'],
    ['innerHTML', 'e["innerHTML"]=t'],
    ['innerHTML', 'return e.innerHTML'],
    ['outerHTML =', 'e.outerHTML = t'],
    ['insertAdjacentHTML', 'e.insertAdjacentHTML(`beforeend`,t)'],
    ['unsafeHTML', 'e.directiveName="unsafeHTML"'],
    ['unsafeHTML', 'n.directiveName=`unsafeSVG`'],
    ['document.write', 'document.write(t)'],
    ['document.write', 'document.writeln(t)'],
    ['other HTML parser sink', 'e.setHTMLUnsafe(t)'],
    ['other HTML parser sink', 'r.createContextualFragment(t)'],
  ])('flags %s in %j', (rule, code) => {
    expect(rulesIn(code)).toEqual([rule]);
  });

  it.each([
    'x.evaluate(s)',
    'page.eval(s)',
    'medieval(s)',
    'isFunction(a)',
    'typeof a==`function`',
    'a instanceof Function',
    'setTimeout(()=>f(),9)',
    'e.outerHTML',
    'e.outerHTML==t',
    'e.textContent=t',
    'new DOMParser().parseFromString(t,`text/html`)',
    'O.write(t)',
  ])('lets %j through', (code) => {
    expect(rulesIn(code)).toEqual([]);
  });

  it('reports the file, the place and a snippet', () => {
    const [found] = findForbidden(EXTENSION, 'a();b.innerHTML=c;d()');
    expect(found).toEqual({
      file: EXTENSION,
      rule: 'innerHTML',
      index: 6,
      snippet: 'a();b.innerHTML=c;d()',
    });
  });
});

describe("the allowance for Lit's template fill", () => {
  it('lets it through in the CDN bundle, and says it served', () => {
    const used = new Set<Allowance>();
    expect(findForbidden(CDN, `x(),${LIT_TEMPLATE_FILL},y()`, used)).toEqual(
      []
    );
    expect([...used]).toEqual(ALLOWED);
  });

  it('does not apply to the extension, whose build rewrites it', () => {
    expect(rulesIn(LIT_TEMPLATE_FILL, EXTENSION)).toEqual(['innerHTML']);
  });

  it.each([
    ['another value', LIT_TEMPLATE_FILL.replace('innerHTML=e', 'innerHTML=t')],
    ['another element', LIT_TEMPLATE_FILL.replace('`template`', '`div`')],
    [
      'another element filled',
      LIT_TEMPLATE_FILL.replace('n.innerHTML', 'r.innerHTML'),
    ],
    ['more code after the fill', LIT_TEMPLATE_FILL.replace('=e,n}', '=e+s,n}')],
  ])('flags it with %s', (_, code) => {
    expect(rulesIn(code, CDN)).toEqual(['innerHTML']);
  });

  it('covers only the fill: another innerHTML in the same file is flagged', () => {
    expect(rulesIn(`${LIT_TEMPLATE_FILL};a.innerHTML=b`, CDN)).toEqual([
      'innerHTML',
    ]);
  });
});

describe('builtManifestProblems', () => {
  it('passes the source manifest itself', () => {
    expect(
      builtManifestProblems(productionManifest('chrome'), 'chrome')
    ).toEqual([]);
  });

  it('flags web-accessible resources and a permission the review did not see', () => {
    const built = {
      ...productionManifest('firefox'),
      web_accessible_resources: [
        {resources: ['a.js'], matches: ['<all_urls>']},
      ],
      permissions: ['storage', 'tabs'],
    };
    expect(builtManifestProblems(built, 'firefox')).toEqual([
      'lists web_accessible_resources',
      expect.stringMatching(/^permissions is \["storage","tabs"\]/),
      expect.stringMatching(/^web_accessible_resources is /),
    ]);
  });
});
