/**
 * How many agencies the navigation and the agency list ask for at a time (issue 14: a province never arrives whole).
 * The server caps what it answers with these; the admin asks for the defaults.
 */

/** The side menu's catalogue entries (agencyNavigation): default and largest. */
export const AGENCY_NAV_LIMIT = { default: 30, max: 200 } as const;

/** Rows of one level of the agency tree, or one page of search hits: default and largest. */
export const AGENCY_LIST_LIMIT = { default: 200, max: 500 } as const;
