/** `pnpm site:build`: the static site in site/dist/, for a server of your own (`pnpm start` builds and serves it). */
import {buildSite} from './build-site.ts';

const site = await buildSite();
console.log(
  `Site built in ${site.milliseconds} ms: ${site.pages.length} pages in ${site.outDir}`
);
