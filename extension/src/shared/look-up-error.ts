/**
 * Why the worker could not look up what the adviser typed or selected: no SIREN or SIRET in it, or
 * storage.session refused to keep the lookup (the badge and the panel then offer to try again).
 */
export type LookUpError = 'no-identifier' | 'storage-full';
