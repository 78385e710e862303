/** Part of a text node's data, `[from, to)`: where a span of the page's text was read from. */
export interface TextSlice {
  node: Text;
  from: number;
  to: number;
}
