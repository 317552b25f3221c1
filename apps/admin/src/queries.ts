/**
 * All GraphQL documents of the admin app. Types come from the generated src/gql (pnpm run codegen).
 */
import { graphql } from './gql';

export const AgencySummaryFragment = graphql(`
  fragment AgencySummary on Agency {
    id
    code
    name
    kind
    offices {
      id
    }
    currentCatalogue {
      id
      title
      versionLabel
      status
      itemCount
      requirementCount
      findings {
        id
        severity
      }
    }
  }
`);

/** Top-level governments and their departments / subordinate governments, four levels deep. */
export const AgencyTreeQuery = graphql(`
  query AgencyTree {
    agencyRoots {
      ...AgencySummary
      children {
        ...AgencySummary
        children {
          ...AgencySummary
          children {
            ...AgencySummary
          }
        }
      }
    }
  }
`);

export const RequirementFieldsFragment = graphql(`
  fragment RequirementFields on Requirement {
    id
    position
    sourceLine
    contentIntro
    contentElements
    timeLimit {
      raw
      kind
      description
      longTerm
      statutoryDefault
    }
    publishingOrgans
    channels
    extraChannels
    audiences
    offices {
      id
      name
    }
    legalBasis
    remarks
  }
`);

export const ItemFieldsFragment = graphql(`
  fragment ItemFields on CatalogueItem {
    id
    name
    level
    serial
    position
    sourceLine
    requirements {
      ...RequirementFields
    }
  }
`);

export const CataloguePageQuery = graphql(`
  query CataloguePage($code: String!) {
    agency(code: $code) {
      id
      code
      name
      kind
      parent {
        id
        code
        name
      }
      offices {
        id
        name
        aliases
      }
      currentCatalogue {
        id
        title
        versionLabel
        status
        sourceName
        importedAt
        itemCount
        requirementCount
        items {
          ...ItemFields
          children {
            ...ItemFields
            children {
              ...ItemFields
            }
          }
        }
        findings {
          id
          kind
          severity
          message
          line
          column
          requirementId
        }
      }
    }
    channelOptions {
      code
      label
      position
    }
  }
`);

/** Agencies for the navigation: every agency that has a catalogue gets a menu entry. */
export const NavAgenciesQuery = graphql(`
  query NavAgencies {
    agencies {
      id
      code
      name
      kind
      currentCatalogue {
        id
      }
    }
  }
`);
