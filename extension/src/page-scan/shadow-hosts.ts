// Open shadow roots. A page's web components render their text in shadow trees, which a walk of the document
// never enters. Only elements named like custom elements are taken as hosts: they are found cheaply by name
// (a native query per name, fast and cached by the engine), and only on pages where such names were met, so a
// page without custom elements pays nothing. Names are met where the scan looks anyway (the element walk of a
// small page or of a changed run, the text's ancestors, the big elements' children); on a big page, a host
// with no text of its own and a name met nowhere else is found by findCustomNames, after the first report.
// A shadow root declared on a built-in element is not read.
import {CUSTOM_INLINE, kindOf} from './text-blocks.ts';
import {inDocumentOrder} from './page-marks.ts';

/** True for an element named like a custom element with an open shadow root; notes its name. */
export function isShadowHost(element: Element, names: Set<string>): boolean {
  if (kindOf(element) !== CUSTOM_INLINE) return false;
  names.add(element.localName);
  return element.shadowRoot !== null;
}

/** The hosts under `root` (itself included) among the elements named `names`, in document order. */
export function findShadowHosts(
  root: Node,
  names: Iterable<string>
): Element[] {
  if (!('getElementsByTagName' in root)) return [];
  const hosts: Element[] = [];
  for (const name of names) {
    for (const element of (root as Element).getElementsByTagName(name))
      if (element.shadowRoot !== null) hosts.push(element);
    if (root instanceof Element && root.localName === name && root.shadowRoot)
      hosts.push(root);
  }
  return hosts.length > 1 ? inDocumentOrder(hosts) : hosts;
}

/**
 * Looks at every element under `root` for names with a hyphen, in slices (`due()` says when to give the main
 * loop a turn); true when it found a name not in `names` that names an open shadow root's host.
 */
export async function findCustomNames(
  root: Node,
  names: Set<string>,
  due: () => boolean,
  pause: () => Promise<void>
): Promise<boolean> {
  const before = new Set(names);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT
  );
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const name = (node as Element).localName;
    if (name.includes('-')) names.add(name);
    if (++count % 512 === 0 && due()) await pause();
  }
  const found = [...names].filter((name) => !before.has(name));
  return findShadowHosts(root, found).length > 0;
}
