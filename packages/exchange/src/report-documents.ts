/**
 * Annual reports as documents: a print-ready HTML page in the official layout (sections 一 to 六, the fixed tables
 * with their merged header cells and verbatim labels), and the numbers as CSV and JSON (single or bulk).
 */
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  SECTION_HEADINGS,
  applicationRowLabels,
  applicationsHeader,
  reviewHeader,
  type ReportData,
  type TableLabelCell,
} from '@gongkai/domain';
import { csvDocument } from './csv.js';

export interface ReportDocument {
  agencyName: string;
  agencyCode: string;
  status: string;
  data: ReportData;
}

const esc = (s: string): string =>
  s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const val = (d: ReportData, id: string): string => esc(d.cells[id] ?? '');
const paragraphs = (text: string): string =>
  text.trim() === ''
    ? '<p class="empty">（无）</p>'
    : text
        .split(/\n+/u)
        .map((p) => `<p>${esc(p.trim())}</p>`)
        .join('');

export function reportHtml(doc: ReportDocument): string {
  const d = doc.data;
  const def = REPORT_FORMATS[d.format];
  const title = `${doc.agencyName}${d.year}年政府信息公开工作年度报告`;
  const proactive = def.proactive.map(
    (
      t,
    ) => `<table class="grid"><thead><tr><th colspan="${t.columns.length + 1}">${esc(t.caption)}</th></tr><tr><th>信息内容</th>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${t.rows.map((r) => `<tr><td class="label">${esc(r.label)}</td>${r.cells.map((id) => `<td class="num">${val(d, id)}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
  );
  // Tables 三 and 四 with their merged header and label cells, as the domain lays them out (one layout for all outputs).
  const spanAttrs = (c: TableLabelCell): string =>
    `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
  const headRows = (rows: TableLabelCell[][]): string =>
    rows.map((r) => `<tr>${r.map((c) => `<th${spanAttrs(c)}>${esc(c.text)}</th>`).join('')}</tr>`).join('\n');
  const labels = applicationRowLabels(d.format);
  const body3 = def.applicationRows
    .map(
      (r, i) =>
        `<tr>${labels[i]!.map((c) => `<td class="label${c.group ? ' group' : ''}"${spanAttrs(c)}>${esc(c.text)}</td>`).join('')}${APPLICANT_COLUMNS.map((c) => `<td class="num">${val(d, `a.${r.key}.${c.key}`)}</td>`).join('')}</tr>`,
    )
    .join('');
  const table3 = `<table class="grid t3"><colgroup><col class="c-group"><col class="c-sub"><col class="c-label">${APPLICANT_COLUMNS.map(() => '<col class="c-num">').join('')}</colgroup><thead>
${headRows(applicationsHeader())}
</thead><tbody>${body3}</tbody></table>`;
  const table4 = `<table class="grid t4"><thead>
${headRows(reviewHeader())}
</thead><tbody><tr>${REVIEW_GROUPS.map((g) => REVIEW_COLUMNS.map((c) => `<td class="num">${val(d, `r.${g.key}.${c.key}`)}</td>`).join('')).join('')}</tr></tbody></table>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page { size: A4; margin: 25mm 20mm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.7; color: #000; max-width: 190mm; margin: 0 auto; }
h1 { font-family: "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif; font-size: 20pt; text-align: center; font-weight: normal; margin: 0 0 1em; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 14pt; font-weight: normal; margin: 1.2em 0 .5em; }
p { text-indent: 2em; margin: 0 0 .4em; }
p.empty { color: #666; }
table.grid { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 10pt; line-height: 1.35; }
/* Printing: a heading stays with its table, a table (or at least a row) is not split, a header repeats. */
h2 { break-after: avoid; page-break-after: avoid; }
.keep, table.grid { break-inside: avoid; page-break-inside: avoid; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.t3, table.t4 { table-layout: fixed; }
/* Table 三's narrow label columns: 三、本年度办理结果 reads downwards one character a line, as printed. */
table.t3 col.c-group { width: 1.9em; }
table.t3 col.c-sub { width: 5.2em; }
table.t3 col.c-num { width: 3em; }
table.t4 th { font-size: 9pt; padding: 2px 1px; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2px 4px; text-align: center; vertical-align: middle; }
table.grid td.label { text-align: left; }
table.grid td.group { text-align: center; }
table.grid td.num { font-family: "Times New Roman", serif; }
.meta { text-align: center; color: #444; font-size: 10pt; margin-bottom: 1.5em; }
@media print { .meta { display: none; } }
</style></head><body>
<h1>${esc(title)}</h1>
<div class="meta">${esc(def.title)} · 状态：${esc(doc.status)}</div>
<h2>${SECTION_HEADINGS.overview}</h2>${paragraphs(d.texts.overview)}
<div class="keep"><h2>${SECTION_HEADINGS.proactive}</h2>${proactive[0] ?? ''}</div>${proactive.slice(1).join('')}
<div class="keep"><h2>${SECTION_HEADINGS.applications}</h2>${table3}</div>
<div class="keep"><h2>${SECTION_HEADINGS.reviewLitigation}</h2>${table4}</div>
<h2>${SECTION_HEADINGS.problems}</h2>${paragraphs(d.texts.problems)}
<h2>${SECTION_HEADINGS.other}</h2>${paragraphs(d.texts.other)}
</body></html>
`;
}

/** One line per cell: 机关, 编码, 年度, 部分, 行, 列, 数值 — for one report or many (UTF-8 with BOM). */
export function reportsCsv(docs: ReportDocument[]): string {
  const lines = [['机关', '编码', '年度', '格式', '部分', '行', '列', '单元格', '数值']];
  for (const doc of docs) {
    for (const c of REPORT_FORMATS[doc.data.format].cells) {
      lines.push([
        doc.agencyName,
        doc.agencyCode,
        String(doc.data.year),
        doc.data.format,
        SECTION_HEADINGS[c.section],
        c.row,
        c.column,
        c.id,
        doc.data.cells[c.id] ?? '',
      ]);
    }
  }
  return csvDocument(lines);
}

/** The JSON form, which importAnnualReport reads back. */
export function reportJson(doc: ReportDocument): Record<string, unknown> {
  return {
    agency: { code: doc.agencyCode, name: doc.agencyName },
    status: doc.status,
    year: doc.data.year,
    format: doc.data.format,
    texts: doc.data.texts,
    cells: doc.data.cells,
  };
}
