// Every element, registered; import one component's module instead to load only that one.
export {TiPriorityCards} from './priority-cards/priority-cards.ts';
export {TiServiceFinder} from './service-finder/service-finder.ts';
export {TiFundingWidget} from './funding-widget/funding-widget.ts';
export {TiTerritoryCard} from './territory-card/territory-card.ts';
export {TiTerritoryMap} from './territory-map/territory-map.ts';
export {TiListCheck} from './list-check/list-check.ts';
export {TiPrioritySelectEvent} from './events/priority-select.ts';
export {TiFiltersChangeEvent} from './events/filters-change.ts';
export {TiPlaceResolveEvent} from './events/place-resolve.ts';
export {TiEligibilityChangeEvent} from './events/eligibility-change.ts';
export {TiTerritorySelectEvent} from './events/territory-select.ts';
export {TiListProgressEvent} from './events/list-progress.ts';
export {TiListDoneEvent} from './events/list-done.ts';
