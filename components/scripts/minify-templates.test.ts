import {describe, expect, it} from 'vitest';
import {minifyTemplates} from './minify-templates.ts';

describe('minifyTemplates', () => {
  it('drops indentation and keeps every binding, and the spaces that separate words', async () => {
    const source = `const t = html\`<p part="status" data-x=\${a}>
        <span class="ti-visually-hidden">\${label}</span>
        <span part="badge">\${badge}</span>
        \${note ? html\`<span>\${note}</span>\` : nothing}
      </p>
      <input .value=\${live(v)} ?disabled=\${off} @input=\${on} />\`;`;
    const out = await minifyTemplates(source, 'x.ts');
    expect(out).not.toMatch(/\n\s{4,}</);
    for (const binding of [
      '${a}',
      '${label}',
      '${badge}',
      '${note}',
      '.value=${live(v)}',
      '?disabled=${off}',
      '@input=${on}',
    ])
      expect(out).toContain(binding);
    // A reader sees "Statut : Ouvert", never "Statut :Ouvert".
    expect(out).toMatch(/<\/span> <span part="badge">/);
  });

  it('minifies styles and leaves code without templates as it is', async () => {
    const styles = await minifyTemplates(
      'const s = css`\n  :host {\n    display: block;\n    color: var(--ti-x, #000000);\n  }\n`;',
      's.ts'
    );
    expect(styles).toContain('css`:host{');
    const plain = 'export const x = `not a template tag ${1}`;\n';
    expect(await minifyTemplates(plain, 'p.ts')).toBe(plain);
  });
});
