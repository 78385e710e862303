import type * as CompanyListCode from '@ti-toolkit/core/company-list';

export type ListCode = typeof CompanyListCode;

let loading: Promise<ListCode> | null = null;

/**
 * The list reader and writer, with the place code they word answers with, on the first list only: the element's
 * first view (the form) stays small, as the other components' place code does. A failed download is forgotten, so
 * that the next try downloads again.
 */
export function loadListCode(): Promise<ListCode> {
  loading ??= import('@ti-toolkit/core/company-list').catch(
    (error: unknown) => {
      loading = null;
      throw error;
    }
  );
  return loading;
}
