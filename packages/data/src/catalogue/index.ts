export type * from './types.ts';
export {validateCatalogue} from './schema.ts';
export * from './vocabulary.ts';
