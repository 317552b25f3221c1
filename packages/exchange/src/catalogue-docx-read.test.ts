/**
 * Reading Word catalogues. Fixtures are made here with the `docx` library (not with the platform's own docx export):
 * (1) the full layout (公开事项 over 一级/二级事项, 公开对象/公开方式/公开层级 over tick columns) with vMerge on item
 * names and fields, a title row, a 「（续表）」 table with a repeated header and a trailing table that is not the
 * catalogue; (2) a simpler layout with a title paragraph and eight columns; (3) the seed's own text as Word tables,
 * which must import to what the text import gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  type FileChild,
} from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CHANNELS, flattenItems, importCatalogueText, type CatalogueJson, type ItemJson } from '@gongkai/domain';
import { readCatalogueDocx } from './catalogue-docx-read.js';
import { SEED_TEXT, ok, withoutLines } from './test-support/reader-fixtures.js';
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

// ---- building Word documents ----

interface CellSpec {
  text?: string;
  span?: number;
  vm?: 'restart' | 'continue';
  /** Paragraphs made of runs: a string is a run; '\t' → a tab, '\n' in a run → a line break. */
  runs?: string[][];
  table?: Table;
}
type CellLike = string | CellSpec;

function paragraphOf(runs: string[]): Paragraph {
  const children: TextRun[] = [];
  for (const run of runs) {
    if (run === '\t') children.push(new TextRun({ children: ['\t'] }));
    else {
      const lines = run.split('\n');
      lines.forEach((line, i) => children.push(new TextRun({ text: line, break: i > 0 ? 1 : undefined })));
    }
  }
  return new Paragraph({ children });
}

function cell(spec: CellLike): TableCell {
  const s: CellSpec = typeof spec === 'string' ? { text: spec } : spec;
  const children: Array<Paragraph | Table> = s.runs
    ? s.runs.map(paragraphOf)
    : (s.text ?? '').split('\n').map((p) => new Paragraph({ children: [new TextRun(p)] }));
  if (s.table) children.push(s.table, new Paragraph(''));
  return new TableCell({
    children,
    columnSpan: s.span,
    verticalMerge:
      s.vm === 'restart' ? VerticalMergeType.RESTART : s.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
  });
}

function table(rows: CellLike[][]): Table {
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)));
  return new Table({
    columnWidths: Array<number>(width).fill(600),
    rows: rows.map((r) => new TableRow({ children: r.map(cell) })),
  });
}

const para = (text: string): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] });

async function docxOf(children: FileChild[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A .docx holding only the given document.xml body (for markup the docx library does not write). */
function rawDocx(body: string, prolog = ''): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(xml) });
}

const C = (text: string): CellSpec => ({ text, vm: 'continue' });
const R = (text: string): CellSpec => ({ text, vm: 'restart' });

// ---- reading results ----

function golden(name: string, value: unknown): unknown {
  const url = new URL(`./__fixtures__/docx-${name}.golden.json`, import.meta.url);
  if (UPDATE) writeFileSync(url, `${JSON.stringify(value, null, 2)}\n`);
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

// ---- layout 1: the full layout over two tables ----

const CHANNEL_TICKS = (ticked: string[]): string =>
  CHANNELS.map((c) => `${ticked.includes(c.label) ? '■' : '□'}${c.label}`).join(' ');
const HEADER: CellLike[][] = [
  [
    R('序号'),
    { text: '公开事项', span: 2 },
    R('公开内容（要素）'),
    R('公开依据'),
    R('公开时限'),
    R('公开主体'),
    R('公开渠道和载体'),
    { text: '公开对象', span: 2 },
    { text: '公开方式', span: 2 },
    { text: '公开层级', span: 2 },
    R('责任科室'),
    R('备注'),
  ],
  [
    C(''),
    '一级事项',
    '二级事项',
    C(''),
    C(''),
    C(''),
    C(''),
    C(''),
    '全社会',
    '特定群体',
    '主动',
    '依申请',
    '县级',
    '乡级',
    C(''),
    C(''),
  ],
];
const BASIS = '《中华人民共和国政府信息公开条例》《社会救助暂行办法》';
const WEB = CHANNEL_TICKS(['政府网站', '政务服务中心', '社区/企事业单位/村公示栏（电子屏）']);

async function fullLayout(): Promise<Uint8Array> {
  const first = table([
    [{ text: '根河市民政局主动公开目录', span: 16 }],
    ...HEADER,
    [
      R('1'),
      R('社会救助'),
      '最低生活保障',
      '1. 保障对象认定条件\n2. 办理流程',
      BASIS,
      '信息形成或变更之日起20个工作日内',
      R('根河市民政局'),
      WEB,
      '√',
      '',
      '√',
      '',
      '√',
      '√',
      '社会救助股',
      '',
    ],
    [
      C(''),
      C(''),
      '特困人员救助供养',
      '特困人员认定条件、救助供养标准',
      BASIS,
      '即时公开',
      C(''),
      WEB,
      '√',
      '√',
      '√',
      '',
      '√',
      '',
      '社会救助股',
      '',
    ],
    [
      C(''),
      C(''),
      R('临时救助'),
      '临时救助对象范围、申请程序',
      BASIS,
      '信息形成或变更之日起20个工作日内',
      C(''),
      R(WEB),
      '√',
      '',
      '√',
      '√',
      '√',
      '√',
      R('社会救助股'),
      '',
    ],
    [
      C(''),
      C(''),
      C(''),
      '临时救助资金使用情况',
      BASIS,
      '每季度结束后15个工作日内',
      C(''),
      C(''),
      '√',
      '',
      '√',
      '',
      '√',
      '',
      C(''),
      { runs: [['按季度汇总', '\t', '公示'], ['乡级在村务公开栏公示']] },
    ],
  ]);
  const second = table([
    ...HEADER,
    [
      R('2'),
      R('养老服务'),
      '养老机构',
      '养老机构名录及服务项目',
      '《养老机构管理办法》',
      '信息形成或变更之日起20个工作日内',
      R('根河市民政局'),
      '政府网站、政务服务中心',
      '√',
      '',
      '√',
      '',
      '√',
      '',
      '养老服务股',
      '',
    ],
    [
      C(''),
      C(''),
      '高龄津贴',
      '发放对象、标准及名单',
      '《内蒙古自治区高龄津贴发放办法》',
      '即时公开',
      C(''),
      '政府网站、政务服务中心',
      '√',
      '',
      '√',
      '',
      '√',
      '',
      '',
      {
        text: '',
        table: table([
          ['年份', '人数'],
          ['2024', '1200'],
        ]),
      },
    ],
    [
      '3',
      '婚姻登记',
      '',
      { runs: [['婚姻登记办理', '\t', '地点、时间'], ['所需材料\n办理流程']] },
      '《婚姻登记条例》',
      '即时公开',
      '根河市民政局',
      '政府网站',
      '√',
      '',
      '√',
      '√',
      '√',
      '',
      '婚姻登记中心',
      '',
    ],
  ]);
  const signatures = table([
    ['编制单位', '根河市民政局'],
    ['编制日期', '2025年1月'],
  ]);
  return docxOf([para('附件'), first, para('（续表）'), second, para('注：本目录每年更新一次。'), signatures]);
}

describe('readCatalogueDocx — full layout over two tables', () => {
  it('reads items, merged cells, the repeated header and the 续表', async () => {
    const c = ok(await readCatalogueDocx(await fullLayout(), { sourceName: 'mzj.docx' }));
    expect(c.title).toBe('根河市民政局主动公开目录');
    expect(c.agencyName).toBe('根河市民政局');
    expect(c.items.map((i) => [i.serial, i.name, i.children.map((x) => x.name)])).toEqual([
      ['1', '社会救助', ['最低生活保障', '特困人员救助供养', '临时救助']],
      ['2', '养老服务', ['养老机构', '高龄津贴']],
      ['3', '婚姻登记', []],
    ]);
    const all = flattenItems(c.items);
    expect(all.reduce((n, i) => n + i.requirements.length, 0)).toBe(7);
    const byName = (n: string): ItemJson => all.find((i) => i.name === n)!;

    // vMerge: the publishing organ, channels and office merged down are inherited; the second row of 临时救助 too.
    const temp = byName('临时救助');
    expect(temp.requirements).toHaveLength(2);
    expect(temp.requirements[1]!.publishingOrgans).toEqual(['根河市民政局']);
    expect(temp.requirements[1]!.channels).toEqual(temp.requirements[0]!.channels);
    expect(temp.requirements[1]!.offices).toEqual(['社会救助股']);
    expect(temp.requirements[1]!.remarks).toEqual(['按季度汇总公示乡级在村务公开栏公示']);
    expect(byName('特困人员救助供养').requirements[0]!.publishingOrgans).toEqual(['根河市民政局']);
    expect(byName('特困人员救助供养').requirements[0]!.audiences).toEqual(['PUBLIC', 'SPECIFIC']);

    // Tick columns under a horizontally merged header: 公开方式 and 公开层级.
    const dibao = byName('最低生活保障').requirements[0]!;
    expect(dibao.modes).toEqual(['主动']);
    expect(dibao.levels).toEqual(['县级', '乡级']);
    expect(dibao.channels).toEqual(['GOVERNMENT_WEBSITE', 'SERVICE_CENTER', 'BULLETIN_BOARD']);
    expect(dibao.contentElements).toEqual(['保障对象认定条件', '办理流程']);
    expect(dibao.legalBasis).toEqual(['《中华人民共和国政府信息公开条例》', '《社会救助暂行办法》']);
    expect(dibao.timeLimit.statutoryDefault).toBe(true);

    // The 续表: its header rows are not read as rows; a plain channel list; a genuinely blank office is not inherited.
    const gaoling = byName('高龄津贴').requirements[0]!;
    expect(gaoling.offices).toEqual([]);
    expect(gaoling.channels).toEqual(['GOVERNMENT_WEBSITE', 'SERVICE_CENTER']);
    expect(gaoling.remarks.join(' ')).toBe('年份人数 2024 1200');
    const hunyin = byName('婚姻登记').requirements[0]!;
    expect(hunyin.offices).toEqual(['婚姻登记中心']);

    expect(c.offices.map((o) => o.name).sort()).toEqual(['婚姻登记中心', '养老服务股', '社会救助股'].sort());
    const blank = c.findings.filter((f) => f.kind === 'blank-required');
    expect(blank).toHaveLength(1);
    expect(blank[0]!.message).toMatch(/^第\d+行（Word 表格2第4行）：责任科室为空/u);
    expect(c.findings.some((f) => f.kind === 'unknown-cell' && f.message.includes('Word 表格3（2行×2列）'))).toBe(true);
    expect(
      c.findings.some(
        (f) =>
          f.kind === 'unknown-cell' &&
          f.message === 'Word 表格之后的文字「注：本目录每年更新一次。」，未导入为目录内容',
      ),
    ).toBe(true);
    expect(c.findings.some((f) => /附件|续表/u.test(f.message))).toBe(false);
    expect(c.findings.some((f) => f.kind === 'column-mismatch')).toBe(false);
    expect(c).toEqual(golden('full-layout', c));
  });
});

// ---- layout 2: a title paragraph and fewer columns ----

async function simpleLayout(): Promise<Uint8Array> {
  return docxOf([
    para('附件1'),
    para('根河市教育局政务公开事项目录'),
    para('（2025年版）'),
    table([
      ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室'],
      [
        '1',
        '招生入学',
        '义务教育招生政策、学区划分',
        '招生工作开始前公开',
        '根河市教育局',
        '政府网站、12345热线',
        '全社会',
        '基础教育股',
      ],
      [
        '2',
        '教育收费',
        '收费项目、标准及依据',
        '信息形成之日起20个工作日内',
        '根河市教育局',
        '政府网站',
        '全社会',
        '计划财务股',
      ],
      [
        '3',
        '学校名录',
        '1. 学校名称\n2. 地址及联系电话',
        '即时公开',
        '根河市教育局',
        '政府网站、公开查阅点',
        '全社会',
        '基础教育股',
      ],
    ]),
    para('注：本目录由根河市教育局办公室负责解释。'),
  ]);
}

describe('readCatalogueDocx — title paragraph and eight columns', () => {
  it('takes the title from the paragraph and reads one-level items', async () => {
    const c = ok(await readCatalogueDocx(await simpleLayout(), { sourceName: 'jyj.docx' }));
    expect(c.title).toBe('根河市教育局政务公开事项目录');
    expect(c.agencyName).toBe('根河市教育局');
    expect(c.items.map((i) => i.name)).toEqual(['招生入学', '教育收费', '学校名录']);
    expect(c.items.every((i) => i.children.length === 0 && i.requirements.length === 1)).toBe(true);
    const [zs, sf, ml] = c.items.map((i) => i.requirements[0]!);
    expect(zs!.audiences).toEqual(['PUBLIC']);
    expect(zs!.extraChannels).toEqual(['12345热线']);
    expect(sf!.offices).toEqual(['计划财务股']);
    expect(ml!.channels).toEqual(['GOVERNMENT_WEBSITE', 'READING_POINT']);
    expect(ml!.contentElements).toEqual(['学校名称', '地址及联系电话']);
    expect(c.findings.map((f) => f.kind).sort()).toEqual([
      'time-limit-unparsed',
      'unknown-cell',
      'unknown-cell',
      'unknown-channel',
    ]);
    expect(c.findings.find((f) => f.kind === 'unknown-channel')!.message).toMatch(/^第3行（Word 表格1第2行）/u);
    // The paragraphs around the table (not the title, not 「附件1」) are skipped and said.
    expect(c.findings.filter((f) => f.kind === 'unknown-cell').map((f) => f.message)).toEqual([
      'Word 表格之前的文字「（2025年版）」，未导入为目录内容',
      'Word 表格之后的文字「注：本目录由根河市教育局办公室负责解释。」，未导入为目录内容',
    ]);
    expect(c).toEqual(golden('simple-layout', c));
  });
});

describe('readCatalogueDocx — a merge split by a table break', () => {
  it('a 续表 row inside the table, and blank restart cells at its top continue the merge above', async () => {
    const head = ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室'];
    const doc = await docxOf([
      para('根河市教育局主动公开目录'),
      table([
        head,
        [R('1'), R('招生入学'), '招生政策', '即时公开', R('根河市教育局'), R('政府网站'), R('全社会'), R('基础教育股')],
      ]),
      table([
        [{ text: '（续表）', span: 8 }],
        [R(''), R(''), '招生结果', '招生结束后5个工作日内', R(''), R(''), R(''), R('')],
        [C(''), C(''), '录取名单', '即时公开', C(''), C(''), C(''), C('')],
        ['2', '学校名录', '学校名称、地址', '即时公开', '根河市教育局', '政府网站', '全社会', '基础教育股'],
      ]),
    ]);
    const c = ok(await readCatalogueDocx(doc));
    expect(c.items.map((i) => [i.name, i.requirements.length])).toEqual([
      ['招生入学', 3],
      ['学校名录', 1],
    ]);
    for (const r of c.items[0]!.requirements) {
      expect([r.publishingOrgans, r.channels, r.audiences, r.offices]).toEqual([
        ['根河市教育局'],
        ['GOVERNMENT_WEBSITE'],
        ['PUBLIC'],
        ['基础教育股'],
      ]);
    }
    expect(c.findings).toEqual([]);
  });
});

// ---- the seed's own text as Word tables ----

/**
 * The seed text as Word tables: one table per block of lines between blank lines (the 13-column page, then the
 * 10-column pages), the title as a paragraph, and within each 一级事项 every blank cell below its first row merged
 * with the cell above (vMerge) — the merged cells the PDF table had.
 */
async function seedAsDocx(text: string): Promise<Uint8Array> {
  const lines = text.split(/\r?\n/u);
  const children: FileChild[] = [];
  let block: string[][] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const rows = block;
    block = [];
    const header = rows.map(
      (cells) => !/^\d/u.test(cells[0]!.trim()) && cells.some((x) => /序号|一级事项/u.test(x.replace(/\s/gu, ''))),
    );
    // Row index where each row's 一级事项 starts (serial or name in the first two columns).
    const groupStart: number[] = [];
    rows.forEach((cells, r) => {
      const starts = header[r] || cells[0]!.trim() !== '' || cells[1]!.trim() !== '';
      groupStart.push(starts || r === 0 ? r : groupStart[r - 1]!);
    });
    const continues = (r: number, c: number): boolean =>
      !header[r] && groupStart[r] !== r && rows[r]![c]!.trim() === '';
    const spec: CellLike[][] = rows.map((cells, r) =>
      cells.map((x, c): CellLike => (continues(r, c) ? C('') : r + 1 < rows.length && continues(r + 1, c) ? R(x) : x)),
    );
    children.push(table(spec));
  };
  for (const line of lines) {
    const cells = line.split('\t');
    if (line.trim() === '') flush();
    else if (cells.length === 1) {
      flush();
      children.push(para(line));
    } else block.push(cells);
  }
  flush();
  return docxOf(children);
}

describe('readCatalogueDocx — the seed as Word tables', () => {
  const text = SEED_TEXT;

  it('imports to the same catalogue as the text: same items, same rows', async () => {
    const fromText = ok(importCatalogueText(text, { sourceName: 'genhe-sifaju.txt' }));
    const fromWord = ok(await readCatalogueDocx(await seedAsDocx(text), { sourceName: 'genhe-sifaju.docx' }));
    expect(withoutLines(fromWord)).toEqual(withoutLines(fromText));
    // The spec's numbers, for the record.
    expect(fromWord.items).toHaveLength(9);
    expect(flattenItems(fromWord.items).filter((i) => i.level === 2)).toHaveLength(24);
    expect(flattenItems(fromWord.items).reduce((n, i) => n + i.requirements.length, 0)).toBe(28);
    // Findings about content are the same; the text's findings about blanks it had to guess (inherited cells,
    // continuation rows) have no counterpart, since Word says which cells are merged.
    const kinds = (c: CatalogueJson): string[] =>
      c.findings
        .filter((f) => f.kind !== 'inherited-cell' && f.kind !== 'continuation-row' && f.kind !== 'unknown-cell')
        .map((f) => `${f.kind}|${f.column}`);
    expect(kinds(fromWord)).toEqual(kinds(fromText));
    expect(fromWord.findings.some((f) => f.kind === 'inherited-cell' || f.kind === 'column-mismatch')).toBe(false);
  });
});

// ---- refusals and markup ----

describe('readCatalogueDocx — refusals', () => {
  it('a document without a table', async () => {
    const r = await readCatalogueDocx(await docxOf([para('根河市司法局主动公开目录'), para('见附件。')]), {
      sourceName: 'a.docx',
    });
    expect(r).toEqual({
      ok: false,
      error: { line: null, message: expect.stringMatching(/^Word 文件中没有表格：「a\.docx」只有 2 段文字/u) },
    });
  });

  it('a table that is not a catalogue gets the interpreter’s error, located in Word', async () => {
    const r = await readCatalogueDocx(
      await docxOf([
        table([
          ['姓名', '电话'],
          ['张三', '123'],
        ]),
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^第1–2行：.*没有找到目录表头/u);
  });

  it('not a zip, an old .doc, a DOCTYPE, too many rows', async () => {
    const notZip = await readCatalogueDocx(new TextEncoder().encode('序号\t公开事项'));
    expect(!notZip.ok && notZip.error.message).toMatch(/^不是有效的 docx 文件/u);
    const doc = await readCatalogueDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), {
      sourceName: 'old.doc',
    });
    expect(!doc.ok && doc.error.message).toMatch(/^「old\.doc」是旧版 Word（\.doc）/u);
    const bomb = rawDocx(
      '<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>',
      '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>',
    );
    const dt = await readCatalogueDocx(bomb);
    expect(!dt.ok && dt.error.message).toMatch(/DOCTYPE/u);
    const big = await readCatalogueDocx(await fullLayout(), { limits: { tables: { maxRows: 5 } } });
    expect(!big.ok && big.error.message).toBe('Word 文件超出限制：表格行数合计超过 5 行');
    const wide = await readCatalogueDocx(await fullLayout(), { limits: { tables: { maxColumns: 10 } } });
    expect(!wide.ok && wide.error.message).toBe('Word 文件超出限制：表格超过 10 列');
    const broken = await readCatalogueDocx(zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }));
    expect(!broken.ok && broken.error.message).toMatch(/^不是有效的 docx 文件：word\/document\.xml 不是有效的 XML/u);
  });
});

describe('readCatalogueDocx — Word markup', () => {
  const row = (cells: string): string => `<w:tr>${cells}</w:tr>`;
  const tc = (inner: string, pr = ''): string => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${inner}</w:tc>`;
  const p = (runs: string): string =>
    `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${runs}</w:p>`;
  const t = (s: string): string => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;
  const header = row(
    ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '责任科室']
      .map((h) => tc(p(t(h))))
      .join(''),
  );

  it('check-box symbols, tracked changes, fallbacks, gridBefore and legacy hMerge', async () => {
    const body =
      `<w:p>${t('根河市司法局主动公开目录')}</w:p>` +
      `<w:tbl><w:tblGrid>${'<w:gridCol w:w="500"/>'.repeat(8)}</w:tblGrid>${header}` +
      row(
        tc(p(t('1'))) +
          tc(p(t('部门文件'))) +
          tc(
            p(
              `${t('本部门')}<w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>${t('印发的文件')}<w:r><w:tab/></w:r>${t('目录')}`,
            ),
          ) +
          tc(p(t('信息形成之日起20个工作日内'))) +
          tc(p(t('根河市司法局'))) +
          tc(
            p(
              `<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>${t('政府网站')}<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>${t('政府公报 ☒政务服务中心')}`,
            ),
          ) +
          tc(
            p(
              `<mc:AlternateContent><mc:Choice Requires="w14">${t('全社会')}</mc:Choice><mc:Fallback>${t('全社会')}</mc:Fallback></mc:AlternateContent>`,
            ),
          ) +
          tc(p(t('办公室'))),
      ) +
      row(
        `<w:trPr><w:gridBefore w:val="2"/></w:trPr>` +
          tc(
            p(
              `<mc:AlternateContent><mc:Choice Requires="w14">${t('会议纪要')}</mc:Choice><mc:Fallback>${t('会议纪要')}</mc:Fallback></mc:AlternateContent>`,
            ),
          ) +
          tc(p(t('即时公开'))) +
          tc(p(t('根河市司法局'))) +
          tc(p(t('政府网站')), '<w:hMerge w:val="restart"/>') +
          tc(p(t('隐藏')), '<w:hMerge/>') +
          tc(p(t('办公室'))),
      ) +
      `</w:tbl>`;
    const c = ok(await readCatalogueDocx(rawDocx(body)));
    expect(c.title).toBe('根河市司法局主动公开目录');
    const [first, second] = c.items[0]!.requirements;
    // Deleted text is left out; the tab is a space, which the interpreter drops between Chinese characters.
    expect(first!.contentElements).toEqual(['本部门印发的文件目录']);
    expect(first!.channels).toEqual(['GOVERNMENT_WEBSITE', 'SERVICE_CENTER']);
    expect(first!.audiences).toEqual(['PUBLIC']);
    // gridBefore: the row starts in the third column, a further requirement of 部门文件; Fallback content is not doubled.
    expect(second!.contentElements).toEqual(['会议纪要']);
    expect(second!.timeLimit.raw).toBe('即时公开');
    // A legacy hMerge continue cell is covered: its text is not read.
    expect(second!.audiences).toEqual([]);
    expect(JSON.stringify(c)).not.toContain('隐藏');
    expect(c.findings.map((f) => f.kind)).toEqual(['channels-truncated', 'blank-required']);
  });
});
