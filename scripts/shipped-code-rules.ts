// What shipped JavaScript must not contain (issue 7, product.md: no innerHTML/unsafeHTML on data), as patterns
// for minified code: property names survive minification, local names do not, hence the lookbehinds.

export interface Rule {
  name: string;
  pattern: RegExp;
}

export const FORBIDDEN: readonly Rule[] = [
  // A direct call, an indirect `(0,eval)`, or through the global object. Not `x.eval(` nor `evaluate(`.
  {
    name: 'eval',
    pattern:
      /(?<![\w$.])eval\s*\(|\(\s*0\s*,\s*eval\s*\)|\b(?:window|self|globalThis)\.eval\b/g,
  },
  // `new Function(` and `Function(` build code from strings alike; `isFunction(` and `x.Function(` are not it.
  {name: 'new Function', pattern: /(?<![\w$.])Function\s*\(/g},
  {
    name: 'string timer',
    pattern: /(?<![\w$.])set(?:Timeout|Interval)\s*\(\s*["'`]/g,
  },
  // Reading it is as suspect as writing it: shipped code has no reason to touch it.
  {name: 'innerHTML', pattern: /\binnerHTML\b/g},
  {name: 'outerHTML =', pattern: /\bouterHTML\s*\+?=(?!=)/g},
  {name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g},
  // Lit's directives keep their names as strings (directiveName) through minification.
  {name: 'unsafeHTML', pattern: /\bunsafe(?:HTML|SVG|MathML)\b/g},
  // `document` may be renamed by the minifier; that alias escapes this check.
  {name: 'document.write', pattern: /\bdocument\.write(?:ln)?\b/g},
  {
    name: 'other HTML parser sink',
    pattern: /\b(?:setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)\b/g,
  },
];

export interface Allowance {
  rule: string;
  /** Files it applies to, by path relative to the repository root. */
  files: RegExp;
  /** The whole construct that is allowed, matched around the forbidden word. */
  pattern: RegExp;
  why: string;
}

export const ALLOWED: readonly Allowance[] = [
  {
    rule: 'innerHTML',
    files: /^components\/cdn\//,
    // Lit's `static createElement(html) { const el = d.createElement('template'); el.innerHTML = html; return el; }`
    // minified: a fresh <template> filled with the function's first argument, then returned.
    pattern:
      /\bcreateElement\(([\w$]+),[\w$]+\)\{let ([\w$]+)=[\w$]+\.createElement\(`template`\);return \2\.innerHTML=\1,\2\}/g,
    why:
      "Lit fills each <template> once with its own static markup, never data. The extension's build rewrites it " +
      '(extension/build/lit-templates-without-innerhtml.ts); the CDN bundle keeps it because that rewrite would ' +
      'break the 30 kB budget.',
  },
];

export interface Finding {
  file: string;
  rule: string;
  index: number;
  snippet: string;
}

/** The forbidden constructs in one file's code, the allowed ones left out; `used` collects the allowances that served. */
export function findForbidden(
  file: string,
  code: string,
  used = new Set<Allowance>()
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of FORBIDDEN) {
    const allowed = allowedRanges(file, code, rule.name);
    for (const match of code.matchAll(rule.pattern)) {
      const allowance = allowed.find(
        ({start, end}) => match.index >= start && match.index < end
      );
      if (allowance) used.add(allowance.by);
      else
        findings.push({
          file,
          rule: rule.name,
          index: match.index,
          snippet: snippetAt(code, match.index, match[0].length),
        });
    }
  }
  return findings;
}

function allowedRanges(file: string, code: string, rule: string) {
  return ALLOWED.filter((a) => a.rule === rule && a.files.test(file)).flatMap(
    (by) =>
      [...code.matchAll(by.pattern)].map((match) => ({
        by,
        start: match.index,
        end: match.index + match[0].length,
      }))
  );
}

/** The match with 40 characters each side, on one line. */
export function snippetAt(code: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  return code.slice(start, index + length + 40).replace(/\s+/g, ' ');
}
