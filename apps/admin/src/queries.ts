/**
 * All GraphQL documents of the admin app. Types come from the generated src/gql (pnpm run codegen).
 */
import { graphql } from './gql';

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
    modes
    levels
    remarks
    version
    problems {
      field
      message
    }
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
    version
    requirements {
      ...RequirementFields
    }
  }
`);

/** What the version selector shows of a catalogue. */
export const CatalogueVersionFragment = graphql(`
  fragment CatalogueVersion on Catalogue {
    id
    title
    versionLabel
    status
    createdAt
    importedAt
    publishedAt
    publishedBy
    basedOn {
      id
      versionLabel
    }
  }
`);

/** The catalogue page: the agency, its offices and all versions of its catalogue (newest first). */
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
      catalogues {
        ...CatalogueVersion
      }
    }
    channelOptions {
      code
      label
      position
    }
  }
`);

/** One version of a catalogue, laid out as the printed table needs it. */
export const CatalogueDetailQuery = graphql(`
  query CatalogueDetail($id: ID!) {
    catalogue(id: $id) {
      ...CatalogueVersion
      sourceName
      itemCount
      requirementCount
      submission {
        ...CatalogueSubmissionFields
      }
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
        data
        resolution
        resolvedBy
        resolvedAt
      }
    }
  }
`);

export const CatalogueHistoryQuery = graphql(`
  query CatalogueHistory($id: ID!) {
    catalogue(id: $id) {
      id
      history {
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

export const CreateDraftMutation = graphql(`
  mutation CreateDraft($catalogueId: ID!, $versionLabel: String) {
    createDraft(catalogueId: $catalogueId, versionLabel: $versionLabel) {
      ...CatalogueVersion
    }
  }
`);

/** Deletes a draft with its items and rows (published versions are kept). */
export const DeleteDraftMutation = graphql(`
  mutation DeleteDraft($id: ID!) {
    deleteDraft(id: $id)
  }
`);

export const PublishCatalogueMutation = graphql(`
  mutation PublishCatalogue($id: ID!) {
    publishCatalogue(id: $id) {
      ...CatalogueVersion
    }
  }
`);

/** 提交审批 of a draft (issue 17): its state, the last submission and the last return with its comment. */
export const CatalogueSubmissionFieldsFragment = graphql(`
  fragment CatalogueSubmissionFields on CatalogueSubmission {
    state
    stateLabel
    submittedAt
    submittedBy
    returnedAt
    returnedBy
    returnComment
  }
`);

export const SubmitCatalogueDraftMutation = graphql(`
  mutation SubmitCatalogueDraft($id: ID!) {
    submitCatalogueDraft(id: $id) {
      id
      submission {
        ...CatalogueSubmissionFields
      }
    }
  }
`);

export const ReturnCatalogueDraftMutation = graphql(`
  mutation ReturnCatalogueDraft($id: ID!, $comment: String!) {
    returnCatalogueDraft(id: $id, comment: $comment) {
      id
      submission {
        ...CatalogueSubmissionFields
      }
    }
  }
`);

/** 待办事项 (issue 17): the signed-in user's list, and its count for the header. */
export const MyTodosQuery = graphql(`
  query MyTodos {
    myTodos {
      asOf
      total
      items {
        id
        kind
        kindLabel
        title
        detail
        agencyCode
        agencyName
        link
        dueDate
        daysLeft
        urgent
        at
      }
    }
  }
`);

export const MyTodoCountQuery = graphql(`
  query MyTodoCount {
    myTodos {
      total
    }
    myNotices(first: 0) {
      unread
    }
  }
`);

/** 催报 notices of the user's agency (issue 17): the 待办事项 page's 通知 section. */
export const MyNoticesQuery = graphql(`
  query MyNotices {
    myNotices(first: 50) {
      unread
      total
      items {
        id
        kindLabel
        year
        title
        message
        agencyName
        senderName
        createdAt
        read
        link
      }
    }
  }
`);

export const MarkNoticeReadMutation = graphql(`
  mutation MarkNoticeRead($id: ID!) {
    markNoticeRead(id: $id) {
      id
      read
    }
  }
`);

/** 催报 from the report dashboard (issue 17). */
export const SendReportRemindersMutation = graphql(`
  mutation SendReportReminders($code: String!, $year: Int!, $agencyCodes: [String!], $message: String) {
    sendReportReminders(governmentCode: $code, year: $year, agencyCodes: $agencyCodes, message: $message) {
      count
      mailConfigured
      notices {
        id
        agencyCode
        mailState
      }
    }
  }
`);

export const ReportRemindersQuery = graphql(`
  query ReportReminders($code: String!, $year: Int!) {
    reportReminders(governmentCode: $code, year: $year) {
      agencyCode
      count
      lastAt
      lastMailState
      lastMailStateLabel
      lastMailError
      lastReadBy
    }
  }
`);

export const UpdateRequirementMutation = graphql(`
  mutation UpdateRequirement($id: ID!, $expectedVersion: Int!, $input: RequirementInput!, $base: RequirementInput) {
    updateRequirement(id: $id, expectedVersion: $expectedVersion, input: $input, base: $base) {
      ...RequirementFields
    }
  }
`);

export const AddRequirementMutation = graphql(`
  mutation AddRequirement($itemId: ID!) {
    addRequirement(itemId: $itemId) {
      ...RequirementFields
    }
  }
`);

export const DeleteRequirementMutation = graphql(`
  mutation DeleteRequirement($id: ID!) {
    deleteRequirement(id: $id)
  }
`);

export const AddItemMutation = graphql(`
  mutation AddItem($catalogueId: ID!, $name: String!, $parentId: ID, $position: Int) {
    addItem(catalogueId: $catalogueId, name: $name, parentId: $parentId, position: $position) {
      id
      name
      level
      position
      version
    }
  }
`);

export const RenameItemMutation = graphql(`
  mutation RenameItem($id: ID!, $expectedVersion: Int!, $name: String!) {
    renameItem(id: $id, expectedVersion: $expectedVersion, name: $name) {
      id
      name
      version
    }
  }
`);

export const MoveItemMutation = graphql(`
  mutation MoveItem($id: ID!, $position: Int!, $parentId: ID) {
    moveItem(id: $id, position: $position, parentId: $parentId) {
      id
      level
      position
      version
    }
  }
`);

export const DeleteItemMutation = graphql(`
  mutation DeleteItem($id: ID!) {
    deleteItem(id: $id)
  }
`);

/** Two versions compared field by field, with what the version selects of the diff page need. */
export const CatalogueDiffQuery = graphql(`
  query CatalogueDiff($fromId: ID!, $toId: ID!) {
    from: catalogue(id: $fromId) {
      ...CatalogueVersion
      agency {
        id
        code
        name
        catalogues {
          ...CatalogueVersion
        }
      }
    }
    to: catalogue(id: $toId) {
      ...CatalogueVersion
      agency {
        id
        code
        name
      }
    }
    catalogueDiff(fromId: $fromId, toId: $toId) {
      summary {
        added
        removed
        moved
        renamed
        changedRows
        unchangedItems
      }
      changes {
        kind
        level
        beforePath
        afterPath
        rows {
          kind
          index
          fields {
            field
            label
            before
            after
            added
            removed
          }
          before
          after
        }
      }
    }
  }
`);

export const OfficeRowFragment = graphql(`
  fragment OfficeRow on Office {
    id
    name
    aliases
    usage
  }
`);

export const OfficesPageQuery = graphql(`
  query OfficesPage($code: String!) {
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
        ...OfficeRow
      }
    }
  }
`);

export const AddOfficeMutation = graphql(`
  mutation AddOffice($agencyCode: String!, $name: String!) {
    addOffice(agencyCode: $agencyCode, name: $name) {
      ...OfficeRow
    }
  }
`);

export const RenameOfficeMutation = graphql(`
  mutation RenameOffice($id: ID!, $name: String!) {
    renameOffice(id: $id, name: $name) {
      ...OfficeRow
    }
  }
`);

/** Deletes an office no row uses (the server refuses a used one, naming the rows). */
export const DeleteOfficeMutation = graphql(`
  mutation DeleteOffice($id: ID!) {
    deleteOffice(id: $id)
  }
`);

export const MergeOfficesMutation = graphql(`
  mutation MergeOffices($sourceId: ID!, $targetId: ID!) {
    mergeOffices(sourceId: $sourceId, targetId: $targetId) {
      ...OfficeRow
    }
  }
`);

/** The working-day calendar: how far the holiday data reaches, and the years entered by an administrator. */
export const CalendarQuery = graphql(`
  query Calendar {
    calendarCoverage {
      packageCoveredUntil
      coveredUntil
      overrideYears
    }
    holidayYears {
      year
      holidays
      workdays
      updatedBy
    }
  }
`);

export const SetHolidayYearMutation = graphql(`
  mutation SetHolidayYear($year: Int!, $holidays: [String!]!, $workdays: [String!]!) {
    setHolidayYear(year: $year, holidays: $holidays, workdays: $workdays) {
      year
      holidays
      workdays
      updatedBy
    }
  }
`);

/**
 * The side menu's catalogue entries: at most `limit` agencies with a catalogue (own agency, governments, departments)
 * and how many there are in all, the standard catalogues, and the government the office's pages open.
 */
export const AgencyNavigationQuery = graphql(`
  query AgencyNavigation($limit: Int) {
    agencyNavigation(limit: $limit) {
      catalogueTotal
      firstGovernmentCode
      catalogues {
        id
        code
        name
        kind
      }
      standards {
        id
        code
        name
        kind
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
    email
    roles
    disabled
    mustChangePassword
    createdAt
    lockedUntil
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

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($id: ID!) {
    unlockAccount(id: $id) {
      ...UserRow
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog(
    $agencyCode: String
    $user: String
    $operation: String
    $from: String
    $to: String
    $limit: Int!
    $offset: Int!
  ) {
    auditLog(
      agencyCode: $agencyCode
      user: $user
      operation: $operation
      from: $from
      to: $to
      limit: $limit
      offset: $offset
    ) {
      total
      entries {
        id
        at
        userLogin
        userName
        agencyName
        operation
        operationLabel
        objectType
        objectTypeLabel
        objectId
        objectName
        before
        after
      }
    }
  }
`);

export const AuditLogCsvQuery = graphql(`
  query AuditLogCsv($agencyCode: String, $user: String, $operation: String, $from: String, $to: String) {
    auditLogCsv(agencyCode: $agencyCode, user: $user, operation: $operation, from: $from, to: $to)
  }
`);

export const ImportCatalogueFileMutation = graphql(`
  mutation ImportCatalogueFile(
    $agencyCode: String!
    $fileName: String!
    $contentBase64: String!
    $versionLabel: String
    $confirmAgency: Boolean
    $columns: [ColumnMappingInput!]
  ) {
    importCatalogueFile(
      agencyCode: $agencyCode
      fileName: $fileName
      contentBase64: $contentBase64
      versionLabel: $versionLabel
      confirmAgency: $confirmAgency
      columns: $columns
    ) {
      ...CatalogueVersion
      itemCount
      requirementCount
      findings {
        id
        severity
      }
    }
  }
`);

/** 导入目录's preview: the file read into a grid on the server (nothing written) and the remembered column mapping. */
export const PreviewCatalogueFileMutation = graphql(`
  mutation PreviewCatalogueFile($agencyCode: String!, $fileName: String!, $contentBase64: String!) {
    previewCatalogueFile(agencyCode: $agencyCode, fileName: $fileName, contentBase64: $contentBase64) {
      fileName
      kind
      grid
      layoutKey
      rememberedColumns {
        column
        choice
        tickLabel
      }
      rememberedAt
      rememberedBy
      catalogue
      note
    }
  }
`);

// --------------------------------------------------------------------------------------- annual reports

/** Everything the report page shows of a report. */
export const AnnualReportFieldsFragment = graphql(`
  fragment AnnualReportFields on AnnualReport {
    id
    year
    format
    status
    overview
    problems
    other
    version
    submittedAt
    approvedAt
    publishedAt
    demo
    aggregated
    importedAsPrinted
    importFileName
    importFindings {
      level
      code
      message
      cell
    }
    cells {
      id
      value
    }
    computedTotals {
      id
      value
    }
    ruleResults {
      rule
      severity
      message
      cells
    }
    transitions {
      id
      fromStatus
      toStatus
      at
      userLogin
      comment
      cellComments
    }
    yearOnYear {
      id
      current
      previous
      change
    }
  }
`);

export const ReportPageQuery = graphql(`
  query ReportPage($code: String!, $year: Int!, $lastYear: Int!) {
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
    }
    annualReport(agencyCode: $code, year: $year) {
      ...AnnualReportFields
    }
    previous: annualReport(agencyCode: $code, year: $lastYear) {
      id
      year
      format
      status
      overview
      problems
      other
      cells {
        id
        value
      }
    }
  }
`);

export const SaveAnnualReportMutation = graphql(`
  mutation SaveAnnualReport($code: String!, $year: Int!, $input: ReportInput!, $expectedVersion: Int) {
    saveAnnualReport(agencyCode: $code, year: $year, input: $input, expectedVersion: $expectedVersion) {
      ...AnnualReportFields
    }
  }
`);

export const SubmitAnnualReportMutation = graphql(`
  mutation SubmitAnnualReport($id: ID!) {
    submitAnnualReport(id: $id) {
      ...AnnualReportFields
    }
  }
`);

export const ReturnAnnualReportMutation = graphql(`
  mutation ReturnAnnualReport($id: ID!, $comment: String, $cellComments: JSON) {
    returnAnnualReport(id: $id, comment: $comment, cellComments: $cellComments) {
      ...AnnualReportFields
    }
  }
`);

export const ApproveAnnualReportMutation = graphql(`
  mutation ApproveAnnualReport($id: ID!) {
    approveAnnualReport(id: $id) {
      ...AnnualReportFields
    }
  }
`);

export const ApproveAnnualReportsMutation = graphql(`
  mutation ApproveAnnualReports($ids: [ID!]!) {
    approveAnnualReports(ids: $ids) {
      id
      status
    }
  }
`);

export const ReturnAnnualReportsMutation = graphql(`
  mutation ReturnAnnualReports($ids: [ID!]!, $comment: String!) {
    returnAnnualReports(ids: $ids, comment: $comment) {
      id
      status
    }
  }
`);

export const PublishAnnualReportsMutation = graphql(`
  mutation PublishAnnualReports($ids: [ID!]!) {
    publishAnnualReports(ids: $ids) {
      id
      status
      publishedAt
    }
  }
`);

export const ImportAnnualReportMutation = graphql(`
  mutation ImportAnnualReport($code: String!, $json: JSON!) {
    importAnnualReport(agencyCode: $code, json: $json) {
      id
      year
      status
    }
  }
`);

export const ImportPublishedReportMutation = graphql(`
  mutation ImportPublishedReport(
    $code: String!
    $fileName: String!
    $content: String!
    $dryRun: Boolean
    $confirmReplace: Boolean
    $confirmAgency: Boolean
  ) {
    importPublishedReport(
      agencyCode: $code
      fileName: $fileName
      contentBase64: $content
      dryRun: $dryRun
      confirmReplace: $confirmReplace
      confirmAgency: $confirmAgency
    ) {
      fileName
      year
      format
      title
      cellsRead
      cellsTotal
      replaced
      findings {
        level
        code
        message
        cell
      }
      ruleResults {
        rule
        severity
        message
      }
      report {
        id
        year
        status
      }
    }
  }
`);

export const ReportDashboardQuery = graphql(`
  query ReportDashboard($code: String!, $year: Int!) {
    agency(code: $code) {
      id
      code
      name
      kind
    }
    reportDashboard(governmentCode: $code, year: $year) {
      year
      departmentDue
      governmentDue
      government {
        agency {
          id
          code
          name
        }
        report {
          id
          status
          submittedAt
          approvedAt
          publishedAt
          importedAsPrinted
        }
        status
        deadline
        daysLate
        late
        errors
        warnings
      }
      departments {
        agency {
          id
          code
          name
        }
        report {
          id
          status
          submittedAt
          approvedAt
          publishedAt
          format
          importedAsPrinted
          cells {
            id
            value
          }
        }
        status
        deadline
        daysLate
        late
        errors
        warnings
      }
    }
    governmentReport: annualReport(agencyCode: $code, year: $year) {
      id
      status
      submittedAt
      approvedAt
      publishedAt
    }
  }
`);

export const SetReportDeadlinesMutation = graphql(`
  mutation SetReportDeadlines($code: String!, $year: Int!, $departmentDue: String!, $governmentDue: String!) {
    setReportDeadlines(
      governmentCode: $code
      year: $year
      departmentDue: $departmentDue
      governmentDue: $governmentDue
    ) {
      year
      departmentDue
      governmentDue
    }
  }
`);

export const ReportAggregateQuery = graphql(`
  query ReportAggregate($code: String!, $year: Int!, $statuses: [String!]) {
    reportAggregate(governmentCode: $code, year: $year, statuses: $statuses) {
      year
      format
      statuses
      cells {
        id
        value
      }
      included {
        id
        code
        name
      }
      missing {
        agency {
          id
          code
          name
        }
        status
      }
      ruleResults {
        rule
        severity
        message
        cells
      }
    }
  }
`);

export const StartGovernmentReportMutation = graphql(`
  mutation StartGovernmentReport($code: String!, $year: Int!, $statuses: [String!]) {
    startGovernmentReport(governmentCode: $code, year: $year, statuses: $statuses) {
      id
      year
      status
    }
  }
`);

export const ResolveOfficeAliasFindingMutation = graphql(`
  mutation ResolveOfficeAliasFinding($id: ID!, $action: String!) {
    resolveOfficeAliasFinding(id: $id, action: $action) {
      id
      resolution
      resolvedBy
      resolvedAt
      data
    }
  }
`);

// ------------------------------------------------------------------------------- comparing catalogues

/** The matrix page's choices: the government with its standard catalogues (and their versions), and the governments. */
export const CoverageSetupQuery = graphql(`
  query CoverageSetup($code: String!) {
    agency(code: $code) {
      id
      code
      name
      kind
      children {
        id
        code
        name
        kind
        catalogues {
          id
          title
          versionLabel
          status
          createdAt
          publishedAt
        }
      }
    }
    agencies {
      id
      code
      name
      kind
    }
  }
`);

export const CoverageMatrixQuery = graphql(`
  query CoverageMatrix($templateId: ID!, $governmentCode: String) {
    coverageMatrix(templateId: $templateId, governmentCode: $governmentCode) {
      template {
        id
        title
        versionLabel
        status
        agency {
          id
          code
          name
        }
      }
      columns {
        path
        mandatory
        timeLimit
        channels
      }
      rows {
        agency {
          id
          code
          name
        }
        catalogueId
        versionLabel
        score
        covered
        weaker
        missing
        mandatoryMissing
        cells {
          status
          reasons
          matchedPath
          score
          method
        }
        findings {
          kind
          message
          path
        }
      }
    }
  }
`);

export const ComparedItemFieldsFragment = graphql(`
  fragment ComparedItemFields on ComparedItem {
    path
    rowCount
    content
    timeLimit
    channels
    audiences
    offices
  }
`);

/** A side of the comparison: the catalogue version and its agency. */
export const ComparedCatalogueFragment = graphql(`
  fragment ComparedCatalogue on Catalogue {
    ...CatalogueVersion
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
  }
`);

export const CompareCataloguesQuery = graphql(`
  query CompareCatalogues($leftId: ID!, $rightId: ID!) {
    left: catalogue(id: $leftId) {
      ...ComparedCatalogue
    }
    right: catalogue(id: $rightId) {
      ...ComparedCatalogue
    }
    compareCatalogues(leftId: $leftId, rightId: $rightId) {
      pairs {
        left {
          ...ComparedItemFields
        }
        right {
          ...ComparedItemFields
        }
        score
        method
        differences {
          field
          message
          detail
        }
      }
      onlyLeft {
        ...ComparedItemFields
      }
      onlyRight {
        ...ComparedItemFields
      }
    }
  }
`);

export const ItemMatchDecisionFieldsFragment = graphql(`
  fragment ItemMatchDecisionFields on ItemMatchDecision {
    id
    leftPath
    rightPath
    decision
    decidedBy
    decidedAt
  }
`);

export const ItemMatchDecisionsQuery = graphql(`
  query ItemMatchDecisions($leftId: ID!, $rightId: ID!) {
    itemMatchDecisions(leftId: $leftId, rightId: $rightId) {
      ...ItemMatchDecisionFields
    }
  }
`);

export const SetItemMatchMutation = graphql(`
  mutation SetItemMatch(
    $leftCatalogueId: ID!
    $leftPath: [String!]!
    $rightCatalogueId: ID!
    $rightPath: [String!]!
    $decision: MatchDecision!
  ) {
    setItemMatch(
      leftCatalogueId: $leftCatalogueId
      leftPath: $leftPath
      rightCatalogueId: $rightCatalogueId
      rightPath: $rightPath
      decision: $decision
    ) {
      ...ItemMatchDecisionFields
    }
  }
`);

export const ClearItemMatchMutation = graphql(`
  mutation ClearItemMatch($id: ID!) {
    clearItemMatch(id: $id) {
      ...ItemMatchDecisionFields
    }
  }
`);

/** The compliance check of a catalogue against a standard (the comparison page, when the left side is a standard). */
export const CatalogueComplianceQuery = graphql(`
  query CatalogueCompliance($catalogueId: ID!, $templateId: ID) {
    catalogueCompliance(catalogueId: $catalogueId, templateId: $templateId) {
      coverageScore
      findings {
        kind
        message
        path
      }
    }
  }
`);

/** Every catalogue the user may see, for choosing the other side of a comparison. */
export const CataloguePickerQuery = graphql(`
  query CataloguePicker {
    agencies {
      id
      code
      name
      kind
      catalogues {
        id
        title
        versionLabel
        status
        createdAt
        publishedAt
      }
    }
  }
`);
