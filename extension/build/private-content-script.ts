import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin, ResolvedConfig} from 'vite';

interface ManifestResources {
  web_accessible_resources?: {resources: string[]}[];
}

/**
 * crxjs lists the content script among the web-accessible resources of every site. The extension injects it
 * with the scripting API, which needs no such entry, and the entry would let any page detect the extension
 * by fetching the file (ADR 0007): drop it from the emitted manifest.
 */
export function privateContentScript(file: string): Plugin {
  let outDir = '';
  return {
    name: 'ti:private-content-script',
    enforce: 'post',
    configResolved(config: ResolvedConfig) {
      outDir = config.build.outDir;
    },
    // crxjs builds the IIFE content script and rewrites the manifest after the bundle is written.
    closeBundle() {
      const path = join(outDir, 'manifest.json');
      const manifest = JSON.parse(
        readFileSync(path, 'utf8')
      ) as ManifestResources;
      const kept = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({
          ...entry,
          resources: entry.resources.filter((resource) => resource !== file),
        }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
    },
  };
}
