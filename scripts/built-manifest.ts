import {isDeepStrictEqual} from 'node:util';
import {
  permissionFields,
  productionManifest,
} from '../extension/manifest-permissions.ts';
import type {Target} from '../extension/src/build-settings.ts';

/**
 * What is wrong with a built extension manifest: web-accessible resources (crxjs adds some on its own, and any page
 * could then detect the extension by fetching them), or a permission field other than the reviewed source's.
 */
export function builtManifestProblems(built: object, target: Target): string[] {
  const problems: string[] = [];
  if ('web_accessible_resources' in built)
    problems.push('lists web_accessible_resources');
  const expected = permissionFields(productionManifest(target));
  const actual = permissionFields(built);
  for (const key of Object.keys(expected) as (keyof typeof expected)[])
    if (!isDeepStrictEqual(actual[key], expected[key]))
      problems.push(
        `${key} is ${JSON.stringify(actual[key])}, ` +
          `the reviewed manifest says ${JSON.stringify(expected[key])}`
      );
  return problems;
}
