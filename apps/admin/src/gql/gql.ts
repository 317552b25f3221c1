/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AgencySummary on Agency {\n    id\n    code\n    name\n    kind\n    offices {\n      id\n    }\n    currentCatalogue {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n": typeof types.AgencySummaryFragmentDoc,
    "\n  query AgencyList {\n    agencies {\n      ...AgencySummary\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.AgencyListDocument,
    "\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    remarks\n  }\n": typeof types.RequirementFieldsFragmentDoc,
    "\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    requirements {\n      ...RequirementFields\n    }\n  }\n": typeof types.ItemFieldsFragmentDoc,
    "\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      currentCatalogue {\n        id\n        title\n        versionLabel\n        status\n        sourceName\n        importedAt\n        itemCount\n        requirementCount\n        items {\n          ...ItemFields\n          children {\n            ...ItemFields\n            children {\n              ...ItemFields\n            }\n          }\n        }\n        findings {\n          id\n          kind\n          severity\n          message\n          line\n          column\n          requirementId\n        }\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n  query NavAgencies {\n    agencies {\n      id\n      code\n      name\n      kind\n      currentCatalogue {\n        id\n      }\n    }\n  }\n": typeof types.NavAgenciesDocument,
    "\n  fragment SessionUser on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    agency {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SessionUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment UserRow on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    createdAt\n    agency {\n      id\n      code\n      name\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query AgencyOptions {\n    agencies {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.AgencyOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {\n    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ImportCatalogue($agencyCode: String!, $text: String!, $fileName: String, $versionLabel: String) {\n    importCatalogue(agencyCode: $agencyCode, text: $text, fileName: $fileName, versionLabel: $versionLabel) {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n": typeof types.ImportCatalogueDocument,
};
const documents: Documents = {
    "\n  fragment AgencySummary on Agency {\n    id\n    code\n    name\n    kind\n    offices {\n      id\n    }\n    currentCatalogue {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n": types.AgencySummaryFragmentDoc,
    "\n  query AgencyList {\n    agencies {\n      ...AgencySummary\n      parent {\n        id\n      }\n    }\n  }\n": types.AgencyListDocument,
    "\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    remarks\n  }\n": types.RequirementFieldsFragmentDoc,
    "\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    requirements {\n      ...RequirementFields\n    }\n  }\n": types.ItemFieldsFragmentDoc,
    "\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      currentCatalogue {\n        id\n        title\n        versionLabel\n        status\n        sourceName\n        importedAt\n        itemCount\n        requirementCount\n        items {\n          ...ItemFields\n          children {\n            ...ItemFields\n            children {\n              ...ItemFields\n            }\n          }\n        }\n        findings {\n          id\n          kind\n          severity\n          message\n          line\n          column\n          requirementId\n        }\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n": types.CataloguePageDocument,
    "\n  query NavAgencies {\n    agencies {\n      id\n      code\n      name\n      kind\n      currentCatalogue {\n        id\n      }\n    }\n  }\n": types.NavAgenciesDocument,
    "\n  fragment SessionUser on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    agency {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SessionUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment UserRow on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    createdAt\n    agency {\n      id\n      code\n      name\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n": types.UsersDocument,
    "\n  query AgencyOptions {\n    agencies {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n": types.AgencyOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {\n    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ImportCatalogue($agencyCode: String!, $text: String!, $fileName: String, $versionLabel: String) {\n    importCatalogue(agencyCode: $agencyCode, text: $text, fileName: $fileName, versionLabel: $versionLabel) {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n": types.ImportCatalogueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencySummary on Agency {\n    id\n    code\n    name\n    kind\n    offices {\n      id\n    }\n    currentCatalogue {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgencySummary on Agency {\n    id\n    code\n    name\n    kind\n    offices {\n      id\n    }\n    currentCatalogue {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyList {\n    agencies {\n      ...AgencySummary\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyList {\n    agencies {\n      ...AgencySummary\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    remarks\n  }\n"): (typeof documents)["\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    remarks\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    requirements {\n      ...RequirementFields\n    }\n  }\n"): (typeof documents)["\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    requirements {\n      ...RequirementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      currentCatalogue {\n        id\n        title\n        versionLabel\n        status\n        sourceName\n        importedAt\n        itemCount\n        requirementCount\n        items {\n          ...ItemFields\n          children {\n            ...ItemFields\n            children {\n              ...ItemFields\n            }\n          }\n        }\n        findings {\n          id\n          kind\n          severity\n          message\n          line\n          column\n          requirementId\n        }\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n"): (typeof documents)["\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      currentCatalogue {\n        id\n        title\n        versionLabel\n        status\n        sourceName\n        importedAt\n        itemCount\n        requirementCount\n        items {\n          ...ItemFields\n          children {\n            ...ItemFields\n            children {\n              ...ItemFields\n            }\n          }\n        }\n        findings {\n          id\n          kind\n          severity\n          message\n          line\n          column\n          requirementId\n        }\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NavAgencies {\n    agencies {\n      id\n      code\n      name\n      kind\n      currentCatalogue {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NavAgencies {\n    agencies {\n      id\n      code\n      name\n      kind\n      currentCatalogue {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    agency {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    agency {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    createdAt\n    agency {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    createdAt\n    agency {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyOptions {\n    agencies {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyOptions {\n    agencies {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {\n    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {\n    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCatalogue($agencyCode: String!, $text: String!, $fileName: String, $versionLabel: String) {\n    importCatalogue(agencyCode: $agencyCode, text: $text, fileName: $fileName, versionLabel: $versionLabel) {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCatalogue($agencyCode: String!, $text: String!, $fileName: String, $versionLabel: String) {\n    importCatalogue(agencyCode: $agencyCode, text: $text, fileName: $fileName, versionLabel: $versionLabel) {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;