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
    "\n  query AgencyTree {\n    agencyRoots {\n      ...AgencySummary\n      children {\n        ...AgencySummary\n        children {\n          ...AgencySummary\n          children {\n            ...AgencySummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgencyTreeDocument,
    "\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    remarks\n  }\n": typeof types.RequirementFieldsFragmentDoc,
    "\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    requirements {\n      ...RequirementFields\n    }\n  }\n": typeof types.ItemFieldsFragmentDoc,
    "\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      currentCatalogue {\n        id\n        title\n        versionLabel\n        status\n        sourceName\n        importedAt\n        itemCount\n        requirementCount\n        items {\n          ...ItemFields\n          children {\n            ...ItemFields\n            children {\n              ...ItemFields\n            }\n          }\n        }\n        findings {\n          id\n          kind\n          severity\n          message\n          line\n          column\n          requirementId\n        }\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n  query NavAgencies {\n    agencies {\n      id\n      code\n      name\n      kind\n      currentCatalogue {\n        id\n      }\n    }\n  }\n": typeof types.NavAgenciesDocument,
};
const documents: Documents = {
    "\n  fragment AgencySummary on Agency {\n    id\n    code\n    name\n    kind\n    offices {\n      id\n    }\n    currentCatalogue {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n": types.AgencySummaryFragmentDoc,
    "\n  query AgencyTree {\n    agencyRoots {\n      ...AgencySummary\n      children {\n        ...AgencySummary\n        children {\n          ...AgencySummary\n          children {\n            ...AgencySummary\n          }\n        }\n      }\n    }\n  }\n": types.AgencyTreeDocument,
    "\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    remarks\n  }\n": types.RequirementFieldsFragmentDoc,
    "\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    requirements {\n      ...RequirementFields\n    }\n  }\n": types.ItemFieldsFragmentDoc,
    "\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      currentCatalogue {\n        id\n        title\n        versionLabel\n        status\n        sourceName\n        importedAt\n        itemCount\n        requirementCount\n        items {\n          ...ItemFields\n          children {\n            ...ItemFields\n            children {\n              ...ItemFields\n            }\n          }\n        }\n        findings {\n          id\n          kind\n          severity\n          message\n          line\n          column\n          requirementId\n        }\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n": types.CataloguePageDocument,
    "\n  query NavAgencies {\n    agencies {\n      id\n      code\n      name\n      kind\n      currentCatalogue {\n        id\n      }\n    }\n  }\n": types.NavAgenciesDocument,
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
export function graphql(source: "\n  query AgencyTree {\n    agencyRoots {\n      ...AgencySummary\n      children {\n        ...AgencySummary\n        children {\n          ...AgencySummary\n          children {\n            ...AgencySummary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyTree {\n    agencyRoots {\n      ...AgencySummary\n      children {\n        ...AgencySummary\n        children {\n          ...AgencySummary\n          children {\n            ...AgencySummary\n          }\n        }\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;