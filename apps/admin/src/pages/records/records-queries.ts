/**
 * GraphQL documents of the 主动公开 records pages (typed by `pnpm run codegen` into src/gql): a department's records of
 * a year with its checks, the office's view, a record's entry, 解读 links, import, and table 二 from records.
 */
import { graphql } from '../../gql';

export const PublicationRecordFieldsFragment = graphql(`
  fragment PublicationRecordFields on PublicationRecord {
    id
    itemPath
    rowPosition
    requirementId
    catalogueVersionLabel
    attachedTo
    status
    title
    documentNumber
    formedDate
    publishedDate
    channels
    channelLabels
    url
    attachment
    documentKind
    validity
    abolishedDate
    period
    timeLimitRaw
    dueDate
    state
    stateLabel
    lateWorkingDays
    explanation
    interpretationIds
    policyIds
    version
  }
`);

export const RecordFiguresFragment = graphql(`
  fragment RecordFiguresFields on RecordFigures {
    records
    judged
    onTime
    late
    overdue
    onTimeRate
    onTimeRateText
    missingPeriods
    itemsWithNothingPublished
    policiesWithoutInterpretation
  }
`);

export const RecordChecksFragment = graphql(`
  fragment RecordChecks on OfficeRecordDepartment {
    missingPeriods {
      itemPath
      rowPosition
      timeLimitRaw
      period
      label
      dueDate
      overdue
      explanation
    }
    itemsWithNothingPublished {
      itemPath
      timeLimits
    }
    policiesWithoutInterpretation {
      state
      dueDate
      lateWorkingDays
      explanation
      policy {
        id
        title
        documentNumber
        publishedDate
        itemPath
      }
    }
  }
`);

export const AgencyRecordsQuery = graphql(`
  query AgencyRecords($code: String!, $year: Int!) {
    agencyRecords(agencyCode: $code, year: $year) {
      agency {
        id
        code
        name
        kind
        parent {
          id
          code
          name
        }
      }
      year
      catalogueVersionLabel
      figures {
        ...RecordFiguresFields
      }
      records {
        ...PublicationRecordFields
      }
      missingPeriods {
        itemPath
        rowPosition
        timeLimitRaw
        period
        label
        dueDate
        overdue
        explanation
      }
      itemsWithNothingPublished {
        itemPath
        timeLimits
      }
      policiesWithoutInterpretation {
        state
        dueDate
        lateWorkingDays
        explanation
        policy {
          id
          title
          documentNumber
          publishedDate
          itemPath
        }
      }
    }
  }
`);

/** The rows a record can be filed under: the agency's newest published catalogue, items three levels deep. */
export const RecordCatalogueQuery = graphql(`
  query RecordCatalogue($code: String!) {
    agency(code: $code) {
      id
      catalogues {
        id
        status
        versionLabel
      }
    }
  }
`);

export const RecordCatalogueItemsQuery = graphql(`
  query RecordCatalogueItems($id: ID!) {
    catalogue(id: $id) {
      id
      versionLabel
      items {
        ...RecordItemFields
        children {
          ...RecordItemFields
          children {
            ...RecordItemFields
          }
        }
      }
    }
  }
`);

export const RecordItemFieldsFragment = graphql(`
  fragment RecordItemFields on CatalogueItem {
    id
    name
    level
    requirements {
      id
      position
      contentIntro
      timeLimit {
        raw
      }
    }
  }
`);

export const CreatePublicationRecordMutation = graphql(`
  mutation CreatePublicationRecord($requirementId: ID!, $input: PublicationRecordInput!) {
    createPublicationRecord(requirementId: $requirementId, input: $input) {
      ...PublicationRecordFields
    }
  }
`);

export const UpdatePublicationRecordMutation = graphql(`
  mutation UpdatePublicationRecord($id: ID!, $input: PublicationRecordInput!, $expectedVersion: Int) {
    updatePublicationRecord(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...PublicationRecordFields
    }
  }
`);

export const DeletePublicationRecordMutation = graphql(`
  mutation DeletePublicationRecord($id: ID!) {
    deletePublicationRecord(id: $id)
  }
`);

export const LinkInterpretationMutation = graphql(`
  mutation LinkInterpretation($policyId: ID!, $interpretationId: ID!) {
    linkInterpretation(policyId: $policyId, interpretationId: $interpretationId) {
      id
      interpretationIds
    }
  }
`);

export const UnlinkInterpretationMutation = graphql(`
  mutation UnlinkInterpretation($policyId: ID!, $interpretationId: ID!) {
    unlinkInterpretation(policyId: $policyId, interpretationId: $interpretationId) {
      id
      interpretationIds
    }
  }
`);

export const ImportPublicationRecordsMutation = graphql(`
  mutation ImportPublicationRecords(
    $code: String!
    $fileName: String!
    $contentBase64: String!
    $mapping: JSON
    $status: String
    $dryRun: Boolean
    $skipInvalid: Boolean
  ) {
    importPublicationRecords(
      agencyCode: $code
      fileName: $fileName
      contentBase64: $contentBase64
      mapping: $mapping
      status: $status
      dryRun: $dryRun
      skipInvalid: $skipInvalid
    ) {
      created
      rows
      mapping
      errors {
        row
        field
        message
      }
      unmatched {
        row
        title
        column
        date
        url
      }
      records {
        id
        title
        itemPath
        publishedDate
      }
    }
  }
`);

/** A record's attachments (stored files; download at GET /files/<id>). */
export const RecordFilesQuery = graphql(`
  query RecordFiles($recordId: ID!) {
    recordFiles(recordId: $recordId) {
      id
      fileName
      typeLabel
      size
      createdAt
      downloadUrl
    }
  }
`);

export const AttachRecordFileMutation = graphql(`
  mutation AttachRecordFile($recordId: ID!, $fileName: String!, $contentBase64: String!) {
    attachRecordFile(recordId: $recordId, fileName: $fileName, contentBase64: $contentBase64) {
      id
      fileName
    }
  }
`);

export const DeleteRecordFileMutation = graphql(`
  mutation DeleteRecordFile($recordId: ID!, $fileId: ID!) {
    deleteRecordFile(recordId: $recordId, fileId: $fileId)
  }
`);
