/**
 * Reading PDF catalogues. Fixtures are drawn here with pdfmake and the bundled Source Han Sans (not with the
 * platform's own exporters): (1) the seed's table — 13 columns, two header rows, item names and blank fields of a
 * 一级事项 spanning rows (rowSpan) — over several pages with the header repeated and a page-number footer, which must
 * import to what the seed's text gives; (2) a simpler eight-column layout with a title line and 「- n -」 page numbers;
 * (3) the same without any ruling lines (the rough fallback); (4) small-print tables of one-line rows under merges
 * that run across page breaks (a new row at the top of a page, not the rest of the row above it); refusals: an
 * image-only PDF, not a PDF, a broken one.
 */

import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { flattenItems, importCatalogueText } from '@gongkai/domain';
import { readCataloguePdf, readCataloguePdfGrid } from './catalogue-pdf-read.js';
import { engine } from './report-pdf.js';
import { SEED_TEXT, ok, withoutLines } from './test-support/reader-fixtures.js';

async function pdfOf(doc: Record<string, unknown>): Promise<Uint8Array> {
  const buf = await engine()
    .createPdf({ pageSize: 'A4', defaultStyle: { font: 'SourceHanSans', fontSize: 8 }, ...doc })
    .getBuffer();
  return new Uint8Array(buf);
}

/** Pages of a PDF that pdfkit wrote (page objects are not compressed). */
const pageCount = (pdf: Uint8Array): number =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/gu) ?? []
  ).length;

type Cell = { text: string; rowSpan?: number; colSpan?: number; bold?: boolean } | Record<string, never>;

// ---- (1) the seed as a PDF table ----

/**
 * The seed's rows as one 13-column table: the 10-column rows of its later pages get the (blank) 三级事项 column back;
 * within each 一级事项 every blank cell of the titled columns below a filled one is part of that cell (rowSpan), as
 * in the PDF the seed was copied from. The two header rows: 公开事项 over 一级/二级/三级事项, 公开对象 over 全社会/特定群体.
 */
function seedTable(text: string): { title: string; header: Cell[][]; body: Cell[][] } {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const title = lines.find((l) => !l.includes('\t'))!.trim();
  const data = lines
    .map((l) => l.split('\t'))
    .filter((c) => c.length > 1 && /^\d*$/u.test(c[0]!.trim()) && !c.some((x) => /一级事/u.test(x)))
    .map((c) => (c.length === 10 ? [...c.slice(0, 3), '', ...c.slice(3), '', '', ''] : c).slice(0, 13));
  const groupStart: number[] = [];
  data.forEach((cells, r) => groupStart.push(cells[0]!.trim() !== '' || r === 0 ? r : groupStart[r - 1]!));
  const TITLED = 11; // columns 0–10 have a title; 11 and 12 hold shifted offices, never merged
  const body: Cell[][] = data.map((cells) => cells.map((t) => ({ text: t })));
  for (let c = 0; c < TITLED; c++) {
    for (let r = 0; r < data.length; r++) {
      if (data[r]![c]!.trim() === '') continue;
      let end = r + 1;
      while (
        end < data.length &&
        groupStart[end] === groupStart[r] &&
        end !== groupStart[end] &&
        data[end]![c]!.trim() === ''
      )
        end++;
      if (end - r > 1) {
        body[r]![c] = { text: data[r]![c]!, rowSpan: end - r };
        for (let k = r + 1; k < end; k++) body[k]![c] = {};
      }
    }
  }
  const h = (text: string, o: Partial<{ rowSpan: number; colSpan: number }> = {}): Cell => ({ text, bold: true, ...o });
  const header: Cell[][] = [
    [
      h('序号', { rowSpan: 2 }),
      h('公开事项', { colSpan: 3 }),
      {},
      {},
      h('公开内容（要素）', { rowSpan: 2 }),
      h('公开时限', { rowSpan: 2 }),
      h('公开主体', { rowSpan: 2 }),
      h('公开渠道和载体', { rowSpan: 2 }),
      h('公开对象', { colSpan: 2 }),
      {},
      h('责任科室', { rowSpan: 2 }),
      h('', { rowSpan: 2 }),
      h('', { rowSpan: 2 }),
    ],
    [{}, h('一级事项'), h('二级事项'), h('三级事项'), {}, {}, {}, {}, h('全社会'), h('特定群体'), {}, {}, {}],
  ];
  return { title, header, body };
}

async function seedPdf(text: string): Promise<Uint8Array> {
  const { title, header, body } = seedTable(text);
  return pdfOf({
    pageOrientation: 'landscape',
    pageMargins: [30, 40, 30, 40],
    footer: (page: number) => ({ text: `第 ${page} 页`, alignment: 'center', fontSize: 9 }),
    content: [
      { text: title, fontSize: 16, alignment: 'center', margin: [0, 0, 0, 10] },
      {
        table: {
          headerRows: 2,
          widths: [16, 34, 44, 24, '*', 60, 40, 100, 24, 24, 52, 36, 36],
          body: [...header, ...body],
        },
      },
    ],
  });
}

describe('readCataloguePdf — the seed as a PDF table', () => {
  const text = SEED_TEXT;

  it('imports to the same catalogue as the text: same items, same rows', async () => {
    const pdf = await seedPdf(text);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    const fromText = ok(importCatalogueText(text, { sourceName: 'genhe-sifaju.txt' }));
    const fromPdf = ok(await readCataloguePdf(pdf, { sourceName: 'genhe-sifaju.pdf' }));
    expect(fromPdf.items).toHaveLength(9);
    expect(fromPdf.items.map((i) => i.name)).toEqual([
      '履职依据',
      '部门会议',
      '政府重点工作',
      '人事信息',
      '新闻发布',
      '财政信息',
      '政府信息公开工作',
      '重点领域',
      '其他相关信息',
    ]);
    expect(flattenItems(fromPdf.items).filter((i) => i.level === 2)).toHaveLength(24);
    expect(flattenItems(fromPdf.items).reduce((n, i) => n + i.requirements.length, 0)).toBe(28);
    expect(withoutLines(fromPdf)).toEqual(withoutLines(fromText));
    expect(fromPdf.findings.some((f) => f.kind === 'inherited-cell' || f.kind === 'column-mismatch')).toBe(false);
  });
});

// ---- (2) eight columns, one header row, a title line, 「- n -」 page numbers ----

const HEAD8 = ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室'];
function eightColumnRows(extra: number): Cell[][] {
  const rows: Cell[][] = [
    [
      { text: '1' },
      { text: '招生入学' },
      { text: '义务教育招生政策、学区划分' },
      { text: '招生工作开始前公开' },
      { text: '根河市教育局' },
      { text: '政府网站、12345热线' },
      { text: '全社会' },
      { text: '基础教育股' },
    ],
    [
      { text: '2' },
      { text: '教育收费' },
      { text: '收费项目、标准及依据' },
      { text: '信息形成之日起20个工作日内' },
      { text: '根河市教育局' },
      { text: '政府网站' },
      { text: '全社会' },
      { text: '计划财务股' },
    ],
    // An item of two rows: serial, name, organ, audience and office merged over both.
    [
      { text: '3', rowSpan: 2 },
      { text: '学校名录', rowSpan: 2 },
      { text: '1. 学校名称\n2. 地址及联系电话' },
      { text: '即时公开' },
      { text: '根河市教育局', rowSpan: 2 },
      { text: '政府网站、公开查阅点' },
      { text: '全社会', rowSpan: 2 },
      { text: '基础教育股', rowSpan: 2 },
    ],
    [{}, {}, { text: '学校年度检查结果' }, { text: '信息形成之日起20个工作日内' }, {}, { text: '政府网站' }, {}, {}],
  ];
  for (let i = 4; i < 4 + extra; i++) {
    rows.push([
      { text: String(i) },
      { text: `教育事项${i}` },
      { text: `第${i}项教育工作的相关信息，包括工作安排、进展情况和结果` },
      { text: '信息形成之日起20个工作日内' },
      { text: '根河市教育局' },
      { text: '政府网站' },
      { text: '全社会' },
      { text: '办公室' },
    ]);
  }
  return rows;
}

async function eightColumnPdf(options: { extra: number; borders: boolean }): Promise<Uint8Array> {
  return pdfOf({
    pageMargins: [40, 50, 40, 50],
    footer: (page: number) => ({ text: `- ${page} -`, alignment: 'center', fontSize: 9 }),
    content: [
      { text: '附件1', margin: [0, 0, 0, 6] },
      { text: '根河市教育局政务公开事项目录', fontSize: 16, alignment: 'center' },
      { text: '（2025年版）', alignment: 'center', margin: [0, 0, 0, 10] },
      {
        table: {
          headerRows: 1,
          widths: [20, 50, '*', 70, 50, 60, 36, 50],
          body: [HEAD8.map((text) => ({ text, bold: true })), ...eightColumnRows(options.extra)],
        },
        ...(options.borders ? {} : { layout: 'noBorders' }),
      },
      { text: '注：本目录由根河市教育局办公室负责解释。', margin: [0, 10, 0, 0] },
    ],
  });
}

describe('readCataloguePdf — eight columns with a title line', () => {
  it('reads one-level items over two pages, header repeated, page numbers dropped', async () => {
    const pdf = await eightColumnPdf({ extra: 40, borders: true });
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    const c = ok(await readCataloguePdf(pdf, { sourceName: 'jyj.pdf' }));
    expect(c.title).toBe('根河市教育局政务公开事项目录');
    expect(c.agencyName).toBe('根河市教育局');
    expect(c.items.map((i) => i.name)).toEqual([
      '招生入学',
      '教育收费',
      '学校名录',
      ...Array.from({ length: 40 }, (_, i) => `教育事项${i + 4}`),
    ]);
    expect(c.items.map((i) => i.requirements.length)).toEqual([1, 1, 2, ...Array<number>(40).fill(1)]);
    expect(c.items.every((i) => i.children.length === 0)).toBe(true);
    const [zs, sf, ml] = c.items.map((i) => i.requirements[0]!);
    const ml2 = c.items[2]!.requirements[1]!;
    expect(ml2.contentElements).toEqual(['学校年度检查结果']);
    expect(ml2.offices).toEqual(['基础教育股']);
    expect(ml2.audiences).toEqual(['PUBLIC']);
    expect(ml2.channels).toEqual(['GOVERNMENT_WEBSITE']);
    expect(zs!.audiences).toEqual(['PUBLIC']);
    expect(zs!.extraChannels).toEqual(['12345热线']);
    expect(sf!.offices).toEqual(['计划财务股']);
    expect(ml!.channels).toEqual(['GOVERNMENT_WEBSITE', 'READING_POINT']);
    expect(ml!.contentElements).toEqual(['学校名称', '地址及联系电话']);
    const last = c.items[c.items.length - 1]!.requirements[0]!;
    expect(last.contentElements.join('')).toBe('第43项教育工作的相关信息，包括工作安排、进展情况和结果');
    expect(c.findings.map((f) => f.kind).sort()).toEqual([
      'time-limit-unparsed',
      'unknown-cell',
      'unknown-cell',
      'unknown-channel',
    ]);
    expect(c.findings.find((f) => f.kind === 'unknown-channel')!.message).toMatch(/^第3行（PDF 第1页表格第2行）/u);
    // The text around the table (not the title, not 「附件1」, not the page numbers) is skipped and said.
    expect(c.findings.filter((f) => f.kind === 'unknown-cell').map((f) => f.message)).toEqual([
      'PDF 第1页表格之前的文字「（2025年版）」，未导入为目录内容',
      expect.stringMatching(
        /^PDF 第\d页表格之后的文字「注：本目录由根河市教育局办公室负责解释。」，未导入为目录内容$/u,
      ),
    ]);
  });

  it('without ruling lines: columns from text positions (the rough fallback)', async () => {
    const c = ok(await readCataloguePdf(await eightColumnPdf({ extra: 0, borders: false }), { sourceName: 'jyj.pdf' }));
    expect(c.title).toBe('根河市教育局政务公开事项目录');
    expect(c.items.map((i) => i.name)).toEqual(['招生入学', '教育收费', '学校名录']);
    expect(c.items.map((i) => i.requirements.map((q) => q.offices))).toEqual([
      [['基础教育股']],
      [['计划财务股']],
      [['基础教育股'], ['基础教育股']],
    ]);
  });
});

describe('readCataloguePdf — without ruling lines, centred headers', () => {
  it('a narrow header wrapped over two lines (「特定群」/「体」) is one column; ticks land under their header', async () => {
    const h = (text: string, o: Record<string, unknown> = {}): Record<string, unknown> => ({
      text,
      bold: true,
      alignment: 'center',
      ...o,
    });
    const tick = (on: boolean): Record<string, unknown> => ({ text: on ? '√' : '', alignment: 'center' });
    const row = (serial: string, name: string, pub: boolean, spec: boolean): Array<Record<string, unknown>> => [
      { text: serial },
      { text: name },
      { text: `${name}的内容` },
      { text: '即时公开' },
      { text: '某县民政局' },
      { text: '政府网站' },
      tick(pub),
      tick(spec),
      { text: '办公室' },
    ];
    const pdf = await pdfOf({
      pageOrientation: 'landscape',
      content: [
        { text: '某县民政局主动公开目录', alignment: 'center', margin: [0, 0, 0, 8] },
        {
          layout: 'noBorders',
          table: {
            headerRows: 2,
            widths: [20, 70, 120, 80, 70, 70, 26, 26, 60],
            body: [
              [
                h('序号', { rowSpan: 2 }),
                h('公开事项', { rowSpan: 2 }),
                h('公开内容', { rowSpan: 2 }),
                h('公开时限', { rowSpan: 2 }),
                h('公开主体', { rowSpan: 2 }),
                h('公开渠道', { rowSpan: 2 }),
                h('公开对象', { colSpan: 2 }),
                {},
                h('责任科室', { rowSpan: 2 }),
              ],
              [{}, {}, {}, {}, {}, {}, h('全社会'), h('特定群体'), {}],
              row('1', '低保', true, false),
              row('2', '特困', false, true),
              row('3', '临时救助', true, true),
            ],
          },
        },
      ],
    });
    const c = ok(await readCataloguePdf(pdf, { sourceName: 'mzj.pdf' }));
    expect(
      c.items.map((i) => [
        i.name,
        i.requirements[0]!.audiences,
        i.requirements[0]!.channels,
        i.requirements[0]!.offices,
      ]),
    ).toEqual([
      ['低保', ['PUBLIC'], ['GOVERNMENT_WEBSITE'], ['办公室']],
      ['特困', ['SPECIFIC'], ['GOVERNMENT_WEBSITE'], ['办公室']],
      ['临时救助', ['PUBLIC', 'SPECIFIC'], ['GOVERNMENT_WEBSITE'], ['办公室']],
    ]);
    expect(c.findings.filter((f) => f.kind !== 'time-limit-unparsed')).toEqual([]);
  });
});

// ---- rows across page breaks: a new row under a merge, or the rest of a row the break cut ----

const DIGITS = '零一二三四五六七八九';
/**
 * A small-print (6 pt) landscape table of one-line rows: `groups` items of `per` rows each, 序号 and 公开事项 merged
 * over the item's rows (rowSpan), so page breaks fall inside merges and each later page starts with a new row whose
 * first two cells are blank — and, a table of one-line rows, every cell of the row above reaches the table's bottom.
 * `contentWidth` fixes the 公开内容 column (default: the rest of the page) for contents of exactly 20 characters.
 */
async function oneLineRowsPdf(
  groups: number,
  per: number,
  contentWidth?: number,
): Promise<{ pdf: Uint8Array; contents: string[][] }> {
  const contents = Array.from({ length: groups }, (_, g) =>
    Array.from({ length: per }, (_, k) =>
      `事项${DIGITS[g + 1]}第${DIGITS[Math.floor((k + 1) / 10)]}${DIGITS[(k + 1) % 10]}项内容的公开信息一二三四五六七`.slice(
        0,
        20,
      ),
    ),
  );
  const body: Cell[][] = [HEAD8.map((text) => ({ text, bold: true }))];
  contents.forEach((rows, g) =>
    rows.forEach((text, k) => {
      const lead: Cell[] =
        k === 0
          ? [
              { text: String(g + 1), rowSpan: per },
              { text: `民政事项${g + 1}`, rowSpan: per },
            ]
          : [{}, {}];
      body.push([
        ...lead,
        { text },
        { text: '即时公开' },
        { text: '某县民政局' },
        { text: '政府网站' },
        { text: '全社会' },
        { text: '办公室' },
      ]);
    }),
  );
  const pdf = await pdfOf({
    pageOrientation: 'landscape',
    defaultStyle: { font: 'SourceHanSans', fontSize: 6 },
    content: [
      { text: '某县民政局主动公开目录', fontSize: 10 },
      { table: { headerRows: 1, widths: [20, 60, contentWidth ?? '*', 60, 60, 60, 40, 60], body } },
    ],
  });
  return { pdf, contents };
}

describe('readCataloguePdf — rows across page breaks', () => {
  it('one-line rows in small print under 公开事项 merged across pages: every row is read, none joined to the row above the break', async () => {
    const { pdf, contents } = await oneLineRowsPdf(3, 40);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
    // The breaks fall inside merges: a later page starts with a row whose 序号 and 公开事项 are blank.
    const grid = await readCataloguePdfGrid(pdf);
    if (!grid.ok) throw new Error(grid.error.message);
    const starts = grid.grid.rowLabels!.flatMap((label, i) =>
      /^PDF 第[2-9]页表格第2行$/u.test(label) ? [grid.grid.rows[i]!] : [],
    );
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(starts.every((cells) => cells[0] === '' && cells[1] === '' && cells[2] !== '')).toBe(true);
    const c = ok(await readCataloguePdf(pdf, { sourceName: 'mzj.pdf' }));
    expect(c.items.map((i) => i.name)).toEqual(['民政事项1', '民政事项2', '民政事项3']);
    expect(c.items.map((i) => i.requirements.map((q) => q.contentElements.join('')))).toEqual(contents);
    expect(
      c.items.every((i) =>
        i.requirements.every((q) => q.offices.join() === '办公室' && q.channels.join() === 'GOVERNMENT_WEBSITE'),
      ),
    ).toBe(true);
    expect(c.findings.filter((f) => f.kind === 'continuation-row')).toEqual([]);
  });

  it('a row above the break with one cell full to its edge: the next row is kept apart and said (a join would lose a row silently)', async () => {
    // 20 characters of 6 pt fill a column of 121 pt: that cell looks cut by the break, the short cells beside it do not.
    const { pdf, contents } = await oneLineRowsPdf(3, 40, 121);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
    const c = ok(await readCataloguePdf(pdf, { sourceName: 'mzj.pdf' }));
    expect(c.items.map((i) => i.requirements.map((q) => q.contentElements.join('')))).toEqual(contents);
    const said = c.findings.filter((f) => f.kind === 'continuation-row');
    expect(said.length).toBeGreaterThanOrEqual(2);
    for (const f of said) {
      expect(f.severity).toBe('WARNING');
      expect(f.message).toMatch(
        /^第(\d+)行（PDF 第(\d+)页表格第2行）可能是上一页最后一行（第\d+行，PDF 第\d+页表格第\d+行）跨页断开后的余下部分，已按新行导入，请核对$/u,
      );
      const [, line, page] = /^第(\d+)行（PDF 第(\d+)页/u.exec(f.message)!;
      expect(f.message).toContain(`（第${Number(line) - 1}行，PDF 第${Number(page) - 1}页表格第`);
    }
  });
});

describe('readCataloguePdf — a row cut between lines broken by hand', () => {
  it('a numbered list cut by the page break (「8.」 at the top of the page after 「7.」): one row, its list whole', async () => {
    const row = (k: number, content: string): Cell[] => [
      { text: String(k) },
      { text: k === 31 ? '机构信息' : `事项${k}` },
      { text: content },
      { text: '即时公开' },
      { text: '某县民政局' },
      { text: '政府网站' },
      { text: '全社会' },
      { text: '办公室' },
    ];
    const list = Array.from({ length: 20 }, (_, i) => `${i + 1}. 第${i + 1}类信息`);
    // 30 one-line rows, then a row of 20 short lines broken by hand: the page ends inside it, mid-list.
    const body: Cell[][] = [
      HEAD8.map((text) => ({ text, bold: true })),
      ...Array.from({ length: 30 }, (_, k) => row(k + 1, `事项${k + 1}的内容`)),
      row(31, list.join('\n')),
      ...[32, 33, 34].map((k) => row(k, `事项${k}的内容`)),
    ];
    const pdf = await pdfOf({
      pageOrientation: 'landscape',
      defaultStyle: { font: 'SourceHanSans', fontSize: 6 },
      content: [
        { text: '某县民政局主动公开目录', fontSize: 10 },
        { table: { headerRows: 1, widths: [20, 60, '*', 60, 60, 60, 40, 60], body } },
      ],
    });
    expect(pageCount(pdf)).toBe(2);
    const c = ok(await readCataloguePdf(pdf, { sourceName: 'mzj.pdf' }));
    expect(c.items).toHaveLength(34);
    const item = c.items.find((i) => i.name === '机构信息')!;
    expect(item.requirements.map((q) => q.contentElements)).toEqual([list.map((l) => l.replace(/^\d+\. /u, ''))]);
    expect(c.findings.filter((f) => f.kind === 'continuation-row')).toEqual([]);
  });
});

describe('readCataloguePdf — the thread it runs in', () => {
  it('leaves Array.prototype.push and JSON.parse/stringify native (PDF.js’s legacy build polyfills them, several times slower)', async () => {
    ok(await readCataloguePdf(await eightColumnPdf({ extra: 0, borders: true })));
    const native = (f: unknown): boolean => Function.prototype.toString.call(f).includes('[native code]');
    expect([native(Array.prototype.push), native(JSON.parse), native(JSON.stringify)]).toEqual([true, true, true]);
  });
});

// ---- refusals ----

/** A grey PNG of w×h pixels (a stand-in for a scanned page). */
function png(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer): number => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((w + 1) * h, 0xc0);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('readCataloguePdf — refusals', () => {
  it('a scan: pages with an image and no text', async () => {
    const image = `data:image/png;base64,${png(60, 80).toString('base64')}`;
    const pdf = await pdfOf({
      content: [
        { image, width: 500 },
        { image, width: 500, pageBreak: 'before' },
      ],
    });
    const r = await readCataloguePdf(pdf, { sourceName: 'scan.pdf' });
    expect(r).toEqual({
      ok: false,
      error: {
        line: null,
        message: 'PDF 中没有可提取的文字（可能是扫描件）：请向发布部门索取 Word/Excel 版本，或使用带文字层的 PDF',
      },
    });
  });

  it('not a PDF, a broken PDF, an encrypted PDF', async () => {
    const text = await readCataloguePdf(new TextEncoder().encode('序号\t公开事项\n1\t机关简介'), {
      sourceName: 'a.pdf',
    });
    expect(!text.ok && text.error.message).toMatch(/^「a\.pdf」不是 PDF 文件/u);
    const broken = await readCataloguePdf(
      new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'),
    );
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error.message).toMatch(/PDF/u);
    const locked = await pdfOf({ userPassword: 'secret', content: [{ text: '根河市教育局政务公开事项目录' }] });
    const enc = await readCataloguePdf(locked, { sourceName: 'locked.pdf' });
    expect(!enc.ok && enc.error.message).toMatch(/^「locked\.pdf」PDF 文件已加密/u);
  });

  it('a PDF with text but no catalogue table gets the interpreter’s message', async () => {
    const pdf = await pdfOf({
      content: [
        { text: '关于做好政务公开工作的通知' },
        {
          table: {
            body: [
              ['姓名', '电话'],
              ['张三', '123'],
            ],
          },
        },
      ],
    });
    const r = await readCataloguePdf(pdf);
    expect(!r.ok && r.error.message).toMatch(/没有找到目录表头/u);
  });
});
