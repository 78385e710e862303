import {cpSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {accessibilityPage} from '../pages/docs/accessibility.ts';
import {cmsGuide} from '../pages/docs/cms.ts';
import {
  componentReference,
  componentsOverview,
} from '../pages/docs/components.ts';
import {dataSourcesPage} from '../pages/docs/data-sources.ts';
import {embeddingGuide} from '../pages/docs/embedding.ts';
import {extensionPage} from '../pages/docs/extension.ts';
import {privacyPage} from '../pages/docs/privacy.ts';
import {reportErrorPage} from '../pages/docs/report-error.ts';
import {configuratorPage} from '../pages/configurator.ts';
import {demoPage} from '../pages/demo.ts';
import {embedPage} from '../pages/embed.ts';
import {homePage} from '../pages/home.ts';
import {notFoundPage} from '../pages/not-found.ts';
import {buildCdn} from './build-cdn.ts';
import {buildClient} from './build-client.ts';
import {readComponentDocs} from './component-docs.ts';
import type {Page} from './layout.ts';
import {DEFAULT_OUT_DIR, SITE_ROOT} from './paths.ts';
import {readProgrammeData} from './programme-data.ts';
import type {SiteContext} from './site-context.ts';
import {readSystemTokens} from './system-tokens.ts';

export interface SiteBuild {
  outDir: string;
  /** Site paths of the HTML pages (404 page excepted). */
  pages: string[];
  context: SiteContext;
  milliseconds: number;
}

/** Builds the whole site into `outDir` (emptied first): the versioned CDN folder, the scripts and the pages. */
export async function buildSite(outDir = DEFAULT_OUT_DIR): Promise<SiteBuild> {
  const started = performance.now();
  rmSync(outDir, {recursive: true, force: true});
  mkdirSync(outDir, {recursive: true});
  const components = readComponentDocs();
  const [cdn, scripts] = await Promise.all([
    buildCdn(outDir),
    buildClient(outDir),
  ]);
  cpSync(join(SITE_ROOT, 'assets'), join(outDir, 'assets'), {recursive: true});
  cpSync(join(SITE_ROOT, 'assets/favicon.svg'), join(outDir, 'favicon.svg'));
  const context: SiteContext = {
    cdn,
    resize: cdn.resize,
    scripts,
    data: readProgrammeData(),
    components,
    tokens: readSystemTokens(),
  };
  const pages: Page[] = [
    homePage(context),
    demoPage(context),
    configuratorPage(context),
    embedPage(context),
    notFoundPage(context),
    embeddingGuide(context),
    cmsGuide(context),
    componentsOverview(context),
    ...components.map((doc) => componentReference(context, doc)),
    dataSourcesPage(context),
    accessibilityPage(context),
    privacyPage(context),
    reportErrorPage(context),
    extensionPage(context),
  ];
  for (const page of pages) {
    const file = join(outDir, page.file);
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, page.html);
  }
  return {
    outDir,
    pages: pages
      .map((p) => `/${p.file.replace(/index\.html$/, '')}`)
      .filter((path) => path !== '/404.html'),
    context,
    milliseconds: Math.round(performance.now() - started),
  };
}
