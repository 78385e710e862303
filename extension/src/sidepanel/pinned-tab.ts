/**
 * The tab a `?tabId=<n>` address pins the panel to. Without it the panel follows the active tab of its window;
 * a panel page opened in a tab of its own (tests, or an adviser's bookmark) would otherwise follow itself.
 */
export function pinnedTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
