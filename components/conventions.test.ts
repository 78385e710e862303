import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {COMPONENT_NAMES} from './src/component-tags.ts';

// House style §5: conventions are enforced by tests, not by memory.
const src = new URL('./src/', import.meta.url).pathname;
const folders = readdirSync(src, {withFileTypes: true})
  .filter(
    (entry) =>
      entry.isDirectory() &&
      existsSync(join(src, entry.name, `${entry.name}.component.ts`))
  )
  .map((entry) => entry.name);
const read = (folder: string, suffix: string) =>
  readFileSync(join(src, folder, `${folder}${suffix}`), 'utf8');

describe('component conventions', () => {
  it('lists every component folder in component-tags.ts, and nothing else', () => {
    expect([...folders].sort()).toEqual([...COMPONENT_NAMES].sort());
  });

  it('exports each listed component from the package, its index and the accessibility states', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('./package.json', import.meta.url), 'utf8')
    ) as {
      exports: Record<string, string>;
      sideEffects: string[];
      publishConfig: {exports: Record<string, {default: string}>};
    };
    const index = readFileSync(join(src, 'index.ts'), 'utf8');
    const states = readFileSync(join(src, 'a11y/states.ts'), 'utf8');
    for (const name of COMPONENT_NAMES) {
      expect(pkg.exports[`./${name}`], `package.json ./${name}`).toBe(
        `./src/${name}/${name}.ts`
      );
      // Registration is a side effect: a bundler that believes a module has none drops its define() call.
      expect(pkg.sideEffects, `sideEffects ${name}`).to.include.members([
        `./src/${name}/${name}.ts`,
        `./dist/${name}/${name}.js`,
      ]);
      expect(pkg.publishConfig.exports[`./${name}`]?.default).toBe(
        `./dist/${name}/${name}.js`
      );
      expect(index, `index.ts ${name}`).toContain(
        `from './${name}/${name}.ts'`
      );
      expect(states, `a11y/states.ts ti-${name}`).toContain(
        `tag: 'ti-${name}'`
      );
    }
  });

  describe.each(folders)('%s', (folder) => {
    const tag = `ti-${folder}`;

    it('has its class, styles, translations, registration, test and stories beside each other', () => {
      for (const suffix of [
        '.component.ts',
        '.styles.ts',
        '.translations.ts',
        '.ts',
        '.test.ts',
        '.stories.ts',
      ])
        expect(
          existsSync(join(src, folder, `${folder}${suffix}`)),
          `${folder}${suffix}`
        ).toBe(true);
    });

    it('documents its public API in the class JSDoc', () => {
      const component = read(folder, '.component.ts');
      expect(component).toMatch(new RegExp(`@tag ${tag}\\b`));
      expect(component).toMatch(/@summary \S/);
      expect(component).toMatch(/@csspart base /);
      expect(component).toMatch(new RegExp(`@cssproperty --${tag}-`));
    });

    it('registers through defineOnce and declares its tag-map entry', () => {
      const registration = read(folder, '.ts');
      expect(registration).toContain(`defineOnce('${tag}',`);
      expect(registration).toMatch(new RegExp(`'${tag}': Ti\\w+;`));
      expect(registration).toContain('HTMLElementTagNameMap');
    });

    it('tests accessibility first', () => {
      const test = read(folder, '.test.ts');
      const firstAssertion = test.slice(
        test.indexOf("it('"),
        test.indexOf("it('", test.indexOf("it('") + 4)
      );
      expect(firstAssertion).toContain('to.be.accessible()');
    });

    it('renders no HTML from strings', () => {
      for (const file of readdirSync(join(src, folder)).filter(
        (f) => !f.endsWith('.test.ts')
      ))
        expect(readFileSync(join(src, folder, file), 'utf8'), file).not.toMatch(
          /unsafeHTML|innerHTML|unsafeStatic/
        );
    });
  });
});
