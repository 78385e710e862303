import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = new URL('.', import.meta.url).pathname;
const sources = (readdirSync(root, {recursive: true}) as string[])
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({
    file: relative(root, join(root, file)),
    text: readFileSync(join(root, file), 'utf8'),
  }));

// Conventions are enforced by tests, not by memory (house-style §5).
describe('@ti-toolkit/core conventions', () => {
  it('reads the sources it checks', () => {
    expect(sources.map((s) => s.file)).toContain('places/perimeter.ts');
  });

  it('loads the generated tables only by dynamic import, so that code that never asks never downloads them', () => {
    const eager = sources.filter(({text}) =>
      /^import\s[^;]*from\s+'@ti\/data\/[^']+\.json'/m.test(text)
    );
    expect(eager.map((s) => s.file)).toEqual([]);
  });

  it('keeps Node-only modules out of the domain code that browsers run', () => {
    const browserCode = sources.filter(
      ({file}) => !file.startsWith('cli/') && !file.endsWith('fake-server.ts')
    );
    const nodeOnly = browserCode.filter(({text}) => /from\s+'node:/.test(text));
    expect(nodeOnly.map((s) => s.file)).toEqual([]);
  });

  it('renders no HTML from data', () => {
    const html = sources.filter(({text}) =>
      /innerHTML|outerHTML|document\.write|eval\(|new Function/.test(text)
    );
    expect(html.map((s) => s.file)).toEqual([]);
  });
});
