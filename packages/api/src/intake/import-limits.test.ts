/**
 * Imports that cannot stall the server (issue 11): hostile files are refused within limits, parsing runs in the
 * worker pool of @gongkai/exchange, a user runs one import at a time, and a parse past its time limit is a user
 * error after which imports go on.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Catalogue, User } from '@gongkai/db';
import { DEFAULT_PARSE_POOL_OPTIONS, configureParsePool, parsePool } from '@gongkai/exchange';
import { largeCatalogueText, sparseXlsx, zipBombXlsx } from '../../../exchange/src/hostile-files.js';
import type { GqlResult } from '../test-support/api-harness.js';
import { useImportHarness } from '../test-support/import-harness.js';

const seed = readFileSync(new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');
const tenThousandRows = largeCatalogueText(seed, 10_000);

const IMPORT_TEXT =
  'mutation($t: String!, $v: String) { importCatalogue(agencyCode: "150785-sfj", text: $t, fileName: "目录.txt", versionLabel: $v) { id requirementCount } }';
const IMPORT_FILE =
  'mutation($n: String!, $c: String!, $v: String) { importCatalogueFile(agencyCode: "150785-sfj", fileName: $n, contentBase64: $c, versionLabel: $v) { id requirementCount } }';

const h = useImportHarness();

/** Each test starts with the parse pool's own time limit (useImportHarness deletes 司法局's drafts). */
afterEach(() => {
  configureParsePool({ timeoutMs: DEFAULT_PARSE_POOL_OPTIONS.timeoutMs });
});

const importFile = async (name: string, data: Buffer, token = h.editor): Promise<GqlResult> =>
  h.run(IMPORT_FILE, { n: name, c: data.toString('base64'), v: `测试-${name}` }, { token });

function userError(r: GqlResult): { message: string; extensions: Record<string, unknown> } {
  expect(r.errors).toHaveLength(1);
  const e = r.errors![0]!;
  expect(e.extensions?.code).toBe('BAD_USER_INPUT');
  return { message: e.message, extensions: e.extensions ?? {} };
}

const draftCount = async (): Promise<number> =>
  h.db.orm.em.fork().count(Catalogue, { agency: { code: '150785-sfj' }, status: 'DRAFT' });

describe('hostile files', () => {
  it('refuses a workbook whose used range reaches the last row of Excel, naming the sheet and the limit', async () => {
    const r = await importFile('大范围.xlsx', await sparseXlsx(['A1', 'XFD1048576'], '目录'));
    expect(userError(r).message).toBe(
      'xlsx 文件超出限制：工作表「目录」的行数过多（用到第 1,048,576 行，上限 100,000 行）：请删除表格之外多余的行后再导入',
    );
    expect(await draftCount()).toBe(0);
  });

  it('reads the reported file (A1, CV1, A600) by its three cells and refuses it as no catalogue', async () => {
    const r = await importFile('报告的文件.xlsx', await sparseXlsx(['A1', 'CV1', 'A600']));
    expect(userError(r).message).toMatch(/^工作表「Sheet1」第1–600行：没有找到目录表头/u);
  });

  it('refuses a zip bomb from its central directory, and a lying one while inflating', async () => {
    const bomb = await importFile('炸弹.xlsx', await zipBombXlsx({ inflatedMiB: 600 }));
    expect(userError(bomb).message).toBe(
      'xlsx 文件超出限制：压缩包内「customXml/item1.xml」解压后过大（600 MB，单个文件上限 50 MB）',
    );
    const liar = await importFile('谎报.xlsx', await zipBombXlsx({ inflatedMiB: 200, declaredBytes: 1000 }));
    expect(userError(liar).message).toBe(
      'xlsx 文件超出限制：压缩包内「customXml/item1.xml」解压后的实际大小超过它声明的 1000 字节，文件已损坏或被篡改（疑似压缩炸弹）',
    );
    expect(await draftCount()).toBe(0);
  });
});

describe('parsing in the worker pool', () => {
  it('imports a legitimate 10,000-row text, parsed off the request thread', { timeout: 180_000 }, async () => {
    const before = parsePool().stats.parsed;
    const t = performance.now();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const r = await h.run(IMPORT_TEXT, { t: tenThousandRows, v: '万行' }, { token: h.editor });
    delay.disable();
    expect(r.errors).toBeUndefined();
    const imported = (r.data as { importCatalogue: { requirementCount: number } }).importCatalogue;
    expect(imported.requirementCount).toBeGreaterThan(9_000);
    expect(parsePool().stats.parsed).toBe(before + 1);
    // For the record (not asserted: machines differ): the parse runs in a worker, saving the 10,000 rows
    // (packages/db saveCatalogue) on this thread.
    console.log(
      `导入 10,000 行文本：${Math.round(performance.now() - t)} ms，事件循环最长阻塞 ${Math.round(delay.max / 1e6)} ms`,
    );
  });

  it('reports a parse past its time limit as the user’s error, and the next import works on a new worker', async () => {
    configureParsePool({ timeoutMs: 20 });
    const timeouts = parsePool().stats.timeouts;
    const slow = await h.run(IMPORT_TEXT, { t: tenThousandRows, v: '超时' }, { token: h.editor });
    const e = userError(slow);
    expect(e.message).toBe('文件解析超时（超过 20 毫秒），已停止：文件过大或过于复杂，请拆分后再导入');
    expect(e.extensions).toMatchObject({ field: 'text', reason: 'PARSE_TIMEOUT' });
    expect(parsePool().stats.timeouts).toBe(timeouts + 1);
    expect(await draftCount()).toBe(0);

    configureParsePool({ timeoutMs: DEFAULT_PARSE_POOL_OPTIONS.timeoutMs });
    const next = await h.run(IMPORT_TEXT, { t: seed, v: '超时之后' }, { token: h.editor });
    expect(next.errors).toBeUndefined();
  });
});

describe('imports at once', () => {
  it('counts an import running in another server process (an advisory lock held elsewhere)', async () => {
    const user = await h.db.orm.em.fork().findOneOrFail(User, { login: 'sfj-editor' });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    // Another process's import: its transaction holds the user's slot until it ends.
    const other = h.db.appOrm.em.fork().transactional(async (tx) => {
      await tx.execute("select pg_advisory_xact_lock(hashtext('gongkai.import:' || ?), 0)", [user.id]);
      locked();
      await held;
    });
    await isLocked;
    const refused = userError(await h.run(IMPORT_TEXT, { t: seed, v: '另一进程' }, { token: h.editor }));
    expect(refused.message).toBe('你已有导入正在进行（每人同时最多 1 个）：请等它完成后再试');
    expect(refused.extensions).toMatchObject({ reason: 'IMPORT_IN_PROGRESS' });
    release();
    await other;
    expect((await h.run(IMPORT_TEXT, { t: seed, v: '另一进程之后' }, { token: h.editor })).errors).toBeUndefined();
  });

  it('refuses a second import by the same user while the first runs, but not another user’s', async () => {
    const other = await h.tokenFor('mzj-editor');
    const otherImport =
      'mutation($t: String!) { importCatalogue(agencyCode: "150785-mzj", text: $t, versionLabel: "并发测试", confirmAgency: true) { id } }';
    // 民政局 has a draft in the demo data: out of the way, so that its editor's import can succeed.
    await h.deleteDrafts('150785-mzj', other);
    // A draft of 司法局, so that the long import below parses (holding its slot) and then stops before saving.
    const draft = await h.run(IMPORT_TEXT, { t: seed, v: '已有草稿' }, { token: h.editor });
    expect(draft.errors).toBeUndefined();

    const running = h.run(IMPORT_TEXT, { t: tenThousandRows, v: '并发一' }, { token: h.editor });
    // The first import is parsing (it holds its slot from before the parse until it ends).
    await vi.waitFor(() => expect(parsePool().pending).toBe(1), { timeout: 10_000, interval: 2 });
    const [second, third] = await Promise.all([
      h.run(IMPORT_TEXT, { t: seed, v: '并发二' }, { token: h.editor }),
      h.run(otherImport, { t: seed }, { token: other }),
    ]);
    const e = userError(second);
    expect(e.message).toBe('你已有 1 个导入正在进行（每人同时最多 1 个）：请等它完成后再试');
    expect(e.extensions).toMatchObject({ reason: 'IMPORT_IN_PROGRESS' });
    expect(third.errors).toBeUndefined();
    // The first one got the slot, parsed, and was refused for the existing draft.
    expect(userError(await running).message).toMatch(/已有草稿/u);

    // Its slot is free again: the same user may import once the draft is gone.
    const id = (draft.data as { importCatalogue: { id: string } }).importCatalogue.id;
    expect(
      (await h.run('mutation($id: ID!) { deleteDraft(id: $id) }', { id }, { token: h.editor })).errors,
    ).toBeUndefined();
    expect((await h.run(IMPORT_TEXT, { t: seed, v: '并发之后' }, { token: h.editor })).errors).toBeUndefined();
    const mzjDraft = await h.db.orm.em
      .fork()
      .findOneOrFail(Catalogue, { agency: { code: '150785-mzj' }, status: 'DRAFT' });
    expect(
      (await h.run('mutation($id: ID!) { deleteDraft(id: $id) }', { id: mzjDraft.id }, { token: other })).errors,
    ).toBeUndefined();
  });
});
