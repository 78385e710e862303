/**
 * French typography for the command line's texts: a no-break space (U+00A0) before : ; ? ! and inside « »,
 * so that the punctuation never starts a line. The source keeps plain spaces, which read better and pass the
 * linter's irregular-whitespace rule.
 */
export const frenchSpacing = (text: string): string =>
  text.replace(/ (?=[:;?!»])/g, '\u00a0').replace(/« /g, '«\u00a0');

/**
 * A tagged template that applies `frenchSpacing` to the written parts only: a value the user typed is shown as
 * it was typed.
 */
export function french(
  strings: TemplateStringsArray,
  ...values: readonly unknown[]
): string {
  return strings.reduce(
    (text, part, i) =>
      text + frenchSpacing(part) + (i < values.length ? String(values[i]) : ''),
    ''
  );
}
