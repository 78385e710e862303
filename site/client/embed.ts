/**
 * The iframe fallback page's script: shows the component its URL describes and tells the parent page its height
 * (ADR 0010). Nothing is parsed as markup: the element is built with the DOM from checked values.
 */
import {IFRAME_DEFAULTS} from './component-labels.ts';
import {embedProblemMessage} from './embed-messages.ts';
import {createEmbedElement, embedLang, parseEmbedSearch} from './embed-spec.ts';
import {HEIGHT_MESSAGE} from './height-message.ts';

const main = document.querySelector('main')!;
const parsed = parseEmbedSearch(location.search);
const lang = embedLang(location.search);
document.documentElement.lang = lang;
if (parsed.ok) {
  const {tag} = parsed.value;
  // The page's name for screen readers, as the iframe's title says it on the partner's side.
  const heading = document.createElement('h1');
  heading.className = 'visually-hidden';
  heading.textContent = IFRAME_DEFAULTS[tag].title[lang];
  document.title = heading.textContent;
  const element = createEmbedElement(document, parsed.value);
  // Under the page's h1, the component's headings start at h2 unless the address says otherwise.
  if (!element.hasAttribute('heading-level'))
    element.setAttribute('heading-level', '2');
  main.append(heading, element);
} else {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = embedProblemMessage(parsed.reason, lang);
  main.append(message);
}

// Only a height leaves the frame, so any parent may hear it; the parent checks where it comes from.
const report = () =>
  parent.postMessage(
    {
      type: HEIGHT_MESSAGE,
      height: Math.ceil(document.body.getBoundingClientRect().height),
    },
    '*'
  );
if (parent !== window) new ResizeObserver(report).observe(document.body);
