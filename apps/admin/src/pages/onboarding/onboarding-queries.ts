/** GraphQL documents of 批量导入目录 (typed by `pnpm run codegen` into src/gql). */
import { graphql } from '../../gql';

/** The departments the office may import into (row-level security: its government's). */
export const OnboardingDepartmentsQuery = graphql(`
  query OnboardingDepartments {
    agencies(kind: DEPARTMENT) {
      code
      name
      parent {
        code
        name
      }
    }
  }
`);

export const MatchCatalogueFileMutation = graphql(`
  mutation MatchCatalogueFile($fileName: String!, $contentBase64: String!) {
    matchCatalogueFile(fileName: $fileName, contentBase64: $contentBase64) {
      fileName
      error
      errorLine
      title
      itemCount
      rowCount
      findingCount
      warningCount
      confidence
      note
      agency {
        code
        name
        source
        reason
      }
      candidates {
        code
      }
    }
  }
`);

export const OnboardCatalogueFileMutation = graphql(`
  mutation OnboardCatalogueFile(
    $agencyCode: String!
    $fileName: String!
    $contentBase64: String!
    $versionLabel: String
    $confirmAgency: Boolean
  ) {
    onboardCatalogueFile(
      agencyCode: $agencyCode
      fileName: $fileName
      contentBase64: $contentBase64
      versionLabel: $versionLabel
      confirmAgency: $confirmAgency
    ) {
      id
      title
      versionLabel
      status
      requirementCount
    }
  }
`);
