/**
 * The catalogue fixture corpus (issue 12, item 7): catalogue files of every container in the layouts county
 * departments really publish, made here with the libraries a department's tools use — `docx` for Word, exceljs for
 * Excel, pdfmake (with the bundled Source Han Sans) for PDF, HTML and text written as strings, iconv-lite for
 * GB18030 — never with the platform's own exporters.
 *
 * The files are committed under src/__fixtures__/corpus/ beside one `<file>.golden.json` each (what
 * `readCatalogueFile` gives). catalogue-corpus.test.ts reads the committed files, compares them with their goldens,
 * checks the facts that matter per layout, and checks that building the files again here reads the same. To rebuild
 * the files and goldens after changing a builder or a reader:
 *
 *   CORPUS_WRITE=1 pnpm vitest run --project exchange packages/exchange/src/catalogue-corpus.test.ts
 *
 * (a vitest run, since test-support is not part of the exchange build). Then read the diff of the goldens.
 *
 * Layouts (see each builder; CORPUS at the end lists every file):
 *  - standard: the 基层政务公开标准目录 — 序号 | 公开事项(一级/二级) | 公开内容（要素） | 公开依据 | 公开时限 | 公开主体 |
 *    公开渠道和载体 | 公开对象(全社会/特定群体) | 公开方式(主动/依申请) | 公开层级(县级/乡级), ticks √ (docx, html, pdf
 *    without ruling lines, csv);
 *  - minzheng: a 民政局 layout — 序号 | 一级目录 | 二级目录 | 公开要素 | 时限要求 | 责任主体 | 公开方式和载体 | 公开范围 |
 *    承办科室 | 备注 (docx over two tables with 「（续表）」, html in GB2312, pdf over two pages, pipe text);
 *  - category: 序号 | 信息类别 | 事项名称 | 内容要求 | 公开时限 | 发布主体 | 公开载体 | 公开格式 | 监督电话 | 责任股室, the last
 *    two columns no field holds (kept as remarks) (xlsx, html inside a layout table, csv in GB18030, text with spaces);
 *  - ticks13: the 13 channel options as tick columns under 公开渠道和载体 (xlsx with a 说明 sheet, pdf with ruling lines);
 *  - levels3: 一级/二级/三级事项 (tab text with prose around it; docx with the title as the table's first row and 13
 *    tick columns);
 *  - one cell per line (text).
 */
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
  WidthType,
  type FileChild,
} from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { CHANNELS } from '@gongkai/domain';
import { engine } from '../report-pdf.js';

export type Container = 'docx' | 'xlsx' | 'html' | 'pdf' | 'csv' | 'txt';

export interface CorpusFile {
  /** File name under __fixtures__/corpus/; its extension decides the reader. */
  name: string;
  container: Container;
  /** The layout in a few words (for the report and test names). */
  layout: string;
  build(): Promise<Uint8Array>;
}

// ---------------------------------------------------------------------------------------------------------------
// Contents shared by the layouts
// ---------------------------------------------------------------------------------------------------------------

/** A row of the 基层政务公开标准目录 layout (公共法律服务, a county 司法局). */
interface StandardRow {
  serial: string;
  l1: string;
  l2: string;
  content: string;
  basis: string;
  time: string;
  organ: string;
  channels: string;
  audience: 'public' | 'specific' | 'both';
  modes: 'active' | 'request' | 'both';
  levels: 'county' | 'town' | 'both';
}

const SFJ = '五原县司法局';
export const STANDARD_TITLE = '五原县公共法律服务领域基层政务公开标准目录';
export const STANDARD_ROWS: StandardRow[] = [
  {
    serial: '1',
    l1: '法律援助',
    l2: '法律援助申请',
    content: '1. 法律援助的申请条件\n2. 申请材料清单\n3. 办理流程及时限',
    basis: '《中华人民共和国法律援助法》《法律援助条例》',
    time: '信息形成或者变更之日起20个工作日内',
    organ: SFJ,
    channels: '政府网站、两微一端、公开查阅点、政务服务中心',
    audience: 'public',
    modes: 'active',
    levels: 'both',
  },
  {
    serial: '1',
    l1: '法律援助',
    l2: '法律援助结果',
    content: '受援人案件办理结果',
    basis: '《中华人民共和国法律援助法》',
    time: '办结后5个工作日内',
    organ: SFJ,
    channels: '精准推送',
    audience: 'specific',
    modes: 'request',
    levels: 'county',
  },
  {
    serial: '2',
    l1: '人民调解',
    l2: '人民调解组织',
    content: '人民调解委员会名录、人民调解员名单及联系方式',
    basis: '《中华人民共和国人民调解法》',
    time: '信息形成或者变更之日起20个工作日内',
    organ: SFJ,
    channels: '政府网站、社区/企事业单位/村公示栏（电子屏）',
    audience: 'public',
    modes: 'active',
    levels: 'both',
  },
  {
    serial: '2',
    l1: '人民调解',
    l2: '调解工作动态',
    content: '矛盾纠纷排查调处工作情况',
    basis: '《中华人民共和国人民调解法》',
    time: '即时公开',
    organ: SFJ,
    channels: '两微一端、广播电视',
    audience: 'public',
    modes: 'active',
    levels: 'town',
  },
  {
    serial: '3',
    l1: '公证服务',
    l2: '公证事项办理',
    content: '1. 公证机构名录\n2. 办理事项及所需材料\n3. 收费标准',
    basis: '《中华人民共和国公证法》《公证程序规则》',
    time: '即时公开',
    organ: SFJ,
    channels: '政府网站、政务服务中心',
    audience: 'public',
    modes: 'both',
    levels: 'county',
  },
];

/** A row of the 民政局 layout (五列之外有 公开范围、承办科室、备注). */
interface MinzhengRow {
  serial: string;
  l1: string;
  l2: string;
  elements: string;
  time: string;
  organ: string;
  channels: string;
  scope: string;
  office: string;
  remark: string;
}

const MZJ = '梅江区民政局';
export const MINZHENG_TITLE = '梅江区民政局政务公开事项目录';
export const MINZHENG_ROWS: MinzhengRow[] = [
  {
    serial: '1',
    l1: '社会救助',
    l2: '最低生活保障',
    elements: '申请条件、办理程序、保障标准',
    time: '信息形成或变更之日起20个工作日内',
    organ: MZJ,
    channels: '门户网站、政务服务大厅、村务公开栏',
    scope: '全社会',
    office: '社会救助股',
    remark: '',
  },
  {
    serial: '1',
    l1: '社会救助',
    l2: '特困人员救助供养',
    elements: '救助供养条件、供养标准',
    time: '即时公开',
    organ: MZJ,
    channels: '门户网站、微信公众号',
    scope: '全社会',
    office: '社会救助股',
    remark: '',
  },
  {
    serial: '1',
    l1: '社会救助',
    l2: '临时救助',
    elements: '对象范围、申请程序、审批结果',
    time: '每季度结束后15个工作日内',
    organ: MZJ,
    channels: '门户网站、12345热线',
    scope: '特定群众',
    office: '社会救助股',
    remark: '审批结果按季度汇总公示',
  },
  {
    serial: '2',
    l1: '养老服务',
    l2: '养老机构',
    elements: '养老机构名录、收费标准',
    time: '信息形成之日起20个工作日内',
    organ: MZJ,
    channels: '门户网站',
    scope: '全社会',
    office: '养老服务股',
    remark: '',
  },
  {
    serial: '2',
    l1: '养老服务',
    l2: '高龄津贴',
    elements: '发放对象、补贴标准、发放名单',
    time: '信息形成之日起10个工作日内',
    organ: MZJ,
    channels: '村务公开栏、门户网站',
    scope: '全社会',
    office: '养老服务股',
    remark: '名单在村（居）务公开栏公示',
  },
  {
    serial: '3',
    l1: '社会组织管理',
    l2: '社会组织登记',
    elements: '登记条件、所需材料、办理时限',
    time: '即时公开',
    organ: MZJ,
    channels: '政务服务大厅',
    scope: '全社会',
    office: '社会组织管理股',
    remark: '',
  },
  {
    serial: '3',
    l1: '社会组织管理',
    l2: '年检结果',
    elements: '社会组织年度检查结果',
    time: '本级政府民政部门批复后20日内',
    organ: MZJ,
    channels: '门户网站',
    scope: '全社会',
    office: '社会组织管理股',
    remark: '',
  },
  {
    serial: '4',
    l1: '婚姻登记',
    l2: '婚姻登记服务',
    elements: '办理地点、办公时间、所需材料',
    time: '即时公开',
    organ: MZJ,
    channels: '门户网站、政务服务大厅',
    scope: '全社会',
    office: '婚姻登记处',
    remark: '',
  },
];
const MINZHENG_HEAD = [
  '序号',
  '一级目录',
  '二级目录',
  '公开要素',
  '时限要求',
  '责任主体',
  '公开方式和载体',
  '公开范围',
  '承办科室',
  '备注',
];
const minzhengCells = (r: MinzhengRow): string[] => [
  r.serial,
  r.l1,
  r.l2,
  r.elements,
  r.time,
  r.organ,
  r.channels,
  r.scope,
  r.office,
  r.remark,
];

/** A row of the 信息类别 layout (莲都区教育局): 公开格式 and 监督电话 are columns no field holds. */
interface CategoryRow {
  serial: string;
  category: string;
  item: string;
  requirement: string;
  time: string;
  organ: string;
  channels: string;
  format: string;
  phone: string;
  office: string;
}
const JYJ = '莲都区教育局';
export const CATEGORY_TITLE = '莲都区教育局政府信息主动公开目录';
export const CATEGORY_ROWS: CategoryRow[] = [
  {
    serial: '1',
    category: '机构信息',
    item: '机构职能',
    requirement: '主要职责、内设机构及职责',
    time: '信息形成或变更之日起20个工作日内',
    organ: JYJ,
    channels: '政府网站',
    format: '文本',
    phone: '0578-2123456',
    office: '办公室',
  },
  {
    serial: '2',
    category: '机构信息',
    item: '领导信息',
    requirement: '领导姓名、职务、工作分工',
    time: '信息形成或变更之日起20个工作日内',
    organ: JYJ,
    channels: '政府网站',
    format: '文本、图片',
    phone: '0578-2123456',
    office: '人事科',
  },
  {
    serial: '3',
    category: '教育服务',
    item: '招生入学',
    requirement: '义务教育招生政策、学区划分',
    time: '招生工作开始前公开',
    organ: JYJ,
    channels: '政府网站、两微一端',
    format: '文本',
    phone: '0578-2123457',
    office: '基础教育科',
  },
  {
    serial: '4',
    category: '教育服务',
    item: '学校名录',
    requirement: '学校名称、地址、联系电话',
    time: '即时公开',
    organ: JYJ,
    channels: '政府网站、公开查阅点',
    format: '表格',
    phone: '0578-2123457',
    office: '基础教育科',
  },
  {
    serial: '5',
    category: '财政信息',
    item: '部门预决算',
    requirement: '部门预算、决算及情况说明',
    time: '本级政府财政部门批复后20日内',
    organ: JYJ,
    channels: '政府网站',
    format: '文本',
    phone: '0578-2123458',
    office: '计划财务科',
  },
];
const CATEGORY_HEAD = [
  '序号',
  '信息类别',
  '事项名称',
  '内容要求',
  '公开时限',
  '发布主体',
  '公开载体',
  '公开格式',
  '监督电话',
  '责任股室',
];
export const categoryCells = (r: CategoryRow): string[] => [
  r.serial,
  r.category,
  r.item,
  r.requirement,
  r.time,
  r.organ,
  r.channels,
  r.format,
  r.phone,
  r.office,
];

/** A row of the 13-tick layout (养老服务, a county 民政局). */
interface TickRow {
  serial: string;
  l1: string;
  l2: string;
  content: string;
  time: string;
  organ: string;
  /** Labels of the ticked channels (official wording). */
  channels: string[];
  audience: 'public' | 'specific' | 'both';
  office: string;
}
const WYMZ = '五原县民政局';
export const TICKS_TITLE = '五原县养老服务领域基层政务公开标准目录';
export const TICK_ROWS: TickRow[] = [
  {
    serial: '1',
    l1: '养老服务政策',
    l2: '政策文件',
    content: '养老服务相关法律法规、规章及规范性文件',
    time: '信息形成或者变更之日起20个工作日内',
    organ: WYMZ,
    channels: ['政府网站', '政府公报', '两微一端'],
    audience: 'public',
    office: '养老服务股',
  },
  {
    serial: '1',
    l1: '养老服务政策',
    l2: '政策解读',
    content: '政策文件的解读材料',
    time: '与政策文件同步发布',
    organ: WYMZ,
    channels: ['政府网站', '两微一端', '发布会/听证会'],
    audience: 'public',
    office: '养老服务股',
  },
  {
    serial: '2',
    l1: '养老服务补贴',
    l2: '高龄津贴',
    content: '1. 补贴对象\n2. 补贴标准\n3. 申请程序',
    time: '信息形成或者变更之日起20个工作日内',
    organ: WYMZ,
    channels: ['政府网站', '政务服务中心', '便民服务站', '社区/企事业单位/村公示栏（电子屏）'],
    audience: 'both',
    office: '养老服务股',
  },
  {
    serial: '2',
    l1: '养老服务补贴',
    l2: '补贴发放名单',
    content: '享受补贴人员名单、发放金额',
    time: '每季度结束后10个工作日内',
    organ: WYMZ,
    channels: ['社区/企事业单位/村公示栏（电子屏）', '精准推送'],
    audience: 'specific',
    office: '社会事务股',
  },
  {
    serial: '3',
    l1: '养老机构',
    l2: '机构名录',
    content: '养老机构名称、地址、床位数、收费标准',
    time: '即时公开',
    organ: WYMZ,
    channels: ['政府网站', '纸质媒体', '公开查阅点', '入户/现场'],
    audience: 'public',
    office: '养老服务股',
  },
];

/** A row of the three-level layout (a 司法局 text copied from a PDF). */
interface Level3Row {
  serial: string;
  l1: string;
  l2: string;
  l3: string;
  content: string;
  time: string;
  organ: string;
  channels: string;
  pub: boolean;
  spec: boolean;
  office: string;
}
const XSS = '西塞山区司法局';
export const LEVEL3_TITLE = '西塞山区司法局主动公开目录';
export const LEVEL3_ROWS: Level3Row[] = [
  {
    serial: '1',
    l1: '机构信息',
    l2: '机构职能',
    l3: '',
    content: '机构名称、主要职责、内设机构',
    time: '信息形成或变更之日起20个工作日内',
    organ: XSS,
    channels: '政府网站',
    pub: true,
    spec: false,
    office: '办公室',
  },
  {
    serial: '',
    l1: '',
    l2: '领导信息',
    l3: '',
    content: '领导姓名、职务、分工',
    time: '信息形成或变更之日起20个工作日内',
    organ: '',
    channels: '',
    pub: true,
    spec: false,
    office: '',
  },
  {
    serial: '2',
    l1: '政策文件',
    l2: '规范性文件',
    l3: '本部门文件',
    content: '本部门制定的规范性文件',
    time: '印发之日起20个工作日内',
    organ: XSS,
    channels: '政府网站、政府公报',
    pub: true,
    spec: false,
    office: '行政执法监督科',
  },
  {
    serial: '',
    l1: '',
    l2: '',
    l3: '文件清理结果',
    content: '规范性文件清理结果',
    time: '清理结束后20个工作日内',
    organ: '',
    channels: '',
    pub: true,
    spec: false,
    office: '',
  },
  {
    serial: '3',
    l1: '公共法律服务',
    l2: '法律援助',
    l3: '',
    content: '法律援助申请条件、办理流程',
    time: '即时公开',
    organ: XSS,
    channels: '政府网站、政务服务中心',
    pub: true,
    spec: true,
    office: '公共法律服务科',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Word (.docx) with the `docx` library
// ---------------------------------------------------------------------------------------------------------------

interface WCell {
  text: string;
  span?: number;
  vm?: 'restart' | 'continue';
  bold?: boolean;
}
type WLike = string | WCell;

function wCell(spec: WLike): TableCell {
  const s: WCell = typeof spec === 'string' ? { text: spec } : spec;
  return new TableCell({
    children: s.text.split('\n').map((p) => new Paragraph({ children: [new TextRun({ text: p, bold: s.bold })] })),
    columnSpan: s.span,
    verticalMerge:
      s.vm === 'restart' ? VerticalMergeType.RESTART : s.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
  });
}

function wTable(rows: WLike[][]): Table {
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array<number>(width).fill(900),
    rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0 ? true : undefined, children: r.map(wCell) })),
  });
}

const wPara = (text: string, center = false, bold = false): Paragraph =>
  new Paragraph({ alignment: center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, bold })] });

async function docxOf(children: FileChild[]): Promise<Uint8Array> {
  const doc = new Document({ creator: '五原县司法局', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Within runs of equal keys in a column, the first cell restarts a vertical merge and the rest continue it. */
function vMerged(values: string[], keys: string[]): WCell[] {
  return values.map((text, i) => {
    const sameAbove = i > 0 && keys[i] === keys[i - 1];
    const sameBelow = i + 1 < keys.length && keys[i + 1] === keys[i];
    if (sameAbove) return { text: '', vm: 'continue' };
    if (sameBelow) return { text, vm: 'restart' };
    return { text };
  });
}

const tick = (on: boolean, mark = '√'): string => (on ? mark : '');

function standardCells(r: StandardRow): string[] {
  return [
    r.serial,
    r.l1,
    r.l2,
    r.content,
    r.basis,
    r.time,
    r.organ,
    r.channels,
    tick(r.audience !== 'specific'),
    tick(r.audience !== 'public'),
    tick(r.modes !== 'request'),
    tick(r.modes !== 'active'),
    tick(r.levels !== 'town'),
    tick(r.levels !== 'county'),
  ];
}

/**
 * docx, standard layout: a 附件 line, the title and 「（2025年版）」 as paragraphs, an explanatory paragraph, the table
 * (two header rows: 公开事项 / 公开对象 / 公开方式 / 公开层级 each over two sub-columns, the single titles merged down),
 * serial, 一级事项 and 公开主体 merged down with vMerge, and two prose notes after the table.
 */
async function docxStandard(): Promise<Uint8Array> {
  const R = (text: string): WCell => ({ text, vm: 'restart', bold: true });
  const C: WCell = { text: '', vm: 'continue' };
  const header: WLike[][] = [
    [
      R('序号'),
      { text: '公开事项', span: 2, bold: true },
      R('公开内容（要素）'),
      R('公开依据'),
      R('公开时限'),
      R('公开主体'),
      R('公开渠道和载体'),
      { text: '公开对象', span: 2, bold: true },
      { text: '公开方式', span: 2, bold: true },
      { text: '公开层级', span: 2, bold: true },
    ],
    [C, '一级事项', '二级事项', C, C, C, C, C, '全社会', '特定群体', '主动', '依申请', '县级', '乡级'],
  ];
  const cells = STANDARD_ROWS.map(standardCells);
  const keys = STANDARD_ROWS.map((r) => r.serial);
  const merged = [0, 1, 6].map((c) =>
    vMerged(
      cells.map((row) => row[c]!),
      c === 6 ? STANDARD_ROWS.map(() => 'all') : keys,
    ),
  );
  const body: WLike[][] = cells.map((row, i) =>
    row.map((text, c): WLike =>
      c === 0 ? merged[0]![i]! : c === 1 ? merged[1]![i]! : c === 6 ? merged[2]![i]! : text,
    ),
  );
  return docxOf([
    wPara('附件2'),
    wPara(STANDARD_TITLE, true, true),
    wPara('（2025年版）', true),
    wPara('为贯彻落实《中华人民共和国政府信息公开条例》，结合我县实际，编制本目录。'),
    wTable([...header, ...body]),
    wPara('注：1. 公开渠道和载体可根据实际情况调整。'),
    wPara('2. 本目录由五原县司法局负责解释。'),
  ]);
}

/**
 * docx, 民政局 layout split over two tables: the first table holds 社会救助 and 养老服务; a 「（续表）」 paragraph; the
 * second table repeats the one header row but drops the 备注 column (its rows have no remarks) and holds the rest.
 * 一级目录 and 序号 are merged down within each table; a signature paragraph follows.
 */
async function docxMinzheng(): Promise<Uint8Array> {
  const part = (rows: MinzhengRow[], withRemarks: boolean): Table => {
    const cells = rows.map((r) => minzhengCells(r).slice(0, withRemarks ? 10 : 9));
    const keys = rows.map((r) => r.serial);
    const m0 = vMerged(
      cells.map((r) => r[0]!),
      keys,
    );
    const m1 = vMerged(
      cells.map((r) => r[1]!),
      keys,
    );
    const head = MINZHENG_HEAD.slice(0, withRemarks ? 10 : 9);
    return wTable([
      head.map((text) => ({ text, bold: true })),
      ...cells.map((row, i) => row.map((t, c): WLike => (c === 0 ? m0[i]! : c === 1 ? m1[i]! : t))),
    ]);
  };
  const split = MINZHENG_ROWS.findIndex((r) => r.serial === '3');
  return docxOf([
    wPara(MINZHENG_TITLE, true, true),
    part(MINZHENG_ROWS.slice(0, split), true),
    wPara('（续表）', true),
    part(MINZHENG_ROWS.slice(split), false),
    wPara('梅江区民政局办公室 2025年3月'),
  ]);
}

export const LEVEL3_DOCX_TITLE = '西塞山区司法局主动公开基本目录（2025年版）';

/** The three-level rows with the blanks of continuation rows filled from the row above (within a 一级事项). */
export function level3Filled(): Level3Row[] {
  const out: Level3Row[] = [];
  for (const r of LEVEL3_ROWS) {
    const above = out[out.length - 1];
    out.push(
      r.serial !== '' || !above
        ? { ...r }
        : {
            ...r,
            serial: above.serial,
            l1: above.l1,
            l2: r.l2 || above.l2,
            organ: above.organ,
            channels: above.channels,
            office: above.office,
          },
    );
  }
  return out;
}

/**
 * docx, three item levels and the 13 channels as tick columns (23 columns): the title is the table's first row (one
 * cell spanning every column), then three header rows' worth in two — 公开事项 over 一级/二级/三级事项, 公开渠道和载体 over
 * the 13 options, 公开对象 over 全社会/特定群体 — and, within a 一级事项, 序号, 一级事项, 二级事项, 公开主体 and 责任科室 merged
 * down with vMerge (the tick cells are written on every row).
 */
async function docxLevels3Ticks(): Promise<Uint8Array> {
  const rows = level3Filled();
  const n = 7 + CHANNELS.length + 3;
  const R = (text: string): WCell => ({ text, vm: 'restart', bold: true });
  const C: WCell = { text: '', vm: 'continue' };
  const header: WLike[][] = [
    [{ text: LEVEL3_DOCX_TITLE, span: n, bold: true }],
    [
      R('序号'),
      { text: '公开事项', span: 3, bold: true },
      R('公开内容（要素）'),
      R('公开时限'),
      R('公开主体'),
      { text: '公开渠道和载体', span: CHANNELS.length, bold: true },
      { text: '公开对象', span: 2, bold: true },
      R('责任科室'),
    ],
    [C, '一级事项', '二级事项', '三级事项', C, C, C, ...CHANNELS.map((c) => c.label), '全社会', '特定群体', C],
  ];
  const group = rows.map((r) => r.serial);
  const col = (f: (r: Level3Row) => string, keys: string[]): WCell[] => vMerged(rows.map(f), keys);
  const serial = col((r) => r.serial, group);
  const l1 = col((r) => r.l1, group);
  const l2 = col(
    (r) => r.l2,
    rows.map((r) => `${r.serial}/${r.l2}`),
  );
  const organ = col((r) => r.organ, group);
  const office = col(
    (r) => r.office,
    rows.map((r) => `${r.serial}/${r.office}`),
  );
  const body: WLike[][] = rows.map((r, i) => {
    const ticked = r.channels.split('、');
    return [
      serial[i]!,
      l1[i]!,
      l2[i]!,
      r.l3,
      r.content,
      r.time,
      organ[i]!,
      ...CHANNELS.map((c) => tick(ticked.includes(c.label), '✓')),
      tick(r.pub, '✓'),
      tick(r.spec, '✓'),
      office[i]!,
    ];
  });
  return docxOf([wTable([...header, ...body])]);
}

// ---------------------------------------------------------------------------------------------------------------
// Excel (.xlsx) with exceljs
// ---------------------------------------------------------------------------------------------------------------

async function xlsxOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.creator = 'WPS Office';
  wb.created = new Date('2025-03-01T00:00:00Z');
  wb.modified = new Date('2025-03-01T00:00:00Z');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * xlsx, 13 channel tick columns: a 说明 sheet of prose first (as many departments put it), then the catalogue sheet —
 * a merged title row, a 「填报单位：… 更新时间：…」 row, two header rows (公开事项 over 一级/二级事项, 公开渠道和载体 over
 * the 13 options, 公开对象 over 全社会/特定群体; single titles merged down), serial and 一级事项 merged down, ticks 「√」,
 * then an empty third sheet. With `notesFirst` false the 说明 sheet comes after the catalogue sheet (the same
 * workbook, to tell the sheet choice apart from the rest of the layout) and the ticks are 「●」.
 */
async function xlsxTicks13(notesFirst = true): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const mark = notesFirst ? '√' : '●';
  const addNotes = (): void => {
    const notes = wb.addWorksheet('说明');
    notes.addRow(['填表说明']);
    notes.addRow(['1. 本目录依据《中华人民共和国政府信息公开条例》和养老服务领域基层政务公开标准指引编制。']);
    notes.addRow(['2. 公开渠道和载体栏中，打「√」表示采用该渠道公开。']);
    notes.addRow(['3. 如有疑问，请联系五原县民政局办公室，电话：0478-5212345。']);
    notes.getColumn(1).width = 80;
  };
  if (notesFirst) addNotes();

  const ws = wb.addWorksheet('主动公开目录');
  const n = 6 + CHANNELS.length + 3; // 序号, 一级, 二级, 内容, 时限, 主体, 13 channels, 全社会, 特定群体, 责任科室
  const ch0 = 7; // first channel column (1-based)
  ws.addRow([TICKS_TITLE]);
  ws.mergeCells(1, 1, 1, n);
  ws.addRow(['填报单位：五原县民政局', ...Array<string>(ch0 + 2).fill(''), '更新时间：2025年3月1日']); // the second text in column 11, the merge's first cell
  ws.mergeCells(2, 1, 2, 6);
  ws.mergeCells(2, ch0 + 4, 2, n);
  const top = [
    '序号',
    '公开事项',
    '',
    '公开内容（要素）',
    '公开时限',
    '公开主体',
    '公开渠道和载体',
    ...Array<string>(CHANNELS.length - 1).fill(''),
    '公开对象',
    '',
    '责任科室',
  ];
  const sub = ['', '一级事项', '二级事项', '', '', '', ...CHANNELS.map((c) => c.label), '全社会', '特定群体', ''];
  ws.addRow(top);
  ws.addRow(sub);
  for (const c of [1, 4, 5, 6, n]) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, 2, 3, 3);
  ws.mergeCells(3, ch0, 3, ch0 + CHANNELS.length - 1);
  ws.mergeCells(3, ch0 + CHANNELS.length, 3, ch0 + CHANNELS.length + 1);
  const merges: Array<[number, number, number, number]> = [];
  TICK_ROWS.forEach((r, i) => {
    const first = i === 0 || TICK_ROWS[i - 1]!.serial !== r.serial;
    ws.addRow([
      first ? r.serial : '',
      first ? r.l1 : '',
      r.l2,
      r.content,
      r.time,
      r.organ,
      ...CHANNELS.map((c) => tick(r.channels.includes(c.label), mark)),
      tick(r.audience !== 'specific', mark),
      tick(r.audience !== 'public', mark),
      r.office,
    ]);
    const span = TICK_ROWS.filter((x) => x.serial === r.serial).length;
    if (first && span > 1) {
      merges.push([5 + i, 1, 5 + i + span - 1, 1], [5 + i, 2, 5 + i + span - 1, 2]);
    }
  });
  for (const [t, l, b, r] of merges) ws.mergeCells(t, l, b, r);
  ws.getCell(4 + 1 + TICK_ROWS.length + 1, 1).value = '注：打「√」为适用的公开渠道和载体。';
  if (!notesFirst) addNotes();
  wb.addWorksheet('Sheet3');
  return xlsxOf(wb);
}

/**
 * xlsx, 信息类别 layout on one sheet, starting in column B (column A left empty as a margin): a title row and an
 * 「编制单位」 row, one header row with 信息类别 / 事项名称 / 内容要求 / 公开时限 / 发布主体 / 公开载体 / 公开格式 /
 * 监督电话 / 责任股室 — three of them broken over two lines in the cell (Alt+Enter) — 序号 a formula (=ROW()-3),
 * 信息类别 merged down, rich text in one cell, and a note row after the table.
 */
async function xlsxCategory(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.getColumn(1).width = 2;
  const put = (row: number, values: ExcelJS.CellValue[]): void =>
    values.forEach((v, i) => v !== '' && (ws.getCell(row, 2 + i).value = v));
  put(1, [CATEGORY_TITLE]);
  ws.mergeCells(1, 2, 1, 1 + CATEGORY_HEAD.length);
  put(2, ['编制单位：莲都区教育局', '', '', '', '', '', '', '', '编制时间：2025年2月']);
  put(
    3,
    CATEGORY_HEAD.map((h) => ({ 公开时限: '公开\n时限', 发布主体: '发布\n主体', 责任股室: '责任\n股室' })[h] ?? h),
  );
  ws.getRow(3).alignment = { wrapText: true, horizontal: 'center' };
  CATEGORY_ROWS.forEach((r, i) => {
    const first = i === 0 || CATEGORY_ROWS[i - 1]!.category !== r.category;
    const cells: ExcelJS.CellValue[] = categoryCells(r);
    // 序号 as the formula departments use to number rows, with its cached result.
    cells[0] = { formula: 'ROW()-3', result: Number(r.serial) } as ExcelJS.CellFormulaValue;
    if (!first) cells[1] = '';
    if (i === 2) cells[3] = { richText: [{ text: '义务教育招生政策、', font: { bold: true } }, { text: '学区划分' }] };
    put(4 + i, cells);
  });
  CATEGORY_ROWS.forEach((r, i) => {
    const first = i === 0 || CATEGORY_ROWS[i - 1]!.category !== r.category;
    const span = CATEGORY_ROWS.filter((x) => x.category === r.category).length;
    if (first && span > 1) ws.mergeCells(4 + i, 3, 4 + i + span - 1, 3);
  });
  put(5 + CATEGORY_ROWS.length, ['注：监督电话为莲都区教育局政务公开工作监督电话。']);
  return xlsxOf(wb);
}

// ---------------------------------------------------------------------------------------------------------------
// Web pages (.html), written as strings
// ---------------------------------------------------------------------------------------------------------------

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
/** Cell text as a CMS writes it: line breaks as <br>, 「、」 sometimes as an entity, quotes as entities. */
const htmlText = (s: string): string =>
  esc(s).replace(/\n/gu, '<br>').replace(/“/gu, '&ldquo;').replace(/”/gu, '&rdquo;');

function pageChrome(title: string, site: string, table: string, charset: string): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<title>${esc(title)}_${esc(site)}</title>
<script type="text/javascript">var _hmt = _hmt || []; if (1 < 2 && 3 > 2) { document.write("<table><tr><td>序号</td></tr></table>"); }</script>
<style>td { border: 1px solid #000; } .nav td { border: 0 }</style>
</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/zwgk/ml/">政府信息公开目录</a></td><td><a href="/hdjl/">互动交流</a></td></tr></table>
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;公开目录</div>
<table class="meta" width="100%">
<tr><td>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>11150800MB1234567X/2025-00012</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>${esc(site)}</td><td>发文日期：</td><td>2025-03-01</td></tr>
<tr><td>名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">${esc(title)}</td></tr>
</table>
<div class="article">
<h2 style="text-align:center">${esc(title)}</h2>
<p>&nbsp;&nbsp;&nbsp;&nbsp;根据《中华人民共和国政府信息公开条例》规定，现将本单位主动公开目录公布如下：</p>
${table}
<p>&nbsp;</p>
<p style="text-align:right">${esc(site)}<br/>2025年3月1日</p>
</div>
<table class="share"><tr><td>【<a href="javascript:window.print()">打印本页</a>】</td><td>【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
<table class="footer"><tr><td><a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a></td></tr><tr><td>主办单位：${esc(site)}&nbsp;&nbsp;备案号：蒙ICP备12345678号</td></tr></table>
</body>
</html>
`;
}

/**
 * The standard layout as a CMS table: two header rows with colspan/rowspan in <td>, item cells with rowspan, 公开主体
 * one cell with a rowspan over every row (across the 一级事项), <br> in cells.
 */
function standardHtmlTable(): string {
  const cells = STANDARD_ROWS.map(standardCells);
  const head =
    '<tr><td rowspan="2"><strong>序号</strong></td><td colspan="2"><strong>公开事项</strong></td><td rowspan="2"><strong>公开内容<br>（要素）</strong></td><td rowspan="2"><strong>公开依据</strong></td><td rowspan="2"><strong>公开时限</strong></td><td rowspan="2"><strong>公开主体</strong></td><td rowspan="2"><strong>公开渠道和载体</strong></td><td colspan="2"><strong>公开对象</strong></td><td colspan="2"><strong>公开方式</strong></td><td colspan="2"><strong>公开层级</strong></td></tr>\n' +
    '<tr><td><strong>一级事项</strong></td><td><strong>二级事项</strong></td><td>全社会</td><td>特定群体</td><td>主动</td><td>依申请</td><td>县级</td><td>乡级</td></tr>';
  const rows = cells.map((row, i) => {
    const first = i === 0 || STANDARD_ROWS[i - 1]!.serial !== STANDARD_ROWS[i]!.serial;
    const span = STANDARD_ROWS.filter((r) => r.serial === STANDARD_ROWS[i]!.serial).length;
    const tds = row.map((t, c) => {
      if ((c === 0 || c === 1) && !first) return '';
      // 公开主体 is one cell spanning the whole table, across the 一级事项.
      if (c === 6) return i === 0 ? `<td rowspan="${STANDARD_ROWS.length}">${htmlText(t)}</td>` : '';
      const rs = (c === 0 || c === 1) && span > 1 ? ` rowspan="${span}"` : '';
      return `<td${rs}>${t === '' ? '&nbsp;' : htmlText(t)}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n<tbody>\n${head}\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** html, standard layout, UTF-8, among navigation, metadata, share and footer tables. */
async function htmlStandard(): Promise<Uint8Array> {
  return new TextEncoder().encode(pageChrome(STANDARD_TITLE, '五原县人民政府', standardHtmlTable(), 'utf-8'));
}

/**
 * html, 民政局 layout, saved by an older CMS in GB2312 (bytes GB18030): <thead> with <th>, 一级目录 with rowspan, cells
 * as Word pastes them (<p class="MsoNormal"><span>), the 备注 blank as &nbsp;, 「、」 written as &#12289; in the channels.
 */
async function htmlMinzheng(): Promise<Uint8Array> {
  const head = `<thead><tr>${MINZHENG_HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`;
  const rows = MINZHENG_ROWS.map((r, i) => {
    const first = i === 0 || MINZHENG_ROWS[i - 1]!.serial !== r.serial;
    const span = MINZHENG_ROWS.filter((x) => x.serial === r.serial).length;
    const tds = minzhengCells(r).map((t, c) => {
      if ((c === 0 || c === 1) && !first) return '';
      const rs = (c === 0 || c === 1) && span > 1 ? ` rowspan="${span}"` : '';
      const body = t === '' ? '&nbsp;' : c === 6 ? htmlText(t).replace(/、/gu, '&#12289;') : htmlText(t);
      // Word pasted into the CMS editor: every cell a <p class="MsoNormal"> with a <span>.
      return `<td${rs} style="text-align:center"><p class="MsoNormal" align="center"><span style="font-family:仿宋_GB2312">${body}</span></p></td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  const table = `<table class="MsoNormalTable" border="1">${head}<tbody>${rows.join('\n')}</tbody></table>`;
  const page = pageChrome(MINZHENG_TITLE, '梅江区人民政府', table, 'gb2312');
  return new Uint8Array(iconv.encode(page, 'gb18030'));
}

/**
 * html, 信息类别 layout inside an old CMS's table-based page: the whole page is a layout table, the catalogue table sits
 * in one of its cells beside a side menu table; the title is a <td class="title">, 信息类别 is written on its first
 * row only with the cells below left empty (the CMS dropped the rowspans), <font> and <b> tags inside cells.
 */
async function htmlNestedCategory(): Promise<Uint8Array> {
  const head = `<tr bgcolor="#d9e5f3">${CATEGORY_HEAD.map((h) => `<td align="center"><b>${h}</b></td>`).join('')}</tr>`;
  const rows = CATEGORY_ROWS.map((r, i) => {
    const cells = categoryCells(r);
    if (i > 0 && CATEGORY_ROWS[i - 1]!.category === r.category) cells[1] = '';
    return `<tr>${cells.map((t) => `<td><font size="2">${t === '' ? '' : htmlText(t)}</font></td>`).join('')}</tr>`;
  });
  const catalogue = `<table width="100%" border="1" cellspacing="0" cellpadding="2" bordercolor="#999999">${head}\n${rows.join('\n')}</table>`;
  const page = `<html><head><meta charset="utf-8"><title>${esc(CATEGORY_TITLE)}</title></head><body>
<table width="980" align="center" border="0"><tr><td colspan="2"><img src="/images/banner.jpg" alt="莲都区人民政府"></td></tr>
<tr><td width="200" valign="top">
<table class="menu"><tr><td><a href="/zwgk/">政务公开</a></td></tr><tr><td><a href="/zwgk/zn/">公开指南</a></td></tr><tr><td><a href="/zwgk/ml/">公开目录</a></td></tr><tr><td><a href="/zwgk/nb/">年度报告</a></td></tr></table>
</td><td valign="top">
<table width="100%"><tr><td class="title" align="center"><font size="4"><b>${esc(CATEGORY_TITLE)}</b></font></td></tr>
<tr><td align="center">发布日期：2025-02-20&nbsp;&nbsp;来源：莲都区教育局&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td>${catalogue}</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center">版权所有：莲都区人民政府&nbsp;&nbsp;技术支持：某某网络公司</td></tr></table>
</body></html>
`;
  return new TextEncoder().encode(page);
}

// ---------------------------------------------------------------------------------------------------------------
// PDF with pdfmake (Source Han Sans)
// ---------------------------------------------------------------------------------------------------------------

type PCell =
  { text: string; rowSpan?: number; colSpan?: number; bold?: boolean; alignment?: string } | Record<string, never>;

async function pdfOf(doc: Record<string, unknown>): Promise<Uint8Array> {
  const buf = await engine()
    .createPdf({
      pageSize: 'A4',
      info: { title: 'catalogue', creator: 'WPS 文字', creationDate: new Date('2025-03-01T00:00:00Z') },
      defaultStyle: { font: 'SourceHanSans', fontSize: 8 },
      ...doc,
    })
    .getBuffer();
  return new Uint8Array(buf);
}

/**
 * pdf with ruling lines, the 13-tick layout on one landscape page: a title line, two header rows (公开事项 / 公开渠道和载体
 * / 公开对象 spanning their sub-columns, single titles spanning both rows), serial and 一级事项 with rowSpan, a note.
 */
async function pdfTicks13(): Promise<Uint8Array> {
  const h = (text: string, o: Partial<{ rowSpan: number; colSpan: number }> = {}): PCell => ({
    text,
    bold: true,
    alignment: 'center',
    ...o,
  });
  const header: PCell[][] = [
    [
      h('序号', { rowSpan: 2 }),
      h('公开事项', { colSpan: 2 }),
      {},
      h('公开内容（要素）', { rowSpan: 2 }),
      h('公开时限', { rowSpan: 2 }),
      h('公开主体', { rowSpan: 2 }),
      h('公开渠道和载体', { colSpan: CHANNELS.length }),
      ...CHANNELS.slice(1).map((): PCell => ({})),
      h('公开对象', { colSpan: 2 }),
      {},
      h('责任科室', { rowSpan: 2 }),
    ],
    [{}, h('一级事项'), h('二级事项'), {}, {}, {}, ...CHANNELS.map((c) => h(c.label)), h('全社会'), h('特定群体'), {}],
  ];
  const body: PCell[][] = TICK_ROWS.map((r, i) => {
    const first = i === 0 || TICK_ROWS[i - 1]!.serial !== r.serial;
    const span = TICK_ROWS.filter((x) => x.serial === r.serial).length;
    const merged = (text: string): PCell => (first ? (span > 1 ? { text, rowSpan: span } : { text }) : {});
    return [
      merged(r.serial),
      merged(r.l1),
      { text: r.l2 },
      { text: r.content },
      { text: r.time },
      { text: r.organ },
      ...CHANNELS.map((c): PCell => ({ text: tick(r.channels.includes(c.label)), alignment: 'center' })),
      { text: tick(r.audience !== 'specific'), alignment: 'center' },
      { text: tick(r.audience !== 'public'), alignment: 'center' },
      { text: r.office },
    ];
  });
  return pdfOf({
    pageOrientation: 'landscape',
    pageMargins: [24, 30, 24, 30],
    defaultStyle: { font: 'SourceHanSans', fontSize: 7 },
    content: [
      { text: TICKS_TITLE, fontSize: 15, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        table: {
          headerRows: 2,
          widths: [14, 36, 40, 70, 50, 40, ...CHANNELS.map(() => 20), 20, 20, 40],
          body: [...header, ...body],
        },
      },
      { text: '注：打「√」为适用的公开渠道和载体。', margin: [0, 8, 0, 0] },
    ],
  });
}

/**
 * pdf without any ruling lines, the standard layout on a landscape page: a title line, two header rows (公开事项 /
 * 公开对象 / 公开方式 / 公开层级 over their sub-columns, the single titles spanning both rows), serial and 一级事项 with
 * rowSpan, numbered content on several lines — columns only from text positions.
 */
async function pdfStandardNoLines(): Promise<Uint8Array> {
  const h = (text: string, o: Partial<{ rowSpan: number; colSpan: number }> = {}): PCell => ({
    text,
    bold: true,
    alignment: 'center',
    ...o,
  });
  const header: PCell[][] = [
    [
      h('序号', { rowSpan: 2 }),
      h('公开事项', { colSpan: 2 }),
      {},
      h('公开内容（要素）', { rowSpan: 2 }),
      h('公开依据', { rowSpan: 2 }),
      h('公开时限', { rowSpan: 2 }),
      h('公开主体', { rowSpan: 2 }),
      h('公开渠道和载体', { rowSpan: 2 }),
      h('公开对象', { colSpan: 2 }),
      {},
      h('公开方式', { colSpan: 2 }),
      {},
      h('公开层级', { colSpan: 2 }),
      {},
    ],
    [
      {},
      h('一级事项'),
      h('二级事项'),
      {},
      {},
      {},
      {},
      {},
      h('全社会'),
      h('特定群体'),
      h('主动'),
      h('依申请'),
      h('县级'),
      h('乡级'),
    ],
  ];
  const body: PCell[][] = STANDARD_ROWS.map((r, i) => {
    const first = i === 0 || STANDARD_ROWS[i - 1]!.serial !== r.serial;
    const span = STANDARD_ROWS.filter((x) => x.serial === r.serial).length;
    return standardCells(r).map((text, c): PCell => {
      if (c <= 1) return first ? (span > 1 ? { text, rowSpan: span } : { text }) : {};
      return c >= 8 ? { text, alignment: 'center' } : { text };
    });
  });
  return pdfOf({
    pageOrientation: 'landscape',
    pageMargins: [30, 36, 30, 36],
    content: [
      { text: STANDARD_TITLE, fontSize: 15, alignment: 'center', margin: [0, 0, 0, 10] },
      {
        layout: 'noBorders',
        table: {
          headerRows: 2,
          widths: [16, 44, 56, 120, 100, 80, 50, 90, 26, 26, 22, 26, 22, 22],
          body: [...header, ...body],
        },
      },
    ],
  });
}

/** Extra 二级目录 of 区划地名 in the two-page PDF, enough to fill more than one A4 page. */
export const LONG_EXTRA = 22;
export const longElements = (k: number): string => `第${k}项地名的命名、更名、销名方案及批复文件`;

/** The 民政局 rows and {@link LONG_EXTRA} further 二级目录 of a fifth 一级目录 「区划地名」. */
export function minzhengLongRows(): MinzhengRow[] {
  const extra: MinzhengRow[] = Array.from({ length: LONG_EXTRA }, (_, k) => ({
    serial: '5',
    l1: '区划地名',
    l2: `地名管理事项${k + 1}`,
    elements: longElements(k + 1),
    time: '批复之日起15个工作日内',
    organ: MZJ,
    channels: '门户网站',
    scope: '全社会',
    office: '区划地名股',
    remark: '',
  }));
  return [...MINZHENG_ROWS, ...extra];
}

/**
 * pdf over two pages, 民政局 layout: a title line, one header row repeated on the second page (pdfmake headerRows),
 * 序号 and 一级目录 with rowSpan — 区划地名's merge runs over the page break, as Word prints it — except 社会组织管理,
 * whose two rows print 序号 and 一级目录 again (a sheet without merges), and 「第 n 页 共 m 页」 in the footer.
 */
async function pdfMinzhengTwoPages(): Promise<Uint8Array> {
  const rows = minzhengLongRows();
  const body: PCell[][] = rows.map((r, i) => {
    const first = i === 0 || rows[i - 1]!.serial !== r.serial;
    const span = rows.filter((x) => x.serial === r.serial).length;
    const merged = (text: string): PCell =>
      r.l1 === '社会组织管理' ? { text } : first ? (span > 1 ? { text, rowSpan: span } : { text }) : {};
    return [
      merged(r.serial),
      merged(r.l1),
      ...minzhengCells(r)
        .slice(2)
        .map((text): PCell => ({ text })),
    ];
  });
  return pdfOf({
    pageMargins: [36, 48, 36, 48],
    footer: (page: number, pages: number) => ({
      text: `第 ${page} 页 共 ${pages} 页`,
      alignment: 'center',
      fontSize: 8,
    }),
    content: [
      { text: MINZHENG_TITLE, fontSize: 15, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        table: {
          headerRows: 1,
          widths: [16, 36, 50, '*', 56, 40, 56, 28, 44, 30],
          body: [MINZHENG_HEAD.map((text): PCell => ({ text, bold: true, alignment: 'center' })), ...body],
        },
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// CSV and text
// ---------------------------------------------------------------------------------------------------------------

const csvQuote = (c: string): string => (/[",\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
const csvLine = (cells: string[]): string => cells.map(csvQuote).join(',');

/**
 * csv, UTF-8 with BOM and CRLF (Excel's 「CSV UTF-8」), the standard layout flattened: a title line, two header rows
 * (公开事项 over 一级/二级事项 etc., covered cells empty), merged cells empty below their first row, numbered content
 * elements in quoted cells with line breaks, and a note line.
 */
async function csvStandard(): Promise<Uint8Array> {
  const lines = [
    csvLine([STANDARD_TITLE, ...Array<string>(13).fill('')]),
    csvLine([
      '序号',
      '公开事项',
      '',
      '公开内容（要素）',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '公开对象',
      '',
      '公开方式',
      '',
      '公开层级',
      '',
    ]),
    csvLine(['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡级']),
    ...STANDARD_ROWS.map((r, i) => {
      const cells = standardCells(r);
      if (i > 0 && STANDARD_ROWS[i - 1]!.serial === r.serial) cells[0] = cells[1] = '';
      return csvLine(cells.map((c) => c.replace(/\n/gu, '\r\n')));
    }),
    csvLine(['注：本目录由五原县司法局负责解释。', ...Array<string>(13).fill('')]),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * csv, GB18030 (Excel's 「CSV（逗号分隔）」 on a Chinese Windows), 信息类别 layout, a title line, CRLF, no BOM, an empty
 * trailing field on the records and two lines of commas at the end (cells formatted but empty).
 */
async function csvCategory(): Promise<Uint8Array> {
  const lines = [
    csvLine([CATEGORY_TITLE]),
    csvLine(CATEGORY_HEAD),
    ...CATEGORY_ROWS.map((r, i) => {
      const cells = categoryCells(r);
      if (i > 0 && CATEGORY_ROWS[i - 1]!.category === r.category) cells[1] = '';
      // A stray formatted cell to the right gives every record a trailing empty field.
      return `${csvLine(cells)},`;
    }),
    ','.repeat(CATEGORY_HEAD.length),
    ','.repeat(CATEGORY_HEAD.length),
  ];
  return new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030'));
}

/**
 * txt, tab-separated as copied from a PDF table: a title line, a line of prose, one header row with three item
 * levels and 全社会/特定群体 tick columns, merged cells blank on the following rows, a prose note after.
 */
async function txtLevels3(): Promise<Uint8Array> {
  const head = [
    '序号',
    '一级事项',
    '二级事项',
    '三级事项',
    '公开内容',
    '公开时限',
    '公开主体',
    '公开渠道',
    '全社会',
    '特定群体',
    '责任科室',
  ];
  const lines = [
    LEVEL3_TITLE,
    '（根据《中华人民共和国政府信息公开条例》编制，2025年3月更新）',
    '',
    head.join('\t'),
    ...LEVEL3_ROWS.map((r) =>
      [r.serial, r.l1, r.l2, r.l3, r.content, r.time, r.organ, r.channels, tick(r.pub), tick(r.spec), r.office].join(
        '\t',
      ),
    ),
    '',
    '注：以上目录内容如有调整，以西塞山区司法局门户网站公布为准。',
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/**
 * txt, the 13-tick sheet copied from Excel and pasted into a text file: tab-separated, the title row and the two
 * header rows as Excel copies them (merged cells blank), cells with line breaks quoted 「"…"」 (Excel's clipboard
 * format), serial and 一级事项 only on the first row of each group, CRLF.
 */
async function txtExcelCopy(): Promise<Uint8Array> {
  const n = 6 + CHANNELS.length + 3;
  const q = (c: string): string => (/[\n"\t]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  const top = [
    '序号',
    '公开事项',
    '',
    '公开内容（要素）',
    '公开时限',
    '公开主体',
    '公开渠道和载体',
    ...Array<string>(CHANNELS.length - 1).fill(''),
    '公开对象',
    '',
    '责任科室',
  ];
  const sub = ['', '一级事项', '二级事项', '', '', '', ...CHANNELS.map((c) => c.label), '全社会', '特定群体', ''];
  const rows = TICK_ROWS.map((r, i) => {
    const first = i === 0 || TICK_ROWS[i - 1]!.serial !== r.serial;
    return [
      first ? r.serial : '',
      first ? r.l1 : '',
      r.l2,
      r.content,
      r.time,
      r.organ,
      ...CHANNELS.map((c) => tick(r.channels.includes(c.label))),
      tick(r.audience !== 'specific'),
      tick(r.audience !== 'public'),
      r.office,
    ];
  });
  const lines = [[TICKS_TITLE, ...Array<string>(n - 1).fill('')], top, sub, ...rows].map((cells) =>
    cells.map(q).join('\t'),
  );
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/**
 * txt, the 民政局 web page's table copied in a browser and pasted into a text editor: cells separated by tabs, rows
 * by line breaks, a <br> inside a cell as a bare line break, and a cell with rowspan written only on its first row —
 * the following rows of the group have two cells fewer (序号 and 一级目录 missing, no placeholder), as browsers copy.
 */
async function txtBrowserCopy(): Promise<Uint8Array> {
  const lines = [MINZHENG_TITLE, MINZHENG_HEAD.join('\t')];
  MINZHENG_ROWS.forEach((r, i) => {
    const first = i === 0 || MINZHENG_ROWS[i - 1]!.serial !== r.serial;
    const cells = minzhengCells(r);
    if (i === 0) cells[3] = '申请条件、办理程序、\n保障标准';
    lines.push((first ? cells : cells.slice(2)).join('\t'));
  });
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/**
 * txt, pipe-separated as copied from a web page into a plain-text editor: the page's breadcrumb and metadata lines,
 * the title, `|` rows of the 民政局 layout with merged cells as empty cells, one content cell broken over two lines,
 * and the page's footer.
 */
async function txtPipe(): Promise<Uint8Array> {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const body = MINZHENG_ROWS.map((r, i) => {
    const cells = minzhengCells(r);
    if (i > 0 && MINZHENG_ROWS[i - 1]!.serial === r.serial) cells[0] = cells[1] = '';
    if (i === 0) cells[3] = '申请条件、办理程序、\n保障标准';
    return row(cells);
  });
  const lines = [
    '首页 > 政务公开 > 政府信息公开目录',
    '发布时间：2025-03-01  来源：梅江区民政局',
    MINZHENG_TITLE,
    row(MINZHENG_HEAD),
    ...body,
    '【打印本页】【关闭窗口】',
  ];
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** txt, columns set apart by runs of spaces (a table pasted from a terminal or an old system), 信息类别 layout without 公开格式. */
async function txtSpaces(): Promise<Uint8Array> {
  const head = ['序号', '信息类别', '事项名称', '内容要求', '公开时限', '发布主体', '公开载体', '责任股室'];
  const lines = [
    CATEGORY_TITLE,
    '',
    head.join('    '),
    ...CATEGORY_ROWS.map((r) =>
      [r.serial, r.category, r.item, r.requirement, r.time, r.organ, r.channels, r.office].join('    '),
    ),
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/**
 * txt, one cell per line (what some PDF viewers give when a table is copied): the title, the eight header cells one
 * per line, then each row's eight cells one per line.
 */
async function txtCellPerLine(): Promise<Uint8Array> {
  const head = ['序号', '事项名称', '公开内容', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室'];
  const rows = MINZHENG_ROWS.slice(0, 4).map((r, i) => [
    String(i + 1),
    r.l2,
    r.elements,
    r.time,
    r.organ,
    r.channels,
    r.scope,
    r.office,
  ]);
  const lines = [MINZHENG_TITLE, ...head, ...rows.flat()];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------------------------

export const CORPUS: readonly CorpusFile[] = [
  {
    name: 'docx-standard.docx',
    container: 'docx',
    layout: '标准目录：公开事项/公开对象/公开方式/公开层级各含两列，vMerge，标题与注释段落',
    build: docxStandard,
  },
  {
    name: 'docx-minzheng-continued.docx',
    container: 'docx',
    layout: '民政局：一级目录/二级目录/公开要素/承办科室/备注，「（续表）」后的第二个表格少了备注列',
    build: docxMinzheng,
  },
  {
    name: 'docx-levels3-ticks13.docx',
    container: 'docx',
    layout: '表格首行为标题，三级事项，13个渠道勾选列「✓」，vMerge（23列）',
    build: docxLevels3Ticks,
  },
  {
    name: 'xlsx-ticks13.xlsx',
    container: 'xlsx',
    layout: '13个渠道勾选列，「说明」工作表在前，标题行与填报单位行，合并单元格',
    build: xlsxTicks13,
  },
  {
    name: 'xlsx-ticks13-notes-last.xlsx',
    container: 'xlsx',
    layout: '同上，「说明」工作表在目录之后，勾选符号「●」',
    build: () => xlsxTicks13(false),
  },
  {
    name: 'xlsx-category.xlsx',
    container: 'xlsx',
    layout: '信息类别/事项名称/内容要求/公开格式/监督电话，从B列开始，表头单元格内换行，序号为公式，信息类别合并',
    build: xlsxCategory,
  },
  {
    name: 'html-standard.html',
    container: 'html',
    layout: '标准目录网页：导航表、元数据表、rowspan/colspan、<br>、实体',
    build: htmlStandard,
  },
  {
    name: 'html-minzheng-gb2312.html',
    container: 'html',
    layout: '民政局网页：GB2312 编码、thead/th、rowspan、&#12289;',
    build: htmlMinzheng,
  },
  {
    name: 'html-category-nested.html',
    container: 'html',
    layout: '信息类别网页：整页布局表格内嵌目录表、侧边菜单、单元格留空代替 rowspan、<font>/<b>',
    build: htmlNestedCategory,
  },
  {
    name: 'pdf-ticks13-ruled.pdf',
    container: 'pdf',
    layout: '13个渠道勾选列，有表格线，一页，两行表头',
    build: pdfTicks13,
  },
  {
    name: 'pdf-minzheng-two-pages.pdf',
    container: 'pdf',
    layout: '民政局，两页，表头重复，页码',
    build: pdfMinzhengTwoPages,
  },
  {
    name: 'pdf-standard-no-lines.pdf',
    container: 'pdf',
    layout: '标准目录：无表格线（仅凭文字位置分列），两行表头，横向',
    build: pdfStandardNoLines,
  },
  {
    name: 'csv-standard-bom-crlf.csv',
    container: 'csv',
    layout: '标准目录：UTF-8 BOM、CRLF、引号内换行、两行表头、标题行',
    build: csvStandard,
  },
  {
    name: 'csv-category-gb18030.csv',
    container: 'csv',
    layout: '信息类别：GB18030、标题行、公开格式/监督电话',
    build: csvCategory,
  },
  {
    name: 'txt-levels3-tab.txt',
    container: 'txt',
    layout: '制表符：三级事项、全社会/特定群体勾选列、前后说明文字',
    build: txtLevels3,
  },
  {
    name: 'txt-ticks13-excel-copy.txt',
    container: 'txt',
    layout: '从 Excel 复制的制表符文本：两行表头、13个渠道勾选列、引号内换行',
    build: txtExcelCopy,
  },
  {
    name: 'txt-minzheng-browser-copy.txt',
    container: 'txt',
    layout: '浏览器复制网页表格：制表符、rowspan 单元格只在首行（后续行少两格）、单元格内换行',
    build: txtBrowserCopy,
  },
  {
    name: 'txt-minzheng-pipe.txt',
    container: 'txt',
    layout: '网页复制的竖线表：面包屑、合并单元格为空、单元格跨行',
    build: txtPipe,
  },
  { name: 'txt-category-spaces.txt', container: 'txt', layout: '连续空格分列：信息类别', build: txtSpaces },
  { name: 'txt-cell-per-line.txt', container: 'txt', layout: '每行一个单元格', build: txtCellPerLine },
];
