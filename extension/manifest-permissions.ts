// The manifest fields a privacy review reads, taken the same way from the source manifest (manifest.test.ts)
// and from the built ones (scripts/check-shipped-code.ts), so that what the build adds is caught too.
import {makeManifest} from './manifest.config.ts';
import {readBuildSettings, type Target} from './src/build-settings.ts';

interface ManifestLike {
  permissions?: unknown;
  optional_permissions?: unknown;
  host_permissions?: unknown;
  optional_host_permissions?: unknown;
  content_scripts?: Record<string, unknown>[];
  web_accessible_resources?: unknown;
  browser_specific_settings?: {gecko?: {data_collection_permissions?: unknown}};
}

/** What the extension may read, where, and what it tells Firefox it collects. Absent fields stay undefined. */
export function permissionFields(manifest: object) {
  const m = manifest as ManifestLike;
  return {
    permissions: m.permissions,
    optional_permissions: m.optional_permissions,
    host_permissions: m.host_permissions,
    optional_host_permissions: m.optional_host_permissions,
    // Where content scripts run, not their file names: crxjs renames those.
    content_scripts: m.content_scripts?.map(
      ({matches, exclude_matches, all_frames, world}) => ({
        matches,
        exclude_matches,
        all_frames,
        world,
      })
    ),
    web_accessible_resources: m.web_accessible_resources,
    data_collection_permissions:
      m.browser_specific_settings?.gecko?.data_collection_permissions,
  };
}

/** The manifest a production build of `target` starts from (no test settings from the environment). */
export function productionManifest(target: Target): object {
  const manifest: unknown = makeManifest(readBuildSettings({TARGET: target}));
  // defineManifest may also take a function or a promise; ours passes a plain object through.
  if (typeof manifest !== 'object' || manifest === null || 'then' in manifest)
    throw new Error('makeManifest no longer returns a plain object');
  return manifest;
}
