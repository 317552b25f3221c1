import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STORED_FILE_BYTES } from '@gongkai/domain';
import { writeRegisterXlsx } from '@gongkai/exchange';
import { createApiHarness, type ApiHarness, type GqlResult } from '../test-support/api-harness.js';
import { freshApplicationCase } from '../test-support/application-fixtures.js';
import { downloadStoredFile } from './stored-file.service.js';

// Reply letters (答复书) of a 依申请公开 case through the whole request pipeline: only the agency's own department
// users list, attach, delete and download them (never the office, an administrator or another department); the
// content is sniffed and limited; a request is one transaction; the files go with their case.
let h: ApiHarness;
let caseId: string;

beforeAll(async () => {
  h = await createApiHarness();
  caseId = await freshApplicationCase(h.db);
});
afterAll(async () => h?.close());

async function as(login: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  return h.run(query, variables, { token: login ? await h.tokenFor(login) : undefined });
}
function ok(r: GqlResult): Record<string, any> {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}
const codeOf = (r: GqlResult): unknown => r.errors?.[0]?.extensions?.['code'];

/** A small PDF made by hand: header, one empty page, trailer. */
function pdfBytes(text = '答复书'): Buffer {
  return Buffer.from(
    `%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'utf8',
  );
}
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const ATTACH = `mutation($c: ID!, $n: String!, $b: String!) {
  attachApplicationFile(caseId: $c, fileName: $n, contentBase64: $b) { id fileName mediaType typeLabel size sha256 downloadUrl } }`;
const LIST = `query($c: ID!) { applicationFiles(caseId: $c) { id fileName size } }`;
const DELETE = `mutation($c: ID!, $f: ID!) { deleteApplicationFile(caseId: $c, fileId: $f) }`;
const countFiles = async (owner: string): Promise<number> =>
  (
    await h.db.orm.em
      .fork()
      .execute<Array<{ n: number }>>('select count(*)::int as n from stored_file where owner_id = ?', [owner])
  )[0]!.n;

describe('reply-letter attachments', () => {
  let fileId: string;

  it('attaches a PDF for the agency’s editor, with the sniffed type, size and SHA-256', async () => {
    const bytes = pdfBytes();
    const f = ok(
      await as('sfj-editor', ATTACH, { c: caseId, n: '  答复书（2026）第1号.pdf ', b: bytes.toString('base64') }),
    ).attachApplicationFile;
    expect(f).toMatchObject({
      fileName: '答复书（2026）第1号.pdf',
      mediaType: 'application/pdf',
      typeLabel: 'PDF',
      size: bytes.length,
      sha256: (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'),
    });
    expect(f.downloadUrl).toBe(`/files/${f.id}`);
    fileId = f.id;
    expect(ok(await as('sfj-viewer', LIST, { c: caseId })).applicationFiles).toEqual([
      { id: fileId, fileName: '答复书（2026）第1号.pdf', size: bytes.length },
    ]);
  });

  it('is listed and downloaded by the agency’s users only', async () => {
    // The office, an administrator and another department: refused (policy), and RLS would show nothing anyway.
    for (const login of ['demo-reviewer', 'demo-admin', 'mzj-editor'])
      expect(codeOf(await as(login, LIST, { c: caseId })), login).toBe('FORBIDDEN');
    expect(codeOf(await as(null, LIST, { c: caseId }))).toBe('UNAUTHENTICATED');
    const mine = await downloadStoredFile(h.db.appOrm, h.db.systemOrm, await h.tokenFor('sfj-viewer'), fileId);
    expect(mine.contentType).toBe('application/pdf');
    expect(mine.fileName).toBe('答复书（2026）第1号.pdf');
    expect(mine.body.equals(pdfBytes())).toBe(true);
    for (const login of ['demo-reviewer', 'demo-admin', 'mzj-editor'])
      await expect(
        downloadStoredFile(h.db.appOrm, h.db.systemOrm, await h.tokenFor(login), fileId),
        login,
      ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(downloadStoredFile(h.db.appOrm, h.db.systemOrm, undefined, fileId)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    // Neither a read-only user nor another department may attach.
    for (const login of ['sfj-viewer', 'mzj-editor', 'demo-admin', 'demo-reviewer'])
      expect(codeOf(await as(login, ATTACH, { c: caseId, n: 'a.pdf', b: pdfBytes().toString('base64') })), login).toBe(
        'FORBIDDEN',
      );
  });

  it('refuses a wrong type, a disguised file, an empty one and one over the limit, naming the field', async () => {
    const refuse = async (n: string, b: string) => {
      const r = await as('sfj-editor', ATTACH, { c: caseId, n, b });
      expect(codeOf(r), n).toBe('BAD_USER_INPUT');
      return { field: r.errors![0]!.extensions!['field'], message: r.errors![0]!.message };
    };
    expect(await refuse('程序.exe', pdfBytes().toString('base64'))).toMatchObject({
      field: 'fileName',
      message: expect.stringContaining('只能上传'),
    });
    expect(await refuse('扫描件.pdf', PNG.toString('base64'))).toEqual({
      field: 'contentBase64',
      message: '「扫描件.pdf」的内容不是 PDF 文件（看起来是 PNG 图片 文件，请改正扩展名）',
    });
    // A workbook renamed .docx is a zip but not Word.
    const xlsx = await writeRegisterXlsx({ title: 't', header: ['a'], rows: [['1']] });
    expect(await refuse('答复书.docx', xlsx.toString('base64'))).toMatchObject({
      field: 'contentBase64',
      message: expect.stringContaining('不是 Word 文件'),
    });
    expect(await refuse('空.pdf', '')).toMatchObject({ field: 'contentBase64', message: '「空.pdf」是空文件' });
    expect(await refuse('坏.pdf', '不是base64')).toMatchObject({ field: 'contentBase64' });
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(MAX_STORED_FILE_BYTES)]);
    expect(await refuse('大.pdf', big.toString('base64'))).toMatchObject({
      field: 'contentBase64',
      message: expect.stringContaining('附件上限 10.0 MB'),
    });
    expect(await countFiles(caseId)).toBe(1);
  });

  it('keeps nothing of a request that fails part-way (one transaction)', async () => {
    const r = await as(
      'sfj-editor',
      `mutation($c: ID!, $b: String!) {
        a: attachApplicationFile(caseId: $c, fileName: "第二份.pdf", contentBase64: $b) { id }
        b: attachApplicationFile(caseId: $c, fileName: "第三份.exe", contentBase64: $b) { id } }`,
      { c: caseId, b: pdfBytes().toString('base64') },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await countFiles(caseId)).toBe(1);
  });

  it('deletes a file (the agency’s writers only), and a case’s files go with the case', async () => {
    expect(codeOf(await as('mzj-editor', DELETE, { c: caseId, f: fileId }))).toBe('FORBIDDEN');
    expect(codeOf(await as('sfj-editor', DELETE, { c: caseId, f: randomUUID() }))).toBe('NOT_FOUND');
    expect(ok(await as('sfj-approver', DELETE, { c: caseId, f: fileId })).deleteApplicationFile).toBe(true);
    expect(await countFiles(caseId)).toBe(0);

    ok(await as('sfj-editor', ATTACH, { c: caseId, n: '答复书.pdf', b: pdfBytes().toString('base64') }));
    expect(await countFiles(caseId)).toBe(1);
    // An administrator deletes the case: the letter (which they cannot see) goes with it.
    ok(await as('demo-admin', 'mutation($id: ID!) { deleteApplicationCase(id: $id) }', { id: caseId }));
    expect(await countFiles(caseId)).toBe(0);
  });
});

describe('the public page of figures', () => {
  const FIGURES = `query($g: String!, $y: Int!) { publicApplicationFigures(governmentCode: $g, year: $y) {
    governmentName year asOf agencies { agencyCode agencyName received closed onTimeShare medianWorkingDaysToReply extended closedLate overdueOpen } } }`;

  it('answers anonymous visitors with counts per department in the departments’ order, without personal data', async () => {
    const id = await freshApplicationCase(h.db); // received 2026-02-10 by 根河市司法局, open
    ok(
      await as(
        'sfj-editor',
        'mutation($id: ID!) { recordApplicationOutcome(id: $id, outcome: "granted", repliedOn: "2026-03-02") { id } }',
        {
          id,
        },
      ),
    );
    const figures = ok(await as(null, FIGURES, { g: '150785', y: 2026 })).publicApplicationFigures;
    expect(figures.governmentName).toBe('根河市人民政府');
    const [order] = [
      await h.db.orm.em
        .fork()
        .execute<Array<{ code: string }>>(
          "select code from agency where parent_id = (select id from agency where code = '150785') and kind = 'DEPARTMENT' order by position, name",
        ),
    ];
    expect(figures.agencies.map((a: { agencyCode: string }) => a.agencyCode)).toEqual([
      '150785',
      ...order!.map((r) => r.code),
    ]);
    const sfj = figures.agencies.find((a: { agencyCode: string }) => a.agencyCode === '150785-sfj');
    expect(sfj.received).toBeGreaterThanOrEqual(1);
    expect(sfj.closed).toBeGreaterThanOrEqual(1);
    // The same numbers as the signed-in statistics.
    const signedIn = ok(
      await as(
        'demo-reviewer',
        'query { applicationStatistics(agencyCodes: ["150785-sfj"], year: 2026) { received closed extended closedLate } }',
      ),
    ).applicationStatistics[0];
    expect(sfj).toMatchObject(signedIn);
    // Nothing personal can be asked for.
    const r = await as(
      null,
      `{ publicApplicationFigures(governmentCode: "150785", year: 2026) { agencies { applicant { name } } } }`,
    );
    expect(r.errors?.[0]?.message).toMatch(/Cannot query field "applicant"/u);
  });

  it('refuses a department, a future year, and an unknown code in Chinese', async () => {
    const r1 = await as(null, FIGURES, { g: '150785-sfj', y: 2026 });
    expect(r1.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'governmentCode' } });
    const r2 = await as(null, FIGURES, { g: '150785', y: 2099 });
    expect(r2.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
    const r3 = await as(null, FIGURES, { g: '999999', y: 2026 });
    expect(r3.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
