import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'vite';
import {
  COMPONENT_TAGS,
  type ComponentTag,
} from '../../components/src/component-tags.ts';
import {buildResizeScript} from './build-client.ts';
import {integrityOfTree} from './integrity.ts';
import {COMPONENTS_ROOT} from './paths.ts';

export interface CdnBuild {
  version: string;
  /** Site path of the versioned folder, e.g. /cdn/ti-components/0.1.0/ */
  base: string;
  /** Site path and integrity of the loader, the one script for any component (CMS blocks, pages that change). */
  entry: ScriptFile;
  /** Each component's own script, what the configurator's snippet gives (ADR 0023). */
  scripts: Record<ComponentTag, ScriptFile>;
  /** The same for the iframe fallback's parent-page script. */
  resize: ScriptFile;
  /** Integrity of every file of the folder, by path relative to `base`. */
  files: Record<string, string>;
}

/** A script of the versioned folder: its site path and SRI hash. */
export interface ScriptFile {
  path: string;
  integrity: string;
}

export const componentsVersion = (): string =>
  (
    JSON.parse(readFileSync(join(COMPONENTS_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * Builds the partners' bundle (and the iframe fallback's resize script) with the components' own Vite config (the same build as `pnpm --filter
 * @ti-toolkit/components build`) into a folder named by the package version: a published version never changes, so its
 * SRI hash stays valid (ADR 0010).
 */
export async function buildCdn(outDir: string): Promise<CdnBuild> {
  const version = componentsVersion();
  const base = `/cdn/ti-components/${version}/`;
  const dir = join(outDir, base);
  await build({
    configFile: join(COMPONENTS_ROOT, 'vite.config.ts'),
    root: COMPONENTS_ROOT,
    logLevel: 'error',
    build: {outDir: dir, emptyOutDir: true},
  });
  await buildResizeScript(dir);
  const files = integrityOfTree(dir);
  writeFileSync(join(dir, 'integrity.json'), JSON.stringify(files, null, 2));
  // The scripts partners paste, with the hashes integrity.json already holds.
  const script = (file: string): ScriptFile => ({
    path: `${base}${file}`,
    integrity: files[file]!,
  });
  return {
    version,
    base,
    entry: script('ti-components.js'),
    scripts: Object.fromEntries(
      COMPONENT_TAGS.map((tag) => [tag, script(`${tag}.js`)])
    ) as Record<ComponentTag, ScriptFile>,
    resize: script('ti-embed-resize.js'),
    files,
  };
}
