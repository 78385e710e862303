/** Links are only ever https: anything else (javascript:, data:, http:) is shown as text, not followed. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
