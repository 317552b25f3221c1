import { readFileSync, writeFileSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import {
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  Agency,
  AnnualReport,
  Catalogue,
  CatalogueItem,
  ImportFinding,
  Office,
  Requirement,
  User,
  hashPassword,
  loadCatalogueJson,
  saveCatalogue,
  setMatchDecision,
} from '@gongkai/db';
import { REPORT_FORMATS, importCatalogueTextOrThrow, pathWithKey, seededRandom } from '@gongkai/domain';
import { writeCatalogueXlsx } from '@gongkai/exchange';
import { createApolloServer } from './apollo.js';
import { createContext, type Context } from './context.js';
import { createSchema } from './schema.js';
import { createSession, withSystemScope } from './account/sessions.js';
import { createApiHarness, type ApiHarness, type GqlResult } from './test-support/api-harness.js';
import { applicationFixture, registerWorkbookBase64 } from './test-support/application-fixtures.js';
import { SAMPLE_PDF_BASE64, freshStoredFile } from './test-support/stored-file-fixtures.js';

/**
 * Fuzzing every root query and mutation of the schema with hostile arguments, as an anonymous visitor, the platform
 * administrator and a department editor. The operations and their String/ID/Int arguments (nested in input objects
 * and lists too) come from the schema; each hostile value replaces one argument of an otherwise valid call (real
 * ids of the demo data). Deterministic: a seeded PRNG makes the random strings, the order is fixed.
 *
 * Holds: no answer is INTERNAL_SERVER_ERROR and nothing is logged as an internal error; text that cannot be stored
 * (NUL, lone surrogates) is refused with BAD_USER_INPUT naming the argument path; a query, or a mutation that
 * answers with an error, changes nothing in the database (fingerprint of every table before and after).
 * About 3,000 requests, under a minute. `FUZZ_REPORT=/tmp/fuzz.txt` writes every problem in full (with stacks).
 */

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

const random = seededRandom(20261124);
/** 100 KB of random CJK text: incompressible, unlike a repeated letter (matters for indexed columns). */
const randomCjk = Array.from({ length: 34_000 }, () =>
  String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000)),
).join('');

// ---------------------------------------------------------------------------------------------------------------
// Hostile values

const UNSTORABLE: ReadonlyArray<readonly [string, string]> = [
  ['NUL', 'a\u0000b'],
  ['NUL alone', '\u0000'],
  ['lone high surrogate', '\uD800'],
  ['lone low surrogate', 'x\uDFFFy'],
];
const STRANGE: ReadonlyArray<readonly [string, string]> = [
  ['100 KB of one letter', 'A'.repeat(100_000)],
  ['100 KB of random CJK', randomCjk],
  ['SQL', "'; drop table x; --"],
  ['%00', '%00'],
  ['RTL override', '\u202egpj.exe'],
  ['emoji', '😀👨‍👩‍👧🇨🇳'],
  ['formula', "=cmd|' /C calc'!A0"],
  ['whitespace only', ' \t\n\u3000 '],
  ['long number', '9'.repeat(400)],
  ['negative number', '-99999999999999999999'],
  ['path', '../../etc/passwd'],
  ['script', '<script>alert(1)</script>'],
  ['empty', ''],
];
const STRANGE_IDS: ReadonlyArray<readonly [string, string]> = [
  ['nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['uuid of no object', 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
];
const HOSTILE_INTS: ReadonlyArray<readonly [string, unknown]> = [
  ['2^31', 2 ** 31],
  ['-2^31-1', -(2 ** 31) - 1],
  ['2^31-1', 2 ** 31 - 1],
  ['-2^31', -(2 ** 31)],
  ['-1', -1],
  ['0', 0],
  ['2^53', 2 ** 53],
  ['1e300', 1e300],
  ['1.5', 1.5],
  ['"12" (a string)', '12'],
];

// ---------------------------------------------------------------------------------------------------------------
// The API, run as the server runs it, collecting internal errors

let h: ApiHarness;
let apollo: ApolloServer<Context>;
let schema: GraphQLSchema;
const internalErrors: string[] = [];
const consoleErrors: string[] = [];

type Principal = 'anonymous' | 'demo-admin' | 'sfj-editor';
const PRINCIPALS: readonly Principal[] = ['anonymous', 'demo-admin', 'sfj-editor'];
const PASSWORD = 'gongkai-demo-2026';

async function run(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<GqlResult> {
  const http = { ip: '127.0.0.1', userAgent: 'fuzz', setSessionCookie: () => {}, clearSessionCookie: () => {} };
  const contextValue = await createContext(h.db.appOrm, { sessionToken: token, http, systemOrm: h.db.systemOrm });
  const res = await apollo.executeOperation({ query, variables }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('incremental response');
  return res.body.singleResult as GqlResult;
}

async function freshToken(login: string): Promise<string> {
  return withSystemScope(
    h.db.systemOrm,
    async (em) =>
      (await createSession(em, await em.findOneOrFail(User, { login }), { ip: null, userAgent: null })).token,
  );
}

// Sessions, sign-in throttling and failed sign-ins (logged by design, outside the request) are not what a request
// may change; everything else is. A table's row count and newest row version (xmin) change with every committed
// insert, update or delete — cheaper than hashing every row.
const FAILED_SIGN_INS = `operation not in ('loginFailed', 'changePasswordFailed', 'accountLocked')`;
const TABLES = [
  'agency',
  'annual_report',
  'app_user',
  'audit_log',
  'catalogue',
  'catalogue_item',
  'holiday_year',
  'import_finding',
  'item_match',
  'office',
  'report_deadline',
  'report_transition',
  'requirement',
  'requirement_office',
];
const FINGERPRINT_SQL = TABLES.map(
  (t) =>
    `select '${t}' as t, count(*)::text as n, coalesce(max(xmin::text::bigint), 0)::text as h from "${t}"${t === 'audit_log' ? ` where ${FAILED_SIGN_INS}` : ''}`,
).join(' union all ');

const timing = { fingerprint: 0, fingerprints: 0, perOp: new Map<string, number>() };
async function fingerprint(): Promise<string> {
  const t0 = performance.now();
  try {
    return await fingerprintNow();
  } finally {
    timing.fingerprint += performance.now() - t0;
    timing.fingerprints++;
  }
}
async function fingerprintNow(): Promise<string> {
  const rows = await h.db.orm.em.fork().execute<Array<{ t: string; n: string; h: string }>>(FINGERPRINT_SQL);
  return rows.map((r) => `${r.t}:${r.n}:${r.h}`).join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Valid calls (real ids of the demo data), per operation

interface Ids {
  sfjId: string;
  catalogueId: string;
  templateId: string;
  draftId: string;
  itemId: string;
  rowId: string;
  officeId: string;
  mergeSourceId: string;
  mergeTargetId: string;
  targetUserId: string;
  reportId: string;
  returnableReportId: string;
  findingId: string;
  matchId: string;
  templatePath: string[];
  sfjPath: string[];
}
let ids: Ids;
let counter = 0;
const seed = readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');
const CELLS_2021 = REPORT_FORMATS['2021'].cells;
const reportJson = () => ({
  year: 2021,
  format: '2021',
  texts: { overview: '概述' },
  cells: Object.fromEntries(CELLS_2021.map((c) => [c.id, '0'])),
});

type Args = Record<string, unknown>;
interface OpSpec {
  /** Arguments of a valid call (may read current versions). */
  args: () => Args | Promise<Args>;
  /** Run before each call (state the call needs to get past its first check). */
  prepare?: () => Promise<void>;
  /** Extra hostile cases inside JSON arguments: path into the arguments, and values. */
  json?: Array<{ path: Array<string | number>; values: ReadonlyArray<readonly [string, unknown]> }>;
}

/** A 催报 notice of 司法局 (the editor among the principals opens it), made once. */
let noticeId: string | null = null;
async function fuzzNotice(): Promise<string> {
  if (noticeId) return noticeId;
  const [row] = await h.db.orm.em
    .fork()
    .execute<Array<{ id: string }>>(
      "insert into notice (id, agency_id, year, title) select gen_random_uuid(), id, 2024, '请报送 2024 年度报告' from agency where code = '150785-sfj' returning id",
    );
  noticeId = row!.id;
  return noticeId;
}

const version = async (table: 'catalogue_item' | 'requirement', id: string): Promise<number> =>
  Number(
    (
      await h.db.orm.em.fork().execute<Array<{ version: number }>>(`select version from ${table} where id = ?`, [id])
    )[0]!.version,
  );

const ownerSql = async (sql: string, params: unknown[] = []): Promise<void> => {
  await h.db.orm.em.fork().execute(sql, params);
};

/** The 依申请公开 case and record the register's operations work on (made again after a deletion). */
const fuzzCase = async (): Promise<void> => {
  await applicationFixture(h.db);
};

/** Two 主动公开 records of 司法局 (issue 16) the record operations work on: made again when a call deleted one. */
const FUZZ_POLICY = 'f0000000-0000-4000-8000-000000000016';
const FUZZ_INTERP = 'f0000000-0000-4000-8000-000000000017';
const fuzzRecords = async (): Promise<void> => {
  for (const id of [FUZZ_POLICY, FUZZ_INTERP])
    await ownerSql(
      `insert into publication_record (id, agency_id, requirement_id, item_key, item_path, status, title, formed_date, published_date, document_kind)
       select ?, r.agency_id, r.id, '履职依据›规范性文件', '["履职依据","规范性文件"]', 'PUBLISHED', '模糊记录', '2026-01-05', '2026-01-06', 'NORMATIVE'
         from requirement r where r.catalogue_id = ? order by r.position limit 1
       on conflict (id) do nothing`,
      [id, ids.catalogueId],
    );
};
/** A file of FUZZ_POLICY (made again when a call deleted it). */
const FUZZ_RECORD_FILE = 'f0000000-0000-4000-8000-000000000018';
const fuzzRecordFile = async (): Promise<void> => {
  await fuzzRecords();
  await ownerSql(
    `insert into stored_file (id, agency_id, owner_kind, owner_id, file_name, media_type, size, sha256, bytes)
     select ?, agency_id, 'publicationRecord', id, '附件.pdf', 'application/pdf', 5, 'x', '\\x255044462d'::bytea
       from publication_record where id = ?
     on conflict (id) do nothing`,
    [FUZZ_RECORD_FILE, FUZZ_POLICY],
  );
};
const JSON_STRINGS: ReadonlyArray<readonly [string, unknown]> = [...UNSTORABLE, ...STRANGE];
const OPS: Record<'Query' | 'Mutation', Record<string, OpSpec>> = {
  Query: {
    agency: { args: () => ({ code: '150785-sfj' }) },
    agencyNavigation: { args: () => ({ limit: 10 }) },
    agencyLevel: { args: () => ({ parentCode: '150785', limit: 50, expandBelow: 20 }) },
    searchAgencies: { args: () => ({ text: '司法', limit: 20 }) },
    annualReport: { args: () => ({ agencyCode: '150785-sfj', year: 2023 }) },
    auditLog: {
      args: () => ({
        agencyCode: '150785-sfj',
        limit: 50,
        offset: 0,
        user: 'sfj',
        operation: 'login',
        from: '2026-01-01',
        to: '2026-12-31',
      }),
    },
    auditLogCsv: { args: () => ({ agencyCode: '150785-sfj', user: 'sfj', operation: 'login', from: '2026-01-01' }) },
    catalogue: { args: () => ({ id: ids.catalogueId }) },
    catalogueCompliance: { args: () => ({ catalogueId: ids.catalogueId, templateId: ids.templateId }) },
    catalogueDiff: { args: () => ({ fromId: ids.catalogueId, toId: ids.draftId }) },
    compareCatalogues: { args: () => ({ leftId: ids.templateId, rightId: ids.catalogueId }) },
    coverageMatrix: {
      args: () => ({ templateId: ids.templateId, governmentCode: '150785', agencyCodes: ['150785-sfj'] }),
    },
    itemMatchDecisions: { args: () => ({ leftId: ids.templateId, rightId: ids.catalogueId }) },
    publishedReports: { args: () => ({ year: 2023 }) },
    reportAggregate: { args: () => ({ governmentCode: '150785', statuses: ['APPROVED'], year: 2024 }) },
    reportSideBySide: {
      args: () => ({
        governmentCode: '150785',
        year: 2024,
        table: 'reviewLitigation',
        applicant: 'total',
        statuses: ['APPROVED'],
      }),
    },
    reportTrend: { args: () => ({ governmentCode: '150785', statuses: ['APPROVED'] }) },
    reportDashboard: { args: () => ({ governmentCode: '150785', year: 2024 }) },
    // 催报 (issue 17)
    myNotices: { args: () => ({ first: 20 }) },
    reportReminders: { args: () => ({ governmentCode: '150785', year: 2024 }) },
    reportFormat: { args: () => ({ format: '2021' }) },
    governmentSettings: { args: () => ({ governmentCode: '150785' }) },
    applicationRegister: {
      args: () => ({ agencyCode: '150785-sfj', year: 2026, states: ['OVERDUE'], asOf: '2026-03-20', limit: 50 }),
    },
    applicationCase: {
      prepare: fuzzCase,
      args: async () => ({ id: (await applicationFixture(h.db)).caseId, asOf: '2026-03-20' }),
    },
    applicationTables: { args: () => ({ agencyCode: '150785-sfj', year: 2026 }) },
    reportRegisterDifferences: { args: () => ({ agencyCode: '150785-sfj', year: 2024 }) },
    applicationOverview: { args: () => ({ governmentCode: '150785', asOf: '2026-03-20' }) },
    publicApplicationFigures: { args: () => ({ governmentCode: '150785', year: 2026 }) },
    applicationFiles: { prepare: fuzzCase, args: async () => ({ caseId: (await applicationFixture(h.db)).caseId }) },
    applicationStatistics: { args: () => ({ agencyCodes: ['150785-sfj'], year: 2026, asOf: '2026-03-20' }) },
    agencyRecords: { args: () => ({ agencyCode: '150785-sfj', year: 2026, itemPath: ['履职依据', '规范性文件'] }) },
    publicationRecord: { prepare: fuzzRecords, args: () => ({ id: FUZZ_POLICY }) },
    recordFiles: { prepare: fuzzRecords, args: () => ({ recordId: FUZZ_POLICY }) },
    officeRecordView: { args: () => ({ governmentCode: '150785', year: 2026 }) },
    recordTableTwo: { args: () => ({ agencyCode: '150785-sfj', year: 2026 }) },
    monthlyDecisions: { args: () => ({ agencyCode: '150785-sfj', year: 2026 }) },
    recordSettings: { args: () => ({ governmentCode: '150785' }) },
    applicationSettings: { args: () => ({ governmentCode: '150785' }) },
  },
  Mutation: {
    login: { args: () => ({ login: 'fuzz-probe', password: 'probe-password-1' }) },
    changePassword: { args: () => ({ currentPassword: PASSWORD, newPassword: `fuzz-password-${++counter}` }) },
    createUser: {
      args: () => ({
        input: {
          login: `fuzz-user-${++counter}`,
          displayName: '模糊测试',
          agencyCode: '150785-sfj',
          roles: ['VIEWER'],
        },
      }),
    },
    updateUser: {
      args: () => ({
        id: ids.targetUserId,
        input: { displayName: '目标用户', agencyCode: '150785-sfj', roles: ['VIEWER'] },
      }),
    },
    resetUserPassword: { args: () => ({ id: ids.targetUserId }) },
    unlockAccount: { args: () => ({ id: ids.targetUserId }) },
    importCatalogue: {
      args: () => ({ agencyCode: '150785-sfj', text: seed, fileName: '目录.txt', versionLabel: `模糊${++counter}` }),
    },
    importCatalogueFile: {
      args: () => ({
        agencyCode: '150785-sfj',
        fileName: '目录.txt',
        contentBase64: Buffer.from(seed).toString('base64'),
        versionLabel: `模糊文件${++counter}`,
        columns: [{ column: 11, choice: 'ignore', tickLabel: null }],
      }),
    },
    previewCatalogueFile: {
      args: () => ({
        agencyCode: '150785-sfj',
        fileName: '目录.txt',
        contentBase64: Buffer.from(seed).toString('base64'),
      }),
    },
    matchCatalogueFile: {
      args: () => ({ fileName: '根河市司法局目录.txt', contentBase64: Buffer.from(seed).toString('base64') }),
    },
    onboardCatalogueFile: {
      args: () => ({
        agencyCode: '150785-sfj',
        fileName: '目录.txt',
        contentBase64: Buffer.from(seed).toString('base64'),
        versionLabel: `模糊批量${++counter}`,
        confirmAgency: true,
      }),
    },
    createDraft: { args: () => ({ catalogueId: ids.catalogueId, versionLabel: `模糊草稿${++counter}` }) },
    addOffice: { args: () => ({ agencyCode: '150785-sfj', name: `模糊科${++counter}` }) },
    renameOffice: { args: () => ({ id: ids.officeId, name: `模糊科室${++counter}` }) },
    deleteOffice: { args: () => ({ id: ids.officeId }) },
    mergeOffices: { args: () => ({ sourceId: ids.mergeSourceId, targetId: ids.mergeTargetId }) },
    resolveOfficeAliasFinding: { args: () => ({ id: ids.findingId, action: 'CONFIRM' }) },
    deleteDraft: { args: () => ({ id: ids.draftId }) },
    publishCatalogue: { args: () => ({ id: ids.draftId }) },
    submitCatalogueDraft: { args: () => ({ id: ids.draftId }) },
    returnCatalogueDraft: { args: () => ({ id: ids.draftId, comment: '请补充公开时限' }) },
    updateRequirement: {
      args: async () => ({
        id: ids.rowId,
        expectedVersion: await version('requirement', ids.rowId),
        input: { remarks: ['模糊'], contentIntro: '内容' },
        base: { remarks: [] },
      }),
    },
    addRequirement: { args: () => ({ itemId: ids.itemId }) },
    deleteRequirement: { args: () => ({ id: ids.rowId }) },
    addItem: {
      args: () => ({ catalogueId: ids.draftId, name: `模糊事项${++counter}`, parentId: ids.itemId, position: 0 }),
    },
    renameItem: {
      args: async () => ({
        id: ids.itemId,
        expectedVersion: await version('catalogue_item', ids.itemId),
        name: `工作动态${++counter}`,
      }),
    },
    moveItem: { args: () => ({ id: ids.itemId, parentId: null, position: 1 }) },
    deleteItem: { args: () => ({ id: ids.itemId }) },
    setHolidayYear: { args: () => ({ year: 2099, holidays: ['2099-01-01'], workdays: ['2099-01-04'] }) },
    setItemMatch: {
      args: () => ({
        leftCatalogueId: ids.templateId,
        leftPath: ids.templatePath,
        rightCatalogueId: ids.catalogueId,
        rightPath: ids.sfjPath,
        decision: 'CONFIRMED',
      }),
    },
    clearItemMatch: { args: () => ({ id: ids.matchId }) },
    saveAnnualReport: {
      args: () => ({
        agencyCode: '150785-sfj',
        year: 2022,
        expectedVersion: null,
        input: { overview: '概述', problems: '问题', other: '其他', cells: [{ id: CELLS_2021[0]!.id, value: '1' }] },
      }),
    },
    importPublishedReport: {
      args: () => ({
        agencyCode: '150785-sfj',
        fileName: '根河市司法局2020年报.html',
        contentBase64: readFileSync(
          new URL('../../exchange/src/__fixtures__/reports/sfj-2020.html', import.meta.url),
        ).toString('base64'),
        dryRun: true,
      }),
    },
    importAnnualReport: {
      args: () => ({ agencyCode: '150785-sfj', json: reportJson() }),
      json: [
        { path: ['json', 'texts', 'overview'], values: JSON_STRINGS },
        {
          path: ['json', 'cells', CELLS_2021[0]!.id],
          values: [...JSON_STRINGS, ['1e21', 1e21], ['-1', -1], ['2^31', 2 ** 31], ['object', { a: 1 }]],
        },
        {
          path: ['json', 'format'],
          values: [
            ...JSON_STRINGS,
            ['constructor', 'constructor'],
            ['__proto__', '__proto__'],
            ['toString', 'toString'],
            ['2019', '2019'],
            ['number', 2021],
          ],
        },
        { path: ['json', 'year'], values: HOSTILE_INTS },
        {
          path: ['json', 'texts'],
          values: [
            ['list', ['a']],
            ['string', 'abc'],
            ['unknown section', { preface: 'x' }],
            ['number', { overview: 5 }],
          ],
        },
        {
          path: ['json', 'cells'],
          values: [
            ['list', ['0']],
            ['null', null],
            ['unknown cell', { ...reportJson().cells, 'x.y': '1' }],
          ],
        },
        {
          path: ['json'],
          values: [
            ['list', []],
            ['string', 'abc'],
            ['number', 42],
            ['null', null],
            ['empty', {}],
          ],
        },
      ],
    },
    submitAnnualReport: { args: () => ({ id: ids.reportId }) },
    returnAnnualReport: {
      prepare: () => ownerSql(`update annual_report set status = 'SUBMITTED' where id = ?`, [ids.returnableReportId]),
      args: () => ({ id: ids.returnableReportId, comment: '请核对', cellComments: { overview: '请补充' } }),
      json: [
        { path: ['cellComments', 'overview'], values: JSON_STRINGS },
        {
          path: ['cellComments'],
          values: [
            ['list', ['x']],
            ['string', 'abc'],
            ['number', 5],
            ['nested', { overview: { a: 1 } }],
            ['unknown key', { nope: 'x' }],
          ],
        },
      ],
    },
    approveAnnualReport: { args: () => ({ id: ids.reportId }) },
    publishAnnualReports: { args: () => ({ ids: [ids.reportId] }) },
    approveAnnualReports: { args: () => ({ ids: [ids.reportId] }) },
    returnAnnualReports: { args: () => ({ ids: [ids.reportId], comment: '请核对' }) },
    setReportDeadlines: {
      args: () => ({ governmentCode: '150785', year: 2024, departmentDue: '2025-01-26', governmentDue: '2025-03-31' }),
    },
    sendReportReminders: {
      args: () => ({ governmentCode: '150785', year: 2024, agencyCodes: ['150785-mzj'], message: '请报送' }),
    },
    markNoticeRead: { args: async () => ({ id: await fuzzNotice() }) },
    startGovernmentReport: { args: () => ({ governmentCode: '150785', year: 2024, statuses: ['APPROVED'] }) },
    createApplicationCase: {
      args: () => ({
        agencyCode: '150785-sfj',
        input: {
          reference: '模糊-1',
          receivedOn: '2026-02-10',
          receiptWay: 'online',
          applicantKind: 'natural',
          subject: '模糊申请',
          fee: '1.50',
          applicantName: '模糊申请人',
          applicantContact: '13800000000',
          steps: [{ kind: 'extended', on: '2026-03-02', days: 5, approver: '局长', note: '备注' }],
        },
      }),
    },
    updateApplicationCase: {
      prepare: fuzzCase,
      args: async () => ({
        id: (await applicationFixture(h.db)).caseId,
        input: {
          subject: '改过的申请',
          applicantName: '模糊申请人',
          steps: [{ kind: 'accepted', on: '2026-02-11', days: null, approver: null, note: '受理' }],
        },
        expectedVersion: null,
      }),
    },
    addApplicationStep: {
      prepare: fuzzCase,
      args: async () => ({
        id: (await applicationFixture(h.db)).caseId,
        step: { kind: 'thirdPartySent', on: '2026-02-12', days: null, approver: null, note: '征求意见' },
      }),
    },
    recordApplicationOutcome: {
      prepare: fuzzCase,
      args: async () => ({
        id: (await applicationFixture(h.db)).caseId,
        outcome: 'granted',
        repliedOn: '2026-03-02',
        fee: '0',
      }),
    },
    deleteApplicationCase: { prepare: fuzzCase, args: async () => ({ id: (await applicationFixture(h.db)).caseId }) },
    saveReviewRecord: {
      prepare: fuzzCase,
      args: async () => ({
        agencyCode: '150785-sfj',
        id: (await applicationFixture(h.db)).reviewId,
        input: {
          caseId: (await applicationFixture(h.db)).caseId,
          kind: 'direct',
          role: 'originalOrgan',
          filedOn: '2025-03-01',
          result: 'upheld',
          decidedOn: '2025-06-01',
          note: '模糊',
        },
      }),
    },
    deleteReviewRecord: { prepare: fuzzCase, args: async () => ({ id: (await applicationFixture(h.db)).reviewId }) },
    attachApplicationFile: {
      prepare: fuzzCase,
      args: async () => ({
        caseId: (await applicationFixture(h.db)).caseId,
        fileName: '答复书.pdf',
        contentBase64: SAMPLE_PDF_BASE64,
      }),
    },
    deleteApplicationFile: {
      prepare: fuzzCase,
      args: async () => {
        const f = await freshStoredFile(h.db);
        return { caseId: f.caseId, fileId: f.fileId };
      },
    },
    importApplicationCases: {
      args: async () => ({
        agencyCode: '150785-sfj',
        fileName: '台账.xlsx',
        contentBase64: await registerWorkbookBase64(),
        mapping: [{ field: 'receivedOn', column: 1 }],
        dryRun: true,
      }),
    },
    fillReportFromRegister: { args: () => ({ agencyCode: '150785-sfj', year: 2022, expectedVersion: null }) },
    setApplicationSettings: {
      args: () => ({ governmentCode: '150785', input: { dueSoonWorkingDays: 5, dayOffReceipt: 'receipt' } }),
    },
    createPublicationRecord: {
      args: async () => ({
        requirementId: (
          await h.db.orm.em
            .fork()
            .execute<Array<{ id: string }>>(
              'select id from requirement where catalogue_id = ? order by position limit 1',
              [ids.catalogueId],
            )
        )[0]!.id,
        input: {
          status: 'PUBLISHED',
          title: '模糊记录',
          documentNumber: '根司发〔2026〕1号',
          formedDate: '2026-01-05',
          publishedDate: '2026-01-06',
          channels: ['GOVERNMENT_WEBSITE'],
          url: 'https://genhe.gov.cn/1',
          attachment: '附件.pdf',
          documentKind: 'NORMATIVE',
          validity: 'IN_FORCE',
          abolishedDate: null,
          period: null,
        },
      }),
    },
    updatePublicationRecord: {
      prepare: fuzzRecords,
      args: () => ({ id: FUZZ_POLICY, input: { title: '模糊记录（改）', period: '2026-Q1' }, expectedVersion: null }),
    },
    deletePublicationRecord: { prepare: fuzzRecords, args: () => ({ id: FUZZ_INTERP }) },
    attachRecordFile: {
      prepare: fuzzRecords,
      args: () => ({ recordId: FUZZ_POLICY, fileName: '附件.pdf', contentBase64: SAMPLE_PDF_BASE64 }),
    },
    deleteRecordFile: {
      prepare: fuzzRecordFile,
      args: () => ({ recordId: FUZZ_POLICY, fileId: FUZZ_RECORD_FILE }),
    },
    linkInterpretation: {
      prepare: fuzzRecords,
      args: () => ({ policyId: FUZZ_POLICY, interpretationId: FUZZ_INTERP }),
    },
    unlinkInterpretation: {
      prepare: fuzzRecords,
      args: () => ({ policyId: FUZZ_POLICY, interpretationId: FUZZ_INTERP }),
    },
    setMonthlyDecisions: {
      args: () => ({
        agencyCode: '150785-sfj',
        year: 2026,
        months: [{ month: 1, licensing: 1, punishment: 2, enforcement: 0, fees: '1.5' }],
      }),
    },
    importPublicationRecords: {
      args: () => ({
        agencyCode: '150785-sfj',
        fileName: '记录.csv',
        contentBase64: Buffer.from('标题,发布日期,栏目\n模糊,2026-01-05,规范性文件\n').toString('base64'),
        mapping: { title: 0, publishedDate: 1, item: 2 },
        status: 'PUBLISHED',
        dryRun: true,
        skipInvalid: false,
      }),
      json: [
        {
          path: ['mapping'],
          values: [
            ['list', [1]],
            ['string', 'abc'],
            ['unknown field', { nope: 1 }],
            ['negative column', { title: -1 }],
            ['string column', { title: 'A' }],
          ],
        },
      ],
    },
    fillTableTwoFromRecords: { args: () => ({ agencyCode: '150785-sfj', year: 2026 }) },
    setRecordSettings: {
      args: () => ({ governmentCode: '150785', immediateWorkingDays: 5, interpretationWorkingDays: 3 }),
    },
    setGovernmentSettings: { args: () => ({ governmentCode: '150785', catalogueSecondPerson: false }) },
  },
};
/** Operations that import into 根河市司法局: run while it has no open draft, so valid calls reach the save. */
const IMPORTS = new Set(['importCatalogue', 'importCatalogueFile', 'onboardCatalogueFile', 'createDraft']);

// ---------------------------------------------------------------------------------------------------------------
// Arguments from the schema

type Leaf = { path: Array<string | number>; kind: 'string' | 'id' | 'int' | 'float' };

function leavesOf(type: GraphQLInputType, path: Array<string | number>, out: Leaf[], seen = new Set<string>()): Leaf[] {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return leavesOf(t.ofType as GraphQLInputType, [...path, 0], out, seen);
  if (isInputObjectType(t)) {
    if (seen.has(t.name)) return out;
    for (const f of Object.values(t.getFields())) leavesOf(f.type, [...path, f.name], out, new Set([...seen, t.name]));
    return out;
  }
  if (isScalarType(t)) {
    if (t.name === 'String') out.push({ path, kind: 'string' });
    else if (t.name === 'ID') out.push({ path, kind: 'id' });
    else if (t.name === 'Int') out.push({ path, kind: 'int' });
    else if (t.name === 'Float') out.push({ path, kind: 'float' });
  }
  return out;
}

/** A path as the input check names it: `input.remarks[0]`, `json.cells["p.fees.amount"]`. */
const pathText = (path: Array<string | number>): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : pathWithKey(acc, p)), '');

function withValue(args: Args, path: Array<string | number>, value: unknown): Args {
  const copy = structuredClone(args);
  let node: any = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const nextIsIndex = typeof path[i + 1] === 'number';
    if (node[key] === undefined || node[key] === null || (nextIsIndex && !Array.isArray(node[key])))
      node[key] = nextIsIndex ? [] : {};
    if (nextIsIndex && node[key].length === 0) node[key].push(typeof path[i + 2] === 'string' ? {} : null);
    node = node[key];
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

/** The scalar fields of a type, for a selection that makes the resolvers run a little. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const t = getNamedType(field.type);
  if (!isObjectType(t)) return '';
  const scalars = Object.values(t.getFields()).filter((f) => {
    const n = getNamedType(f.type);
    return (isScalarType(n) || isEnumType(n)) && f.args.every((a) => !isNonNullType(a.type));
  });
  return `{ __typename ${scalars.map((f) => f.name).join(' ')} }`;
}

function documentFor(
  root: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  inline?: { arg: string; value: unknown },
): string {
  const vars = field.args.filter((a) => a.name !== inline?.arg);
  const decl = vars.length ? `(${vars.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const argList = field.args.map((a) => {
    if (a.name !== inline?.arg) return `${a.name}: $${a.name}`;
    const ast = astFromValue(inline.value, a.type);
    return `${a.name}: ${ast ? print(ast) : 'null'}`;
  });
  return `${root === 'Query' ? 'query' : 'mutation'} Fuzz${decl} { ${field.name}${argList.length ? `(${argList.join(', ')})` : ''} ${selectionOf(field)} }`;
}

// ---------------------------------------------------------------------------------------------------------------

interface Case {
  root: 'Query' | 'Mutation';
  field: GraphQLField<unknown, unknown>;
  spec: OpSpec;
  principal: Principal;
  label: string;
  /** Arguments: the valid call with one value replaced. */
  make: (valid: Args) => Args;
  /** Expected field path when the value cannot be stored (BAD_USER_INPUT with this field). */
  unstorableAt?: string;
  inline?: { arg: string; path: Array<string | number>; value: unknown };
}

/** k values of a list, chosen by the seeded PRNG (the same on every run). */
function pick<T>(list: readonly T[], k: number): T[] {
  const rest = [...list];
  const out: T[] = [];
  while (out.length < k && rest.length > 0) out.push(rest.splice(Math.floor(random() * rest.length), 1)[0]!);
  return out;
}

const BIG = STRANGE.slice(0, 2);
const OTHER = STRANGE.slice(2);

/**
 * The hostile values one argument gets as one principal. Bounded so the whole run stays near a minute: every
 * argument gets one unstorable string per principal (and the NUL literal once); the administrator — whose calls
 * get furthest — every other hostile value, the editor and the anonymous visitor a sample.
 */
function valuesFor(kind: Leaf['kind'], principal: Principal): ReadonlyArray<readonly [string, unknown]> {
  if (kind === 'int' || kind === 'float')
    return principal === 'demo-admin' ? HOSTILE_INTS : pick(HOSTILE_INTS, principal === 'anonymous' ? 2 : 4);
  const ids = kind === 'id' ? (principal === 'anonymous' ? pick(STRANGE_IDS, 1) : STRANGE_IDS) : [];
  if (principal === 'demo-admin') return [...pick(UNSTORABLE, 1), ...BIG, ...OTHER, ...ids];
  return [...pick(UNSTORABLE, 1), ...pick(OTHER, principal === 'anonymous' ? 2 : 4), ...ids];
}

function casesFor(root: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>, spec: OpSpec): Case[] {
  const out: Case[] = [];
  const isUnstorable = (value: unknown) => UNSTORABLE.some(([, v]) => v === value);
  for (const principal of PRINCIPALS) {
    for (const arg of field.args) {
      for (const leaf of leavesOf(arg.type, [arg.name], [])) {
        const at = pathText(leaf.path);
        for (const [name, value] of valuesFor(leaf.kind, principal)) {
          out.push({
            root,
            field,
            spec,
            principal,
            label: `${at} = ${name}`,
            make: (valid) => withValue(valid, leaf.path, value),
            unstorableAt: isUnstorable(value) ? at : undefined,
          });
        }
        // NUL as a literal in the document, not a variable (astFromValue writes it as the \u0000 escape).
        if ((leaf.kind === 'string' || leaf.kind === 'id') && principal === 'demo-admin') {
          out.push({
            root,
            field,
            spec,
            principal,
            label: `${at} = NUL (inline literal)`,
            make: (valid) => valid,
            unstorableAt: at,
            inline: { arg: arg.name, path: leaf.path, value: 'a\u0000b' },
          });
        }
      }
    }
    for (const j of spec.json ?? []) {
      const at = pathText(j.path);
      const values =
        principal === 'demo-admin'
          ? j.values
          : pick(j.values, principal === 'anonymous' ? 1 : Math.ceil(j.values.length / 3));
      for (const [name, value] of values) {
        out.push({
          root,
          field,
          spec,
          principal,
          label: `${at} = ${name}`,
          make: (valid) => withValue(valid, j.path, value),
          unstorableAt: isUnstorable(value) ? at : undefined,
        });
      }
    }
  }
  return out;
}

const problems: string[] = [];
let requests = 0;
let current = '';

async function runCase(c: Case, tokens: Map<Principal, string | undefined>): Promise<void> {
  await c.spec.prepare?.();
  if (c.spec.prepare) current = await fingerprint();
  const valid = await c.spec.args();
  let variables = c.make(valid);
  let query = documentFor(c.root, c.field);
  if (c.inline) {
    const argValue = withValue(valid, c.inline.path, c.inline.value)[c.inline.arg];
    query = documentFor(c.root, c.field, { arg: c.inline.arg, value: argValue });
    variables = Object.fromEntries(Object.entries(valid).filter(([k]) => k !== c.inline!.arg));
  }
  const before = internalErrors.length + consoleErrors.length;
  const r = await run(query, variables, tokens.get(c.principal));
  requests++;
  const where = `${c.root}.${c.field.name} as ${c.principal}, ${c.label}`;
  const codes = (r.errors ?? []).map((e) => String(e.extensions?.code));
  if (codes.includes('INTERNAL_SERVER_ERROR') || internalErrors.length + consoleErrors.length > before) {
    problems.push(
      `${where}: INTERNAL_SERVER_ERROR — ${[...internalErrors.slice(before), ...consoleErrors.slice(before)].join(' | ').slice(0, 700) || r.errors?.[0]?.message}`,
    );
    internalErrors.length = 0;
    consoleErrors.length = 0;
  }
  if (c.unstorableAt !== undefined) {
    const e = r.errors?.[0];
    if (e?.extensions?.code !== 'BAD_USER_INPUT' || e.extensions.field !== c.unstorableAt) {
      problems.push(
        `${where}: expected BAD_USER_INPUT for field ${c.unstorableAt}, got ${JSON.stringify(e ?? r.data)?.slice(0, 300)}`,
      );
    }
  }
  const after = await fingerprint();
  const changed = after !== current;
  if (changed && (c.root === 'Query' || r.errors?.length)) {
    problems.push(
      `${where}: ${c.root === 'Query' ? 'a query' : `a mutation answering ${codes.join(',')}`} changed the database: ${diff(current, after)}`,
    );
  }
  current = after;
  if (!r.errors?.length && c.root === 'Mutation') await afterSuccess(c);
}

function diff(a: string, b: string): string {
  const bs = new Set(b.split(' '));
  return a
    .split(' ')
    .filter((x) => !bs.has(x))
    .map((x) => x.split(':')[0])
    .join(', ');
}

/** Undo what a successful call changed that later calls depend on. */
async function afterSuccess(c: Case): Promise<void> {
  if (IMPORTS.has(c.field.name))
    await ownerSql(`delete from catalogue where agency_id = ? and status = 'DRAFT'`, [ids.sfjId]);
  if (c.field.name === 'changePassword') {
    const hash = await hashPassword(PASSWORD);
    await ownerSql(`update app_user set password_hash = ? where login in ('demo-admin', 'sfj-editor')`, [hash]);
  }
  current = await fingerprint();
}

// ---------------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  h = await createApiHarness();
  apollo = await createApolloServer({ log: (m) => internalErrors.push(m) });
  schema = await createSchema();
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
    consoleErrors.push(a.map((x) => (x instanceof Error ? (x.stack ?? x.message) : String(x))).join(' '));
  });

  // Real ids, read through the API as the administrator.
  const admin = await freshToken('demo-admin');
  const q = await run(
    `{ agency(code: "150785-sfj") { id currentCatalogue { id items { name } } } t: agency(code: "150785-bz-ty") { currentCatalogue { id items { name } } } users { id login } }`,
    {},
    admin,
  );
  expect(q.errors).toBeUndefined();
  const data = q.data as any;
  const em = h.db.orm.em.fork();
  const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
  const target = em.create(User, {
    login: 'fuzz-target',
    displayName: '目标用户',
    agency: sfj,
    roles: ['VIEWER'],
    passwordHash: await hashPassword('target-password-1'),
  });
  const mergeSource = em.create(Office, { agency: sfj, name: '模糊合并源科', aliases: [], position: 90 });
  const mergeTarget = em.create(Office, { agency: sfj, name: '模糊合并目标科', aliases: [], position: 91 });
  await em.flush();
  const report = await em.findOneOrFail(AnnualReport, { agency: sfj, year: 2024 });
  const returnable = await em.findOneOrFail(AnnualReport, { agency: sfj, year: 2023 });
  const catalogueId = data.agency.currentCatalogue.id as string;
  const templateId = data.t.currentCatalogue.id as string;
  ids = {
    sfjId: sfj.id,
    catalogueId,
    templateId,
    draftId: '', // made after the import operations
    itemId: '',
    rowId: '',
    officeId: (await em.findOneOrFail(Office, { agency: sfj, name: '办公室' })).id,
    mergeSourceId: mergeSource.id,
    mergeTargetId: mergeTarget.id,
    targetUserId: target.id,
    reportId: report.id,
    returnableReportId: returnable.id,
    findingId: '',
    matchId: '',
    templatePath: [data.t.currentCatalogue.items[0].name],
    sfjPath: [data.agency.currentCatalogue.items[0].name],
  };
  expect((await loadCatalogueJson(em, catalogueId)).items.length).toBeGreaterThan(0);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await apollo?.stop();
  await h?.close();
});

/** The draft the editing operations work on (after the imports, which need 司法局 without an open draft). */
async function makeDraft(): Promise<void> {
  const em = h.db.orm.em.fork();
  const draft = await saveCatalogue(em, ids.sfjId, importCatalogueTextOrThrow(seed), { versionLabel: '模糊草稿' });
  const items = await em.find(CatalogueItem, { catalogue: draft });
  const item = items.find((i) => i.name === '工作动态')!;
  ids.draftId = draft.id;
  ids.itemId = item.id;
  ids.rowId = (await em.findOneOrFail(Requirement, { catalogue: draft }, { orderBy: { position: 'asc' } })).id;
  ids.findingId = (await em.findOneOrFail(ImportFinding, { catalogue: draft, kind: 'office-alias-merged' })).id;
  ids.matchId = (
    await setMatchDecision(em, {
      leftCatalogueId: ids.templateId,
      leftPath: ids.templatePath,
      rightCatalogueId: ids.catalogueId,
      rightPath: ids.sfjPath,
      decision: 'REJECTED',
      decidedBy: null,
    })
  ).id;
  expect(await em.count(Catalogue, { agency: ids.sfjId, status: 'DRAFT' })).toBe(1);
}

describe('fuzzing every operation with hostile arguments', () => {
  it('covers every root field of the schema (an operation without a spec must get one here, or be argument-free)', () => {
    for (const root of ['Query', 'Mutation'] as const) {
      const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      const withArgs = Object.values(type.getFields()).filter((f) =>
        f.args.some((a) => leavesOf(a.type, [a.name], []).length > 0 || getNamedType(a.type).name === 'JSON'),
      );
      expect(Object.keys(OPS[root]).sort(), root).toEqual(withArgs.map((f) => f.name).sort());
    }
  });

  it('answers no request with INTERNAL_SERVER_ERROR, refuses unstorable text by path, and changes nothing when it errs', async () => {
    const started = Date.now();
    const ordered: Array<['Query' | 'Mutation', string]> = [
      ...Object.keys(OPS.Mutation)
        .filter((n) => IMPORTS.has(n))
        .map((n) => ['Mutation', n] as ['Mutation', string]),
      ['Query', ''], // marker: the editing draft is made here
      ...Object.keys(OPS.Query).map((n) => ['Query', n] as ['Query', string]),
      ...Object.keys(OPS.Mutation)
        .filter((n) => !IMPORTS.has(n))
        .map((n) => ['Mutation', n] as ['Mutation', string]),
    ];
    current = await fingerprint();
    for (const [root, name] of ordered) {
      if (name === '') {
        await makeDraft();
        current = await fingerprint();
        continue;
      }
      const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      const field = type.getFields()[name]!;
      const tokens = new Map<Principal, string | undefined>([['anonymous', undefined]]);
      for (const p of PRINCIPALS) if (p !== 'anonymous') tokens.set(p, await freshToken(p));
      current = await fingerprint();
      const t0 = performance.now();
      for (const c of casesFor(root, field, OPS[root][name]!)) await runCase(c, tokens);
      timing.perOp.set(name, performance.now() - t0);
    }
    // Everything stored by the successful calls reads back without an internal error.
    const admin = await freshToken('demo-admin');
    const read = await run(
      `{ agencies { code offices { name aliases } currentCatalogue { title versionLabel items { name children { name requirements { contentIntro remarks offices { name } timeLimit { raw description } } } } findings { kind message line } } }
         users { login displayName } holidayYears { year } auditLog(limit: 200) { total entries { operation } } }`,
      {},
      admin,
    );
    if (read.errors) problems.push(`final read: ${JSON.stringify(read.errors).slice(0, 500)}`);
    console.info(`fuzz: ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // FUZZ_REPORT=<file>: every problem in full, and where the time went.
    if (process.env.FUZZ_REPORT) {
      writeFileSync(
        process.env.FUZZ_REPORT,
        [
          `fingerprints ${timing.fingerprints} ${timing.fingerprint.toFixed(0)} ms`,
          ...[...timing.perOp].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)} ms`),
          '',
          ...problems,
        ].join('\n'),
      );
    }
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
    expect(internalErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 600_000);
});

describe('hostile files', () => {
  async function importFile(fileName: string, content: Buffer, token: string): Promise<GqlResult> {
    await ownerSql(`delete from catalogue where agency_id = ? and status = 'DRAFT'`, [ids.sfjId]);
    return run(
      'mutation($f: String!, $c: String!, $v: String) { importCatalogueFile(agencyCode: "150785-sfj", fileName: $f, contentBase64: $c, versionLabel: $v) { id } }',
      { f: fileName, c: content.toString('base64'), v: `文件${++counter}` },
      token,
    );
  }
  const exported = async () => loadCatalogueJson(h.db.orm.em.fork(), ids.catalogueId);

  const cases: Array<[string, (j: any) => void, RegExp]> = [
    [
      'NUL escaped in a name',
      (j) => (j.items[0].name = 'a\u0000b'),
      /items\[0\]\.name：含有不允许的字符（空字符 U\+0000）/u,
    ],
    [
      'a lone surrogate in a list field',
      (j) => (j.items[0].children[0].requirements[0].remarks = ['\uD800']),
      /remarks\[0\]：含有不允许的字符/u,
    ],
    ['a line number of 2^31', (j) => (j.items[0].line = 2 ** 31), /items\[0\]\.line：应为 1 至 2147483647/u],
    ['a finding without kind', (j) => delete j.findings[0].kind, /findings\[0\]\.kind：缺少问题类型/u],
    ['a finding without severity', (j) => delete j.findings[0].severity, /findings\[0\]\.severity：缺少严重程度/u],
    ['an unknown severity', (j) => (j.findings[0].severity = 'x'), /findings\[0\]\.severity：未知的严重程度「x」/u],
  ];
  it.each(cases)('a JSON catalogue with %s is refused by path', async (_n, change, message) => {
    const j = structuredClone(await exported()) as any;
    change(j);
    const r = await importFile('目录.json', Buffer.from(JSON.stringify(j)), await freshToken('sfj-editor'));
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(message);
  });

  it('a text catalogue with NUL is refused with the line', async () => {
    const lines = seed.split('\n');
    lines[5] = `${lines[5]}\u0000`;
    const r = await importFile('目录.txt', Buffer.from(lines.join('\n')), await freshToken('sfj-editor'));
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', line: 6 } });
  });

  // exceljs reads the spreadsheet escape 「_x0000_」 as NUL (and writes the text as it is).
  it('a spreadsheet whose cells hold 「_x0000_」 (read as NUL) is refused, naming sheet, row and column', async () => {
    const j = structuredClone(await exported());
    j.items[1]!.name = 'a_x0000_b';
    const r = await importFile('目录.xlsx', await writeCatalogueXlsx(j), await freshToken('sfj-editor'));
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/工作表「.+」第\d+行第\d+列：含有不允许的字符（空字符 U\+0000）/u);
  });

  it('a spreadsheet whose 责任科室 sheet holds 「_x0000_」 in an alias is refused, not answered with a 500', async () => {
    const j = structuredClone(await exported());
    j.offices[0]!.aliases = [...j.offices[0]!.aliases, '别名_x0000_'];
    const r = await importFile('目录.xlsx', await writeCatalogueXlsx(j), await freshToken('sfj-editor'));
    expect(r.errors?.[0]?.extensions?.code, internalErrors.join('\n').slice(0, 2000)).toBe('BAD_USER_INPUT');
  });
});
