import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalogue, CatalogueItem, Requirement } from '@gongkai/db';
import { MAX_RECORD_FILES, MAX_STORED_FILE_BYTES } from '@gongkai/domain';
import { createApiHarness, type ApiHarness, type GqlResult } from '../test-support/api-harness.js';
import { downloadStoredFile } from '../files/stored-file.service.js';

// Files attached to 主动公开 records through the whole request pipeline: the department's writers attach and delete
// them; whoever may read the record lists and downloads them (anonymous visitors: published records only); another
// department neither; the content is sniffed and limited with the field named; a request is one transaction; the
// files go with their record.
let h: ApiHarness;
let published: string;
let draft: string;

async function as(login: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  return h.run(query, variables, { token: login ? await h.tokenFor(login) : undefined });
}
function ok(r: GqlResult): Record<string, any> {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}
const codeOf = (r: GqlResult): unknown => r.errors?.[0]?.extensions?.['code'];
const download = async (login: string | null, id: string) =>
  downloadStoredFile(h.db.appOrm, h.db.systemOrm, login ? await h.tokenFor(login) : undefined, id);

/** A small PDF made by hand. */
const pdf = (text = '通知'): Buffer =>
  Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const ATTACH = `mutation($r: ID!, $n: String!, $b: String!) {
  attachRecordFile(recordId: $r, fileName: $n, contentBase64: $b) { id fileName mediaType typeLabel size sha256 downloadUrl } }`;
const LIST = `query($r: ID!) { recordFiles(recordId: $r) { id fileName size downloadUrl } }`;
const DELETE = `mutation($r: ID!, $f: ID!) { deleteRecordFile(recordId: $r, fileId: $f) }`;
const CREATE = `mutation($q: ID!, $i: PublicationRecordInput!) { createPublicationRecord(requirementId: $q, input: $i) { id } }`;

const countFiles = async (owner: string): Promise<number> =>
  (
    await h.db.orm.em
      .fork()
      .execute<Array<{ n: number }>>('select count(*)::int as n from stored_file where owner_id = ?', [owner])
  )[0]!.n;

beforeAll(async () => {
  h = await createApiHarness();
  const em = h.db.orm.em.fork();
  const cat = await em.findOneOrFail(
    Catalogue,
    { agency: { code: '150785-sfj' }, status: 'PUBLISHED' },
    { orderBy: { publishedAt: 'desc' } },
  );
  const item = await em.findOneOrFail(CatalogueItem, { catalogue: cat, name: '规范性文件' });
  const row = (await em.findOneOrFail(Requirement, { item }, { orderBy: { position: 'asc' } })).id;
  const create = async (i: Record<string, unknown>): Promise<string> =>
    ok(await as('sfj-editor', CREATE, { q: row, i })).createPublicationRecord.id;
  published = await create({ status: 'PUBLISHED', title: '附件测试（已公开）', publishedDate: '2026-03-02' });
  draft = await create({ status: 'DRAFT', title: '附件测试（草稿）' });
});
afterAll(async () => h?.close());

describe('attachments of publication records', () => {
  let publishedFile: string;
  let draftFile: string;

  it('attaches a PDF for the department’s writer, with the sniffed type, size and SHA-256', async () => {
    const bytes = pdf();
    const f = ok(
      await as('sfj-editor', ATTACH, { r: published, n: ' 通知.pdf ', b: bytes.toString('base64') }),
    ).attachRecordFile;
    expect(f).toMatchObject({
      fileName: '通知.pdf',
      mediaType: 'application/pdf',
      typeLabel: 'PDF',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      downloadUrl: `/files/${f.id}`,
    });
    publishedFile = f.id;
    draftFile = ok(await as('sfj-approver', ATTACH, { r: draft, n: '草稿附件.pdf', b: pdf('草稿').toString('base64') }))
      .attachRecordFile.id;
  });

  it('is listed by whoever reads the record: the department, the office, anonymous visitors for a published one', async () => {
    for (const login of ['sfj-viewer', 'demo-reviewer', 'demo-admin', null])
      expect(ok(await as(login, LIST, { r: published })).recordFiles, String(login)).toEqual([
        { id: publishedFile, fileName: '通知.pdf', size: pdf().length, downloadUrl: `/files/${publishedFile}` },
      ]);
    expect(ok(await as('demo-reviewer', LIST, { r: draft })).recordFiles.map((f: { id: string }) => f.id)).toEqual([
      draftFile,
    ]);
    // A draft is not public; another department does not read 司法局's records.
    expect(codeOf(await as(null, LIST, { r: draft }))).toBe('NOT_FOUND');
    expect(codeOf(await as('mzj-editor', LIST, { r: published }))).toBe('FORBIDDEN');
  });

  it('is downloaded at /files/<id> by the same people, anonymous visitors only a published record’s file', async () => {
    const anon = await download(null, publishedFile);
    expect(anon).toMatchObject({ fileName: '通知.pdf', contentType: 'application/pdf' });
    expect(anon.body.equals(pdf())).toBe(true);
    expect((await download('demo-reviewer', draftFile)).body.equals(pdf('草稿'))).toBe(true);
    expect((await download('sfj-viewer', draftFile)).fileName).toBe('草稿附件.pdf');
    await expect(download(null, draftFile)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    for (const id of [draftFile, publishedFile])
      await expect(download('mzj-editor', id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(download(null, randomUUID())).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('is attached only by the department’s writers', async () => {
    const b = pdf().toString('base64');
    for (const login of ['sfj-viewer', 'mzj-editor', 'demo-reviewer'])
      expect(codeOf(await as(login, ATTACH, { r: published, n: 'a.pdf', b })), login).toBe('FORBIDDEN');
    expect(codeOf(await as(null, ATTACH, { r: published, n: 'a.pdf', b }))).toBe('UNAUTHENTICATED');
    expect(await countFiles(published)).toBe(1);
  });

  it('refuses a wrong type, a disguised file, an empty one and one over the limit, naming the field', async () => {
    const refuse = async (n: string, b: string) => {
      const r = await as('sfj-editor', ATTACH, { r: published, n, b });
      expect(codeOf(r), n).toBe('BAD_USER_INPUT');
      return { field: r.errors![0]!.extensions!['field'], message: r.errors![0]!.message };
    };
    expect(await refuse('程序.exe', pdf().toString('base64'))).toMatchObject({
      field: 'fileName',
      message: expect.stringContaining('只能上传'),
    });
    expect(await refuse('扫描件.pdf', PNG.toString('base64'))).toEqual({
      field: 'contentBase64',
      message: '「扫描件.pdf」的内容不是 PDF 文件（看起来是 PNG 图片 文件，请改正扩展名）',
    });
    expect(await refuse('空.pdf', '')).toEqual({ field: 'contentBase64', message: '「空.pdf」是空文件' });
    expect(await refuse('坏.pdf', '不是base64')).toMatchObject({ field: 'contentBase64' });
    const big = Buffer.concat([pdf(), Buffer.alloc(MAX_STORED_FILE_BYTES)]);
    expect(await refuse('大.pdf', big.toString('base64'))).toMatchObject({
      field: 'contentBase64',
      message: expect.stringContaining('附件上限 10.0 MB'),
    });
    const r = await as('sfj-editor', ATTACH, { r: randomUUID(), n: 'a.pdf', b: pdf().toString('base64') });
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(await countFiles(published)).toBe(1);
  });

  it('keeps nothing of a request that fails part-way (one transaction)', async () => {
    const r = await as(
      'sfj-editor',
      `mutation($r: ID!, $b: String!) {
        a: attachRecordFile(recordId: $r, fileName: "第二份.pdf", contentBase64: $b) { id }
        b: attachRecordFile(recordId: $r, fileName: "第三份.exe", contentBase64: $b) { id } }`,
      { r: published, b: pdf().toString('base64') },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await countFiles(published)).toBe(1);
  });

  it(`takes at most ${MAX_RECORD_FILES} files per record`, async () => {
    const b = pdf().toString('base64');
    for (let i = (await countFiles(draft)) + 1; i <= MAX_RECORD_FILES; i++)
      ok(await as('sfj-editor', ATTACH, { r: draft, n: `附件${i}.pdf`, b }));
    const r = await as('sfj-editor', ATTACH, { r: draft, n: '多一个.pdf', b });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions!['field']).toBe('recordId');
    expect(r.errors![0]!.message).toContain(`最多 ${MAX_RECORD_FILES} 个附件`);
    expect(await countFiles(draft)).toBe(MAX_RECORD_FILES);
  });

  it('deletes a file (the department’s writers only), and a record’s files go with the record', async () => {
    expect(codeOf(await as('mzj-editor', DELETE, { r: published, f: publishedFile }))).toBe('FORBIDDEN');
    expect(codeOf(await as('sfj-viewer', DELETE, { r: published, f: publishedFile }))).toBe('FORBIDDEN');
    expect(codeOf(await as('sfj-editor', DELETE, { r: published, f: randomUUID() }))).toBe('NOT_FOUND');
    // A file of another record is not this record's.
    expect(codeOf(await as('sfj-editor', DELETE, { r: published, f: draftFile }))).toBe('NOT_FOUND');
    expect(ok(await as('sfj-editor', DELETE, { r: published, f: publishedFile })).deleteRecordFile).toBe(true);
    expect(await countFiles(published)).toBe(0);
    const audit = await h.db.orm.em
      .fork()
      .execute<Array<{ operation: string }>>(
        "select operation from audit_log where object_id = ? and operation in ('attachRecordFile', 'deleteRecordFile') order by at",
        [publishedFile],
      );
    expect(audit.map((a) => a.operation)).toEqual(['attachRecordFile', 'deleteRecordFile']);

    ok(await as('sfj-editor', 'mutation($id: ID!) { deletePublicationRecord(id: $id) }', { id: draft }));
    expect(await countFiles(draft)).toBe(0);
  });
});
