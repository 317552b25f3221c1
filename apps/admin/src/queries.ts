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

/**
 * Every agency the user may see, flat, with its parent's id: the list page builds the tree itself, since a
 * department user sees only its own agency (whose parent government is then not visible).
 */
export const AgencyListQuery = graphql(`
  query AgencyList {
    agencies {
      ...AgencySummary
      parent {
        id
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

/** The signed-in user, as the header, the route guards and the permission checks need it. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    login
    displayName
    roles
    disabled
    mustChangePassword
    agency {
      id
      code
      name
      kind
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($login: String!, $password: String!) {
    login(login: $login, password: $password) {
      ...SessionUser
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    login
    displayName
    roles
    disabled
    mustChangePassword
    createdAt
    agency {
      id
      code
      name
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserRow
    }
  }
`);

/** Agencies for select boxes (user form, audit filter). */
export const AgencyOptionsQuery = graphql(`
  query AgencyOptions {
    agencies {
      id
      code
      name
      kind
      parent {
        id
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      oneTimePassword
      user {
        ...UserRow
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserRow
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      oneTimePassword
      user {
        ...UserRow
      }
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {
    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {
      total
      entries {
        id
        at
        userLogin
        operation
        objectType
        objectId
        before
        after
      }
    }
  }
`);

export const ImportCatalogueMutation = graphql(`
  mutation ImportCatalogue($agencyCode: String!, $text: String!, $fileName: String, $versionLabel: String) {
    importCatalogue(agencyCode: $agencyCode, text: $text, fileName: $fileName, versionLabel: $versionLabel) {
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
