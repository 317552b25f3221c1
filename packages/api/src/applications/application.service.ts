/**
 * The 依申请公开 register (issue 15), the work behind the resolvers: each function takes the request's context first.
 * The clock, tables 三/四, statistics and the Excel intake are the domain's (packages/domain/src/applications); the
 * storage and the personal-data table packages/db's (src/applications). Personal data (applicant name and contact)
 * is read and written only through the db's `readApplicants` / `saveApplicant`, which row-level security limits to
 * the user's own agency; nothing personal goes into the audit log, the office's overview or any aggregate.
 */
import {
  Agency,
  AnnualReport,
  ApplicationCase,
  ApplicationReview,
  ConflictError,
  departmentsOf,
  findReport,
  loadApplicationSettings,
  loadCasesForYear,
  loadCasesTouchingYear,
  loadOpenCases,
  loadReviewRecords,
  readApplicants,
  reportData,
  saveApplicant,
  saveApplicationSettings,
  saveReportDraft,
} from '@gongkai/db';
import {
  APPLICATION_SETTING_LABELS,
  CLOCK_STATES,
  DEFAULT_APPLICATION_SETTINGS,
  INTAKE_FIELDS,
  REVIEW_COLUMNS,
  REVIEW_RECORD_KINDS,
  REVIEW_ROLES,
  RECEIPT_WAYS,
  applicantKindLabel,
  applicationClock,
  applicationSettings,
  applicationStatistics,
  applicationTableFromCases,
  applicationTextProblem,
  cellName,
  checkApplicant,
  checkApplicationCase,
  closedOn,
  differencesFromRegister,
  guessIntakeMapping,
  interpretIntakeGrid,
  isApplicantKind,
  isApplicationOutcome,
  isRegisterDate,
  isReceiptWay,
  isReviewRecordKind,
  isReviewResult,
  isReviewRole,
  outcomeLabel,
  parseFee,
  reviewTableFromRecords,
  stepLabel,
  stepOf,
  type ApplicantKind,
  type ApplicantPersonalData,
  type ApplicationCaseCore,
  type ApplicationClock,
  type ApplicationSettings,
  type ApplicationStep,
  type CaseProblem,
  type ClockState,
  type IntakeField,
  type IntakeMapping,
  type ReceiptWay,
  type ReviewRecord,
  type StepKind,
  type TableCells,
  type WorkingDayCalendar,
} from '@gongkai/domain';
import { ParseFailure, parseRegisterXlsx, writeRegisterXlsx } from '@gongkai/exchange';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import { NO_AGENCIES, applyScope, scopeOf } from '../scope.js';
import { decodeUpload } from '../intake/uploads.js';
import type {
  ApplicationCaseInput,
  ApplicationCaseType,
  ApplicationClockType,
  ApplicationImportType,
  ApplicationOverviewType,
  ApplicationRegisterType,
  ApplicationSettingsInput,
  ApplicationSettingsType,
  ApplicationStatisticsType,
  ApplicationStepInput,
  ApplicationTablesType,
  PublicApplicationFiguresType,
  IntakeColumnInput,
  RegisterDifferenceType,
  ReviewRecordInput,
  ReviewRecordType,
  TableCellType,
} from './application.type.js';

// ---- helpers ----

const login = (ctx: Context): string | null => (ctx.principal.kind === 'user' ? ctx.principal.login : null);

/** Today as the calendar day in China. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function asOfDay(asOf: string | null | undefined): string {
  if (asOf === null || asOf === undefined || asOf === '') return chinaToday();
  if (!isRegisterDate(asOf))
    throw badUserInput(`日期 asOf「${asOf}」不是 2000–2100 年的有效日期（YYYY-MM-DD）`, { field: 'asOf' });
  return asOf;
}

function checkYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 2008 || year > 2100)
    throw badUserInput(`年份「${year}」不对：应为 2008 年以后的年份`, { field });
}

/** The government whose settings apply to an agency: its parent, or itself. */
function governmentIdOf(agency: Agency): string {
  return agency.kind === 'GOVERNMENT' ? agency.id : (agency.parent?.id ?? agency.id);
}

interface ClockSetup {
  calendar: WorkingDayCalendar;
  settings: ApplicationSettings;
}

async function clockSetup(ctx: Context, agency: Agency): Promise<ClockSetup> {
  const [calendar, settings] = await Promise.all([
    ctx.loaders.workingDayCalendar(),
    loadApplicationSettings(ctx.em, governmentIdOf(agency)),
  ]);
  return { calendar, settings };
}

/** Whether the transaction's scope includes the agency's personal data (the user's own agency, department roles). */
function maySeePersonalData(ctx: Context, agencyId: string): boolean {
  return (scopeOf(ctx.principal).personal ?? []).includes(agencyId);
}

const inputError = (p: CaseProblem, prefix = 'input'): Error =>
  badUserInput(p.message, { field: `${prefix}.${p.field}` });

function clockView(c: ApplicationClock): ApplicationClockType {
  const e = c.explanation;
  return {
    ...c,
    explanation: e
      ? {
          ...e,
          extensionDays: e.extension?.days ?? null,
          extensionApprover: e.extension?.approver ?? null,
          extensionDecidedOn: e.extension?.decidedOn ?? null,
        }
      : null,
  };
}

function coreOf(c: ApplicationCase): ApplicationCaseCore {
  return {
    id: c.id,
    receivedOn: c.receivedOn ?? null,
    applicantKind: c.applicantKind ?? null,
    steps: c.steps,
    outcome: c.outcome ?? null,
  };
}

/** What a draft still lacks, and what is inconsistent, in Chinese. */
function problemsOf(c: ApplicationCase, settings: ApplicationSettings): string[] {
  const out: string[] = [];
  if (!c.receivedOn) out.push('尚未填写收到申请日期');
  if (!c.applicantKind) out.push('尚未填写申请人类型');
  if (!c.receiptWay) out.push('尚未填写申请方式');
  for (const p of checkApplicationCase(
    {
      receivedOn: c.receivedOn ?? null,
      applicantKind: c.applicantKind ?? null,
      receiptWay: c.receiptWay ?? null,
      outcome: c.outcome ?? null,
      fee: c.fee ?? null,
      steps: c.steps,
    },
    settings,
  ))
    out.push(p.message);
  return out;
}

const REVIEW_RESULT_LABELS: Record<string, string> = Object.fromEntries(REVIEW_COLUMNS.map((c) => [c.key, c.label]));

function reviewView(r: ReviewRecord & { note?: string }): ReviewRecordType {
  return {
    id: r.id,
    caseId: r.caseId,
    kind: r.kind,
    kindLabel: REVIEW_RECORD_KINDS.find((k) => k.key === r.kind)?.label ?? r.kind,
    role: r.role,
    roleLabel: REVIEW_ROLES.find((k) => k.key === r.role)?.label ?? r.role,
    filedOn: r.filedOn,
    result: r.result,
    resultLabel: r.result ? REVIEW_RESULT_LABELS[r.result]! : REVIEW_RESULT_LABELS.pending!,
    decidedOn: r.decidedOn,
    note: r.note ?? '',
  };
}

function reviewRecordOf(r: ApplicationReview): ReviewRecord & { note: string } {
  return {
    id: r.id,
    caseId: r.case?.id ?? null,
    kind: r.kind,
    role: r.role,
    filedOn: r.filedOn,
    result: r.result ?? null,
    decidedOn: r.decidedOn ?? null,
    note: r.note,
  };
}

function caseView(
  c: ApplicationCase,
  agency: Agency,
  clock: ApplicationClock,
  settings: ApplicationSettings,
  applicant: ApplicantPersonalData | null,
  reviews: ApplicationReview[],
): ApplicationCaseType {
  return {
    id: c.id,
    agencyCode: agency.code,
    agencyName: agency.name,
    reference: c.reference ?? null,
    receivedOn: c.receivedOn ?? null,
    receiptWay: c.receiptWay ?? null,
    receiptWayLabel: c.receiptWay ? (RECEIPT_WAYS.find((w) => w.key === c.receiptWay)?.label ?? null) : null,
    applicantKind: c.applicantKind ?? null,
    applicantKindLabel:
      c.applicantKind && isApplicantKind(c.applicantKind) ? applicantKindLabel(c.applicantKind) : null,
    subject: c.subject,
    steps: c.steps.map((s) => ({ ...s, kindLabel: stepLabel(s.kind) })),
    outcome: c.outcome ?? null,
    outcomeLabel: c.outcome ? outcomeLabel(c.outcome) : null,
    closedOn: c.closedOn ?? null,
    fee: c.fee ?? null,
    version: c.version,
    updatedAt: c.updatedAt,
    clock: clockView(clock),
    applicant,
    problems: problemsOf(c, settings),
    reviews: reviews.map((r) => reviewView(reviewRecordOf(r))),
  };
}

export async function applicationCaseById(ctx: Context, id: string, field = 'id'): Promise<ApplicationCase> {
  assertId(id, field);
  const c = await ctx.em.findOne(ApplicationCase, id);
  if (!c) throw notFound(`未找到 id 为「${id}」的依申请公开登记`, { field });
  return c;
}

async function viewsOf(
  ctx: Context,
  agency: Agency,
  cases: Array<{ c: ApplicationCase; clock: ApplicationClock }>,
  settings: ApplicationSettings,
): Promise<ApplicationCaseType[]> {
  const ids = cases.map((x) => x.c.id);
  // One statement each, whatever the number of cases: applicants (as RLS allows) and review records.
  const applicants = ids.length ? await readApplicants(ctx.em, ids) : new Map<string, ApplicantPersonalData>();
  const reviews = ids.length
    ? await ctx.em.find(ApplicationReview, { case: { $in: ids } }, { orderBy: { filedOn: 'asc', id: 'asc' } })
    : [];
  return cases.map(({ c, clock }) =>
    caseView(
      c,
      agency,
      clock,
      settings,
      applicants.get(c.id) ?? null,
      reviews.filter((r) => r.case?.id === c.id),
    ),
  );
}

// ---- reading ----

export interface RegisterFilter {
  year?: number | null;
  states?: string[] | null;
  asOf?: string | null;
  limit?: number | null;
}

const MAX_REGISTER_PAGE = 1000;

export async function applicationRegister(
  ctx: Context,
  agencyCode: string,
  filter: RegisterFilter = {},
): Promise<ApplicationRegisterType> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const asOf = asOfDay(filter.asOf);
  const states = filter.states ?? null;
  for (const s of states ?? [])
    if (!CLOCK_STATES.some((x) => x.key === s))
      throw badUserInput(`状态「${s}」无效（应为 ${CLOCK_STATES.map((x) => x.key).join('、')}）`, { field: 'states' });
  const limit = filter.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_REGISTER_PAGE)
    throw badUserInput(`limit 应为 1–${MAX_REGISTER_PAGE}`, { field: 'limit' });
  if (filter.year !== null && filter.year !== undefined) checkYear(filter.year);
  const { calendar, settings } = await clockSetup(ctx, agency);
  const y = filter.year;
  const where =
    y === null || y === undefined
      ? { agency }
      : {
          agency,
          $and: [
            { $or: [{ receivedOn: null }, { receivedOn: { $lte: `${y}-12-31` } }] },
            { $or: [{ closedOn: null }, { closedOn: { $gte: `${y}-01-01` } }] },
          ],
        };
  const rows = await ctx.em.find(ApplicationCase, where as never);
  const withClock = rows.map((c) => ({ c, clock: applicationClock(coreOf(c), calendar, asOf, settings) }));
  const counts = CLOCK_STATES.map((s) => ({
    state: s.key,
    label: s.label,
    count: withClock.filter((x) => x.clock.state === s.key).length,
  }));
  const chosen = withClock.filter((x) => !states || states.includes(x.clock.state));
  const open = (s: ClockState): boolean => s === 'IN_PROGRESS' || s === 'DUE_SOON' || s === 'OVERDUE';
  chosen.sort((a, b) => {
    const ao = open(a.clock.state);
    const bo = open(b.clock.state);
    if (ao !== bo) return ao ? -1 : 1;
    if (ao) {
      // Nearest due date first; those without one (waiting for 补正, no date yet) after.
      const ad = a.clock.dueDate ?? '9999';
      const bd = b.clock.dueDate ?? '9999';
      if (ad !== bd) return ad < bd ? -1 : 1;
    } else {
      const ac = a.c.closedOn ?? '';
      const bc = b.c.closedOn ?? '';
      if (ac !== bc) return ac > bc ? -1 : 1;
    }
    return (a.c.receivedOn ?? '') < (b.c.receivedOn ?? '') ? -1 : a.c.id < b.c.id ? -1 : 1;
  });
  const page = chosen.slice(0, limit);
  return { asOf, total: chosen.length, counts, cases: await viewsOf(ctx, agency, page, settings) };
}

export async function applicationCase(ctx: Context, id: string, asOf?: string | null): Promise<ApplicationCaseType> {
  const c = await applicationCaseById(ctx, id);
  const agency = (await ctx.loaders.agencyById.load(c.agency.id))!;
  const { calendar, settings } = await clockSetup(ctx, agency);
  const clock = applicationClock(coreOf(c), calendar, asOfDay(asOf), settings);
  return (await viewsOf(ctx, agency, [{ c, clock }], settings))[0]!;
}

const cellsOf = (t: TableCells): TableCellType[] =>
  Object.entries(t.cells).map(([id, value]) => ({ id, value: value ?? '0', caseIds: t.caseIds[id] ?? [] }));

async function tablesFor(ctx: Context, agency: Agency, year: number): Promise<{ a: TableCells; r: TableCells }> {
  checkYear(year);
  const [cases, records] = await Promise.all([
    loadCasesForYear(ctx.em, agency.id, year),
    loadReviewRecords(ctx.em, agency.id, year),
  ]);
  return { a: applicationTableFromCases(cases, year), r: reviewTableFromRecords(records, year) };
}

export async function applicationTables(
  ctx: Context,
  agencyCode: string,
  year: number,
): Promise<ApplicationTablesType> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const { a, r } = await tablesFor(ctx, agency, year);
  return {
    year,
    format: a.format,
    applications: cellsOf(a),
    reviewLitigation: cellsOf(r),
    notCounted: [...a.notCounted, ...r.notCounted],
  };
}

export async function reportRegisterDifferences(
  ctx: Context,
  agencyCode: string,
  year: number,
): Promise<RegisterDifferenceType[]> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const { a, r } = await tablesFor(ctx, agency, year);
  const report = await findReport(ctx.em, agency.id, year);
  const typed = report ? reportData(report).cells : {};
  return differencesFromRegister(typed, { cells: { ...a.cells, ...r.cells } }).map((d) => ({
    ...d,
    cellName: cellName(a.format, d.cellId),
  }));
}

export async function applicationOverview(
  ctx: Context,
  governmentCode: string,
  asOf?: string | null,
): Promise<ApplicationOverviewType> {
  const government = await agencyByCode(ctx.em, governmentCode, 'governmentCode');
  if (government.kind !== 'GOVERNMENT')
    throw badUserInput(`「${government.name}」不是人民政府`, { field: 'governmentCode' });
  const day = asOfDay(asOf);
  // A constant number of statements for any number of departments: the departments, the settings, the calendar,
  // the open cases of all of them (no personal data is read).
  const agencies = [government, ...(await departmentsOf(ctx.em, government.id))];
  const { calendar, settings } = await clockSetup(ctx, government);
  const open = await loadOpenCases(
    ctx.em,
    agencies.map((a) => a.id),
  );
  const byAgency = new Map(agencies.map((a) => [a.id, { agency: a, open: 0, dueSoon: 0, overdue: 0 }]));
  const overdue: ApplicationOverviewType['overdue'] = [];
  for (const c of open) {
    const row = byAgency.get(c.agencyId);
    if (!row) continue;
    const clock = applicationClock(c, calendar, day, settings);
    row.open++;
    if (clock.state === 'DUE_SOON') row.dueSoon++;
    if (clock.state === 'OVERDUE') {
      row.overdue++;
      overdue.push({
        id: c.id,
        agencyCode: row.agency.code,
        agencyName: row.agency.name,
        reference: c.reference,
        receivedOn: c.receivedOn!,
        dueDate: clock.dueDate!,
        workingDaysOverdue: -(clock.workingDaysLeft ?? 0),
        applicantKindLabel:
          c.applicantKind && isApplicantKind(c.applicantKind) ? applicantKindLabel(c.applicantKind) : null,
      });
    }
  }
  overdue.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1));
  return {
    asOf: day,
    dueSoonWorkingDays: settings.dueSoonWorkingDays,
    departments: [...byAgency.values()].map((r) => ({
      agencyCode: r.agency.code,
      agencyName: r.agency.name,
      open: r.open,
      dueSoon: r.dueSoon,
      overdue: r.overdue,
    })),
    overdue,
  };
}

export async function applicationStatisticsFor(
  ctx: Context,
  agencyCodes: string[],
  year: number,
  asOf?: string | null,
): Promise<ApplicationStatisticsType[]> {
  checkYear(year);
  if (agencyCodes.length > 2000) throw badUserInput('一次最多 2000 个机关', { field: 'agencyCodes' });
  const day = asOfDay(asOf);
  const agencies = await ctx.em.find(Agency, { code: { $in: agencyCodes } });
  for (const code of agencyCodes)
    if (!agencies.some((a) => a.code === code))
      throw notFound(`未找到编码为「${code}」的机关`, { field: 'agencyCodes' });
  const calendar = await ctx.loaders.workingDayCalendar();
  const govIds = [...new Set(agencies.map(governmentIdOf))];
  const settingsByGov = new Map<string, ApplicationSettings>();
  for (const g of govIds) settingsByGov.set(g, await loadApplicationSettings(ctx.em, g));
  const cases = await loadCasesTouchingYear(
    ctx.em,
    agencies.map((a) => a.id),
    year,
  );
  const order = new Map(agencyCodes.map((c, i) => [c, i]));
  return agencies
    .sort((a, b) => order.get(a.code)! - order.get(b.code)!)
    .map((a) => ({
      agencyCode: a.code,
      agencyName: a.name,
      ...applicationStatistics(
        cases.filter((c) => c.agencyId === a.id),
        year,
        calendar,
        day,
        settingsByGov.get(governmentIdOf(a)) ?? DEFAULT_APPLICATION_SETTINGS,
      ),
    }));
}

/**
 * The public page of figures: a government and its departments (in the departments' own order — never ranked), the
 * year's statistics of each. Anonymous visitors' scope shows no case, so the cases are read in a separate read
 * transaction scoped to exactly these agencies — their clock columns only (no subject, no applicant: the personal
 * scope stays empty); only counts, shares and medians leave.
 */
export async function publicApplicationFigures(
  ctx: Context,
  governmentCode: string,
  year: number,
): Promise<PublicApplicationFiguresType> {
  checkYear(year);
  const today = chinaToday();
  if (year > Number(today.slice(0, 4))) throw badUserInput(`${year} 年尚未开始，没有办理数据`, { field: 'year' });
  const government = await agencyByCode(ctx.em, governmentCode, 'governmentCode');
  if (government.kind !== 'GOVERNMENT')
    throw badUserInput(`「${government.name}」不是人民政府：公开数据按本级政府发布`, { field: 'governmentCode' });
  const agencies = [government, ...(await departmentsOf(ctx.em, government.id))];
  const ids = agencies.map((a) => a.id);
  const { calendar, settings } = await clockSetup(ctx, government);
  // On the small system pool, in a transaction of its own (never the request's: a sibling field of the same query
  // must not run under the wider scope).
  const cases = await ctx.systemOrm.em.fork().transactional(async (tx) => {
    await applyScope(tx, { read: { ids, tree: null }, write: NO_AGENCIES, public: false, personal: [] });
    return loadCasesTouchingYear(tx, ids, year);
  });
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  return {
    governmentCode: government.code,
    governmentName: government.name,
    year,
    asOf,
    agencies: agencies.map((a) => ({
      agencyCode: a.code,
      agencyName: a.name,
      ...applicationStatistics(
        cases.filter((c) => c.agencyId === a.id),
        year,
        calendar,
        today,
        settings,
      ),
    })),
  };
}

export async function applicationSettingsOf(ctx: Context, governmentCode: string): Promise<ApplicationSettingsType> {
  const government = await agencyByCode(ctx.em, governmentCode, 'governmentCode');
  return loadApplicationSettings(ctx.em, governmentIdOf(government));
}

// ---- writing ----

function stepsFrom(input: ApplicationStepInput[]): ApplicationStep[] {
  return input.map((s) => ({
    kind: s.kind as StepKind,
    on: s.on,
    ...(s.days !== undefined && s.days !== null ? { days: s.days } : {}),
    ...(s.approver ? { approver: s.approver.trim() } : {}),
    ...(s.note ? { note: s.note } : {}),
  }));
}

/** Applies the given fields (undefined: unchanged, null: cleared) and checks the result; nothing is written here. */
function applyInput(c: ApplicationCase, input: ApplicationCaseInput, settings: ApplicationSettings): void {
  const text = (v: string | null | undefined): string | null | undefined =>
    v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim();
  const ref = text(input.reference);
  if (ref !== undefined) c.reference = ref;
  const received = text(input.receivedOn);
  if (received !== undefined) c.receivedOn = received;
  const way = text(input.receiptWay);
  if (way !== undefined) {
    if (way !== null && !isReceiptWay(way))
      throw badUserInput(
        `申请方式「${way}」无效（应为 ${RECEIPT_WAYS.map((w) => `${w.key} ${w.label}`).join('、')}）`,
        {
          field: 'input.receiptWay',
        },
      );
    c.receiptWay = way as ReceiptWay | null;
  }
  const kind = text(input.applicantKind);
  if (kind !== undefined) c.applicantKind = kind as ApplicantKind | null;
  if (input.subject !== undefined) c.subject = (input.subject ?? '').trim();
  if (input.fee !== undefined) {
    const f = parseFee(input.fee ?? '');
    if (!f.ok) throw badUserInput(`信息处理费「${input.fee}」${f.message}`, { field: 'input.fee' });
    c.fee = f.value;
  }
  if (input.steps !== undefined && input.steps !== null) c.steps = stepsFrom(input.steps);
  const problems = checkApplicationCase(
    {
      reference: c.reference ?? null,
      subject: c.subject,
      receivedOn: c.receivedOn ?? null,
      applicantKind: c.applicantKind ?? null,
      receiptWay: c.receiptWay ?? null,
      outcome: c.outcome ?? null,
      fee: c.fee ?? null,
      steps: c.steps,
    },
    settings,
  );
  if (problems[0]) throw inputError(problems[0]);
  c.closedOn = c.outcome ? closedOn(coreOf(c)) : null;
}

/** The applicant data the input gives (undefined: not given). */
function applicantOf(
  input: ApplicationCaseInput,
  current: ApplicantPersonalData | null,
): ApplicantPersonalData | undefined {
  if (input.applicantName === undefined && input.applicantContact === undefined) return undefined;
  return {
    name: (input.applicantName === undefined ? current?.name : input.applicantName)?.trim() ?? '',
    contact: (input.applicantContact === undefined ? current?.contact : input.applicantContact)?.trim() ?? '',
  };
}

async function writeApplicant(
  ctx: Context,
  agency: Agency,
  caseId: string,
  applicant: ApplicantPersonalData | undefined,
  field = 'input.applicantName',
): Promise<void> {
  if (applicant === undefined) return;
  const p = checkApplicant(applicant)[0];
  if (p) throw badUserInput(p.message, { field: `input.${p.field}` });
  if (!maySeePersonalData(ctx, agency.id)) {
    if (applicant.name === '' && applicant.contact === '') return;
    throw badUserInput('申请人的个人信息只能由本机关的用户填写', { field });
  }
  await saveApplicant(ctx.em, agency.id, caseId, applicant);
}

function auditOf(c: ApplicationCase): Record<string, unknown> {
  // Never the applicant's name or contact: the audit log is read by the office.
  return {
    reference: c.reference ?? null,
    receivedOn: c.receivedOn ?? null,
    applicantKind: c.applicantKind ?? null,
    outcome: c.outcome ?? null,
    closedOn: c.closedOn ?? null,
    steps: c.steps.map((s) => `${s.kind}@${s.on}`),
  };
}

export async function createApplicationCase(
  ctx: Context,
  agencyCode: string,
  input: ApplicationCaseInput,
): Promise<ApplicationCaseType> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const { settings } = await clockSetup(ctx, agency);
  const c = ctx.em.create(ApplicationCase, { agency, createdBy: login(ctx), updatedBy: login(ctx) });
  applyInput(c, input, settings);
  await ctx.em.flush();
  await writeApplicant(ctx, agency, c.id, applicantOf(input, null));
  ctx.audit.push({
    operation: 'createApplicationCase',
    objectType: 'ApplicationCase',
    objectId: c.id,
    agencyId: agency.id,
    after: auditOf(c),
  });
  return applicationCase(ctx, c.id);
}

async function forUpdate(
  ctx: Context,
  id: string,
  expectedVersion?: number | null,
): Promise<{ c: ApplicationCase; agency: Agency; settings: ApplicationSettings; before: Record<string, unknown> }> {
  const c = await applicationCaseById(ctx, id);
  if (expectedVersion !== undefined && expectedVersion !== null && c.version !== expectedVersion)
    throw new ConflictError('这件申请已被他人修改，你的修改没有保存；请刷新后再改', []);
  const agency = (await ctx.loaders.agencyById.load(c.agency.id))!;
  const { settings } = await clockSetup(ctx, agency);
  return { c, agency, settings, before: auditOf(c) };
}

async function saved(
  ctx: Context,
  operation: string,
  x: { c: ApplicationCase; agency: Agency; before: Record<string, unknown> },
): Promise<ApplicationCaseType> {
  x.c.updatedBy = login(ctx);
  await ctx.em.flush();
  ctx.audit.push({
    operation,
    objectType: 'ApplicationCase',
    objectId: x.c.id,
    agencyId: x.agency.id,
    before: x.before,
    after: auditOf(x.c),
  });
  return applicationCase(ctx, x.c.id);
}

export async function updateApplicationCase(
  ctx: Context,
  id: string,
  input: ApplicationCaseInput,
  expectedVersion?: number | null,
): Promise<ApplicationCaseType> {
  const x = await forUpdate(ctx, id, expectedVersion);
  applyInput(x.c, input, x.settings);
  const current = (await readApplicants(ctx.em, [x.c.id])).get(x.c.id) ?? null;
  await writeApplicant(ctx, x.agency, x.c.id, applicantOf(input, current));
  return saved(ctx, 'updateApplicationCase', x);
}

export async function addApplicationStep(
  ctx: Context,
  id: string,
  step: ApplicationStepInput,
): Promise<ApplicationCaseType> {
  const x = await forUpdate(ctx, id);
  const steps = [...x.c.steps, ...stepsFrom([step])];
  const problems = checkApplicationCase(
    {
      receivedOn: x.c.receivedOn ?? null,
      applicantKind: x.c.applicantKind ?? null,
      receiptWay: x.c.receiptWay ?? null,
      outcome: x.c.outcome ?? null,
      fee: x.c.fee ?? null,
      steps,
    },
    x.settings,
  );
  // A problem of the new step names the argument `step`.
  const last = `steps[${steps.length - 1}]`;
  const p = problems[0];
  if (p)
    throw badUserInput(p.message, { field: p.field.startsWith(last) ? `step${p.field.slice(last.length)}` : 'step' });
  x.c.steps = steps;
  x.c.closedOn = x.c.outcome ? closedOn(coreOf(x.c)) : null;
  return saved(ctx, 'addApplicationStep', x);
}

export async function recordApplicationOutcome(
  ctx: Context,
  id: string,
  outcome: string | null,
  repliedOn: string | null,
  fee?: string | null,
): Promise<ApplicationCaseType> {
  const x = await forUpdate(ctx, id);
  if (outcome === null) {
    // Reopened: no outcome, no 答复 step.
    x.c.outcome = null;
    x.c.closedOn = null;
    x.c.steps = x.c.steps.filter((s) => s.kind !== 'replied');
    return saved(ctx, 'reopenApplicationCase', x);
  }
  if (!isApplicationOutcome(outcome))
    throw badUserInput(`办理结果「${outcome}」不是年报表三的办理结果之一`, { field: 'outcome' });
  if (!repliedOn || !isRegisterDate(repliedOn))
    throw badUserInput(`答复日期「${repliedOn ?? ''}」不是 2000–2100 年的有效日期（YYYY-MM-DD）`, {
      field: 'repliedOn',
    });
  if (!x.c.receivedOn) throw badUserInput('请先填写收到申请日期，再填写办理结果', { field: 'outcome' });
  if (fee !== undefined) {
    const f = parseFee(fee ?? '');
    if (!f.ok) throw badUserInput(`信息处理费「${fee}」${f.message}`, { field: 'fee' });
    x.c.fee = f.value;
  }
  const steps = [...x.c.steps.filter((s) => s.kind !== 'replied'), { kind: 'replied' as const, on: repliedOn }];
  const problems = checkApplicationCase(
    {
      receivedOn: x.c.receivedOn,
      applicantKind: x.c.applicantKind ?? null,
      receiptWay: x.c.receiptWay ?? null,
      outcome,
      fee: x.c.fee ?? null,
      steps,
    },
    x.settings,
  );
  if (problems[0]) throw badUserInput(problems[0].message, { field: 'repliedOn' });
  x.c.steps = steps;
  x.c.outcome = outcome;
  x.c.closedOn = repliedOn;
  return saved(ctx, 'recordApplicationOutcome', x);
}

export async function deleteApplicationCase(ctx: Context, id: string): Promise<boolean> {
  const x = await forUpdate(ctx, id);
  // The applicant row goes with the case (foreign key on delete cascade).
  ctx.em.remove(x.c);
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'deleteApplicationCase',
    objectType: 'ApplicationCase',
    objectId: id,
    agencyId: x.agency.id,
    before: x.before,
  });
  return true;
}

// ---- review and lawsuit records ----

export async function saveReviewRecord(
  ctx: Context,
  agencyCode: string,
  id: string | null | undefined,
  input: ReviewRecordInput,
): Promise<ReviewRecordType> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  if (!isReviewRecordKind(input.kind))
    throw badUserInput(
      `类型「${input.kind}」无效（应为 ${REVIEW_RECORD_KINDS.map((k) => `${k.key} ${k.label}`).join('、')}）`,
      {
        field: 'input.kind',
      },
    );
  const role = input.role ?? 'originalOrgan';
  if (!isReviewRole(role)) throw badUserInput(`「${role}」不是有效的角色`, { field: 'input.role' });
  if (!isRegisterDate(input.filedOn))
    throw badUserInput(`申请或立案日期「${input.filedOn}」不是 2000–2100 年的有效日期（YYYY-MM-DD）`, {
      field: 'input.filedOn',
    });
  const result = input.result ?? null;
  if (result !== null && !isReviewResult(result))
    throw badUserInput(`结果「${result}」无效（应为 upheld 维持、corrected 纠正、other 其他，或留空为尚未审结）`, {
      field: 'input.result',
    });
  const decidedOn = input.decidedOn ?? null;
  if (decidedOn !== null && !isRegisterDate(decidedOn))
    throw badUserInput(`审结日期「${decidedOn}」不是 2000–2100 年的有效日期（YYYY-MM-DD）`, {
      field: 'input.decidedOn',
    });
  if ((result === null) !== (decidedOn === null))
    throw badUserInput('结果与审结日期应同时填写（尚未审结时都留空）', {
      field: result === null ? 'input.result' : 'input.decidedOn',
    });
  if (decidedOn !== null && decidedOn < input.filedOn)
    throw badUserInput(`审结日期 ${decidedOn} 早于申请或立案日期 ${input.filedOn}`, { field: 'input.decidedOn' });
  const note = (input.note ?? '').trim();
  const noteProblem = applicationTextProblem('note', note);
  if (noteProblem) throw badUserInput(noteProblem, { field: 'input.note' });
  let linked: ApplicationCase | null = null;
  if (input.caseId) {
    linked = await applicationCaseById(ctx, input.caseId, 'input.caseId');
    if (linked.agency.id !== agency.id) throw badUserInput('关联的申请不属于这个机关', { field: 'input.caseId' });
  }
  let r: ApplicationReview;
  let before: unknown = null;
  if (id) {
    assertId(id, 'id');
    const found = await ctx.em.findOne(ApplicationReview, { id, agency });
    if (!found) throw notFound(`未找到 id 为「${id}」的复议或诉讼记录`, { field: 'id' });
    r = found;
    before = reviewRecordOf(r);
  } else r = ctx.em.create(ApplicationReview, { agency, kind: input.kind, filedOn: input.filedOn });
  Object.assign(r, { kind: input.kind, role, filedOn: input.filedOn, result, decidedOn, note, case: linked });
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'saveReviewRecord',
    objectType: 'ApplicationReview',
    objectId: r.id,
    agencyId: agency.id,
    before,
    after: reviewRecordOf(r),
  });
  return reviewView(reviewRecordOf(r));
}

export async function deleteReviewRecord(ctx: Context, id: string): Promise<boolean> {
  assertId(id, 'id');
  const r = await ctx.em.findOne(ApplicationReview, id);
  if (!r) throw notFound(`未找到 id 为「${id}」的复议或诉讼记录`, { field: 'id' });
  const before = reviewRecordOf(r);
  const agencyId = r.agency.id;
  ctx.em.remove(r);
  await ctx.em.flush();
  ctx.audit.push({ operation: 'deleteReviewRecord', objectType: 'ApplicationReview', objectId: id, agencyId, before });
  return true;
}

// ---- annual report ----

/** Tables 三 and 四 of the agency's report of the year from the register, saved as a draft (refused otherwise). */
export async function fillReportFromRegister(
  ctx: Context,
  agencyCode: string,
  year: number,
  expectedVersion?: number | null,
): Promise<AnnualReport> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const { a, r } = await tablesFor(ctx, agency, year);
  const { report, created } = await saveReportDraft(
    ctx.em,
    agency,
    year,
    { cells: { ...a.cells, ...r.cells } },
    expectedVersion,
  );
  ctx.audit.push({
    operation: 'fillReportFromRegister',
    objectType: 'AnnualReport',
    objectId: report.id,
    agencyId: agency.id,
    after: { year, created, notCounted: a.notCounted.length + r.notCounted.length },
  });
  return report;
}

// ---- settings ----

export async function setApplicationSettings(
  ctx: Context,
  governmentCode: string,
  input: ApplicationSettingsInput,
): Promise<ApplicationSettingsType> {
  const government = await agencyByCode(ctx.em, governmentCode, 'governmentCode');
  if (government.kind !== 'GOVERNMENT')
    throw badUserInput(`「${government.name}」不是人民政府：期限设置按本级政府设置`, { field: 'governmentCode' });
  const current = await loadApplicationSettings(ctx.em, government.id);
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
  const r = applicationSettings({ ...current, ...given });
  if (!r.ok) throw badUserInput(r.message, { field: `input.${r.field}` });
  await saveApplicationSettings(ctx.em, government.id, r.settings, login(ctx));
  ctx.audit.push({
    operation: 'setApplicationSettings',
    objectType: 'ApplicationSettings',
    objectId: government.id,
    agencyId: government.id,
    before: current,
    after: r.settings,
  });
  return r.settings;
}

export const SETTING_LABELS = APPLICATION_SETTING_LABELS;

// ---- Excel intake and export ----

const MAX_IMPORT_ROWS = 5000;

function mappingFrom(columns: IntakeColumnInput[] | null | undefined, header: string[]): IntakeMapping {
  if (!columns || columns.length === 0) return guessIntakeMapping(header);
  const out: IntakeMapping = {};
  columns.forEach((c, i) => {
    if (!INTAKE_FIELDS.some((f) => f.key === c.field))
      throw badUserInput(`列对应的字段「${c.field}」无效`, { field: `mapping[${i}].field` });
    if (!Number.isInteger(c.column) || c.column < 0 || c.column >= 200)
      throw badUserInput(`列号 ${c.column} 无效`, { field: `mapping[${i}].column` });
    out[c.field as IntakeField] = c.column;
  });
  return out;
}

export async function importApplicationCases(
  ctx: Context,
  agencyCode: string,
  fileName: string,
  contentBase64: string,
  mapping: IntakeColumnInput[] | null | undefined,
  dryRun: boolean,
): Promise<ApplicationImportType> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const data = decodeUpload(fileName, contentBase64);
  if (!/\.xlsx$/iu.test(fileName))
    throw badUserInput(`「${fileName}」不是 .xlsx 文件：请用 Excel 另存为 .xlsx 后导入`, { field: 'fileName' });
  // Read in a worker of the parse pool (packages/exchange parse-pool.ts), as catalogue files are: a hostile or huge
  // workbook costs a worker's time and heap, with a time limit, never the request thread's.
  let read: Awaited<ReturnType<typeof parseRegisterXlsx>>;
  try {
    read = await parseRegisterXlsx(data);
  } catch (e) {
    if (e instanceof ParseFailure)
      throw badUserInput(`「${fileName}」：${e.message}`, { field: 'contentBase64', reason: e.reason });
    throw e;
  }
  if (!read.ok) throw badUserInput(`「${fileName}」：${read.message}`, { field: 'contentBase64' });
  // The header: the first row in which a date of receipt column is recognised (a title row may come first).
  let headerRow = read.rows.findIndex((r) => guessIntakeMapping(r).receivedOn !== undefined);
  if (headerRow < 0) headerRow = 0;
  const header = read.rows[headerRow] ?? [];
  const map = mappingFrom(mapping, header);
  if (map.receivedOn === undefined)
    throw badUserInput('没有找到「收到申请日期」列：请在列对应中指定', { field: 'mapping' });
  if (read.rows.length - headerRow - 1 > MAX_IMPORT_ROWS)
    throw badUserInput(`一次最多导入 ${MAX_IMPORT_ROWS} 行`, { field: 'contentBase64' });
  const { settings } = await clockSetup(ctx, agency);
  const interpreted = interpretIntakeGrid(read.rows, map, { headerRow, sheetName: read.sheetName });
  const personalAllowed = maySeePersonalData(ctx, agency.id);
  const rows = interpreted.map((r) => {
    if (!r.ok) return { row: r.row, ok: false, caseId: null, errors: r.errors.map((e) => e.message) };
    const errors = checkApplicationCase({ ...r.input }, settings).map(
      (p) => `${read.sheetName ? `工作表「${read.sheetName}」` : ''}第${r.row}行：${p.message}`,
    );
    for (const p of checkApplicant(r.input.applicant)) errors.push(`第${r.row}行：${p.message}`);
    if (r.input.applicant && !personalAllowed) errors.push(`第${r.row}行：申请人的个人信息只能由本机关的用户导入`);
    return { row: r.row, ok: errors.length === 0, caseId: null as string | null, errors };
  });
  const mappingOut = INTAKE_FIELDS.map((f) => ({ field: f.key, label: f.label, column: map[f.key] ?? null }));
  const result = { dryRun, sheetName: read.sheetName, header, mapping: mappingOut, created: 0, rows };
  // Nothing is written unless every row is good: a file is imported whole or not at all.
  if (dryRun || rows.some((r) => !r.ok) || rows.length === 0) return result;
  for (const [i, r] of interpreted.entries()) {
    if (!r.ok) continue;
    const c = ctx.em.create(ApplicationCase, {
      agency,
      reference: r.input.reference,
      receivedOn: r.input.receivedOn,
      receiptWay: r.input.receiptWay,
      applicantKind: r.input.applicantKind,
      subject: r.input.subject,
      fee: r.input.fee,
      steps: r.input.steps,
      outcome: r.input.outcome,
      closedOn: r.input.outcome ? (stepOf(r.input.steps, 'replied')?.on ?? null) : null,
      createdBy: login(ctx),
      updatedBy: login(ctx),
    });
    rows[i]!.caseId = c.id;
  }
  await ctx.em.flush();
  for (const [i, r] of interpreted.entries())
    if (r.ok && r.input.applicant) await saveApplicant(ctx.em, agency.id, rows[i]!.caseId!, r.input.applicant);
  result.created = rows.length;
  ctx.audit.push({
    operation: 'importApplicationCases',
    objectType: 'ApplicationCase',
    agencyId: agency.id,
    after: { fileName, created: rows.length },
  });
  return result;
}

/** The register as an .xlsx workbook whose header the import recognises (a round trip re-imports it). */
export async function registerWorkbook(
  ctx: Context,
  agencyCode: string,
  year: number | null,
): Promise<{ fileName: string; body: Buffer }> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const register = await applicationRegister(ctx, agencyCode, { year, limit: MAX_REGISTER_PAGE });
  const label = (f: IntakeField): string => INTAKE_FIELDS.find((x) => x.key === f)!.label;
  const fields: IntakeField[] = [
    'reference',
    'receivedOn',
    'receiptWay',
    'applicantKind',
    'applicantName',
    'applicantContact',
    'subject',
    'acceptedOn',
    'correctionRequestedOn',
    'correctionReceivedOn',
    'thirdPartySentOn',
    'thirdPartyAnsweredOn',
    'extensionOn',
    'extensionDays',
    'extensionApprover',
    'repliedOn',
    'outcome',
    'fee',
  ];
  const header = [...fields.map(label), '答复期限', '状态', '期限说明'];
  const stepOn = (c: ApplicationCaseType, k: StepKind): string | null => c.steps.find((s) => s.kind === k)?.on ?? null;
  const rows = register.cases.map((c) => {
    const ext = c.steps.find((s) => s.kind === 'extended');
    const byField: Record<IntakeField, string | number | null> = {
      reference: c.reference,
      receivedOn: c.receivedOn,
      receiptWay: c.receiptWayLabel,
      applicantKind: c.applicantKindLabel,
      applicantName: c.applicant?.name ?? null,
      applicantContact: c.applicant?.contact ?? null,
      subject: c.subject,
      acceptedOn: stepOn(c, 'accepted'),
      correctionRequestedOn: stepOn(c, 'correctionRequested'),
      correctionReceivedOn: stepOn(c, 'correctionReceived'),
      thirdPartySentOn: stepOn(c, 'thirdPartySent'),
      thirdPartyAnsweredOn: stepOn(c, 'thirdPartyAnswered'),
      extensionOn: ext?.on ?? null,
      extensionDays: ext?.days ?? null,
      extensionApprover: ext?.approver ?? null,
      repliedOn: c.outcome ? stepOn(c, 'replied') : null,
      outcome: c.outcomeLabel,
      fee: c.fee,
    };
    return [...fields.map((f) => byField[f]), c.clock.dueDate, c.clock.stateLabel, c.clock.explanationText];
  });
  const title = `${agency.name}依申请公开登记${year ? `（${year}年）` : ''}`;
  return { fileName: `${title}.xlsx`, body: await writeRegisterXlsx({ title, header, rows }) };
}
