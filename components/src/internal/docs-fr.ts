/**
 * The French version of a component's reference, kept beside its class JSDoc (which is in English): read by the
 * site's reference pages only, never imported by shipped code. Keys are the names in custom-elements.json, and a
 * site test fails when one is missing, stale, or a copy of the English.
 */
export interface FrenchComponentDocs {
  summary: string;
  attributes: Record<string, string>;
  events: Record<string, string>;
  parts: Record<string, string>;
  cssProperties: Record<string, string>;
}
