/** Text for a terminal: control characters (escape sequences from a hostile input or API answer) shown as '?'. */
export const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');

/** Data for a terminal (a CSV file): the same, keeping tabs and line ends. */
export const printableData = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '?');
