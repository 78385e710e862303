// The finder's templates, their words and their styles. Nothing but the loading line shows before the catalogue is
// there, so they load with it (service-finder.component.ts), not in the first download.
import {compactListStyles} from '../styles/compact-list.styles.ts';
import {provenanceStyles} from '../styles/provenance.styles.ts';
import {templateStyles} from './templates.styles.ts';

export {renderFilters, renderInvalid} from './filters-template.ts';
export {renderPlace} from './place-template.ts';
export {
  renderResults,
  renderReviewNotice,
  shownText,
} from './result-template.ts';
export {templateTexts} from './templates.translations.ts';

/** Adopted by the component when the templates arrive (internal/lazy-styles.ts). */
export const styles = [compactListStyles, provenanceStyles, templateStyles];
