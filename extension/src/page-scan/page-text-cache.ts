// What a page's scans keep between them: the parts of the page with their text (page-parts.ts), and which parts
// the changes since the last scan touched, from the MutationObserver's records. The caller observes; the cache
// only reads the records it is given.
import {changeRun, kill, type PartOwners, type TextPart} from './page-parts.ts';

export class PageTextCache {
  readonly root: Node;
  /** The part that reads the root; null before the first scan. */
  top: TextPart | null = null;
  readonly owners: PartOwners = new WeakMap();
  /** The open shadow roots' hosts read at the last scan (their shadow roots need observing too). */
  hosts = new Set<Element>();
  /** The names with a hyphen met on the page: where to look for shadow hosts. */
  readonly customNames = new Set<string>();

  constructor(root: Node) {
    this.root = root;
  }

  /** Notes the observer's records: the parts they touch are read again at the next scan. */
  note(records: Iterable<MutationRecord>): void {
    if (this.top === null) return;
    // A storm repeats its targets: each is looked up once per kind of change.
    const doneByType = {
      childList: new Set<Node>(),
      attributes: new Set<Node>(),
      characterData: new Set<Node>(),
    };
    for (const record of records) {
      const {target} = record;
      const done = doneByType[record.type];
      if (record.type === 'childList') {
        // A node taken out and put back between two deliveries: its changes in between went unobserved.
        for (const node of record.addedNodes) {
          const part = this.owners.get(node);
          if (part?.kind === 'run') changeRun(part);
          else if (part?.kind === 'container' && part.node === node) kill(part);
        }
        if (done.has(target)) continue;
        done.add(target);
        if (!this.#cutAgain(target)) this.changed(target);
      } else if (done.has(target)) continue;
      else if (record.type === 'attributes') {
        done.add(target);
        // The element may now be left out, or be read again: its parent's part decides.
        const part = this.#ownPart(target);
        if (part?.kind === 'run') changeRun(part);
        else if (part?.kind === 'container')
          this.changed(part.parent ?? part.node);
        else this.changed(target);
      } else {
        done.add(target);
        this.changed(target);
      }
    }
  }

  /** Marks the part holding `node` to be read again. */
  changed(node: Node): void {
    for (let at: Node | null = node; at !== null; at = parentOf(at)) {
      const part = this.#ownPart(at);
      if (part === null) continue;
      if (part.kind === 'run') changeRun(part);
      else part.changed = true;
      return;
    }
  }

  // A container's own children changed: cut it again (its runs that did not change keep their text).
  #cutAgain(node: Node): boolean {
    const part = this.#ownPart(node);
    if (part?.kind !== 'container' || part.node !== node) return false;
    part.changed = true;
    return true;
  }

  // The part `node` is a member of (or the container it is), when the record of that is still true: a node
  // moved elsewhere keeps its old entry until its new parent is cut again, and a part a cut left out is dead.
  #ownPart(node: Node): TextPart | null {
    const part = this.owners.get(node);
    if (part === undefined || !part.alive) return null;
    if (part.kind === 'container' && part.node !== node) return null;
    return node === this.root || part.parent === node.parentNode ? part : null;
  }
}

// Up the tree, from a shadow root to its host.
function parentOf(node: Node): Node | null {
  const up = node.parentNode;
  if (up?.nodeType === Node.DOCUMENT_FRAGMENT_NODE)
    return (up as ShadowRoot).host ?? null;
  return up;
}
