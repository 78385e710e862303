import type {Plugin} from 'vite';

const LIT_HTML = /[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/;
const NAME = 'ti:lit-templates-without-innerhtml';
const TEMPLATE_FILL = /(\w+)\.innerHTML\s*=\s*(\w+)/;

/**
 * Lit fills each template element once with `template.innerHTML = html` (its own static markup, never data), and
 * Firefox's linter flags any assignment to innerHTML, with no way to explain it in the code. The same markup
 * parsed by DOMParser inside a <template> goes through the same "in template" parsing and stays inert, so this
 * rewrites that one line. The build fails if a Lit update changes the line, rather than letting the warning back.
 */
export function litTemplatesWithoutInnerHtml(): Plugin {
  return {
    name: NAME,
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      if (!TEMPLATE_FILL.test(code))
        throw new Error(
          `${id}: Lit's template fill has changed; update ${NAME}`
        );
      return code.replace(
        TEMPLATE_FILL,
        (_, template: string, html: string) =>
          `${template}.content.append(new DOMParser().parseFromString("<template>"+${html}+"</template>","text/html").querySelector("template").content)`
      );
    },
  };
}
