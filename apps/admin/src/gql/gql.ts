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
    "\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    modes\n    levels\n    remarks\n    version\n    problems {\n      field\n      message\n    }\n  }\n": typeof types.RequirementFieldsFragmentDoc,
    "\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    version\n    requirements {\n      ...RequirementFields\n    }\n  }\n": typeof types.ItemFieldsFragmentDoc,
    "\n  fragment CatalogueVersion on Catalogue {\n    id\n    title\n    versionLabel\n    status\n    createdAt\n    importedAt\n    publishedAt\n    publishedBy\n    basedOn {\n      id\n      versionLabel\n    }\n  }\n": typeof types.CatalogueVersionFragmentDoc,
    "\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      catalogues {\n        ...CatalogueVersion\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n  query CatalogueDetail($id: ID!) {\n    catalogue(id: $id) {\n      ...CatalogueVersion\n      sourceName\n      itemCount\n      requirementCount\n      items {\n        ...ItemFields\n        children {\n          ...ItemFields\n          children {\n            ...ItemFields\n          }\n        }\n      }\n      findings {\n        id\n        kind\n        severity\n        message\n        line\n        column\n        requirementId\n        data\n        resolution\n        resolvedBy\n        resolvedAt\n      }\n    }\n  }\n": typeof types.CatalogueDetailDocument,
    "\n  query CatalogueHistory($id: ID!) {\n    catalogue(id: $id) {\n      id\n      history {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n": typeof types.CatalogueHistoryDocument,
    "\n  mutation CreateDraft($catalogueId: ID!, $versionLabel: String) {\n    createDraft(catalogueId: $catalogueId, versionLabel: $versionLabel) {\n      ...CatalogueVersion\n    }\n  }\n": typeof types.CreateDraftDocument,
    "\n  mutation DeleteDraft($id: ID!) {\n    deleteDraft(id: $id)\n  }\n": typeof types.DeleteDraftDocument,
    "\n  mutation PublishCatalogue($id: ID!) {\n    publishCatalogue(id: $id) {\n      ...CatalogueVersion\n    }\n  }\n": typeof types.PublishCatalogueDocument,
    "\n  mutation UpdateRequirement($id: ID!, $expectedVersion: Int!, $input: RequirementInput!, $base: RequirementInput) {\n    updateRequirement(id: $id, expectedVersion: $expectedVersion, input: $input, base: $base) {\n      ...RequirementFields\n    }\n  }\n": typeof types.UpdateRequirementDocument,
    "\n  mutation AddRequirement($itemId: ID!) {\n    addRequirement(itemId: $itemId) {\n      ...RequirementFields\n    }\n  }\n": typeof types.AddRequirementDocument,
    "\n  mutation DeleteRequirement($id: ID!) {\n    deleteRequirement(id: $id)\n  }\n": typeof types.DeleteRequirementDocument,
    "\n  mutation AddItem($catalogueId: ID!, $name: String!, $parentId: ID, $position: Int) {\n    addItem(catalogueId: $catalogueId, name: $name, parentId: $parentId, position: $position) {\n      id\n      name\n      level\n      position\n      version\n    }\n  }\n": typeof types.AddItemDocument,
    "\n  mutation RenameItem($id: ID!, $expectedVersion: Int!, $name: String!) {\n    renameItem(id: $id, expectedVersion: $expectedVersion, name: $name) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RenameItemDocument,
    "\n  mutation MoveItem($id: ID!, $position: Int!, $parentId: ID) {\n    moveItem(id: $id, position: $position, parentId: $parentId) {\n      id\n      level\n      position\n      version\n    }\n  }\n": typeof types.MoveItemDocument,
    "\n  mutation DeleteItem($id: ID!) {\n    deleteItem(id: $id)\n  }\n": typeof types.DeleteItemDocument,
    "\n  query CatalogueDiff($fromId: ID!, $toId: ID!) {\n    from: catalogue(id: $fromId) {\n      ...CatalogueVersion\n      agency {\n        id\n        code\n        name\n        catalogues {\n          ...CatalogueVersion\n        }\n      }\n    }\n    to: catalogue(id: $toId) {\n      ...CatalogueVersion\n      agency {\n        id\n        code\n        name\n      }\n    }\n    catalogueDiff(fromId: $fromId, toId: $toId) {\n      summary {\n        added\n        removed\n        moved\n        renamed\n        changedRows\n        unchangedItems\n      }\n      changes {\n        kind\n        level\n        beforePath\n        afterPath\n        rows {\n          kind\n          index\n          fields {\n            field\n            label\n            before\n            after\n            added\n            removed\n          }\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.CatalogueDiffDocument,
    "\n  fragment OfficeRow on Office {\n    id\n    name\n    aliases\n    usage\n  }\n": typeof types.OfficeRowFragmentDoc,
    "\n  query OfficesPage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        ...OfficeRow\n      }\n    }\n  }\n": typeof types.OfficesPageDocument,
    "\n  mutation AddOffice($agencyCode: String!, $name: String!) {\n    addOffice(agencyCode: $agencyCode, name: $name) {\n      ...OfficeRow\n    }\n  }\n": typeof types.AddOfficeDocument,
    "\n  mutation RenameOffice($id: ID!, $name: String!) {\n    renameOffice(id: $id, name: $name) {\n      ...OfficeRow\n    }\n  }\n": typeof types.RenameOfficeDocument,
    "\n  mutation DeleteOffice($id: ID!) {\n    deleteOffice(id: $id)\n  }\n": typeof types.DeleteOfficeDocument,
    "\n  mutation MergeOffices($sourceId: ID!, $targetId: ID!) {\n    mergeOffices(sourceId: $sourceId, targetId: $targetId) {\n      ...OfficeRow\n    }\n  }\n": typeof types.MergeOfficesDocument,
    "\n  query Calendar {\n    calendarCoverage {\n      packageCoveredUntil\n      coveredUntil\n      overrideYears\n    }\n    holidayYears {\n      year\n      holidays\n      workdays\n      updatedBy\n    }\n  }\n": typeof types.CalendarDocument,
    "\n  mutation SetHolidayYear($year: Int!, $holidays: [String!]!, $workdays: [String!]!) {\n    setHolidayYear(year: $year, holidays: $holidays, workdays: $workdays) {\n      year\n      holidays\n      workdays\n      updatedBy\n    }\n  }\n": typeof types.SetHolidayYearDocument,
    "\n  query NavAgencies {\n    agencies {\n      id\n      code\n      name\n      kind\n      currentCatalogue {\n        id\n      }\n    }\n  }\n": typeof types.NavAgenciesDocument,
    "\n  fragment SessionUser on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    agency {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SessionUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment UserRow on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    createdAt\n    lockedUntil\n    agency {\n      id\n      code\n      name\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query AgencyOptions {\n    agencies {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.AgencyOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      ...UserRow\n    }\n  }\n": typeof types.UnlockAccountDocument,
    "\n  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {\n    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ImportCatalogueFile($agencyCode: String!, $fileName: String!, $contentBase64: String!, $versionLabel: String, $confirmAgency: Boolean) {\n    importCatalogueFile(agencyCode: $agencyCode, fileName: $fileName, contentBase64: $contentBase64, versionLabel: $versionLabel, confirmAgency: $confirmAgency) {\n      ...CatalogueVersion\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n": typeof types.ImportCatalogueFileDocument,
    "\n  fragment AnnualReportFields on AnnualReport {\n    id\n    year\n    format\n    status\n    overview\n    problems\n    other\n    version\n    submittedAt\n    approvedAt\n    publishedAt\n    demo\n    aggregated\n    cells {\n      id\n      value\n    }\n    computedTotals {\n      id\n      value\n    }\n    ruleResults {\n      rule\n      severity\n      message\n      cells\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      at\n      userLogin\n      comment\n      cellComments\n    }\n    yearOnYear {\n      id\n      current\n      previous\n      change\n    }\n  }\n": typeof types.AnnualReportFieldsFragmentDoc,
    "\n  query ReportPage($code: String!, $year: Int!, $lastYear: Int!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n    }\n    annualReport(agencyCode: $code, year: $year) {\n      ...AnnualReportFields\n    }\n    previous: annualReport(agencyCode: $code, year: $lastYear) {\n      id\n      year\n      format\n      status\n      overview\n      problems\n      other\n      cells {\n        id\n        value\n      }\n    }\n  }\n": typeof types.ReportPageDocument,
    "\n  mutation SaveAnnualReport($code: String!, $year: Int!, $input: ReportInput!, $expectedVersion: Int) {\n    saveAnnualReport(agencyCode: $code, year: $year, input: $input, expectedVersion: $expectedVersion) {\n      ...AnnualReportFields\n    }\n  }\n": typeof types.SaveAnnualReportDocument,
    "\n  mutation SubmitAnnualReport($id: ID!) {\n    submitAnnualReport(id: $id) {\n      ...AnnualReportFields\n    }\n  }\n": typeof types.SubmitAnnualReportDocument,
    "\n  mutation ReturnAnnualReport($id: ID!, $comment: String, $cellComments: JSON) {\n    returnAnnualReport(id: $id, comment: $comment, cellComments: $cellComments) {\n      ...AnnualReportFields\n    }\n  }\n": typeof types.ReturnAnnualReportDocument,
    "\n  mutation ApproveAnnualReport($id: ID!) {\n    approveAnnualReport(id: $id) {\n      ...AnnualReportFields\n    }\n  }\n": typeof types.ApproveAnnualReportDocument,
    "\n  mutation PublishAnnualReports($ids: [ID!]!) {\n    publishAnnualReports(ids: $ids) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishAnnualReportsDocument,
    "\n  mutation ImportAnnualReport($code: String!, $json: JSON!) {\n    importAnnualReport(agencyCode: $code, json: $json) {\n      id\n      year\n      status\n    }\n  }\n": typeof types.ImportAnnualReportDocument,
    "\n  query ReportDashboard($code: String!, $year: Int!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n    reportDashboard(governmentCode: $code, year: $year) {\n      year\n      departmentDue\n      governmentDue\n      departments {\n        agency {\n          id\n          code\n          name\n        }\n        report {\n          id\n          status\n          submittedAt\n          approvedAt\n          publishedAt\n          format\n          cells {\n            id\n            value\n          }\n        }\n        status\n        deadline\n        daysLate\n        late\n        errors\n        warnings\n      }\n    }\n    governmentReport: annualReport(agencyCode: $code, year: $year) {\n      id\n      status\n      submittedAt\n      approvedAt\n      publishedAt\n    }\n  }\n": typeof types.ReportDashboardDocument,
    "\n  mutation SetReportDeadlines($code: String!, $year: Int!, $departmentDue: String!, $governmentDue: String!) {\n    setReportDeadlines(governmentCode: $code, year: $year, departmentDue: $departmentDue, governmentDue: $governmentDue) {\n      year\n      departmentDue\n      governmentDue\n    }\n  }\n": typeof types.SetReportDeadlinesDocument,
    "\n  query ReportAggregate($code: String!, $year: Int!, $statuses: [String!]) {\n    reportAggregate(governmentCode: $code, year: $year, statuses: $statuses) {\n      year\n      format\n      statuses\n      cells {\n        id\n        value\n      }\n      included {\n        id\n        code\n        name\n      }\n      missing {\n        agency {\n          id\n          code\n          name\n        }\n        status\n      }\n      ruleResults {\n        rule\n        severity\n        message\n        cells\n      }\n    }\n  }\n": typeof types.ReportAggregateDocument,
    "\n  mutation StartGovernmentReport($code: String!, $year: Int!, $statuses: [String!]) {\n    startGovernmentReport(governmentCode: $code, year: $year, statuses: $statuses) {\n      id\n      year\n      status\n    }\n  }\n": typeof types.StartGovernmentReportDocument,
    "\n  mutation ResolveOfficeAliasFinding($id: ID!, $action: String!) {\n    resolveOfficeAliasFinding(id: $id, action: $action) {\n      id\n      resolution\n      resolvedBy\n      resolvedAt\n      data\n    }\n  }\n": typeof types.ResolveOfficeAliasFindingDocument,
    "\n  query CoverageSetup($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      children {\n        id\n        code\n        name\n        kind\n        catalogues {\n          id\n          title\n          versionLabel\n          status\n          createdAt\n          publishedAt\n        }\n      }\n    }\n    agencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.CoverageSetupDocument,
    "\n  query CoverageMatrix($templateId: ID!, $governmentCode: String) {\n    coverageMatrix(templateId: $templateId, governmentCode: $governmentCode) {\n      template {\n        id\n        title\n        versionLabel\n        status\n        agency {\n          id\n          code\n          name\n        }\n      }\n      columns {\n        path\n        mandatory\n        timeLimit\n        channels\n      }\n      rows {\n        agency {\n          id\n          code\n          name\n        }\n        catalogueId\n        versionLabel\n        score\n        covered\n        weaker\n        missing\n        mandatoryMissing\n        cells {\n          status\n          reasons\n          matchedPath\n          score\n          method\n        }\n        findings {\n          kind\n          message\n          path\n        }\n      }\n    }\n  }\n": typeof types.CoverageMatrixDocument,
    "\n  fragment ComparedItemFields on ComparedItem {\n    path\n    rowCount\n    content\n    timeLimit\n    channels\n    audiences\n    offices\n  }\n": typeof types.ComparedItemFieldsFragmentDoc,
    "\n  fragment ComparedCatalogue on Catalogue {\n    ...CatalogueVersion\n    agency {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.ComparedCatalogueFragmentDoc,
    "\n  query CompareCatalogues($leftId: ID!, $rightId: ID!) {\n    left: catalogue(id: $leftId) {\n      ...ComparedCatalogue\n    }\n    right: catalogue(id: $rightId) {\n      ...ComparedCatalogue\n    }\n    compareCatalogues(leftId: $leftId, rightId: $rightId) {\n      pairs {\n        left {\n          ...ComparedItemFields\n        }\n        right {\n          ...ComparedItemFields\n        }\n        score\n        method\n        differences {\n          field\n          message\n          detail\n        }\n      }\n      onlyLeft {\n        ...ComparedItemFields\n      }\n      onlyRight {\n        ...ComparedItemFields\n      }\n    }\n  }\n": typeof types.CompareCataloguesDocument,
    "\n  fragment ItemMatchDecisionFields on ItemMatchDecision {\n    id\n    leftPath\n    rightPath\n    decision\n    decidedBy\n    decidedAt\n  }\n": typeof types.ItemMatchDecisionFieldsFragmentDoc,
    "\n  query ItemMatchDecisions($leftId: ID!, $rightId: ID!) {\n    itemMatchDecisions(leftId: $leftId, rightId: $rightId) {\n      ...ItemMatchDecisionFields\n    }\n  }\n": typeof types.ItemMatchDecisionsDocument,
    "\n  mutation SetItemMatch($leftCatalogueId: ID!, $leftPath: [String!]!, $rightCatalogueId: ID!, $rightPath: [String!]!, $decision: MatchDecision!) {\n    setItemMatch(leftCatalogueId: $leftCatalogueId, leftPath: $leftPath, rightCatalogueId: $rightCatalogueId, rightPath: $rightPath, decision: $decision) {\n      ...ItemMatchDecisionFields\n    }\n  }\n": typeof types.SetItemMatchDocument,
    "\n  mutation ClearItemMatch($id: ID!) {\n    clearItemMatch(id: $id) {\n      ...ItemMatchDecisionFields\n    }\n  }\n": typeof types.ClearItemMatchDocument,
    "\n  query CatalogueCompliance($catalogueId: ID!, $templateId: ID) {\n    catalogueCompliance(catalogueId: $catalogueId, templateId: $templateId) {\n      coverageScore\n      findings {\n        kind\n        message\n        path\n      }\n    }\n  }\n": typeof types.CatalogueComplianceDocument,
    "\n  query CataloguePicker {\n    agencies {\n      id\n      code\n      name\n      kind\n      catalogues {\n        id\n        title\n        versionLabel\n        status\n        createdAt\n        publishedAt\n      }\n    }\n  }\n": typeof types.CataloguePickerDocument,
};
const documents: Documents = {
    "\n  fragment AgencySummary on Agency {\n    id\n    code\n    name\n    kind\n    offices {\n      id\n    }\n    currentCatalogue {\n      id\n      title\n      versionLabel\n      status\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n": types.AgencySummaryFragmentDoc,
    "\n  query AgencyList {\n    agencies {\n      ...AgencySummary\n      parent {\n        id\n      }\n    }\n  }\n": types.AgencyListDocument,
    "\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    modes\n    levels\n    remarks\n    version\n    problems {\n      field\n      message\n    }\n  }\n": types.RequirementFieldsFragmentDoc,
    "\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    version\n    requirements {\n      ...RequirementFields\n    }\n  }\n": types.ItemFieldsFragmentDoc,
    "\n  fragment CatalogueVersion on Catalogue {\n    id\n    title\n    versionLabel\n    status\n    createdAt\n    importedAt\n    publishedAt\n    publishedBy\n    basedOn {\n      id\n      versionLabel\n    }\n  }\n": types.CatalogueVersionFragmentDoc,
    "\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      catalogues {\n        ...CatalogueVersion\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n": types.CataloguePageDocument,
    "\n  query CatalogueDetail($id: ID!) {\n    catalogue(id: $id) {\n      ...CatalogueVersion\n      sourceName\n      itemCount\n      requirementCount\n      items {\n        ...ItemFields\n        children {\n          ...ItemFields\n          children {\n            ...ItemFields\n          }\n        }\n      }\n      findings {\n        id\n        kind\n        severity\n        message\n        line\n        column\n        requirementId\n        data\n        resolution\n        resolvedBy\n        resolvedAt\n      }\n    }\n  }\n": types.CatalogueDetailDocument,
    "\n  query CatalogueHistory($id: ID!) {\n    catalogue(id: $id) {\n      id\n      history {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n": types.CatalogueHistoryDocument,
    "\n  mutation CreateDraft($catalogueId: ID!, $versionLabel: String) {\n    createDraft(catalogueId: $catalogueId, versionLabel: $versionLabel) {\n      ...CatalogueVersion\n    }\n  }\n": types.CreateDraftDocument,
    "\n  mutation DeleteDraft($id: ID!) {\n    deleteDraft(id: $id)\n  }\n": types.DeleteDraftDocument,
    "\n  mutation PublishCatalogue($id: ID!) {\n    publishCatalogue(id: $id) {\n      ...CatalogueVersion\n    }\n  }\n": types.PublishCatalogueDocument,
    "\n  mutation UpdateRequirement($id: ID!, $expectedVersion: Int!, $input: RequirementInput!, $base: RequirementInput) {\n    updateRequirement(id: $id, expectedVersion: $expectedVersion, input: $input, base: $base) {\n      ...RequirementFields\n    }\n  }\n": types.UpdateRequirementDocument,
    "\n  mutation AddRequirement($itemId: ID!) {\n    addRequirement(itemId: $itemId) {\n      ...RequirementFields\n    }\n  }\n": types.AddRequirementDocument,
    "\n  mutation DeleteRequirement($id: ID!) {\n    deleteRequirement(id: $id)\n  }\n": types.DeleteRequirementDocument,
    "\n  mutation AddItem($catalogueId: ID!, $name: String!, $parentId: ID, $position: Int) {\n    addItem(catalogueId: $catalogueId, name: $name, parentId: $parentId, position: $position) {\n      id\n      name\n      level\n      position\n      version\n    }\n  }\n": types.AddItemDocument,
    "\n  mutation RenameItem($id: ID!, $expectedVersion: Int!, $name: String!) {\n    renameItem(id: $id, expectedVersion: $expectedVersion, name: $name) {\n      id\n      name\n      version\n    }\n  }\n": types.RenameItemDocument,
    "\n  mutation MoveItem($id: ID!, $position: Int!, $parentId: ID) {\n    moveItem(id: $id, position: $position, parentId: $parentId) {\n      id\n      level\n      position\n      version\n    }\n  }\n": types.MoveItemDocument,
    "\n  mutation DeleteItem($id: ID!) {\n    deleteItem(id: $id)\n  }\n": types.DeleteItemDocument,
    "\n  query CatalogueDiff($fromId: ID!, $toId: ID!) {\n    from: catalogue(id: $fromId) {\n      ...CatalogueVersion\n      agency {\n        id\n        code\n        name\n        catalogues {\n          ...CatalogueVersion\n        }\n      }\n    }\n    to: catalogue(id: $toId) {\n      ...CatalogueVersion\n      agency {\n        id\n        code\n        name\n      }\n    }\n    catalogueDiff(fromId: $fromId, toId: $toId) {\n      summary {\n        added\n        removed\n        moved\n        renamed\n        changedRows\n        unchangedItems\n      }\n      changes {\n        kind\n        level\n        beforePath\n        afterPath\n        rows {\n          kind\n          index\n          fields {\n            field\n            label\n            before\n            after\n            added\n            removed\n          }\n          before\n          after\n        }\n      }\n    }\n  }\n": types.CatalogueDiffDocument,
    "\n  fragment OfficeRow on Office {\n    id\n    name\n    aliases\n    usage\n  }\n": types.OfficeRowFragmentDoc,
    "\n  query OfficesPage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        ...OfficeRow\n      }\n    }\n  }\n": types.OfficesPageDocument,
    "\n  mutation AddOffice($agencyCode: String!, $name: String!) {\n    addOffice(agencyCode: $agencyCode, name: $name) {\n      ...OfficeRow\n    }\n  }\n": types.AddOfficeDocument,
    "\n  mutation RenameOffice($id: ID!, $name: String!) {\n    renameOffice(id: $id, name: $name) {\n      ...OfficeRow\n    }\n  }\n": types.RenameOfficeDocument,
    "\n  mutation DeleteOffice($id: ID!) {\n    deleteOffice(id: $id)\n  }\n": types.DeleteOfficeDocument,
    "\n  mutation MergeOffices($sourceId: ID!, $targetId: ID!) {\n    mergeOffices(sourceId: $sourceId, targetId: $targetId) {\n      ...OfficeRow\n    }\n  }\n": types.MergeOfficesDocument,
    "\n  query Calendar {\n    calendarCoverage {\n      packageCoveredUntil\n      coveredUntil\n      overrideYears\n    }\n    holidayYears {\n      year\n      holidays\n      workdays\n      updatedBy\n    }\n  }\n": types.CalendarDocument,
    "\n  mutation SetHolidayYear($year: Int!, $holidays: [String!]!, $workdays: [String!]!) {\n    setHolidayYear(year: $year, holidays: $holidays, workdays: $workdays) {\n      year\n      holidays\n      workdays\n      updatedBy\n    }\n  }\n": types.SetHolidayYearDocument,
    "\n  query NavAgencies {\n    agencies {\n      id\n      code\n      name\n      kind\n      currentCatalogue {\n        id\n      }\n    }\n  }\n": types.NavAgenciesDocument,
    "\n  fragment SessionUser on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    agency {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      ...SessionUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment UserRow on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    createdAt\n    lockedUntil\n    agency {\n      id\n      code\n      name\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRow\n    }\n  }\n": types.UsersDocument,
    "\n  query AgencyOptions {\n    agencies {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n": types.AgencyOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      ...UserRow\n    }\n  }\n": types.UnlockAccountDocument,
    "\n  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {\n    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ImportCatalogueFile($agencyCode: String!, $fileName: String!, $contentBase64: String!, $versionLabel: String, $confirmAgency: Boolean) {\n    importCatalogueFile(agencyCode: $agencyCode, fileName: $fileName, contentBase64: $contentBase64, versionLabel: $versionLabel, confirmAgency: $confirmAgency) {\n      ...CatalogueVersion\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n": types.ImportCatalogueFileDocument,
    "\n  fragment AnnualReportFields on AnnualReport {\n    id\n    year\n    format\n    status\n    overview\n    problems\n    other\n    version\n    submittedAt\n    approvedAt\n    publishedAt\n    demo\n    aggregated\n    cells {\n      id\n      value\n    }\n    computedTotals {\n      id\n      value\n    }\n    ruleResults {\n      rule\n      severity\n      message\n      cells\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      at\n      userLogin\n      comment\n      cellComments\n    }\n    yearOnYear {\n      id\n      current\n      previous\n      change\n    }\n  }\n": types.AnnualReportFieldsFragmentDoc,
    "\n  query ReportPage($code: String!, $year: Int!, $lastYear: Int!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n    }\n    annualReport(agencyCode: $code, year: $year) {\n      ...AnnualReportFields\n    }\n    previous: annualReport(agencyCode: $code, year: $lastYear) {\n      id\n      year\n      format\n      status\n      overview\n      problems\n      other\n      cells {\n        id\n        value\n      }\n    }\n  }\n": types.ReportPageDocument,
    "\n  mutation SaveAnnualReport($code: String!, $year: Int!, $input: ReportInput!, $expectedVersion: Int) {\n    saveAnnualReport(agencyCode: $code, year: $year, input: $input, expectedVersion: $expectedVersion) {\n      ...AnnualReportFields\n    }\n  }\n": types.SaveAnnualReportDocument,
    "\n  mutation SubmitAnnualReport($id: ID!) {\n    submitAnnualReport(id: $id) {\n      ...AnnualReportFields\n    }\n  }\n": types.SubmitAnnualReportDocument,
    "\n  mutation ReturnAnnualReport($id: ID!, $comment: String, $cellComments: JSON) {\n    returnAnnualReport(id: $id, comment: $comment, cellComments: $cellComments) {\n      ...AnnualReportFields\n    }\n  }\n": types.ReturnAnnualReportDocument,
    "\n  mutation ApproveAnnualReport($id: ID!) {\n    approveAnnualReport(id: $id) {\n      ...AnnualReportFields\n    }\n  }\n": types.ApproveAnnualReportDocument,
    "\n  mutation PublishAnnualReports($ids: [ID!]!) {\n    publishAnnualReports(ids: $ids) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishAnnualReportsDocument,
    "\n  mutation ImportAnnualReport($code: String!, $json: JSON!) {\n    importAnnualReport(agencyCode: $code, json: $json) {\n      id\n      year\n      status\n    }\n  }\n": types.ImportAnnualReportDocument,
    "\n  query ReportDashboard($code: String!, $year: Int!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n    reportDashboard(governmentCode: $code, year: $year) {\n      year\n      departmentDue\n      governmentDue\n      departments {\n        agency {\n          id\n          code\n          name\n        }\n        report {\n          id\n          status\n          submittedAt\n          approvedAt\n          publishedAt\n          format\n          cells {\n            id\n            value\n          }\n        }\n        status\n        deadline\n        daysLate\n        late\n        errors\n        warnings\n      }\n    }\n    governmentReport: annualReport(agencyCode: $code, year: $year) {\n      id\n      status\n      submittedAt\n      approvedAt\n      publishedAt\n    }\n  }\n": types.ReportDashboardDocument,
    "\n  mutation SetReportDeadlines($code: String!, $year: Int!, $departmentDue: String!, $governmentDue: String!) {\n    setReportDeadlines(governmentCode: $code, year: $year, departmentDue: $departmentDue, governmentDue: $governmentDue) {\n      year\n      departmentDue\n      governmentDue\n    }\n  }\n": types.SetReportDeadlinesDocument,
    "\n  query ReportAggregate($code: String!, $year: Int!, $statuses: [String!]) {\n    reportAggregate(governmentCode: $code, year: $year, statuses: $statuses) {\n      year\n      format\n      statuses\n      cells {\n        id\n        value\n      }\n      included {\n        id\n        code\n        name\n      }\n      missing {\n        agency {\n          id\n          code\n          name\n        }\n        status\n      }\n      ruleResults {\n        rule\n        severity\n        message\n        cells\n      }\n    }\n  }\n": types.ReportAggregateDocument,
    "\n  mutation StartGovernmentReport($code: String!, $year: Int!, $statuses: [String!]) {\n    startGovernmentReport(governmentCode: $code, year: $year, statuses: $statuses) {\n      id\n      year\n      status\n    }\n  }\n": types.StartGovernmentReportDocument,
    "\n  mutation ResolveOfficeAliasFinding($id: ID!, $action: String!) {\n    resolveOfficeAliasFinding(id: $id, action: $action) {\n      id\n      resolution\n      resolvedBy\n      resolvedAt\n      data\n    }\n  }\n": types.ResolveOfficeAliasFindingDocument,
    "\n  query CoverageSetup($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      children {\n        id\n        code\n        name\n        kind\n        catalogues {\n          id\n          title\n          versionLabel\n          status\n          createdAt\n          publishedAt\n        }\n      }\n    }\n    agencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.CoverageSetupDocument,
    "\n  query CoverageMatrix($templateId: ID!, $governmentCode: String) {\n    coverageMatrix(templateId: $templateId, governmentCode: $governmentCode) {\n      template {\n        id\n        title\n        versionLabel\n        status\n        agency {\n          id\n          code\n          name\n        }\n      }\n      columns {\n        path\n        mandatory\n        timeLimit\n        channels\n      }\n      rows {\n        agency {\n          id\n          code\n          name\n        }\n        catalogueId\n        versionLabel\n        score\n        covered\n        weaker\n        missing\n        mandatoryMissing\n        cells {\n          status\n          reasons\n          matchedPath\n          score\n          method\n        }\n        findings {\n          kind\n          message\n          path\n        }\n      }\n    }\n  }\n": types.CoverageMatrixDocument,
    "\n  fragment ComparedItemFields on ComparedItem {\n    path\n    rowCount\n    content\n    timeLimit\n    channels\n    audiences\n    offices\n  }\n": types.ComparedItemFieldsFragmentDoc,
    "\n  fragment ComparedCatalogue on Catalogue {\n    ...CatalogueVersion\n    agency {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ComparedCatalogueFragmentDoc,
    "\n  query CompareCatalogues($leftId: ID!, $rightId: ID!) {\n    left: catalogue(id: $leftId) {\n      ...ComparedCatalogue\n    }\n    right: catalogue(id: $rightId) {\n      ...ComparedCatalogue\n    }\n    compareCatalogues(leftId: $leftId, rightId: $rightId) {\n      pairs {\n        left {\n          ...ComparedItemFields\n        }\n        right {\n          ...ComparedItemFields\n        }\n        score\n        method\n        differences {\n          field\n          message\n          detail\n        }\n      }\n      onlyLeft {\n        ...ComparedItemFields\n      }\n      onlyRight {\n        ...ComparedItemFields\n      }\n    }\n  }\n": types.CompareCataloguesDocument,
    "\n  fragment ItemMatchDecisionFields on ItemMatchDecision {\n    id\n    leftPath\n    rightPath\n    decision\n    decidedBy\n    decidedAt\n  }\n": types.ItemMatchDecisionFieldsFragmentDoc,
    "\n  query ItemMatchDecisions($leftId: ID!, $rightId: ID!) {\n    itemMatchDecisions(leftId: $leftId, rightId: $rightId) {\n      ...ItemMatchDecisionFields\n    }\n  }\n": types.ItemMatchDecisionsDocument,
    "\n  mutation SetItemMatch($leftCatalogueId: ID!, $leftPath: [String!]!, $rightCatalogueId: ID!, $rightPath: [String!]!, $decision: MatchDecision!) {\n    setItemMatch(leftCatalogueId: $leftCatalogueId, leftPath: $leftPath, rightCatalogueId: $rightCatalogueId, rightPath: $rightPath, decision: $decision) {\n      ...ItemMatchDecisionFields\n    }\n  }\n": types.SetItemMatchDocument,
    "\n  mutation ClearItemMatch($id: ID!) {\n    clearItemMatch(id: $id) {\n      ...ItemMatchDecisionFields\n    }\n  }\n": types.ClearItemMatchDocument,
    "\n  query CatalogueCompliance($catalogueId: ID!, $templateId: ID) {\n    catalogueCompliance(catalogueId: $catalogueId, templateId: $templateId) {\n      coverageScore\n      findings {\n        kind\n        message\n        path\n      }\n    }\n  }\n": types.CatalogueComplianceDocument,
    "\n  query CataloguePicker {\n    agencies {\n      id\n      code\n      name\n      kind\n      catalogues {\n        id\n        title\n        versionLabel\n        status\n        createdAt\n        publishedAt\n      }\n    }\n  }\n": types.CataloguePickerDocument,
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
export function graphql(source: "\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    modes\n    levels\n    remarks\n    version\n    problems {\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment RequirementFields on Requirement {\n    id\n    position\n    sourceLine\n    contentIntro\n    contentElements\n    timeLimit {\n      raw\n      kind\n      description\n      longTerm\n      statutoryDefault\n    }\n    publishingOrgans\n    channels\n    extraChannels\n    audiences\n    offices {\n      id\n      name\n    }\n    legalBasis\n    modes\n    levels\n    remarks\n    version\n    problems {\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    version\n    requirements {\n      ...RequirementFields\n    }\n  }\n"): (typeof documents)["\n  fragment ItemFields on CatalogueItem {\n    id\n    name\n    level\n    serial\n    position\n    sourceLine\n    version\n    requirements {\n      ...RequirementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueVersion on Catalogue {\n    id\n    title\n    versionLabel\n    status\n    createdAt\n    importedAt\n    publishedAt\n    publishedBy\n    basedOn {\n      id\n      versionLabel\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogueVersion on Catalogue {\n    id\n    title\n    versionLabel\n    status\n    createdAt\n    importedAt\n    publishedAt\n    publishedBy\n    basedOn {\n      id\n      versionLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      catalogues {\n        ...CatalogueVersion\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n"): (typeof documents)["\n  query CataloguePage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        name\n        aliases\n      }\n      catalogues {\n        ...CatalogueVersion\n      }\n    }\n    channelOptions {\n      code\n      label\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueDetail($id: ID!) {\n    catalogue(id: $id) {\n      ...CatalogueVersion\n      sourceName\n      itemCount\n      requirementCount\n      items {\n        ...ItemFields\n        children {\n          ...ItemFields\n          children {\n            ...ItemFields\n          }\n        }\n      }\n      findings {\n        id\n        kind\n        severity\n        message\n        line\n        column\n        requirementId\n        data\n        resolution\n        resolvedBy\n        resolvedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueDetail($id: ID!) {\n    catalogue(id: $id) {\n      ...CatalogueVersion\n      sourceName\n      itemCount\n      requirementCount\n      items {\n        ...ItemFields\n        children {\n          ...ItemFields\n          children {\n            ...ItemFields\n          }\n        }\n      }\n      findings {\n        id\n        kind\n        severity\n        message\n        line\n        column\n        requirementId\n        data\n        resolution\n        resolvedBy\n        resolvedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueHistory($id: ID!) {\n    catalogue(id: $id) {\n      id\n      history {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueHistory($id: ID!) {\n    catalogue(id: $id) {\n      id\n      history {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraft($catalogueId: ID!, $versionLabel: String) {\n    createDraft(catalogueId: $catalogueId, versionLabel: $versionLabel) {\n      ...CatalogueVersion\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDraft($catalogueId: ID!, $versionLabel: String) {\n    createDraft(catalogueId: $catalogueId, versionLabel: $versionLabel) {\n      ...CatalogueVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDraft($id: ID!) {\n    deleteDraft(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDraft($id: ID!) {\n    deleteDraft(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCatalogue($id: ID!) {\n    publishCatalogue(id: $id) {\n      ...CatalogueVersion\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCatalogue($id: ID!) {\n    publishCatalogue(id: $id) {\n      ...CatalogueVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequirement($id: ID!, $expectedVersion: Int!, $input: RequirementInput!, $base: RequirementInput) {\n    updateRequirement(id: $id, expectedVersion: $expectedVersion, input: $input, base: $base) {\n      ...RequirementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRequirement($id: ID!, $expectedVersion: Int!, $input: RequirementInput!, $base: RequirementInput) {\n    updateRequirement(id: $id, expectedVersion: $expectedVersion, input: $input, base: $base) {\n      ...RequirementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRequirement($itemId: ID!) {\n    addRequirement(itemId: $itemId) {\n      ...RequirementFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddRequirement($itemId: ID!) {\n    addRequirement(itemId: $itemId) {\n      ...RequirementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRequirement($id: ID!) {\n    deleteRequirement(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRequirement($id: ID!) {\n    deleteRequirement(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddItem($catalogueId: ID!, $name: String!, $parentId: ID, $position: Int) {\n    addItem(catalogueId: $catalogueId, name: $name, parentId: $parentId, position: $position) {\n      id\n      name\n      level\n      position\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddItem($catalogueId: ID!, $name: String!, $parentId: ID, $position: Int) {\n    addItem(catalogueId: $catalogueId, name: $name, parentId: $parentId, position: $position) {\n      id\n      name\n      level\n      position\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameItem($id: ID!, $expectedVersion: Int!, $name: String!) {\n    renameItem(id: $id, expectedVersion: $expectedVersion, name: $name) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RenameItem($id: ID!, $expectedVersion: Int!, $name: String!) {\n    renameItem(id: $id, expectedVersion: $expectedVersion, name: $name) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveItem($id: ID!, $position: Int!, $parentId: ID) {\n    moveItem(id: $id, position: $position, parentId: $parentId) {\n      id\n      level\n      position\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveItem($id: ID!, $position: Int!, $parentId: ID) {\n    moveItem(id: $id, position: $position, parentId: $parentId) {\n      id\n      level\n      position\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteItem($id: ID!) {\n    deleteItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteItem($id: ID!) {\n    deleteItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueDiff($fromId: ID!, $toId: ID!) {\n    from: catalogue(id: $fromId) {\n      ...CatalogueVersion\n      agency {\n        id\n        code\n        name\n        catalogues {\n          ...CatalogueVersion\n        }\n      }\n    }\n    to: catalogue(id: $toId) {\n      ...CatalogueVersion\n      agency {\n        id\n        code\n        name\n      }\n    }\n    catalogueDiff(fromId: $fromId, toId: $toId) {\n      summary {\n        added\n        removed\n        moved\n        renamed\n        changedRows\n        unchangedItems\n      }\n      changes {\n        kind\n        level\n        beforePath\n        afterPath\n        rows {\n          kind\n          index\n          fields {\n            field\n            label\n            before\n            after\n            added\n            removed\n          }\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueDiff($fromId: ID!, $toId: ID!) {\n    from: catalogue(id: $fromId) {\n      ...CatalogueVersion\n      agency {\n        id\n        code\n        name\n        catalogues {\n          ...CatalogueVersion\n        }\n      }\n    }\n    to: catalogue(id: $toId) {\n      ...CatalogueVersion\n      agency {\n        id\n        code\n        name\n      }\n    }\n    catalogueDiff(fromId: $fromId, toId: $toId) {\n      summary {\n        added\n        removed\n        moved\n        renamed\n        changedRows\n        unchangedItems\n      }\n      changes {\n        kind\n        level\n        beforePath\n        afterPath\n        rows {\n          kind\n          index\n          fields {\n            field\n            label\n            before\n            after\n            added\n            removed\n          }\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeRow on Office {\n    id\n    name\n    aliases\n    usage\n  }\n"): (typeof documents)["\n  fragment OfficeRow on Office {\n    id\n    name\n    aliases\n    usage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficesPage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        ...OfficeRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficesPage($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        ...OfficeRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOffice($agencyCode: String!, $name: String!) {\n    addOffice(agencyCode: $agencyCode, name: $name) {\n      ...OfficeRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddOffice($agencyCode: String!, $name: String!) {\n    addOffice(agencyCode: $agencyCode, name: $name) {\n      ...OfficeRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOffice($id: ID!, $name: String!) {\n    renameOffice(id: $id, name: $name) {\n      ...OfficeRow\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOffice($id: ID!, $name: String!) {\n    renameOffice(id: $id, name: $name) {\n      ...OfficeRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOffice($id: ID!) {\n    deleteOffice(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOffice($id: ID!) {\n    deleteOffice(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOffices($sourceId: ID!, $targetId: ID!) {\n    mergeOffices(sourceId: $sourceId, targetId: $targetId) {\n      ...OfficeRow\n    }\n  }\n"): (typeof documents)["\n  mutation MergeOffices($sourceId: ID!, $targetId: ID!) {\n    mergeOffices(sourceId: $sourceId, targetId: $targetId) {\n      ...OfficeRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calendar {\n    calendarCoverage {\n      packageCoveredUntil\n      coveredUntil\n      overrideYears\n    }\n    holidayYears {\n      year\n      holidays\n      workdays\n      updatedBy\n    }\n  }\n"): (typeof documents)["\n  query Calendar {\n    calendarCoverage {\n      packageCoveredUntil\n      coveredUntil\n      overrideYears\n    }\n    holidayYears {\n      year\n      holidays\n      workdays\n      updatedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHolidayYear($year: Int!, $holidays: [String!]!, $workdays: [String!]!) {\n    setHolidayYear(year: $year, holidays: $holidays, workdays: $workdays) {\n      year\n      holidays\n      workdays\n      updatedBy\n    }\n  }\n"): (typeof documents)["\n  mutation SetHolidayYear($year: Int!, $holidays: [String!]!, $workdays: [String!]!) {\n    setHolidayYear(year: $year, holidays: $holidays, workdays: $workdays) {\n      year\n      holidays\n      workdays\n      updatedBy\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    createdAt\n    lockedUntil\n    agency {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    login\n    displayName\n    roles\n    disabled\n    mustChangePassword\n    createdAt\n    lockedUntil\n    agency {\n      id\n      code\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {\n    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($agencyCode: String, $limit: Int!, $offset: Int!) {\n    auditLog(agencyCode: $agencyCode, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        at\n        userLogin\n        operation\n        objectType\n        objectId\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCatalogueFile($agencyCode: String!, $fileName: String!, $contentBase64: String!, $versionLabel: String, $confirmAgency: Boolean) {\n    importCatalogueFile(agencyCode: $agencyCode, fileName: $fileName, contentBase64: $contentBase64, versionLabel: $versionLabel, confirmAgency: $confirmAgency) {\n      ...CatalogueVersion\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCatalogueFile($agencyCode: String!, $fileName: String!, $contentBase64: String!, $versionLabel: String, $confirmAgency: Boolean) {\n    importCatalogueFile(agencyCode: $agencyCode, fileName: $fileName, contentBase64: $contentBase64, versionLabel: $versionLabel, confirmAgency: $confirmAgency) {\n      ...CatalogueVersion\n      itemCount\n      requirementCount\n      findings {\n        id\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnualReportFields on AnnualReport {\n    id\n    year\n    format\n    status\n    overview\n    problems\n    other\n    version\n    submittedAt\n    approvedAt\n    publishedAt\n    demo\n    aggregated\n    cells {\n      id\n      value\n    }\n    computedTotals {\n      id\n      value\n    }\n    ruleResults {\n      rule\n      severity\n      message\n      cells\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      at\n      userLogin\n      comment\n      cellComments\n    }\n    yearOnYear {\n      id\n      current\n      previous\n      change\n    }\n  }\n"): (typeof documents)["\n  fragment AnnualReportFields on AnnualReport {\n    id\n    year\n    format\n    status\n    overview\n    problems\n    other\n    version\n    submittedAt\n    approvedAt\n    publishedAt\n    demo\n    aggregated\n    cells {\n      id\n      value\n    }\n    computedTotals {\n      id\n      value\n    }\n    ruleResults {\n      rule\n      severity\n      message\n      cells\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      at\n      userLogin\n      comment\n      cellComments\n    }\n    yearOnYear {\n      id\n      current\n      previous\n      change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPage($code: String!, $year: Int!, $lastYear: Int!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n    }\n    annualReport(agencyCode: $code, year: $year) {\n      ...AnnualReportFields\n    }\n    previous: annualReport(agencyCode: $code, year: $lastYear) {\n      id\n      year\n      format\n      status\n      overview\n      problems\n      other\n      cells {\n        id\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportPage($code: String!, $year: Int!, $lastYear: Int!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n    }\n    annualReport(agencyCode: $code, year: $year) {\n      ...AnnualReportFields\n    }\n    previous: annualReport(agencyCode: $code, year: $lastYear) {\n      id\n      year\n      format\n      status\n      overview\n      problems\n      other\n      cells {\n        id\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnnualReport($code: String!, $year: Int!, $input: ReportInput!, $expectedVersion: Int) {\n    saveAnnualReport(agencyCode: $code, year: $year, input: $input, expectedVersion: $expectedVersion) {\n      ...AnnualReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAnnualReport($code: String!, $year: Int!, $input: ReportInput!, $expectedVersion: Int) {\n    saveAnnualReport(agencyCode: $code, year: $year, input: $input, expectedVersion: $expectedVersion) {\n      ...AnnualReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAnnualReport($id: ID!) {\n    submitAnnualReport(id: $id) {\n      ...AnnualReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAnnualReport($id: ID!) {\n    submitAnnualReport(id: $id) {\n      ...AnnualReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnAnnualReport($id: ID!, $comment: String, $cellComments: JSON) {\n    returnAnnualReport(id: $id, comment: $comment, cellComments: $cellComments) {\n      ...AnnualReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnAnnualReport($id: ID!, $comment: String, $cellComments: JSON) {\n    returnAnnualReport(id: $id, comment: $comment, cellComments: $cellComments) {\n      ...AnnualReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAnnualReport($id: ID!) {\n    approveAnnualReport(id: $id) {\n      ...AnnualReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAnnualReport($id: ID!) {\n    approveAnnualReport(id: $id) {\n      ...AnnualReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAnnualReports($ids: [ID!]!) {\n    publishAnnualReports(ids: $ids) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAnnualReports($ids: [ID!]!) {\n    publishAnnualReports(ids: $ids) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAnnualReport($code: String!, $json: JSON!) {\n    importAnnualReport(agencyCode: $code, json: $json) {\n      id\n      year\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAnnualReport($code: String!, $json: JSON!) {\n    importAnnualReport(agencyCode: $code, json: $json) {\n      id\n      year\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDashboard($code: String!, $year: Int!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n    reportDashboard(governmentCode: $code, year: $year) {\n      year\n      departmentDue\n      governmentDue\n      departments {\n        agency {\n          id\n          code\n          name\n        }\n        report {\n          id\n          status\n          submittedAt\n          approvedAt\n          publishedAt\n          format\n          cells {\n            id\n            value\n          }\n        }\n        status\n        deadline\n        daysLate\n        late\n        errors\n        warnings\n      }\n    }\n    governmentReport: annualReport(agencyCode: $code, year: $year) {\n      id\n      status\n      submittedAt\n      approvedAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query ReportDashboard($code: String!, $year: Int!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n    reportDashboard(governmentCode: $code, year: $year) {\n      year\n      departmentDue\n      governmentDue\n      departments {\n        agency {\n          id\n          code\n          name\n        }\n        report {\n          id\n          status\n          submittedAt\n          approvedAt\n          publishedAt\n          format\n          cells {\n            id\n            value\n          }\n        }\n        status\n        deadline\n        daysLate\n        late\n        errors\n        warnings\n      }\n    }\n    governmentReport: annualReport(agencyCode: $code, year: $year) {\n      id\n      status\n      submittedAt\n      approvedAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportDeadlines($code: String!, $year: Int!, $departmentDue: String!, $governmentDue: String!) {\n    setReportDeadlines(governmentCode: $code, year: $year, departmentDue: $departmentDue, governmentDue: $governmentDue) {\n      year\n      departmentDue\n      governmentDue\n    }\n  }\n"): (typeof documents)["\n  mutation SetReportDeadlines($code: String!, $year: Int!, $departmentDue: String!, $governmentDue: String!) {\n    setReportDeadlines(governmentCode: $code, year: $year, departmentDue: $departmentDue, governmentDue: $governmentDue) {\n      year\n      departmentDue\n      governmentDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportAggregate($code: String!, $year: Int!, $statuses: [String!]) {\n    reportAggregate(governmentCode: $code, year: $year, statuses: $statuses) {\n      year\n      format\n      statuses\n      cells {\n        id\n        value\n      }\n      included {\n        id\n        code\n        name\n      }\n      missing {\n        agency {\n          id\n          code\n          name\n        }\n        status\n      }\n      ruleResults {\n        rule\n        severity\n        message\n        cells\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportAggregate($code: String!, $year: Int!, $statuses: [String!]) {\n    reportAggregate(governmentCode: $code, year: $year, statuses: $statuses) {\n      year\n      format\n      statuses\n      cells {\n        id\n        value\n      }\n      included {\n        id\n        code\n        name\n      }\n      missing {\n        agency {\n          id\n          code\n          name\n        }\n        status\n      }\n      ruleResults {\n        rule\n        severity\n        message\n        cells\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartGovernmentReport($code: String!, $year: Int!, $statuses: [String!]) {\n    startGovernmentReport(governmentCode: $code, year: $year, statuses: $statuses) {\n      id\n      year\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartGovernmentReport($code: String!, $year: Int!, $statuses: [String!]) {\n    startGovernmentReport(governmentCode: $code, year: $year, statuses: $statuses) {\n      id\n      year\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveOfficeAliasFinding($id: ID!, $action: String!) {\n    resolveOfficeAliasFinding(id: $id, action: $action) {\n      id\n      resolution\n      resolvedBy\n      resolvedAt\n      data\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveOfficeAliasFinding($id: ID!, $action: String!) {\n    resolveOfficeAliasFinding(id: $id, action: $action) {\n      id\n      resolution\n      resolvedBy\n      resolvedAt\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageSetup($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      children {\n        id\n        code\n        name\n        kind\n        catalogues {\n          id\n          title\n          versionLabel\n          status\n          createdAt\n          publishedAt\n        }\n      }\n    }\n    agencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query CoverageSetup($code: String!) {\n    agency(code: $code) {\n      id\n      code\n      name\n      kind\n      children {\n        id\n        code\n        name\n        kind\n        catalogues {\n          id\n          title\n          versionLabel\n          status\n          createdAt\n          publishedAt\n        }\n      }\n    }\n    agencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageMatrix($templateId: ID!, $governmentCode: String) {\n    coverageMatrix(templateId: $templateId, governmentCode: $governmentCode) {\n      template {\n        id\n        title\n        versionLabel\n        status\n        agency {\n          id\n          code\n          name\n        }\n      }\n      columns {\n        path\n        mandatory\n        timeLimit\n        channels\n      }\n      rows {\n        agency {\n          id\n          code\n          name\n        }\n        catalogueId\n        versionLabel\n        score\n        covered\n        weaker\n        missing\n        mandatoryMissing\n        cells {\n          status\n          reasons\n          matchedPath\n          score\n          method\n        }\n        findings {\n          kind\n          message\n          path\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageMatrix($templateId: ID!, $governmentCode: String) {\n    coverageMatrix(templateId: $templateId, governmentCode: $governmentCode) {\n      template {\n        id\n        title\n        versionLabel\n        status\n        agency {\n          id\n          code\n          name\n        }\n      }\n      columns {\n        path\n        mandatory\n        timeLimit\n        channels\n      }\n      rows {\n        agency {\n          id\n          code\n          name\n        }\n        catalogueId\n        versionLabel\n        score\n        covered\n        weaker\n        missing\n        mandatoryMissing\n        cells {\n          status\n          reasons\n          matchedPath\n          score\n          method\n        }\n        findings {\n          kind\n          message\n          path\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparedItemFields on ComparedItem {\n    path\n    rowCount\n    content\n    timeLimit\n    channels\n    audiences\n    offices\n  }\n"): (typeof documents)["\n  fragment ComparedItemFields on ComparedItem {\n    path\n    rowCount\n    content\n    timeLimit\n    channels\n    audiences\n    offices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparedCatalogue on Catalogue {\n    ...CatalogueVersion\n    agency {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComparedCatalogue on Catalogue {\n    ...CatalogueVersion\n    agency {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareCatalogues($leftId: ID!, $rightId: ID!) {\n    left: catalogue(id: $leftId) {\n      ...ComparedCatalogue\n    }\n    right: catalogue(id: $rightId) {\n      ...ComparedCatalogue\n    }\n    compareCatalogues(leftId: $leftId, rightId: $rightId) {\n      pairs {\n        left {\n          ...ComparedItemFields\n        }\n        right {\n          ...ComparedItemFields\n        }\n        score\n        method\n        differences {\n          field\n          message\n          detail\n        }\n      }\n      onlyLeft {\n        ...ComparedItemFields\n      }\n      onlyRight {\n        ...ComparedItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareCatalogues($leftId: ID!, $rightId: ID!) {\n    left: catalogue(id: $leftId) {\n      ...ComparedCatalogue\n    }\n    right: catalogue(id: $rightId) {\n      ...ComparedCatalogue\n    }\n    compareCatalogues(leftId: $leftId, rightId: $rightId) {\n      pairs {\n        left {\n          ...ComparedItemFields\n        }\n        right {\n          ...ComparedItemFields\n        }\n        score\n        method\n        differences {\n          field\n          message\n          detail\n        }\n      }\n      onlyLeft {\n        ...ComparedItemFields\n      }\n      onlyRight {\n        ...ComparedItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemMatchDecisionFields on ItemMatchDecision {\n    id\n    leftPath\n    rightPath\n    decision\n    decidedBy\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment ItemMatchDecisionFields on ItemMatchDecision {\n    id\n    leftPath\n    rightPath\n    decision\n    decidedBy\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemMatchDecisions($leftId: ID!, $rightId: ID!) {\n    itemMatchDecisions(leftId: $leftId, rightId: $rightId) {\n      ...ItemMatchDecisionFields\n    }\n  }\n"): (typeof documents)["\n  query ItemMatchDecisions($leftId: ID!, $rightId: ID!) {\n    itemMatchDecisions(leftId: $leftId, rightId: $rightId) {\n      ...ItemMatchDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetItemMatch($leftCatalogueId: ID!, $leftPath: [String!]!, $rightCatalogueId: ID!, $rightPath: [String!]!, $decision: MatchDecision!) {\n    setItemMatch(leftCatalogueId: $leftCatalogueId, leftPath: $leftPath, rightCatalogueId: $rightCatalogueId, rightPath: $rightPath, decision: $decision) {\n      ...ItemMatchDecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetItemMatch($leftCatalogueId: ID!, $leftPath: [String!]!, $rightCatalogueId: ID!, $rightPath: [String!]!, $decision: MatchDecision!) {\n    setItemMatch(leftCatalogueId: $leftCatalogueId, leftPath: $leftPath, rightCatalogueId: $rightCatalogueId, rightPath: $rightPath, decision: $decision) {\n      ...ItemMatchDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearItemMatch($id: ID!) {\n    clearItemMatch(id: $id) {\n      ...ItemMatchDecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearItemMatch($id: ID!) {\n    clearItemMatch(id: $id) {\n      ...ItemMatchDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueCompliance($catalogueId: ID!, $templateId: ID) {\n    catalogueCompliance(catalogueId: $catalogueId, templateId: $templateId) {\n      coverageScore\n      findings {\n        kind\n        message\n        path\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueCompliance($catalogueId: ID!, $templateId: ID) {\n    catalogueCompliance(catalogueId: $catalogueId, templateId: $templateId) {\n      coverageScore\n      findings {\n        kind\n        message\n        path\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePicker {\n    agencies {\n      id\n      code\n      name\n      kind\n      catalogues {\n        id\n        title\n        versionLabel\n        status\n        createdAt\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CataloguePicker {\n    agencies {\n      id\n      code\n      name\n      kind\n      catalogues {\n        id\n        title\n        versionLabel\n        status\n        createdAt\n        publishedAt\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;