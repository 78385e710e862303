import type {Lang} from '@ti-toolkit/data/catalogue';
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The toolkit's languages, French first, then English (defined once, in @ti-toolkit/data). */
export type {Lang};

/** `en`, `en-GB`... read as English; anything else as French, the toolkit's language. */
export const toLang = (value: string | null | undefined): Lang =>
  value?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';

/**
 * The language of a component: its own `lang`, then the nearest `[lang]` ancestor (through shadow roots), then
 * `<html lang>`, then French. Re-read when a `lang` attribute changes in the document.
 */
export class LangController implements ReactiveController {
  lang: Lang = 'fr';
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
    this.observer = new MutationObserver(() => this.update());
    // Any `lang` change above the element (<html>, a section, the element itself) can change its language.
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    this.observer.observe(this.host, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private update(): void {
    const lang = toLang(
      closestLang(this.host) ?? document.documentElement.lang
    );
    if (lang === this.lang) return;
    this.lang = lang;
    this.host.requestUpdate();
  }
}

/** The nearest `[lang]` at or above the element, tree by tree up through the shadow roots' hosts. */
function closestLang(element: Element): string | null {
  for (
    let node: Element | undefined = element;
    node;
    node = (node.getRootNode() as Partial<ShadowRoot>).host
  ) {
    const owner = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang');
  }
  return null;
}
