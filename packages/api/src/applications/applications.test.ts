import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency } from '@gongkai/db';
import { APPLICANT_COLUMNS, REPORT_FORMATS } from '@gongkai/domain';
import { readRegisterXlsx, writeRegisterXlsx } from '@gongkai/exchange';
import { createApiHarness, type ApiHarness, type GqlResult } from '../test-support/api-harness.js';
import { downloadApplicationRegister } from './application-files.js';

// The 依申请公开 register through the whole request pipeline (issue 15): access per role, personal data only inside
// the agency (the office and other departments never read it), the clock, the Excel intake, and tables 三/四 filled
// into an annual report from 30 cases.
let h: ApiHarness;
const SFJ = '150785-sfj';

beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(async () => h?.close());

async function as(login: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  return h.run(query, variables, { token: login ? await h.tokenFor(login) : undefined });
}
function ok(r: GqlResult): Record<string, any> {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}

const CASE_FIELDS = `id agencyCode receivedOn applicantKind applicantKindLabel outcome outcomeLabel closedOn version problems
  applicant { name contact }
  steps { kind kindLabel on days approver }
  clock { state stateLabel dueDate workingDaysLeft waitingFor explanationText warnings
    explanation { countAfter totalWorkingDays holidaysSkipped makeUpDaysCounted pauses { sentOn until workingDays } } }`;
const CREATE = `mutation($a: String!, $i: ApplicationCaseInput!) { createApplicationCase(agencyCode: $a, input: $i) { ${CASE_FIELDS} } }`;
const CASE = `query($id: ID!, $d: String) { applicationCase(id: $id, asOf: $d) { ${CASE_FIELDS} } }`;

describe('a case and its clock through the API', () => {
  let id: string;

  it('saves a draft without a date, then the case with its steps, and explains the due date', async () => {
    const draft = ok(
      await as('sfj-editor', CREATE, { a: SFJ, i: { subject: '尚未填完的登记' } }),
    ).createApplicationCase;
    expect(draft.clock).toMatchObject({ state: 'IN_PROGRESS', dueDate: null });
    expect(draft.problems).toContain('尚未填写收到申请日期');

    const created = ok(
      await as('sfj-editor', CREATE, {
        a: SFJ,
        i: {
          reference: '2026-依申-001',
          receivedOn: '2026-02-10',
          receiptWay: 'online',
          applicantKind: 'natural',
          subject: '某项目的批复文件',
          applicantName: '张三',
          applicantContact: '13800000000',
          steps: [
            { kind: 'thirdPartySent', on: '2026-02-13' },
            { kind: 'thirdPartyAnswered', on: '2026-02-27' },
          ],
        },
      }),
    ).createApplicationCase;
    id = created.id;
    // Worked example (see the domain's clock tests): 5 working days of the third party not counted → 2026-03-23.
    const c = ok(await as('sfj-editor', CASE, { id, d: '2026-03-02' })).applicationCase;
    expect(c.clock).toMatchObject({
      state: 'IN_PROGRESS',
      stateLabel: '办理中',
      dueDate: '2026-03-23',
      // 03-03…03-06, 03-09…03-13, 03-16…03-20, 03-23
      workingDaysLeft: 15,
      explanation: {
        countAfter: '2026-02-10',
        totalWorkingDays: 20,
        makeUpDaysCounted: ['2026-02-28'],
        pauses: [{ sentOn: '2026-02-13', until: '2026-02-27', workingDays: 5 }],
      },
    });
    expect(c.clock.explanationText).toContain(
      '2026-02-13 征求第三方意见，至 2026-02-27 第三方答复，其间 5 个工作日不计入',
    );
    expect(c.applicant).toEqual({ name: '张三', contact: '13800000000' });
  });

  it('adds an extension with its approver, records the outcome, and says 按期办结', async () => {
    const ext = await as(
      'sfj-editor',
      `mutation($id: ID!, $s: ApplicationStepInput!) { addApplicationStep(id: $id, step: $s) { clock { dueDate } } }`,
      { id, s: { kind: 'extended', on: '2026-03-20', days: 10 } },
    );
    expect(ext.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'step.approver' });
    expect(ext.errors?.[0]?.message).toBe('「延期答复」须填写批准人');
    const extended = ok(
      await as(
        'sfj-editor',
        `mutation($id: ID!, $s: ApplicationStepInput!) { addApplicationStep(id: $id, step: $s) { clock { dueDate } } }`,
        { id, s: { kind: 'extended', on: '2026-03-20', days: 10, approver: '局长王某' } },
      ),
    ).addApplicationStep;
    // 2026-03-23 + 10 working days: 03-24…03-27, 03-30…04-03, (Qingming 04-06) 04-07 → 2026-04-07.
    expect(extended.clock.dueDate).toBe('2026-04-07');
    const closed = ok(
      await as(
        'sfj-editor',
        `mutation($id: ID!) { recordApplicationOutcome(id: $id, outcome: "partial", repliedOn: "2026-04-03", fee: "12.50") { outcome outcomeLabel closedOn clock { state stateLabel } } }`,
        { id },
      ),
    ).recordApplicationOutcome;
    expect(closed).toEqual({
      outcome: 'partial',
      outcomeLabel: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      closedOn: '2026-04-03',
      clock: { state: 'CLOSED_ON_TIME', stateLabel: '按期办结' },
    });
  });

  it('refuses bad input with a Chinese message naming the field, never a 500', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ receivedOn: '2026-02-30' }, 'input.receivedOn', /不是有效日期/u],
      [{ applicantKind: '学生' }, 'input.applicantKind', /申请人类型「学生」无效/u],
      [{ receiptWay: '飞鸽' }, 'input.receiptWay', /申请方式「飞鸽」无效/u],
      [{ fee: '-1' }, 'input.fee', /不能为负数/u],
      [{ subject: '长'.repeat(5001) }, 'input.subject', /最多 5000 个字符/u],
      [
        { receivedOn: '2026-02-10', steps: [{ kind: 'replied', on: '2026-02-01' }] },
        'input.steps[0].on',
        /早于收到申请日期/u,
      ],
    ];
    for (const [input, field, message] of cases) {
      const r = await as('sfj-editor', CREATE, { a: SFJ, i: input });
      expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0]?.message).toMatch(message);
    }
  });
});

describe('personal data stays inside the agency', () => {
  let id: string;
  beforeAll(async () => {
    id = ok(
      await as('sfj-editor', CREATE, {
        a: SFJ,
        i: {
          receivedOn: '2026-01-05',
          applicantKind: 'natural',
          applicantName: '李四保密',
          applicantContact: '13999999999',
        },
      }),
    ).createApplicationCase.id;
  });

  it('shows the applicant to the agency’s own users, to nobody else', async () => {
    for (const login of ['sfj-editor', 'sfj-approver', 'sfj-viewer'])
      expect(ok(await as(login, CASE, { id })).applicationCase.applicant, login).toEqual({
        name: '李四保密',
        contact: '13999999999',
      });
    for (const login of ['demo-reviewer', 'demo-admin']) {
      const c = ok(await as(login, CASE, { id })).applicationCase;
      expect(c.applicant, login).toBeNull();
      expect(c.receivedOn).toBe('2026-01-05');
      const reg = ok(await as(login, `{ applicationRegister(agencyCode: "${SFJ}") { cases { applicant { name } } } }`));
      expect(JSON.stringify(reg)).not.toContain('李四保密');
    }
    const other = await as('mzj-editor', CASE, { id });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data ?? null).toBeNull();
  });

  it('keeps it out of the office’s overview and the audit log', async () => {
    const overview = ok(
      await as(
        'demo-reviewer',
        `{ applicationOverview(governmentCode: "150785", asOf: "2026-06-01") { departments { agencyCode open overdue } overdue { id reference agencyName applicantKindLabel } } }`,
      ),
    ).applicationOverview;
    expect(overview.overdue.map((o: { id: string }) => o.id)).toContain(id);
    const log = ok(
      await as(
        'demo-reviewer',
        `{ auditLog(agencyCode: "${SFJ}", limit: 200) { entries { operation before after } } }`,
      ),
    );
    const text = JSON.stringify([overview, log]);
    expect(text).toContain('createApplicationCase');
    expect(text).not.toContain('李四保密');
    expect(text).not.toContain('13999999999');
  });

  it('refuses personal data from a user outside the agency, and deletes a case with its applicant', async () => {
    const r = await as(
      'demo-admin',
      `mutation($id: ID!) { updateApplicationCase(id: $id, input: { applicantName: "王五" }) { id } }`,
      { id },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicantName' });
    expect(ok(await as('demo-admin', `mutation($id: ID!) { deleteApplicationCase(id: $id) }`, { id }))).toEqual({
      deleteApplicationCase: true,
    });
    expect(await h.db.orm.em.fork().execute('select * from application_applicant where case_id = ?', [id])).toEqual([]);
  });
});

describe('the office’s overview', () => {
  it('costs the same statements for 100 more departments', async () => {
    const q = `{ applicationOverview(governmentCode: "150785", asOf: "2026-06-01") { departments { agencyCode open dueSoon overdue } overdue { id } } }`;
    const token = await h.tokenFor('demo-reviewer');
    const measure = async (): Promise<{ statements: number; departments: number; overdue: number }> => {
      // Counted the second time: the first after the agency tree changed looks the kept session up again.
      ok(await h.run(q, {}, { token }));
      h.db.queries.length = 0;
      const d = ok(await h.run(q, {}, { token })).applicationOverview;
      // The statements of the operation's own transaction (the last one of the request; before it, the session's
      // look-up, the principal's scope and the access check, which do not depend on the overview).
      const own = h.db.queries.slice(h.db.queries.lastIndexOf('begin'));
      return { statements: own.length, departments: d.departments.length, overdue: d.overdue.length };
    };
    const before = await measure();
    const em = h.db.orm.em.fork();
    const gov = await em.findOneOrFail(Agency, { code: '150785' });
    for (let i = 0; i < 100; i++) {
      const agencyId = randomUUID();
      await em.execute(
        "insert into agency (id, code, name, kind, parent_id, position) values (?, ?, ?, 'DEPARTMENT', ?, ?)",
        [agencyId, `150785-t${i}`, `测试部门${i}`, gov.id, 100 + i],
      );
      await em.execute(
        "insert into application_case (id, agency_id, received_on, applicant_kind) values (?, ?, '2026-03-02', 'natural'), (?, ?, '2026-05-20', 'commercial')",
        [randomUUID(), agencyId, randomUUID(), agencyId],
      );
    }
    const after = await measure();
    expect(after.departments).toBe(before.departments + 100);
    expect(after.overdue).toBe(before.overdue + 100);
    expect(after.statements).toBe(before.statements);
    console.info(
      `applicationOverview: ${after.statements} statements for ${after.departments} agencies (${before.departments} before)`,
    );
  });

  it('is the office’s: a department may not ask for it', async () => {
    const r = await as('sfj-editor', `{ applicationOverview(governmentCode: "150785") { asOf } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('tables 三 and 四 of an annual report filled from 30 cases', () => {
  const AGENCY = '150785-mzj';
  // The sheet a department keeps: the import reads it (header in row 2 under a title), then the report is filled.
  const HEADER = [
    '序号',
    '收到日期',
    '申请方式',
    '申请人类型',
    '申请人',
    '补正通知日期',
    '收到补正日期',
    '答复日期',
    '办理结果',
  ];
  const row = (
    n: number,
    received: string,
    kind: string,
    replied = '',
    outcome = '',
    corr: [string, string] = ['', ''],
  ) => [String(n), received, '网络', kind, `申请人${n}`, corr[0], corr[1], replied, outcome];
  const ROWS = [
    row(1, '2024-12-20', '自然人', '2025-01-10', '予以公开'),
    row(2, '2024/12/25', '商业企业', '2025年1月15日', '部分公开'),
    row(3, '2024-11-01', '自然人', '2024-11-20', '予以公开'), // closed before 2025
    row(4, '2024-12-30', '法律服务机构'), // open through 2025
    row(5, '2025-03-03', '自然人', '2025-03-10', '予以公开'),
    row(6, '2025-03-04', '自然人', '2025-03-20', '予以公开'),
    row(7, '2025-04-01', '自然人', '2025-04-21', '部分公开'),
    row(8, '2025-04-02', '自然人', '2025-04-25', '属于国家秘密'),
    row(9, '2025-05-06', '自然人', '2025-05-30', '保护第三方合法权益'),
    row(10, '2025-05-07', '自然人', '2025-05-21', '本机关不掌握相关政府信息'),
    row(11, '2025-06-03', '自然人', '2025-06-20', '（四）1'),
    row(12, '2025-06-04', '自然人', '2025-06-10', '信访举报投诉类申请'),
    // 补正 asked, never made: treated as withdrawn → （六）1
    row(13, '2025-07-01', '自然人', '2025-08-01', '（六）1', ['2025-07-03', '']),
    row(14, '2025-12-22', '自然人'), // open at year end
    row(15, '2025-02-10', '商业企业', '2025-03-03', '予以公开', ['2025-02-12', '2025-02-17']),
    row(16, '2025-02-11', '法人或其他组织·商业企业', '2025-03-05', '没有现成信息需要另行制作'),
    row(17, '2025-08-11', '商业企业', '2025-09-05', '属于四类过程性信息'),
    row(18, '2025-09-01', '科研机构', '2025-09-19', '予以公开'),
    row(19, '2025-12-29', '科研机构', '2026-01-08', '予以公开'), // closed next year
    row(20, '2025-10-09', '社会公益组织', '2025-10-30', '部分公开'),
    row(21, '2025-10-10', '社会公益组织', '2025-10-15', '重复申请'),
    row(22, '2025-11-03', '法律服务机构', '2025-11-20', '予以公开'),
    row(23, '2025-11-04', '法律服务机构', '2025-11-28', '属于行政执法案卷'),
    row(24, '2025-01-06', '其他', '2025-01-27', '（六）3'),
    row(25, '2025-01-07', '其他', '2025-02-10', '补正后申请内容仍不明确'),
    row(26, '2025-01-08', '其他', '2025-01-20', '予以公开'),
    row(27, '2026-01-05', '自然人'), // next year
    row(28, '2025-09-09', '自然人', '2025-09-30', '无正当理由大量反复申请'),
    row(29, '46001', '自然人', '46010', '予以公开'), // Excel serials: 2025-12-10 → 2025-12-19
    row(30, '2025-06-16', '自然人', '2025-06-30', '要求提供公开出版物'),
  ];
  // By hand, from the rows above: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
  const HAND: Record<string, number[]> = {
    newReceived: [13, 3, 2, 2, 2, 3, 25],
    carriedOver: [1, 1, 0, 0, 1, 0, 3],
    granted: [4, 1, 1, 0, 1, 1, 8],
    partial: [1, 1, 0, 1, 0, 0, 3],
    'denied.stateSecret': [1, 0, 0, 0, 0, 0, 1],
    'denied.thirdParty': [1, 0, 0, 0, 0, 0, 1],
    'denied.processInfo': [0, 1, 0, 0, 0, 0, 1],
    'denied.enforcementFile': [0, 0, 0, 0, 1, 0, 1],
    'unable.notHeld': [2, 0, 0, 0, 0, 0, 2],
    'unable.needsCreation': [0, 1, 0, 0, 0, 0, 1],
    'unable.unclear': [0, 0, 0, 0, 0, 1, 1],
    'notProcessed.complaint': [1, 0, 0, 0, 0, 0, 1],
    'notProcessed.publication': [1, 0, 0, 0, 0, 0, 1],
    'notProcessed.repeat': [0, 0, 0, 1, 0, 0, 1],
    'notProcessed.massRepeat': [1, 0, 0, 0, 0, 0, 1],
    'other.noCorrection': [1, 0, 0, 0, 0, 0, 1],
    'other.other': [0, 0, 0, 0, 0, 1, 1],
    totalHandled: [13, 4, 1, 2, 2, 3, 25],
    carriedForward: [1, 0, 1, 0, 1, 0, 3],
  };
  let file: string;

  beforeAll(async () => {
    file = (await writeRegisterXlsx({ title: '民政局依申请公开登记台账', header: HEADER, rows: ROWS })).toString(
      'base64',
    );
  });

  const IMPORT = `mutation($c: String!, $d: Boolean) { importApplicationCases(agencyCode: "${AGENCY}", fileName: "台账.xlsx", contentBase64: $c, dryRun: $d) { created sheetName rows { row ok errors } mapping { field column } } }`;

  it('names the row and the field of a bad cell, and imports nothing then', async () => {
    const bad = await writeRegisterXlsx({
      title: '台账',
      header: HEADER,
      rows: [ROWS[0]!, row(99, '2025-02-30', '学生', '', '办结')],
    });
    const r = ok(await as('mzj-editor', IMPORT, { c: bad.toString('base64') })).importApplicationCases;
    expect(r.created).toBe(0);
    expect(r.rows[1]).toEqual({
      row: 4,
      ok: false,
      errors: [
        '工作表「依申请公开登记」第4行「收到申请日期」：日期「2025-02-30」不存在',
        '工作表「依申请公开登记」第4行「申请人类型」：「学生」不是表三的申请人类型（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）',
        '工作表「依申请公开登记」第4行「办理结果」：「办结」不是表三的办理结果之一',
      ],
    });
  });

  it('imports the sheet, fills the 2025 report, and the table equals the one computed by hand', async () => {
    const imported = ok(await as('mzj-editor', IMPORT, { c: file, d: false })).importApplicationCases;
    expect(imported.rows.filter((r: { ok: boolean }) => !r.ok)).toEqual([]);
    expect(imported.created).toBe(30);

    const filled = ok(
      await as(
        'mzj-editor',
        `mutation { fillReportFromRegister(agencyCode: "${AGENCY}", year: 2025) { status cells { id value } ruleResults { rule message } } }`,
      ),
    ).fillReportFromRegister;
    expect(filled.status).toBe('DRAFT');
    const got = Object.fromEntries(
      (filled.cells as Array<{ id: string; value: string | null }>)
        .filter((c) => c.id.startsWith('a.'))
        .map((c) => [c.id, c.value]),
    );
    const expected: Record<string, string> = {};
    for (const r of REPORT_FORMATS['2021'].applicationRows)
      APPLICANT_COLUMNS.forEach((col, i) => (expected[`a.${r.key}.${col.key}`] = String(HAND[r.key]?.[i] ?? 0)));
    expect(got).toEqual(expected);
    expect(filled.ruleResults.filter((r: { rule: string }) => ['R1', 'R2', 'R3', 'R4'].includes(r.rule))).toEqual([]);

    // Each cell names the cases it counts; a typed value that differs from the register is found.
    const tables = ok(
      await as(
        'mzj-editor',
        `{ applicationTables(agencyCode: "${AGENCY}", year: 2025) { applications { id value caseIds } notCounted { id } } }`,
      ),
    ).applicationTables;
    const cell = tables.applications.find((c: { id: string }) => c.id === 'a.carriedForward.total');
    expect(cell.value).toBe('3');
    expect(cell.caseIds).toHaveLength(3);
    ok(
      await as(
        'mzj-editor',
        `mutation { saveAnnualReport(agencyCode: "${AGENCY}", year: 2025, input: { cells: [{ id: "a.granted.natural", value: "5" }] }) { id } }`,
      ),
    );
    const diffs = ok(
      await as(
        'mzj-editor',
        `{ reportRegisterDifferences(agencyCode: "${AGENCY}", year: 2025) { cellId cellName reportValue registerValue } }`,
      ),
    ).reportRegisterDifferences;
    expect(diffs).toEqual([
      {
        cellId: 'a.granted.natural',
        cellName: '「三、本年度办理结果 · （一）予以公开」「自然人」',
        reportValue: '5',
        registerValue: '4',
      },
    ]);
  });

  it('refuses to fill a report that is no longer a draft', async () => {
    // 司法局's 2024 report is approved (demo data).
    const r = await as('sfj-editor', `mutation { fillReportFromRegister(agencyCode: "${SFJ}", year: 2024) { id } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/不能再修改/u);
  });

  it('exports the register as xlsx that the import reads back', async () => {
    const token = await h.tokenFor('mzj-editor');
    const file = await downloadApplicationRegister(h.db.appOrm, h.db.systemOrm, token, AGENCY, 2025);
    expect(file.fileName).toContain('依申请公开登记');
    const back = await readRegisterXlsx(file.body);
    expect(back.ok && back.rows[1]?.slice(0, 4)).toEqual(['编号', '收到申请日期', '申请方式', '申请人类型']);
    // 2025's register: the 29 cases of the year or carried over into it, less the one closed in 2024 and 2026's.
    expect(back.ok && back.rows.length - 2).toBe(28);
  });
});

describe('table 四 from review and lawsuit records', () => {
  it('counts a lawsuit where the organ was the review body only for the original organ', async () => {
    const save = (input: Record<string, unknown>) =>
      as(
        'mzj-editor',
        `mutation($i: ReviewRecordInput!) { saveReviewRecord(agencyCode: "150785-mzj", input: $i) { id kindLabel resultLabel roleLabel } }`,
        { i: input },
      );
    ok(await save({ kind: 'review', filedOn: '2025-03-01', result: 'corrected', decidedOn: '2025-05-01' }));
    ok(await save({ kind: 'direct', filedOn: '2025-04-01' }));
    ok(await save({ kind: 'afterReview', role: 'reviewBodyCoDefendant', filedOn: '2025-06-01' }));
    const bad = await save({ kind: 'review', filedOn: '2025-03-01', result: 'upheld' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
    const t = ok(
      await as(
        'mzj-editor',
        `{ applicationTables(agencyCode: "150785-mzj", year: 2025) { reviewLitigation { id value } notCounted { reason } } }`,
      ),
    ).applicationTables;
    const v = Object.fromEntries(t.reviewLitigation.map((c: { id: string; value: string }) => [c.id, c.value]));
    expect(v).toMatchObject({
      'r.review.corrected': '1',
      'r.review.total': '1',
      'r.direct.pending': '1',
      'r.direct.total': '1',
      'r.afterReview.total': '0',
    });
    expect(t.notCounted[0].reason).toContain('国办公开办函〔2016〕201号');
  });
});
