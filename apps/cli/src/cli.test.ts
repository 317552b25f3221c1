import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue, loadDemoDataIfEmpty } from '@gongkai/db';
import { createTestDatabase, type TestDatabase } from '../../../packages/db/src/test-support/test-database.js';

// Runs the built CLI (`pnpm test` builds first), as a user would.
const cli = new URL('../dist/main.js', import.meta.url).pathname;
const seed = new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url).pathname;
const second = new URL('../../../demo-data/catalogues/genhe-minzhengju.txt', import.meta.url).pathname;
const run = promisify(execFile);

let db: TestDatabase;
async function gongkai(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: db.url },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
});
afterAll(async () => db?.close());

describe('gongkai CLI', () => {
  it('--dry-run --json prints the parsed catalogue and findings without a database', async () => {
    const r = await run(process.execPath, [cli, 'import-catalogue', seed, '--dry-run', '--json'], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none' },
      maxBuffer: 32 * 1024 * 1024,
    });
    const json = JSON.parse(r.stdout);
    expect(json.items).toHaveLength(9);
    expect(json.items[0].children[0].requirements[0]).toMatchObject({
      contentElements: ['本部门印发制定的规范性文件'],
      timeLimit: {
        raw: '信息产生或变更之日起20个工作日内公开',
        rule: { kind: 'afterEvent', amount: 20, unit: 'workingDay' },
      },
      channels: ['GOVERNMENT_WEBSITE', 'GAZETTE', 'BULLETIN_BOARD', 'PRECISE_PUSH'],
      audiences: ['PUBLIC'],
      publishingOrgans: ['根河市司法局'],
      offices: ['行政执法协调监督办公室'],
    });
    expect(json.findings.find((f: { kind: string }) => f.kind === 'channels-truncated')).toMatchObject({ line: 27 });
  });

  it('export-catalogue --json round-trips with the dry run', async () => {
    const dry = await gongkai('import-catalogue', seed, '--dry-run', '--json');
    const exported = await gongkai('export-catalogue', '--agency', '150785-sfj', '--json');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(dry.stdout);
  });

  it('imports into an agency by name, in one transaction', async () => {
    const r = await gongkai('import-catalogue', second, '--agency', '根河市财政局', '--version-label', '2025版');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('公开要求 10 条');
    const em = db.orm.em.fork();
    const czj = await em.findOneOrFail(Agency, { code: '150785-czj' });
    expect(await em.count(Catalogue, { agency: czj, versionLabel: '2025版' })).toBe(1);
  });

  it('exports xlsx and docx files, and imports the xlsx back as the same catalogue', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-cli-'));
    const xlsx = path.join(dir, '目录.xlsx');
    const docx = path.join(dir, '目录.docx');
    expect((await gongkai('export-catalogue', '--agency', '150785-sfj', '--format', 'xlsx', '--out', xlsx)).code).toBe(
      0,
    );
    expect((await gongkai('export-catalogue', '--agency', '150785-sfj', '--format', 'docx', '--out', docx)).code).toBe(
      0,
    );
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const fromXlsx = JSON.parse((await gongkai('import-catalogue', xlsx, '--dry-run', '--json')).stdout);
    const fromText = JSON.parse((await gongkai('import-catalogue', seed, '--dry-run', '--json')).stdout);
    const strip = (c: unknown) => JSON.stringify((c as { items: unknown }).items, (k, v) => (k === 'line' ? null : v));
    expect(strip(fromXlsx)).toBe(strip(fromText));
    const bad = await gongkai(
      'export-catalogue',
      '--agency',
      '150785-sfj',
      '--format',
      'pdf',
      '--out',
      path.join(dir, 'x.pdf'),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format 只能是 json、csv、xlsx、docx');
  });

  it.each([
    ['an empty file', '', /文件为空/u],
    ['a CSV of something else', 'name,age\nzhang,3\n', /不是制表符分隔的表格/u],
    ['a table with no 事项 column', '序号\t公开内容\t公开时限\n1\t内容\t即时公开\n', /第1行：表头中没有「公开事项」/u],
  ])('rejects %s with the line and reason, writing nothing', async (_n, text, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-cli-'));
    const file = path.join(dir, 'bad.txt');
    writeFileSync(file, text);
    const before = await db.orm.em.fork().count(Catalogue, {});
    const r = await gongkai('import-catalogue', file, '--agency', '150785-czj');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(await db.orm.em.fork().count(Catalogue, {})).toBe(before);
  });

  it('names an unknown agency', async () => {
    const r = await gongkai('import-catalogue', seed, '--agency', '不存在的局');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未找到机关「不存在的局」');
  });
});

describe('gongkai import-catalogue <files…> --match-agency (bulk onboarding)', () => {
  /** A department's catalogue in the seed's tab layout: title and 公开主体 name the department. */
  const catalogueText = (name: string): string =>
    readFileSync(new URL('../../../demo-data/catalogues/genhe-caizhengju.txt', import.meta.url), 'utf8')
      .replace('根河市财政局主动公开目录（示例数据）', `${name}主动公开目录`)
      .replaceAll('根河市财政局', name);
  const drafts = async (code: string): Promise<number> =>
    db.orm.em.fork().count(Catalogue, { agency: { code } as never, status: 'DRAFT' });
  /** A zip whose entries are stored (not compressed), so a test can rewrite what its central directory declares. */
  async function zipOf(entries: Record<string, string>): Promise<Buffer> {
    const { storedZip } = await import('@gongkai/exchange');
    return Buffer.from(storedZip(new Map(Object.entries(entries).map(([n, t]) => [n, Buffer.from(t, 'utf8')]))));
  }

  it('--dry-run prints each file’s department and reason, or why none, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bulk-'));
    const jyj = path.join(dir, '附件1：根河市教育局主动公开目录(2025).txt');
    const wy = path.join(dir, '附件2：五原县民政局主动公开目录(2023).txt');
    writeFileSync(jyj, catalogueText('根河市教育局'));
    writeFileSync(wy, catalogueText('五原县民政局'));
    const before = await db.orm.em.fork().count(Catalogue, {});
    const r = await gongkai('import-catalogue', jyj, wy, '--match-agency', '--dry-run');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^\[1\/2\] 附件1：根河市教育局主动公开目录\(2025\)\.txt → 根河市教育局（150785-jyj，可信）：标题写的是「根河市教育局」，文件名写的是「根河市教育局」/u,
    );
    expect(lines[1]).toBe(
      '[2/2] 附件2：五原县民政局主动公开目录(2023).txt ✖ 未匹配到部门：标题写的是「五原县民政局」，平台上没有这个部门，请选择；请用 --agency 单独导入',
    );
    expect(lines[2]).toBe('共 2 个文件：匹配到部门 1 个，失败 1 个');
    expect(await db.orm.em.fork().count(Catalogue, {})).toBe(before);
  });

  it('imports a .zip’s files each as its department’s draft; a second run is refused per file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bulk-'));
    const zip = path.join(dir, '各部门目录.zip');
    writeFileSync(
      zip,
      await zipOf({
        '目录/教育局.txt': catalogueText('根河市教育局'),
        '目录/卫健委.txt': catalogueText('根河市卫生健康委员会'),
        '__MACOSX/目录/._教育局.txt': 'x',
      }),
    );
    const r = await gongkai('import-catalogue', zip, '--match-agency', '--version-label', '2026版（批量）');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[1/2] 各部门目录.zip/目录/教育局.txt → 根河市教育局（150785-jyj');
    expect(r.stdout).toContain('[2/2] 各部门目录.zip/目录/卫健委.txt → 根河市卫生健康委员会（150785-wjw');
    expect(r.stdout).toContain('共 2 个文件：已导入 2 个');
    expect(await drafts('150785-jyj')).toBe(1);
    expect(await drafts('150785-wjw')).toBe(1);
    const again = await gongkai('import-catalogue', zip, '--match-agency', '--version-label', '2027版');
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(
      /\[1\/2\] .* ✖ → 根河市教育局.*未导入：本机关已有草稿「根河市教育局主动公开目录」2026版（批量）/u,
    );
    expect(await drafts('150785-jyj')).toBe(1);
  });

  it('refuses a zip bomb from its central directory, before inflating', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bulk-'));
    const zip = await zipOf({ '教育局.txt': catalogueText('根河市教育局') });
    // Make the central directory entry (signature PK\1\2) declare a deflated entry (method at offset 10) of 1 GB
    // (uncompressed size at offset 24): a bomb as its directory describes it; inflating it would fail, so refusing
    // it with the size message shows that nothing was inflated.
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(8, cd + 10);
    zip.writeUInt32LE(1024 * 1024 * 1024, cd + 24);
    const file = path.join(dir, 'bomb.zip');
    writeFileSync(file, zip);
    const r = await gongkai('import-catalogue', file, '--match-agency');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.zip：.*「教育局\.txt」解压后过大（1024 MB，单个文件上限 20 MB）/u);
  });

  it('will not mix --match-agency with --agency, nor take many files without it', async () => {
    expect((await gongkai('import-catalogue', seed, second, '--agency', '150785-czj')).stderr).toContain(
      '--match-agency',
    );
    expect((await gongkai('import-catalogue', seed, '--match-agency', '--agency', '150785-czj')).code).toBe(2);
  });
});
