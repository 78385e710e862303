import {readAsText} from '../internal/text-properties.ts';
import {checkTheme, type Theme} from '../internal/theme.ts';
import type {Catalogue, PriorityId} from '@ti-toolkit/data/catalogue';
import {loadCatalogue} from '@ti-toolkit/core/catalogue';
import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {TiPrioritySelectEvent} from '../events/priority-select.ts';
import {LangController} from '../i18n/lang.ts';
import {LoadController} from '../internal/load-controller.ts';
import {renderLoadState} from '../internal/load-state.ts';
import {themeStyles} from '../styles/theme.styles.ts';
import {priorityCardsStyles} from './priority-cards.styles.ts';
import {translations} from './priority-cards.translations.ts';

/**
 * @tag ti-priority-cards
 * @summary The four priorities of the Territoires d'industrie programme as cards, each with what it covers and how
 * many services serve it. Selecting one can drive a `<ti-service-finder>` on the same page.
 *
 * @csspart base - The list of cards.
 * @csspart card - One card (`card selected` for the selected one).
 * @csspart rank - The priority's number.
 * @csspart title - The priority's title.
 * @csspart summary - Its summary.
 * @csspart covers - The list of what it covers.
 * @csspart button - The button that selects it.
 *
 * @cssproperty --ti-priority-cards-gap - Space between cards.
 * @cssproperty --ti-priority-cards-padding - Space inside a card.
 * @cssproperty --ti-priority-cards-background - Card background.
 * @cssproperty --ti-priority-cards-border-color - Card border.
 * @cssproperty --ti-priority-cards-radius - Card corner radius.
 * @cssproperty --ti-priority-cards-accent - Colour of the button and of the selected card.
 * @cssproperty --ti-priority-cards-title-size - Title font size.
 *
 * @fires ti-priority-select - The user selected a priority, or cleared it (`detail.priority` is null); `detail.elementId` is the element's id (null without one).
 */
export class TiPriorityCards extends LitElement {
  static override styles = [themeStyles, priorityCardsStyles];
  static override properties = {
    selected: {reflect: true},
    for: {},
    layout: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    theme: {reflect: true},
  };

  private readonly langController = new LangController(this);
  private readonly catalogue = new LoadController<Catalogue>(
    this,
    loadCatalogue
  );

  /** The selected priority's id (ecological-transition, innovation, skills-recruitment, industrial-land). */
  selected = '';
  /** The id of a `<ti-service-finder>` on the page whose `priority` follows the selection. */
  for = '';
  /** `grid` (default) or `list`. */
  layout: 'grid' | 'list' = 'grid';
  /** Heading level of the card titles, 2 to 6. */
  headingLevel = 3;
  /** `auto` (follows the system's dark mode), `light`, `dark` or `sober`; another value falls back to `auto` with a console warning. */
  theme: Theme = 'auto';

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAsText(this, ['selected', 'for', 'layout', 'theme']);
    if (changed.has('theme')) checkTheme(this);
  }

  private handleSelect(priority: PriorityId): void {
    const next = this.selected === priority ? null : priority;
    this.selected = next ?? '';
    this.driveFinder(next);
    this.dispatchEvent(new TiPrioritySelectEvent(next, this));
  }

  private driveFinder(priority: PriorityId | null): void {
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const finder = root.getElementById?.(this.for);
    if (!finder) return;
    if (priority) finder.setAttribute('priority', priority);
    else finder.removeAttribute('priority');
  }

  override render() {
    const t = translations[this.langController.lang];
    const state = this.catalogue.state;
    if (state.status !== 'ready')
      return renderLoadState(state, t, () => void this.catalogue.retry());
    const lang = this.langController.lang;
    const {priorities, schemes} = state.value;
    // Checked against the catalogue's priorities, which are the vocabulary's: the cards need no other copy of the ids.
    const invalid =
      this.selected !== '' && !priorities.some((p) => p.id === this.selected);
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    return html`
      ${invalid ? html`<p class="ti-message" data-tone="error" role="alert">${t.unknownPriority(this.selected)}</p>` : nothing}
      <ul part="base">
        ${[...priorities]
          .sort((a, b) => a.rank - b.rank)
          .map((priority) => {
            const count = schemes.filter(
              (s) => s.status !== 'closed' && s.priorities.includes(priority.id)
            ).length;
            const selected = this.selected === priority.id;
            const titleId = `ti-priority-${priority.id}`;
            // Named by the card's title and its count: four buttons all called "7 services" would be ambiguous.
            const buttonId = `ti-priority-button-${priority.id}`;
            return html`<li
              part=${selected ? 'card selected' : 'card'}
              ?data-selected=${selected}
            >
              <span part="rank">${priority.rank} / 4</span>
              <div
                part="title"
                id=${titleId}
                role="heading"
                aria-level=${level}
              >
                ${priority.title[lang]}
              </div>
              <p part="summary">${priority.summary[lang]}</p>
              <ul part="covers" aria-label=${t.covers}>
                ${priority.covers.map((item) => html`<li>${item[lang]}</li>`)}
              </ul>
              <button
                part="button"
                id=${buttonId}
                class="ti-animate"
                aria-pressed=${selected ? 'true' : 'false'}
                aria-labelledby="${titleId} ${buttonId}"
                @click=${() => this.handleSelect(priority.id)}
              >
                ${t.services(count)}
              </button>
            </li>`;
          })}
      </ul>
    `;
  }
}
