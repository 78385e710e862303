import type {Lang} from '../../build/lang.ts';
import type {ComponentDoc} from '../../build/component-docs.ts';
import {docsPage} from '../../build/docs-shell.ts';
import {html, inlineCode, type Html} from '../../build/html.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';

const table = (caption: string, headers: string[], rows: Html[][]) =>
  rows.length
    ? html`<div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            ${caption}
          </caption>
          <thead>
            <tr>
              ${headers.map((h) => html`<th scope="col">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (cells) =>
                html`<tr>
                  ${cells.map((c) => html`<td>${c}</td>`)}
                </tr>`
            )}
          </tbody>
        </table>
      </div>`
    : html`<p>None.</p>`;

const code = (text: string) => html`<code>${text}</code>`;

/** The overview: the four components and the system tokens they share, from the sources (never hand-written). */
export function componentsOverview(ctx: SiteContext, lang: Lang): Page {
  return docsPage(
    ctx,
    lang,
    '/docs/components/',
    'Components and theme tokens',
    html`<h1>Components and theme tokens</h1>
      <p>
        Generated from <code>components/custom-elements.json</code> (itself
        generated from the components' JSDoc by
        <code>pnpm components:manifest</code>) and from the shared theme.
      </p>
      <ul>
        ${ctx.components.map(
          (c) =>
            html`<li>
              <a href="/docs/components/${c.tag}/"
                ><code>&lt;${c.tag}&gt;</code></a
              >: ${inlineCode(c.summary)}
            </li>`
        )}
      </ul>
      <h2>Attributes every component understands</h2>
      <ul>
        <li>
          <code>lang</code>: <code>fr</code> (default) or <code>en</code>; also
          read from an ancestor or <code>&lt;html&gt;</code>.
        </li>
        <li>
          <code>theme</code>: <code>auto</code> (default), <code>light</code> or
          <code>dark</code>.
        </li>
        <li>
          <code>heading-level</code>: the level of the headings the component
          writes (2 to 6), to fit your page's outline.
        </li>
      </ul>
      <h2>System tokens</h2>
      <p>
        Set them on any ancestor of the components. Each component's own
        properties fall back to them, then to the default shown here. The
        <code>--ti-sys-dark-*</code> tokens apply in the dark theme;
        <code>theme="sober"</code> has defaults of its own. A default of
        <code>inherit</code> takes your page's value (its font family).
      </p>
      ${table(
        'System tokens',
        ['Custom property', 'Default', 'Sober theme'],
        ctx.tokens.map((t) => [
          code(t.name),
          code(t.fallback),
          t.sober ? code(t.sober) : html`same`,
        ])
      )}`
  );
}

export function componentReference(
  ctx: SiteContext,
  lang: Lang,
  doc: ComponentDoc
): Page {
  const path = `/docs/components/${doc.tag}/`;
  return docsPage(
    ctx,
    lang,
    path,
    `<${doc.tag}>`,
    html`<h1><code>&lt;${doc.tag}&gt;</code></h1>
      <p>${inlineCode(doc.summary)}</p>
      <p>
        Class <code>${doc.className}</code>. Try every state in
        <a href="/storybook/">Storybook</a>.
      </p>
      <h2>Attributes</h2>
      ${table(
        `Attributes of ${doc.tag}`,
        ['Attribute', 'Type', 'Default', 'Description'],
        doc.attributes.map((a) => [
          code(a.name),
          code(a.type),
          a.default ? code(a.default) : html``,
          inlineCode(a.description),
        ])
      )}
      <h2>Events</h2>
      ${table(
        `Events of ${doc.tag}`,
        ['Event', 'Class', 'When'],
        doc.events.map((e) => [
          code(e.name),
          code(e.detailType),
          inlineCode(e.description),
        ])
      )}
      <h2>Parts</h2>
      <p>Restyle them with <code>${doc.tag}::part(name)</code>.</p>
      ${table(
        `Parts of ${doc.tag}`,
        ['Part', 'Description'],
        doc.parts.map((p) => [code(p.name), inlineCode(p.description)])
      )}
      <h2>Custom properties</h2>
      <p>
        They fall back to the <a href="/docs/components/">system tokens</a>.
      </p>
      ${table(
        `Custom properties of ${doc.tag}`,
        ['Custom property', 'Description'],
        doc.cssProperties.map((p) => [code(p.name), inlineCode(p.description)])
      )}`
  );
}
