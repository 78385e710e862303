import type {TerritoryShape} from '@ti-toolkit/data/geometry';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import type {translations} from './territory-map.translations.ts';

/**
 * The state of the search field: what was typed since the last choice (null: the field shows the highlighted
 * territory), whether the list is open, and the option the arrow keys are on.
 */
export class TerritorySearch implements ReactiveController {
  query: string | null = null;
  open = false;
  active: string | null = null;
  private scroll = false;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.scroll) return;
    this.scroll = false;
    this.host.shadowRoot
      ?.querySelector('[part~="active"]')
      ?.scrollIntoView({block: 'nearest'});
  }

  /** Back to the field showing the highlighted territory, list closed. */
  reset(): void {
    this.set(null, false, null);
  }

  close(): void {
    this.set(this.query, false, null);
  }

  handleInput(event: InputEvent): void {
    this.set((event.target as HTMLInputElement).value, true, null);
  }

  /**
   * Down opens the list on the current territory, or moves down; Up moves up; Enter chooses the option the arrows are
   * on; Escape closes the list, then clears what was typed. `matches` gives the options for the current query.
   */
  handleKeydown(
    event: KeyboardEvent,
    matches: () => TerritoryShape[],
    current: string | null,
    choose: (id: string) => void
  ): void {
    const list = this.open ? matches() : [];
    const index = list.findIndex((s) => s.id === this.active);
    const at = (i: number) =>
      list[Math.max(0, Math.min(list.length - 1, i))]?.id ?? null;
    this.scroll = true;
    if (event.key === 'ArrowDown' && !this.open)
      this.set(this.query, true, current ?? matches()[0]?.id ?? null);
    else if (event.key === 'ArrowDown')
      this.set(this.query, true, at(index + 1));
    else if (event.key === 'ArrowUp' && this.open)
      this.set(this.query, true, at(index - 1));
    else if (event.key === 'Enter' && this.open && this.active)
      choose(this.active);
    else if (event.key === 'Escape' && this.open) this.close();
    else if (event.key === 'Escape' && this.query) this.set('', false, null);
    else return;
    event.preventDefault();
  }

  private set(query: string | null, open: boolean, active: string | null) {
    this.query = query;
    this.open = open;
    this.active = active;
    this.host.requestUpdate();
  }
}

/**
 * The search field and its list (the ARIA combobox pattern, list autocomplete): the one tab stop of the map. The
 * focus stays in the field; the arrow keys move `aria-activedescendant` over the options, and the map shows the
 * option they are on. Its keys are handled by the component (handleKeydown). Every keystroke renders the field's own
 * value back, so a plain `.value` binding stays in step with what is typed (no `live` directive to download).
 */
export function renderSearch(options: {
  t: (typeof translations)['fr'];
  value: string;
  open: boolean;
  active: string | null;
  matches: TerritoryShape[];
  selected: string | null;
  onInput: (event: InputEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onOpen: () => void;
  onClose: () => void;
  onPoint: (event: Event) => void;
  onLeave: () => void;
  onClick: (event: Event) => void;
}) {
  const {t, open, active, matches} = options;
  // The options take the pointer's clicks; the keyboard stays in the search field (aria-activedescendant, Enter).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<div class="ti-search">
    <label part="label" id="label" for="search">${t.searchLabel}</label>
    <p class="ti-hint" id="hint">${t.searchHint}</p>
    <div class="ti-combo">
      <input
        id="search"
        part="search"
        type="text"
        role="combobox"
        aria-labelledby="label"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${open && matches.length > 0}
        aria-controls="options"
        aria-describedby="hint found"
        aria-activedescendant=${active ? `option-${active}` : nothing}
        .value=${options.value}
        @input=${options.onInput}
        @keydown=${options.onKeydown}
        @click=${options.onOpen}
        @blur=${options.onClose}
      />
      <ul
        id="options"
        part="options"
        role="listbox"
        aria-label=${t.searchLabel}
        ?hidden=${!open || matches.length === 0}
        @pointerover=${options.onPoint}
        @pointerleave=${options.onLeave}
        @pointerdown=${(e: Event) => e.preventDefault()}
        @click=${options.onClick}
      >
        ${matches.map(
          (shape) =>
            html`<li
              role="option"
              id="option-${shape.id}"
              part=${shape.id === active ? 'option active' : 'option'}
              data-id=${shape.id}
              aria-selected=${shape.id === options.selected}
            >
              ${shape.name}
            </li>`
        )}
      </ul>
    </div>
    <p id="found" class="ti-visually-hidden" role="status">
      ${open ? t.found(matches.length) : ''}
    </p>
  </div>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
