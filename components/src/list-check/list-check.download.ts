/**
 * Saves `text` as a file through a link with the download attribute, on a Blob URL: nothing is sent anywhere and no
 * markup is built from the data. The link lives in `root` for the click only.
 */
export function downloadText(
  root: ShadowRoot | HTMLElement,
  text: string,
  fileName: string
): void {
  const url = URL.createObjectURL(
    new Blob([text], {type: 'text/csv;charset=utf-8'})
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click's task: free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The result's file name: the list's own name with a suffix, or a default for a pasted list. */
export function resultFileName(name: string | null, fallback: string): string {
  const base = (name ?? '').replace(/\.[^.]*$/, '').trim();
  return `${base || fallback}-territoires.csv`;
}
