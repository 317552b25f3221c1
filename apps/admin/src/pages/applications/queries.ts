/**
 * GraphQL documents of the 依申请公开 register pages (typed by `pnpm run codegen` into src/gql): a department's
 * register, one case with its clock, the steps and the outcome, the office's overview and statistics, the Excel
 * import, and the report's fill from the register.
 */
import { graphql } from '../../gql';

export const ReviewRecordFieldsFragment = graphql(`
  fragment ReviewRecordFields on ReviewRecordType {
    id
    caseId
    kind
    kindLabel
    role
    roleLabel
    filedOn
    result
    resultLabel
    decidedOn
    note
  }
`);

export const ApplicationCaseFieldsFragment = graphql(`
  fragment ApplicationCaseFields on ApplicationCaseType {
    id
    agencyCode
    agencyName
    reference
    receivedOn
    receiptWay
    receiptWayLabel
    applicantKind
    applicantKindLabel
    subject
    outcome
    outcomeLabel
    closedOn
    fee
    version
    updatedAt
    problems
    applicant {
      name
      contact
    }
    reviews {
      ...ReviewRecordFields
    }
    steps {
      kind
      kindLabel
      on
      days
      approver
      note
    }
    clock {
      state
      stateLabel
      dueDate
      workingDaysLeft
      waitingFor
      correctionDeadline
      correctionLapsed
      suggestedOutcome
      workingDaysUsed
      explanationText
      warnings
      explanation {
        receivedOn
        receiptDay
        startReason
        countAfter
        baseWorkingDays
        extensionDays
        extensionApprover
        extensionDecidedOn
        totalWorkingDays
        pauses {
          sentOn
          until
          workingDays
          capped
          open
        }
        holidaysSkipped
        makeUpDaysCounted
        weekendDaysSkipped
        dueDate
        dueDateWithoutExtension
        beyondCoverage
      }
    }
  }
`);

export const ApplicationRegisterQuery = graphql(`
  query ApplicationRegister($code: String!, $year: Int, $states: [String!], $limit: Int) {
    agency(code: $code) {
      id
      code
      name
      kind
    }
    applicationRegister(agencyCode: $code, year: $year, states: $states, limit: $limit) {
      asOf
      total
      counts {
        state
        label
        count
      }
      cases {
        ...ApplicationCaseFields
        reviews {
          id
        }
      }
    }
  }
`);

export const ApplicationCaseQuery = graphql(`
  query ApplicationCase($id: ID!) {
    applicationCase(id: $id) {
      ...ApplicationCaseFields
    }
  }
`);

export const CreateApplicationCaseMutation = graphql(`
  mutation CreateApplicationCase($code: String!, $input: ApplicationCaseInput!) {
    createApplicationCase(agencyCode: $code, input: $input) {
      ...ApplicationCaseFields
    }
  }
`);

export const UpdateApplicationCaseMutation = graphql(`
  mutation UpdateApplicationCase($id: ID!, $input: ApplicationCaseInput!, $expectedVersion: Int) {
    updateApplicationCase(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ApplicationCaseFields
    }
  }
`);

export const AddApplicationStepMutation = graphql(`
  mutation AddApplicationStep($id: ID!, $step: ApplicationStepInput!) {
    addApplicationStep(id: $id, step: $step) {
      ...ApplicationCaseFields
    }
  }
`);

export const RecordApplicationOutcomeMutation = graphql(`
  mutation RecordApplicationOutcome($id: ID!, $outcome: String, $repliedOn: String, $fee: String) {
    recordApplicationOutcome(id: $id, outcome: $outcome, repliedOn: $repliedOn, fee: $fee) {
      ...ApplicationCaseFields
    }
  }
`);

export const DeleteApplicationCaseMutation = graphql(`
  mutation DeleteApplicationCase($id: ID!) {
    deleteApplicationCase(id: $id)
  }
`);

export const ImportApplicationCasesMutation = graphql(`
  mutation ImportApplicationCases(
    $code: String!
    $fileName: String!
    $contentBase64: String!
    $mapping: [IntakeColumnInput!]
    $dryRun: Boolean
  ) {
    importApplicationCases(
      agencyCode: $code
      fileName: $fileName
      contentBase64: $contentBase64
      mapping: $mapping
      dryRun: $dryRun
    ) {
      dryRun
      sheetName
      header
      created
      mapping {
        field
        label
        column
      }
      rows {
        row
        ok
        caseId
        errors
      }
    }
  }
`);

export const ApplicationOverviewQuery = graphql(`
  query ApplicationOverview($code: String!) {
    agency(code: $code) {
      id
      code
      name
      kind
    }
    applicationOverview(governmentCode: $code) {
      asOf
      dueSoonWorkingDays
      departments {
        agencyCode
        agencyName
        open
        dueSoon
        overdue
      }
      overdue {
        id
        agencyCode
        agencyName
        reference
        receivedOn
        dueDate
        workingDaysOverdue
        applicantKindLabel
      }
    }
  }
`);

export const ApplicationStatisticsQuery = graphql(`
  query ApplicationStatistics($codes: [String!]!, $year: Int!) {
    applicationStatistics(agencyCodes: $codes, year: $year) {
      agencyCode
      agencyName
      year
      received
      closed
      closedWithDueDate
      closedOnTime
      closedLate
      onTimeShare
      medianWorkingDaysToReply
      extended
      overdueOpen
    }
  }
`);

export const ReportRegisterQuery = graphql(`
  query ReportRegister($code: String!, $year: Int!) {
    applicationTables(agencyCode: $code, year: $year) {
      year
      applications {
        id
        value
        caseIds
      }
      reviewLitigation {
        id
        value
        caseIds
      }
      notCounted {
        id
        reason
      }
    }
  }
`);

export const FillReportFromRegisterMutation = graphql(`
  mutation FillReportFromRegister($code: String!, $year: Int!, $expectedVersion: Int) {
    fillReportFromRegister(agencyCode: $code, year: $year, expectedVersion: $expectedVersion) {
      ...AnnualReportFields
    }
  }
`);

/** The cases a cell of table 三 counts (table 四: the cases the review records belong to). */
export const CellCasesQuery = graphql(`
  query CellCases($code: String!, $year: Int!) {
    applicationRegister(agencyCode: $code, year: $year, limit: 1000) {
      cases {
        id
        reference
        receivedOn
        applicantKindLabel
        subject
        outcomeLabel
        closedOn
        clock {
          stateLabel
        }
        reviews {
          id
          kindLabel
          resultLabel
        }
      }
    }
  }
`);

export const SaveReviewRecordMutation = graphql(`
  mutation SaveReviewRecord($code: String!, $id: ID, $input: ReviewRecordInput!) {
    saveReviewRecord(agencyCode: $code, id: $id, input: $input) {
      ...ReviewRecordFields
    }
  }
`);

export const DeleteReviewRecordMutation = graphql(`
  mutation DeleteReviewRecord($id: ID!) {
    deleteReviewRecord(id: $id)
  }
`);

export const StoredFileFieldsFragment = graphql(`
  fragment StoredFileFields on StoredFileType {
    id
    fileName
    mediaType
    typeLabel
    size
    sha256
    createdAt
    createdBy
    downloadUrl
  }
`);

export const ApplicationFilesQuery = graphql(`
  query ApplicationFiles($caseId: ID!) {
    applicationFiles(caseId: $caseId) {
      ...StoredFileFields
    }
  }
`);

export const AttachApplicationFileMutation = graphql(`
  mutation AttachApplicationFile($caseId: ID!, $fileName: String!, $contentBase64: String!) {
    attachApplicationFile(caseId: $caseId, fileName: $fileName, contentBase64: $contentBase64) {
      ...StoredFileFields
    }
  }
`);

export const DeleteApplicationFileMutation = graphql(`
  mutation DeleteApplicationFile($caseId: ID!, $fileId: ID!) {
    deleteApplicationFile(caseId: $caseId, fileId: $fileId)
  }
`);
