/**
 * The largest list read at once. A portfolio is hundreds of companies; 20,000 rows at the company API's 5 requests
 * a second is already more than an hour. 5 million characters (about 5 MB of identifiers) holds far more than
 * 20,000 rows of a few columns, so a larger text is not a company list.
 */
export const LIST_LIMITS = {maxRows: 20_000, maxChars: 5_000_000} as const;
