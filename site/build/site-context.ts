import type {CdnBuild} from './build-cdn.ts';
import type {ComponentDoc} from './component-docs.ts';
import type {ProgrammeData} from './programme-data.ts';
import type {SystemToken} from './system-tokens.ts';

/** What the pages are written from: the built bundle, the data, and the components' manifest. */
export interface SiteContext {
  cdn: CdnBuild;
  /** The parent-page script of the iframe fallback, in the versioned CDN folder. */
  resize: {path: string; integrity: string};
  /** Site paths of the site's own scripts. */
  scripts: {configurator: string; embed: string};
  data: ProgrammeData;
  components: ComponentDoc[];
  tokens: SystemToken[];
}
