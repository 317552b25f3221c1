import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Agency,
  AnnualReport,
  Catalogue,
  CatalogueItem,
  ImportFinding,
  Office,
  Requirement,
  User,
  demoReportData,
  hashPassword,
  loadCatalogueJson,
  saveCatalogue,
  setGovernmentSettings,
  setMatchDecision,
} from '@gongkai/db';
import { REPORT_FORMATS, importCatalogueTextOrThrow } from '@gongkai/domain';
import { createSchema } from './schema.js';
import { POLICIES } from './policy.js';
import { createSession, withSystemScope } from './account/sessions.js';
import { createApiHarness, type ApiHarness } from './test-support/api-harness.js';
import {
  applicationFixture,
  freshApplicationCase,
  freshReviewRecord,
  registerWorkbookBase64,
} from './test-support/application-fixtures.js';
import { SAMPLE_PDF_BASE64, freshStoredFile } from './test-support/stored-file-fixtures.js';

/**
 * Every root query and mutation of the schema, run as every kind of principal, must be allowed or refused
 * exactly as designed below. The list of operations comes from the schema: an operation added without an
 * access rule (policy.ts), a sample call and an expected row here fails this suite.
 */
const GENERAL_STANDARD = '150785-bz-ty';
const DEMO = JSON.parse(readFileSync(new URL('../../../demo-data/agencies.json', import.meta.url), 'utf8')) as {
  agencies: Array<{ code: string; kind: string; catalogue?: { published?: boolean } }>;
};
const STANDARDS = DEMO.agencies.filter((a) => a.kind === 'STANDARD').map((a) => a.code);
const PRINCIPALS = [
  'anonymous',
  'demo-admin',
  'demo-reviewer',
  'sfj-editor',
  'sfj-approver',
  'sfj-viewer',
  'mzj-editor',
] as const;
type Outcome = 'A' | 'U' | 'F'; // allowed, UNAUTHENTICATED, FORBIDDEN

// Columns: anonymous, platform admin, city reviewer, 司法局 editor, 司法局 approver, 司法局 viewer, 民政局 editor (another agency).
// Every sample targets 根河市司法局's data.
const EXPECTED: Record<'Query' | 'Mutation', Record<string, string>> = {
  Query: {
    me: 'AAAAAAA',
    // 主动公开 records (issue 16): published records are public; decision counts and table 二 need a reader of the agency.
    agencyRecords: 'AAAAAAF',
    publicationRecord: 'AAAAAAF',
    recordFiles: 'AAAAAAF',
    officeRecordView: 'UAAFFFF',
    recordTableTwo: 'UAAAAAF',
    monthlyDecisions: 'UAAAAAF',
    recordSettings: 'AAAAAAA',
    agencies: 'AAAAAAA',
    agencyRoots: 'AAAAAAA',
    // The navigation and agency list (issue 14): the database scope limits what each one sees; a level below
    // 根河市司法局 is refused to 民政局's editor like the agency itself.
    agencyNavigation: 'AAAAAAA',
    agencyLevel: 'AAAAAAF',
    standardAgencies: 'AAAAAAA',
    searchAgencies: 'AAAAAAA',
    agencyListSummary: 'AAAAAAA',
    agency: 'AAAAAAF',
    catalogue: 'AAAAAAF',
    channelOptions: 'AAAAAAA',
    users: 'UAFFFFF',
    auditLog: 'UAAFFFF',
    auditLogCsv: 'UAAFFFF',
    catalogueDiff: 'AAAAAAF',
    compareCatalogues: 'AAAAAAF',
    catalogueCompliance: 'AAAAAAF',
    coverageMatrix: 'UAAFFFF',
    itemMatchDecisions: 'UAAFFFF',
    calendarCoverage: 'AAAAAAA',
    holidayYears: 'AAAAAAA',
    reportFormat: 'AAAAAAA',
    annualReport: 'AAAAAAF',
    publishedReports: 'AAAAAAA',
    reportDashboard: 'UAAFFFF',
    reportAggregate: 'UAAFFFF',
    reportSideBySide: 'UAAFFFF',
    reportTrend: 'UAAFFFF',
    governmentSettings: 'UAAFFFF',
    // 依申请公开 register: whoever may read the agency (personal data inside it only for the agency's own users).
    applicationRegister: 'UAAAAAF',
    applicationCase: 'UAAAAAF',
    applicationTables: 'UAAAAAF',
    reportRegisterDifferences: 'UAAAAAF',
    applicationOverview: 'UAAFFFF',
    applicationStatistics: 'UAAAAAF',
    applicationSettings: 'UAAAAAA',
    // The public page of figures: anyone. Attachments (a reply letter names the applicant): the agency's own users.
    publicApplicationFigures: 'AAAAAAA',
    applicationFiles: 'UFFAAAF',
    // 待办事项 (issue 17): every signed-in user has their own list.
    myTodos: 'UAAAAAA',
    // 催报 (issue 17): every signed-in user reads their agency's notices; the office reads its government's reminders.
    myNotices: 'UAAAAAA',
    reportReminders: 'UAAFFFF',
  },
  Mutation: {
    login: 'AAAAAAA',
    // 主动公开 records (issue 16): the department's writers; filling table 二 follows the report's duty rule.
    createPublicationRecord: 'UAFAAFF',
    updatePublicationRecord: 'UAFAAFF',
    deletePublicationRecord: 'UAFAAFF',
    attachRecordFile: 'UAFAAFF',
    deleteRecordFile: 'UAFAAFF',
    linkInterpretation: 'UAFAAFF',
    unlinkInterpretation: 'UAFAAFF',
    setMonthlyDecisions: 'UAFAAFF',
    importPublicationRecords: 'UAFAAFF',
    fillTableTwoFromRecords: 'UAFAAFF',
    setRecordSettings: 'UAAFFFF',
    logout: 'UAAAAAA',
    changePassword: 'UAAAAAA',
    createUser: 'UAFFFFF',
    updateUser: 'UAFFFFF',
    resetUserPassword: 'UAFFFFF',
    unlockAccount: 'UAFFFFF',
    importCatalogue: 'UAFAAFF',
    importCatalogueFile: 'UAFAAFF',
    previewCatalogueFile: 'UAFAAFF',
    // Bulk onboarding: the office (and the administrator) only; a department's users never.
    matchCatalogueFile: 'UAAFFFF',
    onboardCatalogueFile: 'UAAFFFF',
    addOffice: 'UAFAAFF',
    renameOffice: 'UAFAAFF',
    deleteOffice: 'UAFAAFF',
    mergeOffices: 'UAFAAFF',
    resolveOfficeAliasFinding: 'UAFAAFF',
    createDraft: 'UAFAAFF',
    deleteDraft: 'UAFAAFF',
    updateRequirement: 'UAFAAFF',
    addRequirement: 'UAFAAFF',
    deleteRequirement: 'UAFAAFF',
    addItem: 'UAFAAFF',
    renameItem: 'UAFAAFF',
    moveItem: 'UAFAAFF',
    deleteItem: 'UAFAAFF',
    publishCatalogue: 'UAFFAFF',
    // 提交审批 (issue 17): the agency's writers submit; its 部门审批人 returns (the submitter never: the editor submitted).
    submitCatalogueDraft: 'UAFAAFF',
    returnCatalogueDraft: 'UAFFAFF',
    setHolidayYear: 'UAFFFFF',
    setItemMatch: 'UAAFFFF',
    clearItemMatch: 'UAAFFFF',
    // Separation of duties: the office fills and submits only its government's report, not 司法局's.
    saveAnnualReport: 'UAFAAFF',
    importAnnualReport: 'UAFAAFF',
    // A published report recorded as printed: the department's writers, and the office loading a department's history.
    importPublishedReport: 'UAAAAFF',
    submitAnnualReport: 'UAFFAFF',
    returnAnnualReport: 'UAAFFFF',
    approveAnnualReport: 'UAAFFFF',
    publishAnnualReports: 'UAAFFFF',
    approveAnnualReports: 'UAAFFFF',
    returnAnnualReports: 'UAAFFFF',
    setReportDeadlines: 'UAAFFFF',
    // 催报: the office and the administrator remind the government's departments; opening a notice: anyone signed in.
    sendReportReminders: 'UAAFFFF',
    markNoticeRead: 'UAAAAAA',
    setGovernmentSettings: 'UAAFFFF',
    startGovernmentReport: 'UAAFFFF',
    // 依申请公开 register: the department's writers; filling a report from it as saveAnnualReport.
    createApplicationCase: 'UAFAAFF',
    updateApplicationCase: 'UAFAAFF',
    addApplicationStep: 'UAFAAFF',
    recordApplicationOutcome: 'UAFAAFF',
    deleteApplicationCase: 'UAFAAFF',
    saveReviewRecord: 'UAFAAFF',
    deleteReviewRecord: 'UAFAAFF',
    importApplicationCases: 'UAFAAFF',
    attachApplicationFile: 'UFFAAFF',
    deleteApplicationFile: 'UFFAAFF',
    fillReportFromRegister: 'UAFAAFF',
    setApplicationSettings: 'UAAFFFF',
  },
};

interface Ids {
  catalogueId: string;
  officeId: string;
  officeName: string;
  targetUserId: string;
  draftId: string;
  mergeSourceId: string;
  mergeTargetId: string;
  rowId: string;
  itemId: string;
  reportId: string;
  findingId: string;
  templateId: string;
  templatePath: string[];
  sfjPath: string[];
}
let counter = 0;
const seed = readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');

type Sample = { query: string; variables?: Record<string, unknown> };
const SAMPLES: Record<'Query' | 'Mutation', Record<string, (ids: Ids) => Sample | Promise<Sample>>> = {
  Query: {
    me: () => ({ query: '{ me { login } }' }),
    agencyRecords: () => ({ query: '{ agencyRecords(agencyCode: "150785-sfj", year: 2026) { figures { records } } }' }),
    publicationRecord: async () => ({
      query: 'query($id: ID!) { publicationRecord(id: $id) { state } }',
      variables: { id: await freshRecord() },
    }),
    recordFiles: async () => ({
      query: 'query($id: ID!) { recordFiles(recordId: $id) { id } }',
      variables: { id: await freshRecord() },
    }),
    officeRecordView: () => ({ query: '{ officeRecordView(governmentCode: "150785", year: 2026) { year } }' }),
    recordTableTwo: () => ({ query: '{ recordTableTwo(agencyCode: "150785-sfj", year: 2026) { year } }' }),
    monthlyDecisions: () => ({ query: '{ monthlyDecisions(agencyCode: "150785-sfj", year: 2026) { month } }' }),
    recordSettings: () => ({ query: '{ recordSettings(governmentCode: "150785") { immediateWorkingDays } }' }),
    agencies: () => ({ query: '{ agencies { code } }' }),
    agencyRoots: () => ({ query: '{ agencyRoots { code } }' }),
    agencyNavigation: () => ({ query: '{ agencyNavigation(limit: 5) { catalogueTotal catalogues { code } } }' }),
    agencyLevel: () => ({
      query: 'query($c: String) { agencyLevel(parentCode: $c) { total rows { code } } }',
      variables: { c: '150785-sfj' },
    }),
    standardAgencies: () => ({ query: '{ standardAgencies { code } }' }),
    searchAgencies: () => ({ query: '{ searchAgencies(text: "司法") { total rows { code path { name } } } }' }),
    agencyListSummary: () => ({ query: '{ agencyListSummary { agencies catalogues } }' }),
    agency: () => ({ query: 'query($c: String!) { agency(code: $c) { name } }', variables: { c: '150785-sfj' } }),
    catalogue: (ids) => ({
      query: 'query($id: ID!) { catalogue(id: $id) { title } }',
      variables: { id: ids.catalogueId },
    }),
    channelOptions: () => ({ query: '{ channelOptions { code } }' }),
    users: () => ({ query: '{ users { login } }' }),
    auditLog: () => ({ query: '{ auditLog(agencyCode: "150785-sfj") { total } }' }),
    auditLogCsv: () => ({ query: '{ auditLogCsv(agencyCode: "150785-sfj", operation: "login") }' }),
    catalogueDiff: (ids) => ({
      query: 'query($a: ID!, $b: ID!) { catalogueDiff(fromId: $a, toId: $b) { summary { changedRows } } }',
      variables: { a: ids.catalogueId, b: ids.catalogueId },
    }),
    compareCatalogues: (ids) => ({
      query: 'query($a: ID!) { compareCatalogues(leftId: $a, rightId: $a) { onlyLeft { path } } }',
      variables: { a: ids.catalogueId },
    }),
    catalogueCompliance: (ids) => ({
      query: 'query($a: ID!) { catalogueCompliance(catalogueId: $a) { findings { kind } } }',
      variables: { a: ids.catalogueId },
    }),
    coverageMatrix: (ids) => ({
      query: 'query($t: ID!) { coverageMatrix(templateId: $t, agencyCodes: ["150785-sfj"]) { rows { score } } }',
      variables: { t: ids.templateId },
    }),
    itemMatchDecisions: (ids) => ({
      query: 'query($a: ID!, $b: ID!) { itemMatchDecisions(leftId: $a, rightId: $b) { id } }',
      variables: { a: ids.templateId, b: ids.catalogueId },
    }),
    calendarCoverage: () => ({ query: '{ calendarCoverage { coveredUntil } }' }),
    holidayYears: () => ({ query: '{ holidayYears { year } }' }),
    reportFormat: () => ({ query: '{ reportFormat(format: "2021") { title } }' }),
    annualReport: () => ({ query: '{ annualReport(agencyCode: "150785-sfj", year: 2023) { status } }' }),
    publishedReports: () => ({ query: '{ publishedReports(year: 2023) { year } }' }),
    reportDashboard: () => ({ query: '{ reportDashboard(governmentCode: "150785", year: 2024) { departmentDue } }' }),
    governmentSettings: () => ({ query: '{ governmentSettings(governmentCode: "150785") { catalogueSecondPerson } }' }),
    reportAggregate: () => ({ query: '{ reportAggregate(governmentCode: "150785", year: 2024) { format } }' }),
    reportSideBySide: () => ({
      query: '{ reportSideBySide(governmentCode: "150785", year: 2024, table: "applications") { format } }',
    }),
    reportTrend: () => ({ query: '{ reportTrend(governmentCode: "150785") { statuses } }' }),
    applicationRegister: () => ({ query: '{ applicationRegister(agencyCode: "150785-sfj") { total } }' }),
    applicationCase: async () => ({
      query: 'query($id: ID!) { applicationCase(id: $id) { clock { state } applicant { name } } }',
      variables: { id: (await applicationFixture(h.db)).caseId },
    }),
    applicationTables: () => ({ query: '{ applicationTables(agencyCode: "150785-sfj", year: 2026) { format } }' }),
    reportRegisterDifferences: () => ({
      query: '{ reportRegisterDifferences(agencyCode: "150785-sfj", year: 2024) { cellId } }',
    }),
    applicationOverview: () => ({ query: '{ applicationOverview(governmentCode: "150785") { asOf } }' }),
    applicationStatistics: () => ({
      query: '{ applicationStatistics(agencyCodes: ["150785-sfj"], year: 2026) { received } }',
    }),
    applicationSettings: () => ({ query: '{ applicationSettings(governmentCode: "150785") { replyWorkingDays } }' }),
    publicApplicationFigures: () => ({
      query: '{ publicApplicationFigures(governmentCode: "150785", year: 2026) { agencies { received } } }',
    }),
    applicationFiles: async () => ({
      query: 'query($c: ID!) { applicationFiles(caseId: $c) { id } }',
      variables: { c: (await applicationFixture(h.db)).caseId },
    }),
    myTodos: () => ({ query: '{ myTodos { total items { kind link } } }' }),
    myNotices: () => ({ query: '{ myNotices { unread items { id title } } }' }),
    reportReminders: () => ({
      query: '{ reportReminders(governmentCode: "150785", year: 2024) { agencyCode lastAt } }',
    }),
  },
  Mutation: {
    createPublicationRecord: (ids) => ({
      query: 'mutation($r: ID!) { createPublicationRecord(requirementId: $r, input: { title: "探针" }) { id } }',
      variables: { r: ids.rowId },
    }),
    // Records get a fresh object each call.
    updatePublicationRecord: async () => ({
      query: 'mutation($id: ID!) { updatePublicationRecord(id: $id, input: { title: "探针（改）" }) { id } }',
      variables: { id: await freshRecord() },
    }),
    deletePublicationRecord: async () => ({
      query: 'mutation($id: ID!) { deletePublicationRecord(id: $id) }',
      variables: { id: await freshRecord() },
    }),
    attachRecordFile: async () => ({
      query:
        'mutation($id: ID!, $b: String!) { attachRecordFile(recordId: $id, fileName: "附件.pdf", contentBase64: $b) { id } }',
      variables: { id: await freshRecord(), b: SAMPLE_PDF_BASE64 },
    }),
    deleteRecordFile: async () => {
      const recordId = await freshRecord();
      return {
        query: 'mutation($r: ID!, $f: ID!) { deleteRecordFile(recordId: $r, fileId: $f) }',
        variables: { r: recordId, f: await freshRecordFile(recordId) },
      };
    },
    linkInterpretation: async () => ({
      query: 'mutation($p: ID!, $i: ID!) { linkInterpretation(policyId: $p, interpretationId: $i) { id } }',
      variables: { p: await freshRecord(), i: await freshRecord() },
    }),
    unlinkInterpretation: async () => ({
      query: 'mutation($p: ID!, $i: ID!) { unlinkInterpretation(policyId: $p, interpretationId: $i) { id } }',
      variables: { p: await freshRecord(), i: await freshRecord() },
    }),
    setMonthlyDecisions: () => ({
      query:
        'mutation { setMonthlyDecisions(agencyCode: "150785-sfj", year: 2026, months: [{ month: 1, licensing: 1 }]) { month } }',
    }),
    importPublicationRecords: () => ({
      query:
        'mutation($c: String!) { importPublicationRecords(agencyCode: "150785-sfj", fileName: "记录.csv", contentBase64: $c, dryRun: true) { rows } }',
      variables: { c: Buffer.from('标题,发布日期,栏目\n探针,2026-01-05,规范性文件\n').toString('base64') },
    }),
    fillTableTwoFromRecords: () => ({
      query: 'mutation { fillTableTwoFromRecords(agencyCode: "150785-sfj", year: 2026) { changed } }',
    }),
    setRecordSettings: () => ({
      query:
        'mutation { setRecordSettings(governmentCode: "150785", immediateWorkingDays: 5, interpretationWorkingDays: 3) { immediateWorkingDays } }',
    }),
    login: () => ({ query: 'mutation { login(login: "login-probe", password: "probe-password-1") { login } }' }),
    logout: () => ({ query: 'mutation { logout }' }),
    changePassword: () => ({
      query: 'mutation { changePassword(currentPassword: "not-the-password", newPassword: "another-password-2") }',
    }),
    createUser: () => ({
      query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { login } oneTimePassword } }',
      variables: {
        i: { login: `probe-${++counter}`, displayName: '探针', agencyCode: '150785-sfj', roles: ['VIEWER'] },
      },
    }),
    updateUser: (ids) => ({
      query: 'mutation($id: ID!) { updateUser(id: $id, input: { displayName: "目标用户" }) { login } }',
      variables: { id: ids.targetUserId },
    }),
    resetUserPassword: (ids) => ({
      query: 'mutation($id: ID!) { resetUserPassword(id: $id) { oneTimePassword } }',
      variables: { id: ids.targetUserId },
    }),
    unlockAccount: (ids) => ({
      query: 'mutation($id: ID!) { unlockAccount(id: $id) { login } }',
      variables: { id: ids.targetUserId },
    }),
    importCatalogue: () => ({
      query:
        'mutation($t: String!) { importCatalogue(agencyCode: "150785-sfj", text: $t, versionLabel: "探针") { id } }',
      variables: { t: seed },
    }),
    previewCatalogueFile: () => ({
      query:
        'mutation($c: String!) { previewCatalogueFile(agencyCode: "150785-sfj", fileName: "目录.txt", contentBase64: $c) { layoutKey } }',
      variables: { c: Buffer.from(seed).toString('base64') },
    }),
    importCatalogueFile: () => ({
      query:
        'mutation($c: String!) { importCatalogueFile(agencyCode: "150785-sfj", fileName: "目录.txt", contentBase64: $c, versionLabel: "探针文件") { id } }',
      variables: { c: Buffer.from(seed).toString('base64') },
    }),
    matchCatalogueFile: () => ({
      query:
        'mutation($c: String!) { matchCatalogueFile(fileName: "根河市司法局目录.txt", contentBase64: $c) { agency { code } } }',
      variables: { c: Buffer.from(seed).toString('base64') },
    }),
    onboardCatalogueFile: () => ({
      query:
        'mutation($c: String!) { onboardCatalogueFile(agencyCode: "150785-sfj", fileName: "目录.txt", contentBase64: $c, versionLabel: "探针批量") { id } }',
      variables: { c: Buffer.from(seed).toString('base64') },
    }),
    addOffice: () => ({
      query: 'mutation($n: String!) { addOffice(agencyCode: "150785-sfj", name: $n) { id } }',
      variables: { n: `新科室${++counter}` },
    }),
    renameOffice: (ids) => ({
      query: 'mutation($id: ID!, $n: String!) { renameOffice(id: $id, name: $n) { name } }',
      variables: { id: ids.officeId, n: ids.officeName },
    }),
    deleteOffice: async () => {
      const em = h.db.orm.em.fork();
      const o = em.create(Office, {
        agency: (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id,
        name: `待删科室${++counter}`,
        aliases: [],
        position: 95,
      });
      await em.flush();
      return { query: 'mutation($id: ID!) { deleteOffice(id: $id) }', variables: { id: o.id } };
    }, // a fresh unused office each call
    mergeOffices: (ids) => ({
      query: 'mutation($a: ID!, $b: ID!) { mergeOffices(sourceId: $a, targetId: $b) { name } }',
      variables: { a: ids.mergeSourceId, b: ids.mergeTargetId },
    }),
    resolveOfficeAliasFinding: (ids) => ({
      query: 'mutation($id: ID!) { resolveOfficeAliasFinding(id: $id, action: "CONFIRM") { resolution } }',
      variables: { id: ids.findingId },
    }),
    // A fresh draft each call, so every principal meets an existing one.
    deleteDraft: async () => {
      const em = h.db.orm.em.fork();
      const c = em.create(Catalogue, {
        agency: (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id,
        title: '待删草稿',
        versionLabel: `待删${++counter}`,
      });
      await em.flush();
      return { query: 'mutation($id: ID!) { deleteDraft(id: $id) }', variables: { id: c.id } };
    },
    createDraft: (ids) => ({
      query: 'mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "2099版") { id } }',
      variables: { id: ids.catalogueId },
    }),
    updateRequirement: (ids) => ({
      query:
        'mutation($id: ID!) { updateRequirement(id: $id, expectedVersion: 1, input: { remarks: ["探针"] }) { version } }',
      variables: { id: ids.rowId },
    }),
    addRequirement: (ids) => ({
      query: 'mutation($id: ID!) { addRequirement(itemId: $id) { id } }',
      variables: { id: ids.itemId },
    }),
    // Deletions get a fresh object each call, so every principal is checked against an existing one.
    deleteRequirement: async () => ({
      query: 'mutation($id: ID!) { deleteRequirement(id: $id) }',
      variables: { id: await freshRow() },
    }),
    addItem: (ids) => ({
      query: 'mutation($id: ID!) { addItem(catalogueId: $id, name: "探针事项") { id } }',
      variables: { id: ids.draftId },
    }),
    renameItem: (ids) => ({
      query: 'mutation($id: ID!) { renameItem(id: $id, expectedVersion: 1, name: "工作动态（改）") { name } }',
      variables: { id: ids.itemId },
    }),
    moveItem: (ids) => ({
      query: 'mutation($id: ID!) { moveItem(id: $id, position: 0) { position } }',
      variables: { id: ids.itemId },
    }),
    deleteItem: async () => ({
      query: 'mutation($id: ID!) { deleteItem(id: $id) }',
      variables: { id: await freshItem() },
    }),
    publishCatalogue: (ids) => ({
      query: 'mutation($id: ID!) { publishCatalogue(id: $id) { status } }',
      variables: { id: ids.draftId },
    }),
    // 提交审批: a fresh draft each call (submitted by 司法局's editor, for the return).
    submitCatalogueDraft: async () => ({
      query: 'mutation($id: ID!) { submitCatalogueDraft(id: $id) { submission { state } } }',
      variables: { id: await freshDraft(false) },
    }),
    returnCatalogueDraft: async () => ({
      query: 'mutation($id: ID!) { returnCatalogueDraft(id: $id, comment: "请补充") { submission { state } } }',
      variables: { id: await freshDraft(true) },
    }),
    setHolidayYear: () => ({
      query: 'mutation { setHolidayYear(year: 2099, holidays: ["2099-01-01"], workdays: []) { year } }',
    }),
    setItemMatch: (ids) => ({
      query:
        'mutation($a: ID!, $p: [String!]!, $b: ID!, $q: [String!]!) { setItemMatch(leftCatalogueId: $a, leftPath: $p, rightCatalogueId: $b, rightPath: $q, decision: CONFIRMED) { id } }',
      variables: { a: ids.templateId, p: ids.templatePath, b: ids.catalogueId, q: ids.sfjPath },
    }),
    // A fresh decision each call.
    clearItemMatch: async (ids) => {
      const em = h.db.orm.em.fork();
      const d = await setMatchDecision(em, {
        leftCatalogueId: ids.templateId,
        leftPath: ids.templatePath,
        rightCatalogueId: ids.catalogueId,
        rightPath: ids.sfjPath,
        decision: 'REJECTED',
        decidedBy: null,
      });
      return { query: 'mutation($id: ID!) { clearItemMatch(id: $id) { id } }', variables: { id: d.id } };
    },
    saveAnnualReport: () => ({
      query: 'mutation { saveAnnualReport(agencyCode: "150785-sfj", year: 2022, input: { problems: "探针" }) { id } }',
    }),
    importPublishedReport: () => ({
      query:
        'mutation($c: String!) { importPublishedReport(agencyCode: "150785-sfj", fileName: "根河市司法局2020年报.html", contentBase64: $c, dryRun: true) { year } }',
      variables: {
        c: readFileSync(new URL('../../exchange/src/__fixtures__/reports/sfj-2020.html', import.meta.url)).toString(
          'base64',
        ),
      },
    }),
    importAnnualReport: () => ({
      query: 'mutation($j: JSON!) { importAnnualReport(agencyCode: "150785-sfj", json: $j) { id } }',
      variables: {
        j: {
          year: 2021,
          format: '2021',
          texts: {},
          cells: Object.fromEntries(REPORT_FORMATS['2021'].cells.map((c) => [c.id, '0'])),
        },
      },
    }),
    submitAnnualReport: (ids) => ({
      query: 'mutation($id: ID!) { submitAnnualReport(id: $id) { status } }',
      variables: { id: ids.reportId },
    }),
    returnAnnualReport: (ids) => ({
      query: 'mutation($id: ID!) { returnAnnualReport(id: $id, comment: "请核对") { status } }',
      variables: { id: ids.reportId },
    }),
    approveAnnualReport: (ids) => ({
      query: 'mutation($id: ID!) { approveAnnualReport(id: $id) { status } }',
      variables: { id: ids.reportId },
    }),
    publishAnnualReports: (ids) => ({
      query: 'mutation($id: ID!) { publishAnnualReports(ids: [$id]) { status } }',
      variables: { id: ids.reportId },
    }),
    approveAnnualReports: (ids) => ({
      query: 'mutation($id: ID!) { approveAnnualReports(ids: [$id]) { status } }',
      variables: { id: ids.reportId },
    }),
    returnAnnualReports: (ids) => ({
      query: 'mutation($id: ID!) { returnAnnualReports(ids: [$id], comment: "请核对") { status } }',
      variables: { id: ids.reportId },
    }),
    setGovernmentSettings: () => ({
      query:
        'mutation { setGovernmentSettings(governmentCode: "150785", catalogueSecondPerson: true) { catalogueSecondPerson } }',
    }),
    // 司法局 has filed its 2024 report: the office's call is allowed and answered BAD_USER_INPUT (no notice written).
    sendReportReminders: () => ({
      query:
        'mutation { sendReportReminders(governmentCode: "150785", year: 2024, agencyCodes: ["150785-sfj"], message: "请报送") { count } }',
    }),
    markNoticeRead: () => ({
      query: 'mutation { markNoticeRead(id: "00000000-0000-4000-8000-000000000000") { id } }',
    }),
    setReportDeadlines: () => ({
      query:
        'mutation { setReportDeadlines(governmentCode: "150785", year: 2024, departmentDue: "2025-01-26", governmentDue: "2025-03-31") { departmentDue } }',
    }),
    startGovernmentReport: () => ({
      query: 'mutation { startGovernmentReport(governmentCode: "150785", year: 2024) { id } }',
    }),
    createApplicationCase: () => ({
      query: 'mutation { createApplicationCase(agencyCode: "150785-sfj", input: { receivedOn: "2026-02-10" }) { id } }',
    }),
    updateApplicationCase: async () => ({
      query: 'mutation($id: ID!) { updateApplicationCase(id: $id, input: { subject: "探针" }) { id } }',
      variables: { id: (await applicationFixture(h.db)).caseId },
    }),
    addApplicationStep: async () => ({
      query:
        'mutation($id: ID!) { addApplicationStep(id: $id, step: { kind: "thirdPartySent", on: "2026-02-12" }) { id } }',
      variables: { id: (await applicationFixture(h.db)).caseId },
    }),
    recordApplicationOutcome: async () => ({
      query:
        'mutation($id: ID!) { recordApplicationOutcome(id: $id, outcome: "granted", repliedOn: "2026-03-02") { id } }',
      variables: { id: (await applicationFixture(h.db)).caseId },
    }),
    // Deletions get a fresh object each call.
    deleteApplicationCase: async () => ({
      query: 'mutation($id: ID!) { deleteApplicationCase(id: $id) }',
      variables: { id: await freshApplicationCase(h.db) },
    }),
    saveReviewRecord: () => ({
      query:
        'mutation { saveReviewRecord(agencyCode: "150785-sfj", input: { kind: "review", filedOn: "2025-03-01" }) { id } }',
    }),
    deleteReviewRecord: async () => ({
      query: 'mutation($id: ID!) { deleteReviewRecord(id: $id) }',
      variables: { id: await freshReviewRecord(h.db) },
    }),
    attachApplicationFile: async () => ({
      query:
        'mutation($c: ID!, $b: String!) { attachApplicationFile(caseId: $c, fileName: "答复书.pdf", contentBase64: $b) { id } }',
      variables: { c: (await applicationFixture(h.db)).caseId, b: SAMPLE_PDF_BASE64 },
    }),
    deleteApplicationFile: async () => {
      const f = await freshStoredFile(h.db);
      return {
        query: 'mutation($c: ID!, $f: ID!) { deleteApplicationFile(caseId: $c, fileId: $f) }',
        variables: { c: f.caseId, f: f.fileId },
      };
    },
    importApplicationCases: async () => ({
      query:
        'mutation($c: String!) { importApplicationCases(agencyCode: "150785-sfj", fileName: "台账.xlsx", contentBase64: $c, dryRun: true) { created } }',
      variables: { c: await registerWorkbookBase64() },
    }),
    fillReportFromRegister: () => ({
      query: 'mutation { fillReportFromRegister(agencyCode: "150785-sfj", year: 2022) { id } }',
    }),
    setApplicationSettings: () => ({
      query:
        'mutation { setApplicationSettings(governmentCode: "150785", input: { dueSoonWorkingDays: 5 }) { dueSoonWorkingDays } }',
    }),
  },
};

let h: ApiHarness;
let ids: Ids;

async function freshItem(): Promise<string> {
  const em = h.db.orm.em.fork();
  const draft = await em.findOneOrFail(Catalogue, ids.draftId);
  const item = em.create(CatalogueItem, {
    agency: draft.agency,
    catalogue: draft,
    parent: null,
    level: 1,
    name: '待删事项',
    position: 99,
    serial: null,
    sourceLine: null,
  });
  await em.flush();
  return item.id;
}

/** A published 主动公开 record of 司法局 (issue 16), new each call. */
async function freshRecord(): Promise<string> {
  const em = h.db.orm.em.fork();
  const [row] = await em.execute(
    `insert into publication_record (id, agency_id, requirement_id, item_key, item_path, status, title, formed_date, published_date)
     select gen_random_uuid(), agency_id, id, '履职依据›规范性文件', '["履职依据","规范性文件"]', 'PUBLISHED', '探针记录', '2026-01-05', '2026-01-06'
       from requirement where id = ? returning id`,
    [ids.rowId],
  );
  return row!.id as string;
}

/** A file attached to a record (written as the owner), new each call. */
async function freshRecordFile(recordId: string): Promise<string> {
  const [row] = await h.db.orm.em.fork().execute(
    `insert into stored_file (id, agency_id, owner_kind, owner_id, file_name, media_type, size, sha256, bytes)
       select gen_random_uuid(), agency_id, 'publicationRecord', id, '附件.pdf', 'application/pdf', 5, 'x', '\\x255044462d'::bytea
         from publication_record where id = ? returning id`,
    [recordId],
  );
  return row!.id as string;
}

/** A draft of 司法局 made directly (beside the open one), new each call; `submitted`: by 司法局's editor. */
async function freshDraft(submitted: boolean): Promise<string> {
  const em = h.db.orm.em.fork();
  const c = em.create(Catalogue, {
    agency: (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id,
    title: '审批探针',
    versionLabel: `审批${++counter}`,
    ...(submitted ? { reviewState: 'SUBMITTED' as const, submittedBy: 'sfj-editor', submittedAt: new Date() } : {}),
  });
  await em.flush();
  return c.id;
}

async function freshRow(): Promise<string> {
  const em = h.db.orm.em.fork();
  const item = await em.findOneOrFail(CatalogueItem, await freshItem());
  const row = em.create(Requirement, {
    agency: item.agency,
    catalogue: item.catalogue,
    item,
    position: 0,
    sourceLine: null,
    contentIntro: null,
    contentElements: [],
    timeLimitRaw: '',
    timeLimitRule: { kind: 'none' },
    longTerm: false,
    statutoryDefault: false,
    publishingOrgans: [],
    channels: [],
    extraChannels: [],
    audiences: [],
    legalBasis: [],
    modes: [],
    levels: [],
    remarks: [],
  });
  await em.flush();
  return row.id;
}

beforeAll(async () => {
  h = await createApiHarness();
  const em = h.db.orm.em.fork();
  const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
  const office = await em.findOneOrFail(Office, { agency: sfj, name: '办公室' });
  const catalogue = await em.findOneOrFail(Catalogue, { agency: sfj, status: 'PUBLISHED' });
  const template = await em.findOneOrFail(Catalogue, { agency: { code: GENERAL_STANDARD }, status: 'PUBLISHED' });
  const templateJson = await loadCatalogueJson(em, template.id);
  const target = em.create(User, {
    login: 'target-user',
    displayName: '目标用户',
    agency: sfj,
    roles: ['VIEWER'],
    passwordHash: await hashPassword('target-password-1'),
  });
  em.create(User, {
    login: 'login-probe',
    displayName: '登录探针',
    agency: sfj,
    roles: ['VIEWER'],
    passwordHash: await hashPassword('probe-password-1'),
  });
  const mergeSource = em.create(Office, { agency: sfj, name: '合并源科', aliases: [], position: 90 });
  const mergeTarget = em.create(Office, { agency: sfj, name: '合并目标科', aliases: [], position: 91 });
  await em.flush();
  const draft = await saveCatalogue(em, sfj.id, importCatalogueTextOrThrow(seed), { versionLabel: '2025版草稿' });
  const items = await em.find(CatalogueItem, { catalogue: draft });
  const itemNamed = (n: string) => items.find((i) => i.name === n)!;
  const rowOf = async (n: string) =>
    (await em.findOneOrFail(Requirement, { item: itemNamed(n) }, { orderBy: { position: 'asc' } })).id;
  ids = {
    catalogueId: catalogue.id,
    officeId: office.id,
    officeName: office.name,
    targetUserId: target.id,
    draftId: draft.id,
    mergeSourceId: mergeSource.id,
    mergeTargetId: mergeTarget.id,
    rowId: await rowOf('规范性文件'),
    itemId: itemNamed('工作动态').id,
    reportId: (await em.findOneOrFail(AnnualReport, { agency: sfj, year: 2024 })).id,
    findingId: (await em.findOneOrFail(ImportFinding, { catalogue: draft, kind: 'office-alias-merged' })).id,
    templateId: template.id,
    templatePath: [templateJson.items[0]!.name],
    sfjPath: [(await loadCatalogueJson(em, catalogue.id)).items[0]!.name],
  };
});
afterAll(async () => h?.close());

/** A fresh session per call, so logout or a password reset in one call does not affect the next. */
async function freshToken(login: string): Promise<string> {
  return withSystemScope(
    h.db.appOrm,
    async (em) =>
      (await createSession(em, await em.findOneOrFail(User, { login }), { ip: null, userAgent: null })).token,
  );
}

describe('access rules cover the whole schema', () => {
  it('has a rule, a sample and an expectation for every root field, and nothing else', async () => {
    const schema = await createSchema();
    for (const root of ['Query', 'Mutation'] as const) {
      const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      const fields = Object.keys(type.getFields()).sort();
      expect(Object.keys(POLICIES[root]).sort(), `${root}: access rules in policy.ts`).toEqual(fields);
      expect(Object.keys(SAMPLES[root]).sort(), `${root}: samples in access.test.ts`).toEqual(fields);
      expect(Object.keys(EXPECTED[root]).sort(), `${root}: expectations in access.test.ts`).toEqual(fields);
    }
  });

  for (const root of ['Query', 'Mutation'] as const) {
    for (const [field, row] of Object.entries(EXPECTED[root])) {
      it(`${root}.${field}: ${row}`, async () => {
        const got: string[] = [];
        for (const principal of PRINCIPALS) {
          const token = principal === 'anonymous' ? undefined : await freshToken(principal);
          const sample = await SAMPLES[root][field]!(ids);
          const r = await h.run(sample.query, sample.variables, { token });
          const code = r.errors?.[0]?.extensions?.code;
          const outcome: Outcome =
            code === 'UNAUTHENTICATED' && field !== 'login' ? 'U' : code === 'FORBIDDEN' ? 'F' : 'A';
          if (outcome === 'A' && r.errors) {
            // Allowed calls may still fail for their own reasons (a wrong current password), never with a 500.
            expect(code, `${field} as ${principal}: ${r.errors[0]!.message}`).not.toBe('INTERNAL_SERVER_ERROR');
          }
          if (outcome !== 'A')
            expect(r.data ?? null, `${field} as ${principal}: refused calls return no data`).toBeNull();
          got.push(outcome);
        }
        expect(got.join(''), PRINCIPALS.join(', ')).toBe(row);
      });
    }
  }
});

describe('list queries return only the principal’s data', () => {
  const list = async (login: string | null) => {
    const token = login ? await freshToken(login) : undefined;
    const r = await h.run('{ agencies { code currentCatalogue { status findings { line } } } }', {}, { token });
    expect(r.errors).toBeUndefined();
    return r.data!.agencies as Array<{
      code: string;
      currentCatalogue: { status: string; findings: unknown[] } | null;
    }>;
  };

  it("a department user sees its own agency only, and its government's standard catalogues", async () => {
    expect((await list('sfj-viewer')).map((a) => a.code).sort()).toEqual(['150785-sfj', ...STANDARDS].sort());
    expect((await list('mzj-editor')).map((a) => a.code).sort()).toEqual(['150785-mzj', ...STANDARDS].sort());
  });

  it('the city reviewer sees every agency of its government, the administrator all', async () => {
    expect((await list('demo-reviewer')).length).toBe(DEMO.agencies.length);
    expect((await list('demo-admin')).length).toBe(DEMO.agencies.length);
  });

  it('anonymous visitors see published catalogues only, without findings', async () => {
    const agencies = await list(null);
    const withCatalogue = agencies.filter((a) => a.currentCatalogue);
    expect(withCatalogue.map((a) => a.code).sort()).toEqual(
      DEMO.agencies
        .filter((a) => a.catalogue?.published)
        .map((a) => a.code)
        .sort(),
    );
    expect(withCatalogue.map((a) => a.code)).not.toContain('150785-mzj'); // a draft only
    for (const a of withCatalogue) expect(a.currentCatalogue).toMatchObject({ status: 'PUBLISHED', findings: [] });
  });
});

describe('separation of duties (职责分离)', () => {
  const as = async (login: string, query: string, variables: Record<string, unknown> = {}) =>
    h.run(query, variables, { token: await freshToken(login) });
  const ok = async (login: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await as(login, query, variables);
    expect(r.errors, `${login}: ${r.errors?.[0]?.message}`).toBeUndefined();
    return r.data as Record<string, any>;
  };
  const refused = (r: Awaited<ReturnType<typeof as>>, message: string | RegExp) => {
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    if (typeof message === 'string') expect(r.errors?.[0]?.message).toBe(message);
    else expect(r.errors?.[0]?.message).toMatch(message);
    expect(r.data ?? null).toBeNull();
  };
  const cells = (year: number, seed: number, name: string) =>
    Object.entries(demoReportData(year, seed, name).cells).map(([id, value]) => ({ id, value }));
  const SAVE =
    'mutation($a: String!, $y: Int!, $c: [ReportCellInput!]) { saveAnnualReport(agencyCode: $a, year: $y, input: { problems: "问题与改进", other: "无", cells: $c }) { id status } }';
  const SUBMIT = 'mutation($id: ID!) { submitAnnualReport(id: $id) { status } }';
  const APPROVE = 'mutation($id: ID!) { approveAnnualReport(id: $id) { status } }';
  const RETURN = 'mutation($id: ID!) { returnAnnualReport(id: $id, comment: "请核对") { status } }';
  const PUBLISH = 'mutation($id: ID!) { publishAnnualReports(ids: [$id]) { status } }';

  beforeAll(async () => {
    const em = h.db.orm.em.fork();
    const hash = await hashPassword('duty-password-1');
    const agency = async (code: string) => em.findOneOrFail(Agency, { code });
    em.create(User, {
      login: 'zwgkb-approver',
      displayName: '政务公开办审批人',
      agency: await agency('150785-zwgkb'),
      roles: ['DEPT_APPROVER'],
      passwordHash: hash,
    });
    em.create(User, {
      login: 'second-reviewer',
      displayName: '第二位审核员',
      agency: await agency('150785-zwgkb'),
      roles: ['CITY_REVIEWER'],
      passwordHash: hash,
    });
    em.create(User, {
      login: 'mzj-approver',
      displayName: '民政局审批人',
      agency: await agency('150785-mzj'),
      roles: ['DEPT_APPROVER'],
      passwordHash: hash,
    });
    await em.flush();
  });

  it('the office neither fills nor submits a department’s report', async () => {
    const draft = await h.db.orm.em
      .fork()
      .findOneOrFail(AnnualReport, { agency: { code: '150785-mzj' } as never, year: 2024 });
    refused(
      await as('demo-reviewer', SAVE, { a: '150785-mzj', y: 2024, c: [] }),
      '职责分离：政务公开办只能填报本级政府的报告，部门的报告由部门自己填报',
    );
    refused(
      await as('demo-reviewer', SUBMIT, { id: draft.id }),
      '职责分离：政务公开办只能报送本级政府的报告，部门的报告由部门自己报送',
    );
    // Not even the office's own agency's report: that is filled by the office's department users.
    refused(
      await as('demo-reviewer', SAVE, { a: '150785-zwgkb', y: 2022, c: [] }),
      /^职责分离：政务公开办只能填报本级政府的报告/u,
    );
  });

  it('nobody returns, approves or publishes a report of their own agency', async () => {
    const id = (
      await ok('zwgkb-approver', SAVE, {
        a: '150785-zwgkb',
        y: 2022,
        c: cells(2022, 4, '根河市人民政府办公室（政务公开办）'),
      })
    ).saveAnnualReport.id;
    expect((await ok('zwgkb-approver', SUBMIT, { id })).submitAnnualReport.status).toBe('SUBMITTED');
    refused(await as('demo-reviewer', APPROVE, { id }), '职责分离：不能审核本机关的报告');
    refused(await as('demo-reviewer', RETURN, { id }), '职责分离：不能退回本机关的报告');
    expect((await ok('demo-admin', APPROVE, { id })).approveAnnualReport.status).toBe('APPROVED');
    refused(await as('second-reviewer', PUBLISH, { id }), '职责分离：不能公开本机关的报告');
    expect((await ok('demo-admin', PUBLISH, { id })).publishAnnualReports[0].status).toBe('PUBLISHED');
  });

  it('the reviewer who filled and submitted the government’s report does not approve it; another reviewer does', async () => {
    const id = (await ok('demo-reviewer', SAVE, { a: '150785', y: 2022, c: cells(2022, 5, '根河市人民政府') }))
      .saveAnnualReport.id;
    expect((await ok('demo-reviewer', SUBMIT, { id })).submitAnnualReport.status).toBe('SUBMITTED');
    refused(await as('demo-reviewer', APPROVE, { id }), '职责分离：不能审核自己填报或报送的报告');
    refused(await as('demo-reviewer', RETURN, { id }), '职责分离：不能退回自己填报或报送的报告');
    expect((await ok('second-reviewer', RETURN, { id })).returnAnnualReport.status).toBe('RETURNED');
    // A change and a review in one request would be judged on the data before the change: refused, nothing saved.
    const both = await as(
      'second-reviewer',
      `mutation($id: ID!) { saveAnnualReport(agencyCode: "150785", year: 2022, input: { other: "改" }) { id } approveAnnualReport(id: $id) { status } }`,
      { id },
    );
    refused(both, '职责分离：审核、退回、公开不能与修改放在同一次请求中');
    expect((await h.db.orm.em.fork().findOneOrFail(AnnualReport, id)).other).toBe('无');
    expect((await ok('demo-reviewer', SUBMIT, { id })).submitAnnualReport.status).toBe('SUBMITTED');
    expect((await ok('second-reviewer', APPROVE, { id })).approveAnnualReport.status).toBe('APPROVED');
    refused(await as('demo-reviewer', PUBLISH, { id }), '职责分离：不能公开自己填报或报送的报告');
    expect((await ok('demo-admin', PUBLISH, { id })).publishAnnualReports[0].status).toBe('PUBLISHED');
  });

  it('the platform administrator who filled a report does not approve it either', async () => {
    const id = (await ok('demo-admin', SAVE, { a: '150785-mzj', y: 2022, c: cells(2022, 2, '根河市民政局') }))
      .saveAnnualReport.id;
    expect((await ok('demo-admin', SUBMIT, { id })).submitAnnualReport.status).toBe('SUBMITTED');
    refused(await as('demo-admin', APPROVE, { id }), '职责分离：不能审核自己填报或报送的报告');
    expect((await ok('demo-reviewer', APPROVE, { id })).approveAnnualReport.status).toBe('APPROVED');
  });

  describe('a catalogue draft is not published by its only editor', () => {
    const ADD_ITEM = 'mutation($id: ID!, $n: String!) { addItem(catalogueId: $id, name: $n) { id } }';
    const PUBLISH_CATALOGUE = 'mutation($id: ID!) { publishCatalogue(id: $id) { status publishedBy } }';
    const CREATE_DRAFT = 'mutation($id: ID!, $v: String!) { createDraft(catalogueId: $id, versionLabel: $v) { id } }';
    const government = async (on: boolean) => {
      const em = h.db.orm.em.fork();
      await setGovernmentSettings(
        em,
        await em.findOneOrFail(Agency, { code: '150785' }),
        { catalogueSecondPerson: on },
        'test',
      );
    };
    const catalogueOf = async (code: string, status: 'DRAFT' | 'PUBLISHED') =>
      (
        await h.db.orm.em
          .fork()
          .findOneOrFail(Catalogue, { agency: { code } as never, status }, { orderBy: { createdAt: 'desc' } })
      ).id;

    it('refuses the approver who alone edited the draft (setting on, the default); allows it when the setting is off', async () => {
      const draft = await catalogueOf('150785-mzj', 'DRAFT');
      await ok('mzj-approver', ADD_ITEM, { id: draft, n: '审批人自己加的事项' });
      refused(
        await as('mzj-approver', PUBLISH_CATALOGUE, { id: draft }),
        /^职责分离：草稿只有你一人编辑过，不能由你发布/u,
      );
      await government(false);
      try {
        expect((await ok('mzj-approver', PUBLISH_CATALOGUE, { id: draft })).publishCatalogue).toEqual({
          status: 'PUBLISHED',
          publishedBy: 'mzj-approver',
        });
      } finally {
        await government(true);
      }
    });

    it('allows the approver when another user edited the draft too; refuses the administrator as only editor', async () => {
      const published = await catalogueOf('150785-mzj', 'PUBLISHED');
      const draft = (await ok('mzj-editor', CREATE_DRAFT, { id: published, v: '2025版（职责分离）' })).createDraft.id;
      await ok('mzj-approver', ADD_ITEM, { id: draft, n: '审批人补充的事项' });
      expect((await ok('mzj-approver', PUBLISH_CATALOGUE, { id: draft })).publishCatalogue.status).toBe('PUBLISHED');
      const adminDraft = (await ok('demo-admin', CREATE_DRAFT, { id: draft, v: '2026版（管理员）' })).createDraft.id;
      refused(await as('demo-admin', PUBLISH_CATALOGUE, { id: adminDraft }), /^职责分离：草稿只有你一人编辑过/u);
    });

    it('does not apply where the agency has no 部门审批人', async () => {
      const published = await catalogueOf('150785-czj', 'PUBLISHED');
      const draft = (await ok('demo-admin', CREATE_DRAFT, { id: published, v: '2025版（无审批人）' })).createDraft.id;
      expect((await ok('demo-admin', PUBLISH_CATALOGUE, { id: draft })).publishCatalogue.status).toBe('PUBLISHED');
    });
  });
});
