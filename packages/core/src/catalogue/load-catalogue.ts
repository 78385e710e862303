import type {Catalogue} from '@ti/data/catalogue';

let loading: Promise<Catalogue> | undefined;

/** Loads the generated catalogue once, on first use (dynamic import: pages without it never download it). */
export function loadCatalogue(): Promise<Catalogue> {
  loading ??= import('@ti/data/catalogue.json', {with: {type: 'json'}}).then(
    (module) => module.default as Catalogue
  );
  return loading;
}
