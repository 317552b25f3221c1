/**
 * The audit log in Chinese: a label for every operation the server records (every GraphQL mutation, and the
 * events that are not mutations of their own — a failed sign-in, a locked account, each report of a bulk
 * publication), a label for every kind of object, and how an object is named so that a person recognises it
 * (a report by its agency and year, a catalogue version by its agency and version label, a user by name and login).
 * Defined once here: the server names objects and writes the CSV with it, the admin app fills its filter from it.
 */

/**
 * Every GraphQL mutation (packages/api/schema.graphql, type Mutation), in Chinese. A test fails when a mutation has no
 * label here; a label may come before its mutation is in the committed schema.
 */
export const MUTATION_LABELS: Readonly<Record<string, string>> = Object.freeze({
  addApplicationStep: '添加办理步骤',
  addItem: '新增事项',
  addOffice: '新增科室',
  addRequirement: '新增公开要求',
  approveAnnualReport: '审核通过年度报告',
  approveAnnualReports: '批量审核通过年度报告',
  attachApplicationFile: '上传答复书等附件',
  attachRecordFile: '上传公开记录附件',
  changePassword: '修改密码',
  clearItemMatch: '撤销事项匹配',
  createApplicationCase: '登记申请',
  createDraft: '新建草稿',
  createPublicationRecord: '新增公开记录',
  createUser: '新建用户',
  deleteApplicationCase: '删除申请',
  deleteApplicationFile: '删除答复书等附件',
  deleteDraft: '删除草稿',
  deleteItem: '删除事项',
  deleteOffice: '删除科室',
  deletePublicationRecord: '删除公开记录',
  deleteRecordFile: '删除公开记录附件',
  deleteRequirement: '删除公开要求',
  deleteReviewRecord: '删除复议诉讼记录',
  fillReportFromRegister: '用登记填写年度报告',
  fillTableTwoFromRecords: '用公开记录填写表二',
  importAnnualReport: '导入年度报告',
  importApplicationCases: '导入申请登记',
  importCatalogue: '导入目录',
  importCatalogueFile: '导入目录文件',
  importPublicationRecords: '导入公开记录',
  importPublishedReport: '录入往年年度报告',
  linkInterpretation: '关联政策解读',
  login: '登录',
  logout: '退出登录',
  markNoticeRead: '阅读通知',
  matchCatalogueFile: '识别目录文件',
  mergeOffices: '合并科室',
  moveItem: '移动事项',
  onboardCatalogueFile: '批量导入目录',
  previewCatalogueFile: '预览目录文件',
  publishAnnualReports: '公开年度报告',
  publishCatalogue: '发布目录',
  recordApplicationOutcome: '填写办理结果',
  renameItem: '重命名事项',
  renameOffice: '重命名科室',
  resetUserPassword: '重置密码',
  resolveOfficeAliasFinding: '处理科室合并问题',
  returnAnnualReport: '退回年度报告',
  returnAnnualReports: '批量退回年度报告',
  returnCatalogueDraft: '退回目录草稿',
  saveAnnualReport: '保存年度报告',
  saveReviewRecord: '保存复议诉讼记录',
  sendReportReminders: '催报',
  setApplicationSettings: '设置依申请公开期限',
  setGovernmentSettings: '修改职责分离设置',
  setHolidayYear: '补录节假日',
  setItemMatch: '确定事项匹配',
  setMonthlyDecisions: '填写每月处理决定',
  setRecordSettings: '设置主动公开时限',
  setReportDeadlines: '设置年报截止日',
  startGovernmentReport: '新建本级政府年度报告',
  submitAnnualReport: '报送年度报告',
  submitCatalogueDraft: '提交目录审批',
  unlinkInterpretation: '取消政策解读关联',
  unlockAccount: '解除账号锁定',
  updateApplicationCase: '修改申请',
  updatePublicationRecord: '修改公开记录',
  updateRequirement: '修改公开要求',
  updateUser: '修改用户',
});

/** Operations recorded that are not mutation names: events inside a mutation, or one entry per object of a bulk one. */
export const AUDIT_EVENT_LABELS: Readonly<Record<string, string>> = Object.freeze({
  loginFailed: '登录失败',
  changePasswordFailed: '修改密码失败',
  accountLocked: '账号锁定',
  publishAnnualReport: '公开年度报告',
  reopenApplicationCase: '重新打开申请',
  withdrawCatalogueSubmission: '撤回目录审批提交',
  sendReportReminder: '催报',
  reportReminderMailFailed: '催报邮件发送失败',
});

/** Every operation label, mutations first (the filter's choices, in this order). */
export const AUDIT_OPERATION_LABELS: Readonly<Record<string, string>> = Object.freeze({
  ...MUTATION_LABELS,
  ...AUDIT_EVENT_LABELS,
});

/** An operation's label; a generic entry of several mutations (`a,b`) is labelled 「甲、乙」; unknown names as written. */
export function auditOperationLabel(operation: string): string {
  return operation
    .split(',')
    .map((op) => (Object.hasOwn(AUDIT_OPERATION_LABELS, op) ? AUDIT_OPERATION_LABELS[op]! : op))
    .join('、');
}

/** Mutations that record one entry per object under another name (publishAnnualReports: each report). */
const RECORDED_AS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  publishAnnualReports: ['publishAnnualReport'],
  approveAnnualReports: ['approveAnnualReport'],
  returnAnnualReports: ['returnAnnualReport'],
  sendReportReminders: ['sendReportReminder'],
});

/** The operation names a filter on `operation` selects (the name itself and what it is recorded as). */
export function auditOperationsMatching(operation: string): string[] {
  const also = Object.hasOwn(RECORDED_AS, operation) ? RECORDED_AS[operation]! : [];
  const of = Object.entries(RECORDED_AS)
    .filter(([, names]) => names.includes(operation))
    .map(([m]) => m);
  return [...new Set([operation, ...also, ...of])];
}

/** The filter's choices, one per label (「公开年度报告」 once, for the bulk mutation and its per-report entries). */
export function auditOperationOptions(): Array<{ value: string; label: string }> {
  const seen = new Set<string>();
  const out: Array<{ value: string; label: string }> = [];
  for (const [value, label] of Object.entries(AUDIT_OPERATION_LABELS)) {
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({ value, label });
  }
  return out;
}

/** Kinds of object an entry names (objectType), in Chinese. */
export const AUDIT_OBJECT_TYPE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  Agency: '机关',
  AnnualReport: '年度报告',
  ApplicationCase: '依申请公开登记',
  ApplicationReview: '复议诉讼记录',
  ApplicationSettings: '依申请公开期限设置',
  Catalogue: '目录版本',
  CatalogueItem: '事项',
  GovernmentSetting: '职责分离设置',
  HolidayYear: '节假日',
  ImportFinding: '导入问题',
  MonthlyDecisionCount: '每月处理决定',
  Office: '科室',
  PublicationRecord: '公开记录',
  RecordSettings: '主动公开时限设置',
  ReportDeadline: '年报截止日',
  ReportReminder: '催报通知',
  Request: '请求',
  Requirement: '公开要求',
  StoredFile: '附件',
  User: '用户',
});

export function auditObjectTypeLabel(objectType: string): string {
  return Object.hasOwn(AUDIT_OBJECT_TYPE_LABELS, objectType) ? AUDIT_OBJECT_TYPE_LABELS[objectType]! : objectType;
}

/** 「根河市司法局 2025 年度报告」 */
export function reportObjectName(agencyName: string, year: number): string {
  return `${agencyName} ${year} 年度报告`;
}

/** 「根河市司法局 政务公开事项目录（2024版）」; a title that already begins with the agency's name is not repeated. */
export function catalogueObjectName(agencyName: string | null, title: string | null, versionLabel: string): string {
  const t = title?.trim() ?? '';
  const name = !agencyName ? t || '目录' : t.startsWith(agencyName) ? t : `${agencyName} ${t || '目录'}`;
  return `${name}（${versionLabel}）`;
}

/** 「张三（zhangsan）」, or the login alone when there is no other name. */
export function userObjectName(login: string, displayName: string | null | undefined): string {
  const d = displayName?.trim();
  return d && d !== login ? `${d}（${login}）` : login;
}

/** An application case by its number (编号), else its subject. */
export function applicationCaseObjectName(reference: string | null | undefined, subject: string | null | undefined) {
  const r = reference?.trim();
  const s = subject?.trim();
  if (r && s) return `${r} ${s}`;
  return r || s || null;
}

/** A publication record by its document number (文号) and title. */
export function publicationRecordObjectName(
  documentNumber: string | null | undefined,
  title: string | null | undefined,
  itemPath: readonly string[] = [],
): string | null {
  const n = documentNumber?.trim();
  const t = title?.trim();
  if (n && t) return `${t}（${n}）`;
  return t || n || (itemPath.length > 0 ? itemPath.join(' / ') : null);
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * An object's name from what the entry itself kept (the after-state, else the before-state): for objects that no
 * longer exist (a deleted draft, office or user) and entries that name no stored object. `agencyName`: the entry's.
 */
export function auditObjectNameFromSnapshot(
  objectType: string,
  objectId: string | null | undefined,
  before: unknown,
  after: unknown,
  agencyName: string | null = null,
): string | null {
  const a = record(after);
  const b = record(before);
  const pick = (key: string): string | null => text(a?.[key]) ?? text(b?.[key]);
  switch (objectType) {
    case 'User': {
      const login = pick('login');
      return login ? userObjectName(login, pick('displayName')) : pick('displayName');
    }
    case 'Catalogue': {
      const version = pick('versionLabel');
      return version ? catalogueObjectName(agencyName, pick('title'), version) : pick('title');
    }
    case 'HolidayYear':
      return objectId && /^\d{4}$/u.test(objectId) ? `${objectId} 年节假日` : null;
    case 'ApplicationCase':
      return applicationCaseObjectName(pick('reference'), pick('subject'));
    case 'PublicationRecord':
      return publicationRecordObjectName(pick('documentNumber'), pick('title'));
    case 'Request':
      return null;
    default:
      return pick('name') ?? pick('title') ?? pick('login');
  }
}

/**
 * The fields entries keep in their before/after states, in Chinese (the details of an entry). A requirement's
 * fields use the catalogue's own column names; a key not listed is shown as written.
 */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = Object.freeze({
  login: '登录名',
  displayName: '姓名',
  agencyId: '机关',
  roles: '角色',
  disabled: '停用',
  ip: 'IP 地址',
  key: '限制对象',
  wasLocked: '此前已锁定',
  name: '名称',
  aliases: '别名',
  rowsMoved: '转移的行数',
  rows: '行数',
  source: '原科室',
  targetName: '合并到',
  title: '标题',
  versionLabel: '版本',
  basedOn: '基于版本',
  fileName: '文件名',
  bytes: '文件大小（字节）',
  layoutKey: '版式',
  findings: '导入问题数',
  confirmAgency: '确认机关',
  level: '层级',
  parentId: '上级事项',
  position: '位置',
  itemId: '事项',
  action: '处理',
  data: '数据',
  movedRows: '转移的行数',
  year: '年度',
  months: '月份',
  holidays: '节假日',
  workdays: '调休上班日',
  created: '新增条数',
  errors: '错误条数',
  unmatched: '未匹配条数',
  cells: '单元格数',
  replaced: '替换',
  comment: '意见',
  cellComments: '单元格意见',
  bulk: '批量处理份数',
  departmentDue: '部门报送截止日',
  governmentDue: '本级报告公开截止日',
  included: '已计入的部门',
  missing: '未计入的部门',
  notCounted: '未计入条数',
  status: '状态',
  itemPath: '目录事项',
  publishedDate: '公开日期',
  interpretationId: '解读记录',
  immediateWorkingDays: '即时公开工作日数',
  interpretationWorkingDays: '政策解读工作日数',
  catalogueSecondPerson: '目录发布须另一人',
  reference: '编号',
  receivedOn: '收到日期',
  applicantKind: '申请人类型',
  outcome: '办理结果',
  closedOn: '办结日期',
  steps: '办理步骤',
  contentIntro: '公开内容引言',
  contentElements: '公开内容（要素）',
  timeLimitRaw: '公开时限',
  timeLimit: '公开时限',
  publishingOrgans: '公开主体',
  channels: '公开渠道和载体',
  extraChannels: '公开渠道和载体（其他）',
  audiences: '公开对象',
  officeIds: '责任科室',
  offices: '责任科室',
  legalBasis: '公开依据',
  modes: '公开方式',
  levels: '公开层级',
  remarks: '备注',
  version: '版本号',
});

export function auditFieldLabel(key: string): string {
  return Object.hasOwn(AUDIT_FIELD_LABELS, key) ? AUDIT_FIELD_LABELS[key]! : key;
}

/** How many entries one CSV export holds at most (newest first); a longer log is narrowed by the filters. */
export const AUDIT_CSV_MAX_ROWS = 20_000;

/** The CSV's columns, in order. */
export const AUDIT_CSV_HEADER = ['时间', '用户', '机关', '操作', '对象类型', '对象', '对象 ID'] as const;
