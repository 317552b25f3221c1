/**
 * GraphQL documents of the agency list (typed by `pnpm run codegen` into src/gql): one level of the tree at a time,
 * server-side search and the header's counts, so the first data stays small at a province of 10,000 agencies.
 */
import { graphql } from '../../gql';

export const AgencyListRowFragment = graphql(`
  fragment AgencyListRowFields on AgencyListRow {
    id
    code
    name
    kind
    officeCount
    childCount
    catalogue {
      id
      title
      versionLabel
      status
      itemCount
      requirementCount
    }
    findings {
      total
      error
      warning
      info
    }
    path {
      code
      name
    }
  }
`);

/** The page's first request: the header's counts, the top level (with its children when few) and the standards. */
export const AgencyListFirstQuery = graphql(`
  query AgencyListFirst($expandBelow: Int) {
    agencyListSummary {
      agencies
      governments
      catalogues
      findings
      standards
    }
    agencyLevel(expandBelow: $expandBelow) {
      total
      rows {
        ...AgencyListRowFields
        children {
          ...AgencyListRowFields
        }
      }
    }
    standardAgencies {
      ...AgencyListRowFields
    }
  }
`);

/** The children of one agency, when its row is expanded. */
export const AgencyChildrenQuery = graphql(`
  query AgencyChildren($parentCode: String!) {
    agencyLevel(parentCode: $parentCode) {
      total
      rows {
        ...AgencyListRowFields
      }
    }
  }
`);

export const AgencySearchQuery = graphql(`
  query AgencySearch($text: String!, $limit: Int) {
    searchAgencies(text: $text, limit: $limit) {
      total
      rows {
        ...AgencyListRowFields
      }
    }
  }
`);
