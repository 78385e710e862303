import {fileURLToPath} from 'node:url';

/** Folders of the repository the site is built from, found from this file (no machine path in the repo). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SITE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const COMPONENTS_ROOT = fileURLToPath(
  new URL('../../components/', import.meta.url)
);
export const DEFAULT_OUT_DIR = fileURLToPath(
  new URL('../dist/', import.meta.url)
);
export const STORYBOOK_DIR = fileURLToPath(
  new URL('../../storybook-static/', import.meta.url)
);
