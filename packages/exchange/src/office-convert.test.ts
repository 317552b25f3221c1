/**
 * Old Word/Excel/WPS files converted with LibreOffice, and files whose name lies about their content.
 *
 * Fixtures (committed, made once with LibreOffice 7.4 from Debian bookworm):
 * - old-full-layout.doc, old-simple-layout.doc: the Word documents `fullLayout()` and `simpleLayout()` of
 *   catalogue-docx-read.test.ts (made there with the `docx` library), converted with
 *   `soffice --headless --convert-to 'doc:MS Word 97'`; read back they must give that test's goldens.
 * - old-seed.xls: `seedAsXlsx()` below (the seed's rows in a sheet made with exceljs, with merged cells), converted
 *   with `--convert-to 'xls:MS Excel 97'`; `UPDATE_OFFICE_FIXTURES=1` makes it again.
 * The .wps and .et cases are those bytes under a WPS name (WPS Office writes the same binary formats).
 * Tests that run LibreOffice skip, saying why, when it is not installed; .ci/run installs it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { flattenItems, type CatalogueJson } from '@gongkai/domain';
import { readCatalogueFile } from './catalogue-read.js';
import { readCatalogueXlsx } from './catalogue-xlsx.js';
import {
  convertIfOldFormat,
  convertOfficeFile,
  findSoffice,
  oleEntryNames,
  resetSofficeCache,
  sniffOfficeFile,
} from './office-convert.js';
import { SEED_TEXT, fixtureBytes, ok, withoutLines } from './test-support/reader-fixtures.js';

const SOFFICE = await findSoffice();
const NO_SOFFICE = SOFFICE === null;
if (NO_SOFFICE)
  console.warn(
    'office-convert.test: LibreOffice (soffice) is not installed: conversion tests are skipped (.ci/run installs it).',
  );

// ---- fixtures ----

/** The seed's rows as one sheet: a merged title, 公开事项 over three columns, each 一级事项 merged down its rows. */
async function seedAsXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('主动公开目录');
  const lines = SEED_TEXT.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const rows = lines.map((l) => l.split('\t'));
  const width = Math.max(...rows.map((r) => r.length));
  let groupStart = -1;
  rows.forEach((cells, i) => {
    const r = i + 1;
    // Blank cells are left out, as Excel and WPS leave them (exceljs would write '' as a cell of its own).
    cells.forEach((v, c) => {
      if (v !== '') ws.getCell(r, c + 1).value = v;
    });
    if (cells.length === 1) {
      ws.mergeCells(r, 1, r, width);
      groupStart = -1;
      return;
    }
    if (cells[1] === '公开事项') ws.mergeCells(r, 2, r, 4);
    const isItemRow = /^\d/u.test(cells[0]!.trim());
    const isContinuation =
      !isItemRow &&
      cells[0]!.trim() === '' &&
      cells[1]!.trim() === '' &&
      groupStart > 0 &&
      !/一级/u.test(cells.join(''));
    if (isItemRow) groupStart = r;
    const next = rows[i + 1];
    const nextContinues =
      next !== undefined &&
      next.length > 1 &&
      next[0]!.trim() === '' &&
      next[1]!.trim() === '' &&
      !/一级/u.test(next.join(''));
    if (groupStart > 0 && (isItemRow || isContinuation) && !nextContinues && r > groupStart)
      ws.mergeCells(groupStart, 2, r, 2);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const golden = (name: string): CatalogueJson =>
  JSON.parse(
    readFileSync(new URL(`./__fixtures__/docx-${name}.golden.json`, import.meta.url), 'utf8'),
  ) as CatalogueJson;

/** A minimal OLE2 compound file whose directory holds the given names (512-byte sectors: FAT, then directory). */
function oleOf(names: string[]): Uint8Array {
  const data = new Uint8Array(512 * 3);
  const v = new DataView(data.buffer);
  data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true);
  v.setUint32(0x30, 1, true);
  v.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++)
    v.setUint32(fat + i * 4, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true);
  const dir = 1024;
  ['Root Entry', ...names].slice(0, 4).forEach((name, i) => {
    const e = dir + i * 128;
    for (let c = 0; c < name.length; c++) v.setUint16(e + c * 2, name.charCodeAt(c), true);
    v.setUint16(e + 0x40, (name.length + 1) * 2, true);
    data[e + 0x42] = i === 0 ? 5 : 2;
  });
  return data;
}

/** Bytes that are nothing: no OLE header, no markup, NULs early on. */
function randomBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  b[3] = 0;
  return b;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

// ---- what a file really is (no LibreOffice needed) ----

describe('sniffOfficeFile — the bytes decide, not the name', () => {
  it('reads the directory of a real OLE2 file: Word document, Excel workbook', () => {
    expect(oleEntryNames(fixtureBytes('old-full-layout.doc'))).toContain('WordDocument');
    expect(oleEntryNames(fixtureBytes('old-seed.xls'))).toContain('Workbook');
    expect(oleEntryNames(enc('not ole'))).toBeNull();
    expect(sniffOfficeFile('目录.doc', fixtureBytes('old-full-layout.doc'))).toMatchObject({
      route: 'convert',
      target: 'docx',
      inputExtension: 'doc',
    });
    expect(sniffOfficeFile('目录.et', fixtureBytes('old-seed.xls'))).toMatchObject({
      route: 'convert',
      target: 'xlsx',
      inputExtension: 'xls',
    });
    // An Excel workbook named .doc is converted as what it is.
    expect(sniffOfficeFile('目录.doc', fixtureBytes('old-seed.xls'))).toMatchObject({
      route: 'convert',
      target: 'xlsx',
    });
    // A .docx that is really an old .doc is converted too; a real .docx is left to its reader.
    expect(sniffOfficeFile('目录.docx', fixtureBytes('old-full-layout.doc'))).toMatchObject({
      route: 'convert',
      target: 'docx',
    });
    expect(sniffOfficeFile('目录.docx', enc('PK\u0003\u0004'))).toEqual({ route: 'unchanged' });
    expect(sniffOfficeFile('目录.pdf', fixtureBytes('old-full-layout.doc'))).toEqual({ route: 'unchanged' });
  });

  it('refuses encrypted, PowerPoint, empty-directory and broken OLE files, naming them', () => {
    expect(sniffOfficeFile('目录.docx', oleOf(['EncryptionInfo', 'EncryptedPackage']))).toEqual({
      route: 'refuse',
      message: expect.stringMatching(/^「目录\.docx」设置了打开密码/u),
    });
    expect(sniffOfficeFile('目录.doc', oleOf(['PowerPoint Document']))).toEqual({
      route: 'refuse',
      message: expect.stringMatching(/^「目录\.doc」是 PowerPoint 演示文稿/u),
    });
    expect(sniffOfficeFile('目录.xlsx', oleOf(['Other']))).toEqual({
      route: 'refuse',
      message: expect.stringMatching(/^「目录\.xlsx」不是 Word 或 Excel 文件/u),
    });
    // Unknown OLE content under an old name: LibreOffice may still know it.
    expect(sniffOfficeFile('目录.wps', oleOf(['Other']))).toMatchObject({
      route: 'convert',
      target: 'docx',
      inputExtension: 'wps',
    });
    const cut = fixtureBytes('old-full-layout.doc').subarray(0, 600);
    expect(sniffOfficeFile('目录.doc', cut)).toEqual({
      route: 'refuse',
      message: expect.stringMatching(/^「目录\.doc」已损坏/u),
    });
  });

  it('sends web pages, PDFs, zips and text saved under an old name to their readers', () => {
    const page =
      '\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><table><tr><td>序号</td></tr></table></body></html>';
    expect(sniffOfficeFile('目录.doc', enc(page))).toEqual({ route: 'as', fileName: '目录.html' });
    expect(sniffOfficeFile('目录.xls', enc('  <table border=1><tr><td>x</td></tr></table>'))).toEqual({
      route: 'as',
      fileName: '目录.html',
    });
    const xhtml = `<?xml version="1.0" encoding="utf-8"?><!-- ${'x'.repeat(5000)} -->\n<html xmlns="http://www.w3.org/1999/xhtml"><head><style>${'p{}'.repeat(2000)}</style></head></html>`;
    expect(sniffOfficeFile('目录.doc', enc(xhtml))).toEqual({ route: 'as', fileName: '目录.html' });
    expect(
      sniffOfficeFile(
        '目录.xls',
        enc(
          '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
        ),
      ),
    ).toMatchObject({
      route: 'convert',
      target: 'xlsx',
      inputExtension: 'xml',
    });
    expect(
      sniffOfficeFile(
        '目录.doc',
        enc('<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>'),
      ),
    ).toMatchObject({ route: 'convert', target: 'docx', inputExtension: 'xml' });
    expect(sniffOfficeFile('目录.doc', enc('{\\rtf1\\ansi 序号}'))).toMatchObject({
      route: 'convert',
      target: 'docx',
      inputExtension: 'rtf',
    });
    expect(sniffOfficeFile('目录.doc', enc('%PDF-1.7\n'))).toEqual({ route: 'as', fileName: '目录.pdf' });
    expect(sniffOfficeFile('目录.wps', enc('PK\u0003\u0004....word/document.xml'))).toEqual({
      route: 'as',
      fileName: '目录.docx',
    });
    expect(sniffOfficeFile('目录.doc', enc('PK\u0003\u0004....xl/workbook.xml'))).toEqual({
      route: 'as',
      fileName: '目录.xlsx',
    });
    expect(sniffOfficeFile('目录.xls', enc('序号\t公开事项\n1\t部门文件\n'))).toEqual({
      route: 'as',
      fileName: '目录.txt',
    });
    expect(sniffOfficeFile('目录.xls', enc('序号,公开事项\n1,部门文件\n'))).toEqual({
      route: 'as',
      fileName: '目录.csv',
    });
    expect(sniffOfficeFile('目录.xls', enc('序号|公开事项|公开内容\n1|部门文件|文件，通知\n'))).toEqual({
      route: 'as',
      fileName: '目录.txt',
    });
    expect(sniffOfficeFile('目录.doc', enc('MIME-Version: 1.0\nContent-Type: multipart/related'))).toEqual({
      route: 'refuse',
      message: expect.stringMatching(/^「目录\.doc」是单个网页文件（MHT）/u),
    });
  });

  it('random bytes named .doc or .xls: a clear refusal naming the file, nothing launched', async () => {
    const r = await convertIfOldFormat('假目录.doc', randomBytes(5000), { soffice: '/nonexistent/soffice' });
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^「假目录\.doc」不是 Word 文件（文件开头不是 Word 97–2003 文件的标志.*另存为」\.docx/u,
      ),
    });
    const x = await convertIfOldFormat('假目录.et', randomBytes(100), { soffice: '/nonexistent/soffice' });
    expect(!x.ok && x.message).toMatch(/^「假目录\.et」不是 Excel 文件/u);
    // Text that is no table, or has control characters, is no more a Word file than random bytes.
    for (const junk of ['old word', '\u00d0\u00cf\u0011\u00e0 not really']) {
      const t = await convertIfOldFormat('目录.doc', enc(junk), { soffice: '/nonexistent/soffice' });
      expect(!t.ok && t.message).toMatch(/^「目录\.doc」不是 Word 文件.*另存为」\.docx/u);
    }
  });

  it('a saved web page named .doc (as government sites serve them) reads as the web page', async () => {
    const conv = await convertIfOldFormat('莲都区民政局目录.doc', fixtureBytes('html-layout-a.html'), {
      soffice: null,
    });
    expect(conv).toMatchObject({ ok: true, fileName: '莲都区民政局目录.html' });
    if (!conv.ok) return;
    const c = ok(await readCatalogueFile(conv.fileName, conv.data));
    const g = JSON.parse(
      readFileSync(new URL('./__fixtures__/html-layout-a.golden.json', import.meta.url), 'utf8'),
    ) as CatalogueJson;
    expect(withoutLines(c)).toEqual(withoutLines(g));
  });

  it('leaves every other file as it is', async () => {
    const bytes = enc('序号\t公开事项');
    expect(await convertIfOldFormat('目录.txt', bytes)).toEqual({ ok: true, fileName: '目录.txt', data: bytes });
  });
});

// ---- without LibreOffice ----

describe('convertIfOldFormat — a server without LibreOffice', () => {
  it('says the converter is missing and asks for .docx/.xlsx', async () => {
    const doc = await convertIfOldFormat('民政局目录.doc', fixtureBytes('old-full-layout.doc'), { soffice: null });
    expect(doc).toEqual({
      ok: false,
      message: expect.stringMatching(/^「民政局目录\.doc」是旧版 Word.*未安装转换程序（LibreOffice）.*另存为」\.docx/u),
    });
    const xls = await convertIfOldFormat('民政局目录.et', fixtureBytes('old-seed.xls'), { soffice: null });
    expect(!xls.ok && xls.message).toMatch(/^「民政局目录\.et」是旧版 Excel.*另存为」\.xlsx/u);
    // What needs no converter is still read.
    expect(await convertIfOldFormat('目录.doc', enc('<html><table></table></html>'), { soffice: null })).toMatchObject({
      ok: true,
      fileName: '目录.html',
    });
  });

  it('GONGKAI_SOFFICE=none: findSoffice finds nothing', async () => {
    const saved = process.env['GONGKAI_SOFFICE'];
    try {
      process.env['GONGKAI_SOFFICE'] = 'none';
      resetSofficeCache();
      expect(await findSoffice()).toBeNull();
      process.env['GONGKAI_SOFFICE'] = '/nonexistent/soffice';
      resetSofficeCache();
      expect(await findSoffice()).toBeNull();
    } finally {
      if (saved === undefined) delete process.env['GONGKAI_SOFFICE'];
      else process.env['GONGKAI_SOFFICE'] = saved;
      resetSofficeCache();
    }
  });

  it('checks the size before anything else', async () => {
    const r = await convertOfficeFile('大.doc', fixtureBytes('old-full-layout.doc'), {
      maxBytes: 1000,
      soffice: '/nonexistent/soffice',
    });
    expect(!r.ok && r.message).toMatch(/^「大\.doc」过大（31\.5 KB，上限 20\.0 MB）/u);
  });
});

// ---- the process: timeout, process group, temporary directory, concurrency (a stand-in soffice) ----

describe('convertOfficeFile — running the converter', () => {
  /** A shell script standing in for soffice; `body` runs with the arguments; $out is the --outdir. */
  function fakeSoffice(body: string): { path: string; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), 'fake-soffice-'));
    const path = join(dir, 'soffice');
    writeFileSync(
      path,
      `#!/bin/sh\nLOG="${dir}/log"\nwhile [ $# -gt 0 ]; do case "$1" in --outdir) out="$2"; shift;; esac; shift; done\n${body}\n`,
    );
    chmodSync(path, 0o755);
    return { path, dir };
  }

  it('a converter that hangs is killed with its children after the timeout, and its directory removed', async () => {
    const fake = fakeSoffice('echo "$HOME" > "$LOG.home"\nsleep 30 &\necho $! > "$LOG.child"\nwait');
    try {
      const t0 = Date.now();
      const r = await convertOfficeFile('慢.doc', fixtureBytes('old-full-layout.doc'), {
        soffice: fake.path,
        timeoutMs: 400,
      });
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(r).toEqual({
        ok: false,
        message:
          '「慢.doc」无法转换（LibreOffice 在 0.4 秒内没有完成转换，文件可能过于复杂或已损坏）：请在 Word 或 WPS 中打开后「另存为」.docx 再导入。',
      });
      // The background child was killed with the group: gone, or a zombie waiting for init to reap it.
      const child = Number(readFileSync(`${fake.dir}/log.child`, 'utf8'));
      const state = existsSync(`/proc/${child}/stat`)
        ? readFileSync(`/proc/${child}/stat`, 'utf8').replace(/^.*\) /su, '')[0]
        : 'gone';
      expect(['gone', 'Z', 'X']).toContain(state);
      expect(existsSync(readFileSync(`${fake.dir}/log.home`, 'utf8').trim())).toBe(false);
    } finally {
      rmSync(fake.dir, { recursive: true, force: true });
    }
  });

  it('a converter that writes nothing: the file is named and the directory removed', async () => {
    const fake = fakeSoffice('echo "$HOME" > "$LOG.home"\necho "Error: source file could not be loaded" >&2\nexit 0');
    try {
      const r = await convertOfficeFile('坏.doc', fixtureBytes('old-full-layout.doc'), { soffice: fake.path });
      expect(r).toEqual({
        ok: false,
        message:
          '「坏.doc」无法转换（LibreOffice 无法打开这份旧版 Word 或 WPS 文字文件，可能已损坏或设置了密码）：请在 Word 或 WPS 中打开后「另存为」.docx 再导入。',
      });
      expect(existsSync(readFileSync(`${fake.dir}/log.home`, 'utf8').trim())).toBe(false);
    } finally {
      rmSync(fake.dir, { recursive: true, force: true });
    }
  });

  it('runs at most two at a time; each has its own profile; the result is named .docx', async () => {
    const fake = fakeSoffice(
      'for a in "$@"; do :; done\necho "+ $(date +%s%N)" >> "$LOG"\nsleep 0.3\necho "- $(date +%s%N)" >> "$LOG"\nprintf converted > "$out/input.docx"',
    );
    try {
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          convertOfficeFile(`目录${i}.doc`, fixtureBytes('old-full-layout.doc'), { soffice: fake.path }),
        ),
      );
      expect(results.map((r) => r.ok && r.fileName)).toEqual([
        '目录1.docx',
        '目录2.docx',
        '目录3.docx',
        '目录4.docx',
        '目录5.docx',
      ]);
      expect(results.every((r) => r.ok && new TextDecoder().decode(r.data) === 'converted')).toBe(true);
      const events = readFileSync(`${fake.dir}/log`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' '))
        .map(([sign, t]) => ({ sign, t: BigInt(t!) }))
        .sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
      let now = 0;
      let max = 0;
      for (const e of events) {
        now += e.sign === '+' ? 1 : -1;
        max = Math.max(max, now);
      }
      expect(events).toHaveLength(10);
      expect(max).toBe(2);
    } finally {
      rmSync(fake.dir, { recursive: true, force: true });
    }
  });
});

// ---- with LibreOffice: the old files read as the originals ----

describe.skipIf(NO_SOFFICE)(
  'convertIfOldFormat + readCatalogueFile — old files read as their originals (LibreOffice)',
  () => {
    async function readOld(fileName: string, data: Uint8Array): Promise<CatalogueJson> {
      const conv = await convertIfOldFormat(fileName, data);
      if (!conv.ok) throw new Error(conv.message);
      return ok(await readCatalogueFile(conv.fileName, conv.data));
    }

    it('.doc of the full Word layout (merged cells, 续表) gives the .docx golden', async () => {
      const c = await readOld('mzj.doc', fixtureBytes('old-full-layout.doc'));
      const g = golden('full-layout');
      expect(withoutLines(c)).toEqual(withoutLines(g));
      // The same findings, with the same Word table and row, but one: LibreOffice's .doc export (when the fixture was
      // made) wrote the 2×2 signature table that ends the document, with no paragraph after it, as paragraphs; so it
      // is reported as text after the tables instead of as a table that is not the catalogue.
      const signature = (f: { message: string }): boolean =>
        f.message.includes('Word 表格3（2行×2列）') || f.message.includes('编制单位');
      expect(g.findings.filter(signature)).toHaveLength(1);
      expect(c.findings.filter(signature).map((f) => f.message)).toEqual([
        expect.stringContaining('「编制单位根河市民政局编制日期2025年1月」'),
      ]);
      expect(c.findings.filter((f) => !signature(f)).map((f) => `${f.kind}|${f.message}`)).toEqual(
        g.findings.filter((f) => !signature(f)).map((f) => `${f.kind}|${f.message}`),
      );
    });

    it('.wps (the simple layout) gives the .docx golden', async () => {
      const c = await readOld('jyj.wps', fixtureBytes('old-simple-layout.doc'));
      const g = golden('simple-layout');
      expect(withoutLines(c)).toEqual(withoutLines(g));
      expect(c.findings.map((f) => f.kind).sort()).toEqual(g.findings.map((f) => f.kind).sort());
    });

    it('.xls and .et of the seed give what the .xlsx gives', async () => {
      const fromXlsx = ok(await readCatalogueXlsx(await seedAsXlsx(), { sourceName: 'genhe.xlsx' }));
      for (const name of ['genhe.xls', 'genhe.et']) {
        const c = await readOld(name, fixtureBytes('old-seed.xls'));
        expect(withoutLines(c)).toEqual(withoutLines(fromXlsx));
        expect(c.items).toHaveLength(9);
        const count = (x: CatalogueJson): number =>
          flattenItems(x.items).reduce((n, i) => n + i.requirements.length, 0);
        expect(count(c)).toBe(count(fromXlsx));
        expect(count(c)).toBeGreaterThan(20);
        expect(c.findings.map((f) => f.kind)).toEqual(fromXlsx.findings.map((f) => f.kind));
      }
    });

    it('a .doc that is really RTF is converted; a .docx that is really a .doc is converted', async () => {
      const rtf = enc(
        '{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\pard 根河市司法局主动公开目录\\par\n' +
          [
            '序号|公开事项|公开内容|公开时限|公开主体|公开渠道|责任科室',
            '1|部门文件|本部门印发的文件|即时公开|根河市司法局|政府网站|办公室',
          ]
            .map(
              (row) =>
                `\\trowd${row
                  .split('|')
                  .map((_, i) => `\\cellx${(i + 1) * 1200}`)
                  .join('')}${row
                  .split('|')
                  .map(
                    (c) =>
                      `\\pard\\intbl ${[...c].map((ch) => (ch.charCodeAt(0) > 127 ? `\\u${ch.charCodeAt(0)}?` : ch)).join('')}\\cell`,
                  )
                  .join('')}\\row\n`,
            )
            .join('') +
          '}',
      );
      const c = await readOld('目录.doc', rtf);
      expect(c.items.map((i) => i.name)).toEqual(['部门文件']);
      expect(c.items[0]!.requirements[0]!.offices).toEqual(['办公室']);
      const renamed = await readOld('mzj.docx', fixtureBytes('old-full-layout.doc'));
      expect(withoutLines(renamed)).toEqual(withoutLines(golden('full-layout')));
    });

    it('random bytes in an OLE wrapper: LibreOffice cannot open it, the message names the file', async () => {
      const fake = oleOf(['WordDocument']);
      const r = await convertIfOldFormat('坏.doc', fake);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^「坏\.doc」无法转换（/u);
    });
  },
);

// ---- making the .xls fixture again ----

describe.skipIf(process.env['UPDATE_OFFICE_FIXTURES'] !== '1' || NO_SOFFICE)('making the old-format fixtures', () => {
  it('converts the seed .xlsx to .xls with LibreOffice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'office-fixtures-'));
    try {
      writeFileSync(join(dir, 'old-seed.xlsx'), await seedAsXlsx());
      execFileSync(SOFFICE!, [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'xls:MS Excel 97',
        '--outdir',
        dir,
        join(dir, 'old-seed.xlsx'),
      ]);
      writeFileSync(new URL('./__fixtures__/old-seed.xls', import.meta.url), readFileSync(join(dir, 'old-seed.xls')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
