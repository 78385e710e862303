/**
 * The page that checks a whole list of companies (`<ti-list-check>`), linked from the side panel: the extension's
 * own page (src/list-check/), which reaches the company API through the extension's host permission and needs no
 * site. An absolute path, so that it resolves inside the extension from any of its pages.
 */
export const LIST_CHECK_URL: string | null = '/src/list-check/index.html';
