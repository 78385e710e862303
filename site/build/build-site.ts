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
import {NOT_FOUND_PATH, notFoundPage} from '../pages/not-found.ts';
import {verifierPage} from '../pages/verifier.ts';
import {buildCdn} from './build-cdn.ts';
import {buildClient} from './build-client.ts';
import {readComponentDocs} from './component-docs.ts';
import {LANGS, sitePath} from './lang.ts';
import type {Page} from './layout.ts';
import {DEFAULT_OUT_DIR, SITE_ROOT} from './paths.ts';
import {readProgrammeData} from './programme-data.ts';
import type {SiteContext} from './site-context.ts';
import {readSystemTokens} from './system-tokens.ts';

export interface SiteBuild {
  outDir: string;
  /** Site addresses of the HTML pages in every language (404 pages excepted): `/docs/`, `/en/docs/`… */
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
  const pages: Page[] = LANGS.flatMap((lang) => [
    homePage(context, lang),
    demoPage(context, lang),
    configuratorPage(context, lang),
    verifierPage(context, lang),
    notFoundPage(context, lang),
    embeddingGuide(context, lang),
    cmsGuide(context, lang),
    componentsOverview(context, lang),
    ...components.map((doc) => componentReference(context, lang, doc)),
    dataSourcesPage(context, lang),
    accessibilityPage(context, lang),
    privacyPage(context, lang),
    reportErrorPage(context, lang),
    extensionPage(context, lang),
  ]);
  // The iframe page takes its language from its address, as its component does (client/embed.ts).
  pages.push(embedPage(context));
  for (const page of pages) {
    const file = join(outDir, page.file);
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, page.html);
  }
  return {
    outDir,
    pages: pages
      .filter((p) => p.path !== NOT_FOUND_PATH)
      .map((p) => sitePath(p.lang, p.path)),
    context,
    milliseconds: Math.round(performance.now() - started),
  };
}
