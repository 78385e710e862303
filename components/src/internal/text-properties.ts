/**
 * Text properties set from JavaScript (a framework's binding, a page's script) may be null, undefined or a number
 * (`card.place = 78810`): they are read as the attribute would give them, '' or the number's digits, so that no
 * template or controller meets anything but a string. Called first in `willUpdate`, before anything reads them;
 * a change made there joins the update under way.
 */
export function readAsText<T extends object>(
  host: T,
  names: readonly (keyof T & string)[]
): void {
  for (const name of names) {
    const value: unknown = host[name];
    if (typeof value !== 'string')
      (host as Record<string, unknown>)[name] =
        value == null ? '' : String(value);
  }
}
