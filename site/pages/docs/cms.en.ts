import {html} from '../../build/html.ts';
import type {CmsText} from './cms.ts';

export const cmsEn: CmsText = {
  title: 'WordPress and Drupal',
  snippet: {
    host: 'YOUR-CDN',
    wordpress:
      "In your theme's functions.php (or a small plugin): load the script once, as a module, with its hash.",
    drupal: 'ti_components.libraries.yml (in your theme or module)',
  },
  content: ({to, enqueue, library, resizeUrl, resizeIntegrity}) =>
    html`<h1>WordPress and Drupal</h1>
      <p>
        Two things to place: the script (once per site or per page) and the
        elements (in the content). Content editors usually keep unknown elements
        but remove scripts; where they remove both, use the
        <a href="${to('/docs/')}#iframe">iframe</a>.
      </p>
      <h2>WordPress</h2>
      <ul>
        <li>
          <strong>The elements</strong>: in the block editor, add a "Custom
          HTML" block and paste the element (for example
          <code
            >&lt;ti-service-finder
            place="siren:200034130"&gt;&lt;/ti-service-finder&gt;</code
          >). Administrators and editors may publish it; authors and
          contributors lose unknown markup (the
          <code>unfiltered_html</code> capability).
        </li>
        <li>
          <strong>The script</strong>: a script pasted in a Custom HTML block
          works for administrators, but it is easy to lose. Prefer loading it
          site-wide from the theme, with its hash:
        </li>
      </ul>
      <pre><code>${enqueue}</code></pre>
      <p>
        <code>wp_enqueue_script_module</code> needs WordPress 6.5 or later;
        otherwise a "header and footer scripts" plugin can hold the script tag
        from the configurator. On WordPress.com plans without plugins, scripts
        are removed: use the iframe in a Custom HTML block or an "Embed" block,
        and note that the resize script cannot be added there either, so the
        iframe keeps its height.
      </p>
      <h2>Drupal</h2>
      <ul>
        <li>
          <strong>The elements</strong>: the "Basic HTML" and "Restricted HTML"
          text formats remove unknown tags. Create a text format for editors you
          trust (or add the <code>ti-*</code> elements and their attributes to
          the allowed HTML of "Full HTML" with CKEditor 5's "Source editing"
          plugin), then paste the element.
        </li>
        <li>
          <strong>The script</strong>: declare it as an external library of your
          theme and attach it to the pages (or globally in the theme's
          <code>.info.yml</code>):
        </li>
      </ul>
      <pre><code>${library}</code></pre>
      <h2>The iframe in a CMS</h2>
      <p>
        Where only an iframe is allowed, paste the configurator's iframe
        snippet. For the height to follow the content, add the resize script
        once, site-wide, the same way as the components' script:
        <code>${resizeUrl}</code> (integrity <code>${resizeIntegrity}</code>).
        It only listens to height messages from frames of our embed page.
      </p>`,
};
