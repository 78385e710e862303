import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';

/** The Subresource Integrity value of a file (sha384, what the CDNs and the SRI spec recommend). */
export const integrityOf = (file: string): string =>
  `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** Every .js file under `dir` (relative path -> integrity), for integrity.json and import maps. */
export function integrityOfTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js'))
        out[relative(dir, path).split('\\').join('/')] = integrityOf(path);
    }
  };
  walk(dir);
  return out;
}
