import {readAsText} from '../internal/text-properties.ts';
import {checkTheme, type Theme} from '../internal/theme.ts';
import {loadCatalogue, type Verdict} from '@ti-toolkit/core/catalogue';
import type * as Engine from '@ti-toolkit/core/catalogue/eligibility';
import type {Catalogue} from '@ti-toolkit/data/catalogue';
import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {TiEligibilityChangeEvent} from '../events/eligibility-change.ts';
import {LangController} from '../i18n/lang.ts';
import {LoadController} from '../internal/load-controller.ts';
import {renderLoadState} from '../internal/load-state.ts';
import {adoptLazyStyles} from '../internal/lazy-styles.ts';
import {controlStyles} from '../styles/controls.styles.ts';
import {themeStyles} from '../styles/theme.styles.ts';
import {
  readAnswers,
  toProfile,
  type Answers,
  type Problem,
} from './funding-widget.answers.ts';
import {renderForm, type FormHandlers} from './funding-widget.form.ts';
import type * as Results from './funding-widget.results.ts';
import {fundingWidgetStyles} from './funding-widget.styles.ts';
import {
  translations,
  type FundingWidgetTexts,
} from './funding-widget.translations.ts';
import {PlaceController} from '../internal/place-controller.ts';
import {DEFAULT_REPORT_URL} from '../internal/report-url.ts';
import {toggled} from '../internal/toggled.ts';

interface Loaded extends Catalogue {
  engine: typeof Engine;
  results: typeof Results;
}

// The eligibility engine and the result templates come with the catalogue they show, not in the first download.
const loadWithEngine = async (): Promise<Loaded> => {
  const [catalogue, engine, results] = await Promise.all([
    loadCatalogue(),
    import('@ti-toolkit/core/catalogue/eligibility'),
    import('./funding-widget.results.ts'),
  ]);
  return {...catalogue, engine, results};
};

/**
 * @tag ti-funding-widget
 * @summary The funding schemes of the Territoires d'industrie programme after a short eligibility check (who you
 * are, where, what project): the schemes that fit, those to check and the others (folded), each in one line with
 * its verdict, status and an estimate where the rule allows one, and on demand why, its amounts and how to apply.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart messages - The alert listing ignored attribute values.
 * @csspart form - The form of questions.
 * @csspart fieldset - Each group of questions.
 * @csspart field - A label with its control.
 * @csspart place-button - The button that checks the place.
 * @csspart place - The resolved place's verdict (a polite live region).
 * @csspart candidates - The list of choices for an ambiguous place.
 * @csspart candidate - One choice (a button).
 * @csspart company-unreachable - What to do when a company's SIREN or SIRET could not be located (offline alternatives, retry).
 * @csspart place-retry - The button that tries again (the place tables, or the company directory).
 * @csspart results - The results: counts and groups.
 * @csspart counts - The counts per verdict (a polite live region).
 * @csspart hand-off - For a company as the place: the links to the public advisers' service (SIRET prefilled) and to its page on the public directory.
 * @csspart hand-off-link - Each of those links.
 * @csspart group - The schemes of one verdict (`data-verdict`).
 * @csspart group-title - Its title (a heading).
 * @csspart group-toggle - The button in the title that folds or unfolds the group (`aria-expanded`); the
 * not-eligible group starts folded.
 * @csspart list - Its list.
 * @csspart result - One scheme (`data-verdict`, `data-scheme`), compact until its title is pressed.
 * @csspart title - The scheme's title (a heading).
 * @csspart toggle - The button in the title that shows or hides the scheme's details (`aria-expanded`).
 * @csspart meta - The compact line: verdict, status, and the estimate or the headline amount.
 * @csspart verdict - Its verdict label.
 * @csspart status - Its status (open, running, upcoming, unconfirmed, closed).
 * @csspart estimate - The estimate for the answers (`data-confirmed`); never on a scheme ruled out.
 * @csspart headline-amount - The main amount, when there is no estimate (`data-confirmed`).
 * @csspart more - The details of a scheme, shown on demand.
 * @csspart status-note - What is not confirmed, for an unconfirmed scheme.
 * @csspart description - Its summary.
 * @csspart amounts - Its amounts.
 * @csspart reasons - The reasons for the verdict.
 * @csspart reason - One reason (`data-met`: met, notMet, toCheck).
 * @csspart facts - Operator, deadline and how to apply.
 * @csspart apply - The link to apply (https only).
 * @csspart source - The publisher and date of the entry's newest source.
 * @csspart sources - All the entry's sources, disclosed on demand.
 * @csspart report - The link to report an error in the entry.
 * @csspart review-notice - The warning shown when the catalogue's last review is over six months old.
 *
 * @cssproperty --ti-funding-widget-gap - Space between blocks and results.
 * @cssproperty --ti-funding-widget-padding - Space inside the form and each result.
 * @cssproperty --ti-funding-widget-background - Background of the form and the results.
 * @cssproperty --ti-funding-widget-border-color - Borders.
 * @cssproperty --ti-funding-widget-radius - Corner radius.
 * @cssproperty --ti-funding-widget-accent - Buttons and focus of choices.
 * @cssproperty --ti-funding-widget-eligible-color - Colour of the "eligible" verdict.
 * @cssproperty --ti-funding-widget-to-check-color - Colour of the "to be checked" verdict.
 * @cssproperty --ti-funding-widget-not-eligible-color - Colour of the "not eligible" verdict.
 * @cssproperty --ti-funding-widget-title-size - Font size of the scheme titles.
 *
 * @fires ti-eligibility-change - The user changed an answer; `detail` has the profile and each scheme's verdict; `detail.elementId` is the element's id (null without one).
 * @fires ti-place-resolve - A place (typed, chosen or set by attribute) was resolved; `detail.answer`; `detail.elementId` is the element's id (null without one).
 */
export class TiFundingWidget extends LitElement {
  // The form's styles; the results' come with their templates (funding-widget.results.ts).
  static override styles = [themeStyles, controlStyles, fundingWidgetStyles];
  static override properties = {
    folded: {state: true, attribute: false},
    expanded: {state: true, attribute: false},
    who: {},
    size: {},
    place: {},
    companyApi: {attribute: 'company-api'},
    project: {},
    hires: {},
    naf: {},
    investmentStarted: {attribute: 'investment-started'},
    reportUrl: {attribute: 'report-url'},
    source: {},
    theme: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
  };

  private readonly langController = new LangController(this);
  private readonly catalogue = new LoadController<Loaded>(this, loadWithEngine);
  // The controller fires ti-place-resolve; the verdicts change for the user only when they asked.
  private readonly placeController = new PlaceController(
    this,
    (_, byUser) => {
      if (byUser) this.notifyChange();
    },
    () => this.companyApi
  );

  private get placeInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#ti-place');
  }

  /** The folded groups: the schemes the answers rule out wait to be asked for. */
  private folded: ReadonlySet<Verdict> = new Set(['not-eligible']);
  /** The schemes whose details are open. */
  private expanded: ReadonlySet<string> = new Set();

  /** Who asks: company, local-authority, training-body, association, employer-group, young-graduate, developer. */
  who = '';
  /** The company's size: micro, sme, mid-cap or large (read when `who` is company). */
  size = '';
  /** The place: commune name, postcode, INSEE code, intercommunality or company SIREN, SIRET (`insee:`, `cp:`, `siren:`, `siret:` prefixes accepted); the field shows it as people write it once resolved. */
  place = '';
  /** Origin of the company API asked for a company's SIREN or SIRET (a mirror, a test server); `none` asks nothing. Defaults to the public API Recherche d'entreprises. */
  companyApi = '';
  /** Kinds of project, comma-separated (hiring, innovation, studies...). */
  project = '';
  /** Number of hires planned, a whole number, for per-hire estimates (read when `project` has hiring). */
  hires = '';
  /** The company's NAF (APE) code, e.g. `25.62B`: schemes reserved to industry read it. */
  naf = '';
  /** Whether the investment has started: `yes`, `no`, or empty when not known. */
  investmentStarted = '';
  /** Address of "Report an error", `{scheme}` standing for the scheme's id; https, defaults to the toolkit's report page (its English version when the component speaks English). */
  reportUrl = DEFAULT_REPORT_URL;
  /** Your site's name, for attribution: "how to apply" links then carry `utm_source=<source>&utm_medium=ti-embed` (replacing theirs); off when absent. */
  source = '';
  /** `auto` (follows the system's dark mode), `light`, `dark` or `sober`; another value falls back to `auto` with a console warning. */
  theme: Theme = 'auto';
  /** Heading level of the group titles, 2 to 6; scheme titles sit one level below. */
  headingLevel = 3;

  // Stable listeners for the form template, which lives in its own module.
  private readonly formHandlers: FormHandlers = {
    who: (e) => this.handleWho(e),
    size: (e) => this.handleSize(e),
    project: (e) => this.handleProject(e),
    hires: (e) => this.handleHires(e),
    started: (e) => this.handleStarted(e),
    submit: (e) => this.handleSubmit(e),
    placeChange: () => void this.commitPlace(this.placeInput?.value ?? ''),
    placeRetry: () => void this.placeController.retry(),
    candidate: (input) => void this.handleCandidate(input),
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAsText(this, [
      'who',
      'size',
      'place',
      'project',
      'hires',
      'naf',
      'investmentStarted',
      'reportUrl',
      'source',
      'companyApi',
      'theme',
    ]);
    if (changed.has('theme')) checkTheme(this);
    // A place the user committed is already being resolved (with `byUser`): only an attribute change starts one here.
    const place = this.place;
    if (changed.has('place') && place !== this.placeController.input)
      void this.placeController.resolve(place, false);
    const state = this.catalogue.state;
    if (state.status === 'ready')
      adoptLazyStyles(this, state.value.results.styles);
  }

  private handleWho(event: Event): void {
    this.who = (event.target as HTMLSelectElement).value;
    this.notifyChange();
  }

  private handleSize(event: Event): void {
    this.size = (event.target as HTMLSelectElement).value;
    this.notifyChange();
  }

  private handleProject(event: Event): void {
    const box = event.target as HTMLInputElement;
    const {projects} = readAnswers(this);
    const others = projects.filter((p) => p !== box.value);
    this.project = (box.checked ? [...others, box.value] : others).join(',');
    this.notifyChange();
  }

  private handleHires(event: Event): void {
    this.hires = (event.target as HTMLInputElement).value;
    this.notifyChange();
  }

  private handleStarted(event: Event): void {
    this.investmentStarted = (event.target as HTMLSelectElement).value;
    this.notifyChange();
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    void this.commitPlace(this.placeInput?.value ?? '');
  }

  private readonly handleToggleGroup = (verdict: Verdict): void => {
    this.folded = toggled(this.folded, verdict);
  };

  private readonly handleToggle = (id: string): void => {
    this.expanded = toggled(this.expanded, id);
  };

  private async handleCandidate(input: string): Promise<void> {
    await this.commitPlace(input);
    await this.updateComplete;
    // The chosen button is gone: the focus goes to the verdict, so that it is read out.
    this.renderRoot
      .querySelector<HTMLElement>('[part="place"] [tabindex]')
      ?.focus();
  }

  private async commitPlace(value: string): Promise<void> {
    // The field shows the place's label once resolved: committing it unchanged keeps the place.
    const next = this.placeController
      .submitted(value, this.langController.lang)
      .trim();
    if (next === String(this.place ?? '').trim()) return;
    this.place = next;
    // A cleared place has nothing to resolve: the verdicts change now.
    if (!next) this.notifyChange();
    await this.placeController.resolve(next, true);
  }

  private profile(answers: Answers) {
    const place = this.placeController;
    return toProfile(answers, place.current, place.region);
  }

  private notifyChange(): void {
    const state = this.catalogue.state;
    if (state.status !== 'ready') return;
    const profile = this.profile(readAnswers(this));
    const verdicts = Object.fromEntries(
      state.value.engine
        .assessCatalogue(state.value.schemes, profile)
        .map((a) => [a.scheme.id, a.verdict])
    );
    this.dispatchEvent(new TiEligibilityChangeEvent({profile, verdicts}, this));
  }

  override render() {
    const t = translations[this.langController.lang];
    const answers = readAnswers(this);
    return html`<div part="base">
      ${this.renderProblems(answers.problems, t)}
      ${renderForm({
        t,
        lang: this.langController.lang,
        answers,
        place: this.placeController.fieldValue(
          this.langController.lang,
          this.place
        ),
        hires: String(this.hires ?? ''),
        placeState: this.placeController.state,
        handlers: this.formHandlers,
      })}
      ${this.renderResults(answers, t)}
    </div>`;
  }

  private renderProblems(problems: Problem[], t: FundingWidgetTexts) {
    if (problems.length === 0) return nothing;
    return html`<div
      part="messages"
      class="ti-message"
      data-tone="error"
      role="alert"
    >
      ${problems.map((p) => html`<p>${problemText(p, t)}</p>`)}
    </div>`;
  }

  private renderResults(answers: Answers, t: FundingWidgetTexts) {
    const state = this.catalogue.state;
    if (state.status !== 'ready')
      return renderLoadState(state, t, () => void this.catalogue.retry());
    const profile = this.profile(answers);
    const assessments = state.value.engine.assessCatalogue(
      state.value.schemes,
      profile
    );
    const {results} = state.value;
    const [eligible, toCheck, notEligible] = results.VERDICTS.map(
      (v) => assessments.filter((a) => a.verdict === v).length
    );
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    const lang = this.langController.lang;
    return html`<div part="results">
      ${results.renderReviewNotice(state.value, lang)}
      <p part="counts" role="status">
        ${t.counts(eligible!, toCheck!, notEligible!)}
      </p>
      ${results.renderHandOff(this.placeController.current?.company, lang, () => this.requestUpdate())}
      ${results.renderGroups(assessments, {
        lang,
        level,
        operators: state.value.operators,
        engine: state.value.engine,
        reportUrl: String(this.reportUrl ?? ''),
        source: this.source,
        folded: this.folded,
        expanded: this.expanded,
        onToggleGroup: this.handleToggleGroup,
        onToggle: this.handleToggle,
      })}
    </div>`;
  }
}

function problemText(problem: Problem, t: FundingWidgetTexts): string {
  if (problem.field === 'project') return t.unknownProjects(problem.values);
  const say = {
    who: t.unknownWho,
    size: t.unknownSize,
    hires: t.invalidHires,
    naf: t.invalidNaf,
    investmentStarted: t.invalidStarted,
  };
  return say[problem.field](problem.value);
}
