/**
 * The annual report (政府信息公开工作年度报告) formats: the 2021 format (国办公开办函〔2021〕30号) and the 2019 trial
 * format (国办公开办函〔2019〕60号), as lists of cells with their verbatim labels. Everything else — entry form,
 * rules, sums, documents — is driven by these definitions. See shared/spec/annual-report.md.
 */

export type ReportFormat = '2021' | '2019';
export type CellKind = 'count' | 'amount' | 'signedCount';

export interface CellDef {
  /** Stable id, e.g. 'a.newReceived.natural', 'p.fees.amount'. */
  id: string;
  kind: CellKind;
  /** Section: 二 proactive, 三 applications, 四 review and litigation. */
  section: 'proactive' | 'applications' | 'reviewLitigation';
  /** Row and column labels, verbatim. */
  row: string;
  column: string;
  /** A total the platform can compute: ids of the cells it sums. */
  sumOf?: string[];
}

export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

export const TEXT_SECTIONS = ['overview', 'problems', 'other'] as const;
export type TextSection = (typeof TEXT_SECTIONS)[number];

/** 申请人情况 columns of table 三. */
export const APPLICANT_COLUMNS = [
  { key: 'natural', label: '自然人', group: null },
  { key: 'commercial', label: '商业企业', group: '法人或其他组织' },
  { key: 'research', label: '科研机构', group: '法人或其他组织' },
  { key: 'publicInterest', label: '社会公益组织', group: '法人或其他组织' },
  { key: 'legalService', label: '法律服务机构', group: '法人或其他组织' },
  { key: 'otherOrg', label: '其他', group: '法人或其他组织' },
  { key: 'total', label: '总计', group: null },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['key'];

/** Rows of table 三: key, label, and the merged group label cell it sits under. */
export interface ApplicationRow {
  key: string;
  label: string;
  group: string | null;
  subgroup: string | null;
}

const GROUP3 = '三、本年度办理结果';
function rows2021(): ApplicationRow[] {
  return [
    { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', group: null, subgroup: null },
    { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', group: null, subgroup: null },
    { key: 'granted', label: '（一）予以公开', group: GROUP3, subgroup: null },
    {
      key: 'partial',
      label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      group: GROUP3,
      subgroup: null,
    },
    ...[
      ['stateSecret', '1.属于国家秘密'],
      ['lawForbids', '2.其他法律行政法规禁止公开'],
      ['safetyStability', '3.危及“三安全一稳定”'],
      ['thirdParty', '4.保护第三方合法权益'],
      ['internalAffairs', '5.属于三类内部事务信息'],
      ['processInfo', '6.属于四类过程性信息'],
      ['enforcementFile', '7.属于行政执法案卷'],
      ['queryMatter', '8.属于行政查询事项'],
    ].map(([k, l]) => ({ key: `denied.${k}`, label: l!, group: GROUP3, subgroup: '（三）不予公开' })),
    ...[
      ['notHeld', '1.本机关不掌握相关政府信息'],
      ['needsCreation', '2.没有现成信息需要另行制作'],
      ['unclear', '3.补正后申请内容仍不明确'],
    ].map(([k, l]) => ({ key: `unable.${k}`, label: l!, group: GROUP3, subgroup: '（四）无法提供' })),
    ...[
      ['complaint', '1.信访举报投诉类申请'],
      ['repeat', '2.重复申请'],
      ['publication', '3.要求提供公开出版物'],
      ['massRepeat', '4.无正当理由大量反复申请'],
      ['confirm', '5.要求行政机关确认或重新出具已获取信息'],
    ].map(([k, l]) => ({ key: `notProcessed.${k}`, label: l!, group: GROUP3, subgroup: '（五）不予处理' })),
    ...[
      ['noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['noFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['other', '3.其他'],
    ].map(([k, l]) => ({ key: `other.${k}`, label: l!, group: GROUP3, subgroup: '（六）其他处理' })),
    { key: 'totalHandled', label: '（七）总计', group: GROUP3, subgroup: null },
    { key: 'carriedForward', label: '四、结转下年度继续办理', group: null, subgroup: null },
  ];
}

function rows2019(): ApplicationRow[] {
  return rows2021()
    .filter((r) => !r.key.startsWith('other.'))
    .flatMap((r) =>
      r.key === 'totalHandled' ? [{ key: 'other', label: '（六）其他处理', group: GROUP3, subgroup: null }, r] : [r],
    );
}

export const REVIEW_GROUPS = [
  { key: 'review', label: '行政复议', group: '行政复议' },
  { key: 'direct', label: '未经复议直接起诉', group: '行政诉讼' },
  { key: 'afterReview', label: '复议后起诉', group: '行政诉讼' },
] as const;
export const REVIEW_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

export interface ProactiveTable {
  caption: string;
  columns: string[];
  rows: Array<{ label: string; cells: string[] }>;
}

function proactive2021(): ProactiveTable[] {
  return [
    {
      caption: '第二十条第（一）项',
      columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
      rows: [
        { label: '规章', cells: ['p.regulations.issued', 'p.regulations.repealed', 'p.regulations.inForce'] },
        { label: '行政规范性文件', cells: ['p.normative.issued', 'p.normative.repealed', 'p.normative.inForce'] },
      ],
    },
    {
      caption: '第二十条第（五）项',
      columns: ['本年处理决定数量'],
      rows: [{ label: '行政许可', cells: ['p.licensing.decisions'] }],
    },
    {
      caption: '第二十条第（六）项',
      columns: ['本年处理决定数量'],
      rows: [
        { label: '行政处罚', cells: ['p.punishment.decisions'] },
        { label: '行政强制', cells: ['p.enforcement.decisions'] },
      ],
    },
    {
      caption: '第二十条第（八）项',
      columns: ['本年收费金额（单位：万元）'],
      rows: [{ label: '行政事业性收费', cells: ['p.fees.amount'] }],
    },
  ];
}

function proactive2019(): ProactiveTable[] {
  const three = ['上一年项目数量', '本年增/减', '处理决定数量'];
  return [
    {
      caption: '第二十条第（一）项',
      columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
      rows: [
        { label: '规章', cells: ['t.regulations.made', 't.regulations.published', 't.regulations.total'] },
        { label: '规范性文件', cells: ['t.normative.made', 't.normative.published', 't.normative.total'] },
      ],
    },
    {
      caption: '第二十条第（五）项',
      columns: three,
      rows: [
        { label: '行政许可', cells: ['t.licensing.previous', 't.licensing.change', 't.licensing.decisions'] },
        {
          label: '其他对外管理服务事项',
          cells: ['t.otherServices.previous', 't.otherServices.change', 't.otherServices.decisions'],
        },
      ],
    },
    {
      caption: '第二十条第（六）项',
      columns: three,
      rows: [
        { label: '行政处罚', cells: ['t.punishment.previous', 't.punishment.change', 't.punishment.decisions'] },
        { label: '行政强制', cells: ['t.enforcement.previous', 't.enforcement.change', 't.enforcement.decisions'] },
      ],
    },
    {
      caption: '第二十条第（八）项',
      columns: ['上一年项目数量', '本年增/减'],
      rows: [{ label: '行政事业性收费', cells: ['t.fees.previous', 't.fees.change'] }],
    },
    {
      caption: '第二十条第（九）项',
      columns: ['采购项目数量', '采购总金额'],
      rows: [{ label: '政府集中采购', cells: ['t.procurement.projects', 't.procurement.amount'] }],
    },
  ];
}

export interface FormatDef {
  format: ReportFormat;
  /** Official name of the format. */
  title: string;
  proactive: ProactiveTable[];
  applicationRows: ApplicationRow[];
  cells: CellDef[];
  byId: Map<string, CellDef>;
}

function build(format: ReportFormat): FormatDef {
  const proactive = format === '2021' ? proactive2021() : proactive2019();
  const applicationRows = format === '2021' ? rows2021() : rows2019();
  const cells: CellDef[] = [];
  for (const table of proactive) {
    for (const row of table.rows) {
      row.cells.forEach((id, i) => {
        const column = table.columns[i]!;
        const kind: CellKind = /金额/u.test(column) ? 'amount' : /增\/减/u.test(column) ? 'signedCount' : 'count';
        cells.push({ id, kind, section: 'proactive', row: `${table.caption} ${row.label}`, column });
      });
    }
  }
  const handledParts = applicationRows.filter((r) => r.group === GROUP3 && r.key !== 'totalHandled').map((r) => r.key);
  for (const row of applicationRows) {
    for (const col of APPLICANT_COLUMNS) {
      const sumOf =
        col.key === 'total'
          ? APPLICANT_COLUMNS.filter((c) => c.key !== 'total').map((c) => `a.${row.key}.${c.key}`)
          : row.key === 'totalHandled'
            ? handledParts.map((k) => `a.${k}.${col.key}`)
            : undefined;
      cells.push({
        id: `a.${row.key}.${col.key}`,
        kind: 'count',
        section: 'applications',
        row: [row.group, row.subgroup, row.label].filter(Boolean).join(' · '),
        column: col.group ? `${col.group} · ${col.label}` : col.label,
        sumOf,
      });
    }
  }
  for (const g of REVIEW_GROUPS) {
    for (const c of REVIEW_COLUMNS) {
      cells.push({
        id: `r.${g.key}.${c.key}`,
        kind: 'count',
        section: 'reviewLitigation',
        row: g.group === g.label ? g.label : `${g.group} · ${g.label}`,
        column: c.label,
        sumOf:
          c.key === 'total'
            ? REVIEW_COLUMNS.filter((x) => x.key !== 'total').map((x) => `r.${g.key}.${x.key}`)
            : undefined,
      });
    }
  }
  return {
    format,
    title:
      format === '2021'
        ? '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）'
        : '政府信息公开工作年度报告格式（试行）（国办公开办函〔2019〕60号）',
    proactive,
    applicationRows,
    cells,
    byId: new Map(cells.map((c) => [c.id, c])),
  };
}

export const REPORT_FORMATS: Record<ReportFormat, FormatDef> = { '2021': build('2021'), '2019': build('2019') };

/** The format a report of a year uses: the trial format for 2019–2020, the 2021 format from then on. */
export function formatForYear(year: number): ReportFormat {
  return year <= 2020 ? '2019' : '2021';
}

/** A readable name of a cell for messages: 「三、…」「自然人」. */
export function cellName(format: ReportFormat, id: string): string {
  const c = REPORT_FORMATS[format].byId.get(id);
  return c ? `「${c.row}」「${c.column}」` : `「${id}」`;
}
