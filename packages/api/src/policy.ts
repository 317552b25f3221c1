/**
 * The access rules of every root query and mutation, in one place. An operation without a rule here is
 * refused (and the schema-walking test in access.test.ts fails until it gets one).
 *
 * access:  'public'        anyone, also anonymous visitors (the database scope limits what they see)
 *          'authenticated' any signed-in user
 *          Role[]          signed-in users with one of these roles
 * targets: the arguments naming the object the operation reads or changes; the object's agency must be in the
 *          user's read (or write) scope, else FORBIDDEN. Anonymous visitors are not target-checked: the database
 *          shows them published data only.
 * duty:    separation of duties (职责分离) on the object an argument (one of the targets) names, checked after the
 *          above by duties.ts with the domain's rule (packages/domain separation-of-duties.ts):
 *          'ownAgencyReport'    departments fill and submit their own report, the office only its government's;
 *          'reviewOthersReport' nobody returns, approves or publishes a report of their own agency or one they
 *                               filled in or submitted;
 *          'publishNotOwnDraft' a catalogue draft is not published by its only editor (where the agency has a
 *                               部门审批人 and the government's setting is on).
 */
import type { Role } from '@gongkai/db';

export type TargetKind =
  | 'agencyCode'
  | 'agencyId'
  | 'catalogueId'
  | 'officeId'
  | 'userId'
  | 'itemId'
  | 'requirementId'
  | 'reportId'
  | 'findingId'
  | 'matchId'
  | 'recordId'
  | 'applicationCaseId'
  | 'applicationReviewId';

export type DutyRule =
  | { rule: 'ownAgencyReport'; step: 'fill' | 'submit'; arg: string }
  | { rule: 'reviewOthersReport'; step: 'return' | 'approve' | 'publish'; arg: string }
  | { rule: 'publishNotOwnDraft'; arg: string };

export interface OperationPolicy {
  access: 'public' | 'authenticated' | readonly Role[];
  targets?: ReadonlyArray<{ arg: string; kind: TargetKind; need: 'read' | 'write' }>;
  /** Allowed while the user must still change a one-time password. */
  allowedBeforePasswordChange?: boolean;
  /**
   * Roles allowed only when every object the targets name belongs to a standard catalogue (agency kind STANDARD):
   * the city office maintains the standards with the same operations departments use for their catalogues.
   */
  standardsOnly?: readonly Role[];
  duty?: DutyRule;
  /** Every agency the targets name must be of one of these kinds (e.g. the office onboards departments only). */
  targetAgencyKinds?: ReadonlyArray<'GOVERNMENT' | 'DEPARTMENT' | 'STANDARD'>;
}

const DEPT_WRITERS: readonly Role[] = ['PLATFORM_ADMIN', 'DEPT_EDITOR', 'DEPT_APPROVER'];
const REVIEWERS: readonly Role[] = ['PLATFORM_ADMIN', 'CITY_REVIEWER'];
const STANDARD_EDITORS: readonly Role[] = ['CITY_REVIEWER'];

export const POLICIES: { Query: Record<string, OperationPolicy>; Mutation: Record<string, OperationPolicy> } = {
  Query: {
    me: { access: 'public', allowedBeforePasswordChange: true },
    agencies: { access: 'public' },
    agencyRoots: { access: 'public' },
    // The admin's navigation and agency list at province scale (issue 14): the database scope decides what is listed.
    agencyNavigation: { access: 'public' },
    agencyLevel: { access: 'public', targets: [{ arg: 'parentCode', kind: 'agencyCode', need: 'read' }] },
    standardAgencies: { access: 'public' },
    searchAgencies: { access: 'public' },
    agencyListSummary: { access: 'public' },
    agency: { access: 'public', targets: [{ arg: 'code', kind: 'agencyCode', need: 'read' }] },
    catalogue: { access: 'public', targets: [{ arg: 'id', kind: 'catalogueId', need: 'read' }] },
    channelOptions: { access: 'public', allowedBeforePasswordChange: true },
    users: { access: ['PLATFORM_ADMIN'] },
    catalogueDiff: {
      access: 'public',
      targets: [
        { arg: 'fromId', kind: 'catalogueId', need: 'read' },
        { arg: 'toId', kind: 'catalogueId', need: 'read' },
      ],
    },
    compareCatalogues: {
      access: 'public',
      targets: [
        { arg: 'leftId', kind: 'catalogueId', need: 'read' },
        { arg: 'rightId', kind: 'catalogueId', need: 'read' },
      ],
    },
    coverageMatrix: {
      access: REVIEWERS,
      targets: [
        { arg: 'templateId', kind: 'catalogueId', need: 'read' },
        { arg: 'governmentCode', kind: 'agencyCode', need: 'read' },
        { arg: 'agencyCodes', kind: 'agencyCode', need: 'read' },
      ],
    },
    itemMatchDecisions: {
      access: REVIEWERS,
      targets: [
        { arg: 'leftId', kind: 'catalogueId', need: 'read' },
        { arg: 'rightId', kind: 'catalogueId', need: 'read' },
      ],
    },
    catalogueCompliance: {
      access: 'public',
      targets: [
        { arg: 'catalogueId', kind: 'catalogueId', need: 'read' },
        { arg: 'templateId', kind: 'catalogueId', need: 'read' },
      ],
    },
    calendarCoverage: { access: 'public' },
    holidayYears: { access: 'public' },
    reportFormat: { access: 'public' },
    annualReport: { access: 'public', targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }] },
    publishedReports: { access: 'public' },
    reportDashboard: {
      access: ['PLATFORM_ADMIN', 'CITY_REVIEWER'],
      targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'read' }],
    },
    governmentSettings: { access: REVIEWERS, targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'read' }] },
    reportAggregate: {
      access: ['PLATFORM_ADMIN', 'CITY_REVIEWER'],
      targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'read' }],
    },
    reportSideBySide: {
      access: ['PLATFORM_ADMIN', 'CITY_REVIEWER'],
      targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'read' }],
    },
    reportTrend: {
      access: ['PLATFORM_ADMIN', 'CITY_REVIEWER'],
      targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'read' }],
    },
    auditLog: {
      access: ['PLATFORM_ADMIN', 'CITY_REVIEWER'],
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }],
    },
    auditLogCsv: {
      access: ['PLATFORM_ADMIN', 'CITY_REVIEWER'],
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }],
    },
    // 主动公开 records (issue 16): anonymous visitors see published records (row-level security); decision counts
    // and table 二 need a signed-in reader of the agency; the office's view is the office's.
    agencyRecords: { access: 'public', targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }] },
    publicationRecord: { access: 'public', targets: [{ arg: 'id', kind: 'recordId', need: 'read' }] },
    recordFiles: { access: 'public', targets: [{ arg: 'recordId', kind: 'recordId', need: 'read' }] },
    officeRecordView: { access: REVIEWERS, targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'read' }] },
    recordTableTwo: { access: 'authenticated', targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }] },
    monthlyDecisions: { access: 'authenticated', targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }] },
    recordSettings: { access: 'public' },
    // 依申请公开 register (issue 15). Reading a register is open to whoever may read the agency; the applicants'
    // personal data in it only to the agency's own users (database scope gongkai.personal, scope.ts).
    applicationRegister: {
      access: 'authenticated',
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }],
    },
    applicationCase: { access: 'authenticated', targets: [{ arg: 'id', kind: 'applicationCaseId', need: 'read' }] },
    applicationTables: { access: 'authenticated', targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }] },
    reportRegisterDifferences: {
      access: 'authenticated',
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'read' }],
    },
    applicationOverview: { access: REVIEWERS, targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'read' }] },
    applicationStatistics: {
      access: 'authenticated',
      targets: [{ arg: 'agencyCodes', kind: 'agencyCode', need: 'read' }],
    },
    applicationSettings: { access: 'authenticated' },
    // The public page of figures (no login): counts and shares per department, no personal data, never ranked.
    publicApplicationFigures: { access: 'public' },
    // Attachments (the reply letter names the applicant): the agency's own department users only (and RLS).
    applicationFiles: {
      access: ['DEPT_EDITOR', 'DEPT_APPROVER', 'VIEWER'],
      targets: [{ arg: 'caseId', kind: 'applicationCaseId', need: 'read' }],
    },
    // 待办事项 (issue 17): the signed-in user's own list; the database scope limits what it can hold.
    myTodos: { access: 'authenticated' },
    // 催报 notices: the user's own agency's (the service reads p.agencyId; row-level security as well).
    myNotices: { access: 'authenticated' },
    reportReminders: { access: REVIEWERS, targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'read' }] },
  },
  Mutation: {
    login: { access: 'public', allowedBeforePasswordChange: true },
    logout: { access: 'authenticated', allowedBeforePasswordChange: true },
    changePassword: { access: 'authenticated', allowedBeforePasswordChange: true },
    createUser: { access: ['PLATFORM_ADMIN'] },
    updateUser: { access: ['PLATFORM_ADMIN'], targets: [{ arg: 'id', kind: 'userId', need: 'write' }] },
    resetUserPassword: { access: ['PLATFORM_ADMIN'], targets: [{ arg: 'id', kind: 'userId', need: 'write' }] },
    unlockAccount: { access: ['PLATFORM_ADMIN'], targets: [{ arg: 'id', kind: 'userId', need: 'write' }] },
    importCatalogue: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
    },
    importCatalogueFile: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
    },
    previewCatalogueFile: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
    },
    // Bulk onboarding (批量导入目录): the office matches files to departments and imports each as a department's
    // draft, within its government (write scope); it never publishes them (publishCatalogue stays the department's).
    matchCatalogueFile: { access: REVIEWERS },
    onboardCatalogueFile: {
      access: REVIEWERS,
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
      targetAgencyKinds: ['DEPARTMENT'],
    },
    addOffice: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
    },
    renameOffice: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'officeId', need: 'write' }],
    },
    deleteOffice: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'officeId', need: 'write' }],
    },
    mergeOffices: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [
        { arg: 'sourceId', kind: 'officeId', need: 'write' },
        { arg: 'targetId', kind: 'officeId', need: 'write' },
      ],
    },
    resolveOfficeAliasFinding: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'findingId', need: 'write' }],
    },
    deleteDraft: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'catalogueId', need: 'write' }],
    },
    createDraft: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'catalogueId', kind: 'catalogueId', need: 'write' }],
    },
    publishCatalogue: {
      access: ['PLATFORM_ADMIN', 'DEPT_APPROVER'],
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'catalogueId', need: 'write' }],
      duty: { rule: 'publishNotOwnDraft', arg: 'id' },
    },
    // 提交审批 (issue 17): the agency's editors submit its draft; its 部门审批人 returns it with a comment (or publishes
    // it above). Who submitted can neither return nor publish that submission — checked by the service with the
    // draft locked (domain catalogue-submission.ts), as recheckReviewDuty does for reports.
    submitCatalogueDraft: { access: DEPT_WRITERS, targets: [{ arg: 'id', kind: 'catalogueId', need: 'write' }] },
    returnCatalogueDraft: {
      access: ['PLATFORM_ADMIN', 'DEPT_APPROVER'],
      targets: [{ arg: 'id', kind: 'catalogueId', need: 'write' }],
    },
    updateRequirement: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'requirementId', need: 'write' }],
    },
    addRequirement: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'itemId', kind: 'itemId', need: 'write' }],
    },
    deleteRequirement: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'requirementId', need: 'write' }],
    },
    addItem: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'catalogueId', kind: 'catalogueId', need: 'write' }],
    },
    renameItem: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'itemId', need: 'write' }],
    },
    moveItem: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'itemId', need: 'write' }],
    },
    deleteItem: {
      access: DEPT_WRITERS,
      standardsOnly: STANDARD_EDITORS,
      targets: [{ arg: 'id', kind: 'itemId', need: 'write' }],
    },
    setHolidayYear: { access: ['PLATFORM_ADMIN'] },
    // The office's decisions about item matches: it must be able to change both sides' agencies (its government).
    setItemMatch: {
      access: REVIEWERS,
      targets: [
        { arg: 'leftCatalogueId', kind: 'catalogueId', need: 'write' },
        { arg: 'rightCatalogueId', kind: 'catalogueId', need: 'write' },
      ],
    },
    clearItemMatch: { access: REVIEWERS, targets: [{ arg: 'id', kind: 'matchId', need: 'write' }] },
    // Reports: departments fill and submit theirs; the office fills its government's own (never a department's),
    // reviews and publishes — never a report of its own agency or one the same person filled in or submitted.
    saveAnnualReport: {
      access: [...DEPT_WRITERS, 'CITY_REVIEWER'],
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
      duty: { rule: 'ownAgencyReport', step: 'fill', arg: 'agencyCode' },
    },
    importAnnualReport: {
      access: [...DEPT_WRITERS, 'CITY_REVIEWER'],
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
      duty: { rule: 'ownAgencyReport', step: 'fill', arg: 'agencyCode' },
    },
    // A published report recorded as printed (history before the platform): the department's writers, and the office
    // for the departments in its scope — it loads a department's past reports; nothing is filled in, so no duty rule.
    importPublishedReport: {
      access: [...DEPT_WRITERS, 'CITY_REVIEWER'],
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
      // Reports are filed by departments and governments; a standard catalogue has none.
      targetAgencyKinds: ['DEPARTMENT', 'GOVERNMENT'],
    },
    submitAnnualReport: {
      access: ['PLATFORM_ADMIN', 'DEPT_APPROVER', 'CITY_REVIEWER'],
      targets: [{ arg: 'id', kind: 'reportId', need: 'write' }],
      duty: { rule: 'ownAgencyReport', step: 'submit', arg: 'id' },
    },
    returnAnnualReport: {
      access: REVIEWERS,
      targets: [{ arg: 'id', kind: 'reportId', need: 'write' }],
      duty: { rule: 'reviewOthersReport', step: 'return', arg: 'id' },
    },
    approveAnnualReport: {
      access: REVIEWERS,
      targets: [{ arg: 'id', kind: 'reportId', need: 'write' }],
      duty: { rule: 'reviewOthersReport', step: 'approve', arg: 'id' },
    },
    publishAnnualReports: {
      access: REVIEWERS,
      targets: [{ arg: 'ids', kind: 'reportId', need: 'write' }],
      duty: { rule: 'reviewOthersReport', step: 'publish', arg: 'ids' },
    },
    // Bulk 审核通过 / 退回 from the dashboard: each report under the same duty as the single step; refused whole.
    approveAnnualReports: {
      access: REVIEWERS,
      targets: [{ arg: 'ids', kind: 'reportId', need: 'write' }],
      duty: { rule: 'reviewOthersReport', step: 'approve', arg: 'ids' },
    },
    returnAnnualReports: {
      access: REVIEWERS,
      targets: [{ arg: 'ids', kind: 'reportId', need: 'write' }],
      duty: { rule: 'reviewOthersReport', step: 'return', arg: 'ids' },
    },
    setGovernmentSettings: {
      access: REVIEWERS,
      targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'write' }],
    },
    // 催报: the office reminds its government's departments (every one named must be in its write scope).
    sendReportReminders: {
      access: REVIEWERS,
      targets: [
        { arg: 'governmentCode', kind: 'agencyCode', need: 'write' },
        { arg: 'agencyCodes', kind: 'agencyCode', need: 'write' },
      ],
    },
    // Opening a notice: any signed-in user, for a notice of their own agency (the service checks; NOT_FOUND else).
    markNoticeRead: { access: 'authenticated' },
    setReportDeadlines: { access: REVIEWERS, targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'write' }] },
    startGovernmentReport: {
      access: REVIEWERS,
      targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'write' }],
      duty: { rule: 'ownAgencyReport', step: 'fill', arg: 'governmentCode' },
    },
    // 主动公开 records (issue 16): a department's writers keep its records; the office reads them and sets the
    // government's settings. Filling table 二 is filling the report: the report's duty rule.
    createPublicationRecord: {
      access: DEPT_WRITERS,
      targets: [{ arg: 'requirementId', kind: 'requirementId', need: 'write' }],
    },
    updatePublicationRecord: { access: DEPT_WRITERS, targets: [{ arg: 'id', kind: 'recordId', need: 'write' }] },
    deletePublicationRecord: { access: DEPT_WRITERS, targets: [{ arg: 'id', kind: 'recordId', need: 'write' }] },
    attachRecordFile: { access: DEPT_WRITERS, targets: [{ arg: 'recordId', kind: 'recordId', need: 'write' }] },
    deleteRecordFile: { access: DEPT_WRITERS, targets: [{ arg: 'recordId', kind: 'recordId', need: 'write' }] },
    linkInterpretation: {
      access: DEPT_WRITERS,
      targets: [
        { arg: 'policyId', kind: 'recordId', need: 'write' },
        { arg: 'interpretationId', kind: 'recordId', need: 'write' },
      ],
    },
    unlinkInterpretation: {
      access: DEPT_WRITERS,
      targets: [
        { arg: 'policyId', kind: 'recordId', need: 'write' },
        { arg: 'interpretationId', kind: 'recordId', need: 'write' },
      ],
    },
    setMonthlyDecisions: { access: DEPT_WRITERS, targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }] },
    importPublicationRecords: {
      access: DEPT_WRITERS,
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
    },
    fillTableTwoFromRecords: {
      access: [...DEPT_WRITERS, 'CITY_REVIEWER'],
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
      duty: { rule: 'ownAgencyReport', step: 'fill', arg: 'agencyCode' },
    },
    setRecordSettings: { access: REVIEWERS, targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'write' }] },
    // 依申请公开 register (issue 15): the department's writers keep their own register.
    createApplicationCase: {
      access: DEPT_WRITERS,
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
    },
    updateApplicationCase: { access: DEPT_WRITERS, targets: [{ arg: 'id', kind: 'applicationCaseId', need: 'write' }] },
    addApplicationStep: { access: DEPT_WRITERS, targets: [{ arg: 'id', kind: 'applicationCaseId', need: 'write' }] },
    recordApplicationOutcome: {
      access: DEPT_WRITERS,
      targets: [{ arg: 'id', kind: 'applicationCaseId', need: 'write' }],
    },
    deleteApplicationCase: { access: DEPT_WRITERS, targets: [{ arg: 'id', kind: 'applicationCaseId', need: 'write' }] },
    saveReviewRecord: {
      access: DEPT_WRITERS,
      targets: [
        { arg: 'agencyCode', kind: 'agencyCode', need: 'write' },
        { arg: 'id', kind: 'applicationReviewId', need: 'write' },
      ],
    },
    deleteReviewRecord: { access: DEPT_WRITERS, targets: [{ arg: 'id', kind: 'applicationReviewId', need: 'write' }] },
    attachApplicationFile: {
      access: ['DEPT_EDITOR', 'DEPT_APPROVER'],
      targets: [{ arg: 'caseId', kind: 'applicationCaseId', need: 'write' }],
    },
    deleteApplicationFile: {
      access: ['DEPT_EDITOR', 'DEPT_APPROVER'],
      targets: [{ arg: 'caseId', kind: 'applicationCaseId', need: 'write' }],
    },
    importApplicationCases: {
      access: DEPT_WRITERS,
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
    },
    // Filling the report's tables 三/四 from the register is an edit of the report: the same rule as saveAnnualReport.
    fillReportFromRegister: {
      access: [...DEPT_WRITERS, 'CITY_REVIEWER'],
      targets: [{ arg: 'agencyCode', kind: 'agencyCode', need: 'write' }],
      duty: { rule: 'ownAgencyReport', step: 'fill', arg: 'agencyCode' },
    },
    setApplicationSettings: {
      access: REVIEWERS,
      targets: [{ arg: 'governmentCode', kind: 'agencyCode', need: 'write' }],
    },
  },
};

export { ROLE_LABELS } from '@gongkai/domain';
