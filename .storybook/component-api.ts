import cem from '../components/custom-elements.json' with {type: 'json'};
import {apiMarkdown, declarationOf, type Manifest} from './manifest.ts';

/** The API tables of a component's docs page (component-docs.mdx), from the manifest. */
export function componentApi(component: unknown): string {
  const declaration =
    typeof component === 'string'
      ? declarationOf(cem as Manifest, component)
      : undefined;
  return declaration
    ? apiMarkdown(declaration)
    : `${String(component)} n’est pas dans custom-elements.json : lancez \`pnpm components:manifest\`.`;
}
