export type * from './place-answer.ts';
export {normalizeName} from './normalize-name.ts';
export {
  loadPerimeter,
  createPerimeter,
  currentCommuneCode,
  territoryForCommune,
  findTerritory,
  findGroupement,
  type Perimeter,
} from './perimeter.ts';
export {
  loadCommuneDirectory,
  createCommuneDirectory,
  directoryFromShards,
  type CommuneDirectory,
} from './commune-directory.ts';
export {
  generatedCommunes,
  shardsNeeded,
  type CommuneSource,
} from './commune-shards.ts';
export {
  loadPlaces,
  loadPlacesFor,
  placesFor,
  placesOnDemand,
  type Places,
} from './places.ts';
export {placeRegion, regionOfCommune} from './place-region.ts';
export {searchCommunes, type CommuneMatch} from './search-communes.ts';
export {
  parsePlace,
  type PlaceQuery,
  type PlaceParseFailure,
} from './parse-place.ts';
export {resolveInsee} from './resolve-commune.ts';
export {resolvePostcode} from './resolve-postcode.ts';
export {resolveGroupement} from './resolve-groupement.ts';
export {resolveName} from './resolve-name.ts';
export {
  resolvePlace,
  companyAnswer,
  type CompanyLocation,
  type CompanyLocator,
  type ResolveOptions,
} from './resolve-place.ts';
export {
  explainAnswer,
  explainCandidate,
  explainPlace,
  explainVintage,
} from './explain-answer.ts';
export {
  placeLabel,
  candidateLabel,
  candidatesByPopulation,
  communeLabel,
  type DepartmentNames,
} from './place-label.ts';
/** The toolkit's languages, defined once in @ti-toolkit/data. */
export type {Lang} from '@ti-toolkit/data/catalogue';
