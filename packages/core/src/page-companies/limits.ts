/**
 * The most companies one page reports: a legal notice names a handful; a page naming more (a list, a
 * directory) is not about one company, and its first twenty are what an adviser can choose among.
 */
export const MAX_PAGE_COMPANIES = 20;

/** How far back a role word still speaks of an identifier, in characters of whitespace-normalised text. */
export const ROLE_REACH = 400;
