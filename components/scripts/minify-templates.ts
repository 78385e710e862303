/**
 * The markup and styles inside Lit's html`` and css`` templates, minified at build time (minify-literals: an HTML
 * minifier for the markup, lightningcss for the styles). Lit templates keep their indentation in the source for
 * reading; what ships has none. Used by the CDN build (a Vite plugin) and by the npm build (over dist/).
 */
import {minifyHTMLLiterals} from 'minify-literals';
import type {Plugin} from 'vite';

/** Only our own modules hold templates: test, story and helper files never ship. */
const OWN = /[\\/]components[\\/]src[\\/].*\.(ts|js)$/;

export async function minifyTemplates(
  code: string,
  fileName: string
): Promise<string> {
  if (!/\b(html|css)\s*`/.test(code)) return code;
  const result = await minifyHTMLLiterals(code, {
    fileName,
    html: {conservativeCollapse: true},
  });
  return result?.code ?? code;
}

export const minifyTemplatesPlugin = (): Plugin => ({
  name: 'ti-minify-templates',
  async transform(code, id) {
    if (!OWN.test(id)) return null;
    const minified = await minifyTemplates(code, id);
    return minified === code ? null : {code: minified, map: null};
  },
});
