import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, SECTION_HEADINGS, emptyReport } from '@gongkai/domain';
import { reportDocx } from './report-docx.js';
import { reportPdf } from './report-pdf.js';
import { reportHtml, reportJson, reportsCsv, type ReportDocument } from './report-documents.js';
import { reportPdfPages } from './report-read.js';

const data = emptyReport(2024, '2021');
data.cells['a.newReceived.natural'] = '12';
data.cells['p.fees.amount'] = '0.35';
data.cells['p.regulations.issued'] = '/';
data.texts.problems = '问题一\n问题二';
const doc: ReportDocument = { agencyName: '根河市司法局', agencyCode: '150785-sfj', status: '已公开', data };

describe('report documents', () => {
  it('renders the official layout as HTML with merged label cells', () => {
    const html = reportHtml(doc);
    expect(html).toContain('<h1>根河市司法局2024年政府信息公开工作年度报告</h1>');
    expect(html).toContain('<td class="label group" rowspan="22">三、本年度办理结果</td>');
    expect(html).toContain('<td class="label group" rowspan="8">（三）不予公开</td>');
    expect(html).toContain('<p>问题一</p><p>问题二</p>');
    expect(html).toContain('<td class="num">0.35</td>');
  });

  it('writes every cell as CSV and JSON', () => {
    const lines = reportsCsv([doc]).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + REPORT_FORMATS['2021'].cells.length);
    expect(lines).toContain(
      '根河市司法局,150785-sfj,2024,2021,三、收到和处理政府信息公开申请情况,一、本年新收政府信息公开申请数量,自然人,a.newReceived.natural,12',
    );
    expect(reportJson(doc)).toMatchObject({ year: 2024, format: '2021', cells: { 'p.regulations.issued': '/' } });
  });

  it('writes a Word document with the merged tables', async () => {
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(await reportDocx(doc))).file('word/document.xml')!.async('string');
    expect(xml).toContain('根河市司法局2024年政府信息公开工作年度报告');
    expect(xml).toContain('（五）不予处理');
    expect(xml).toContain('w:vMerge w:val="restart"');
    expect(xml).toContain('w:gridSpan w:val="7"');
  });
});

describe('report PDF', () => {
  it('embeds the bundled CJK font so Chinese renders anywhere', async () => {
    const pdf = await reportPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile3|\/FontFile2/u); // an embedded font program
    expect(raw).toContain('SourceHanSansCN');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
});

/** A report whose overview is long enough to push table 三 across a page break, were it allowed to split. */
function longReport(paragraphs: number): ReportDocument {
  const d = emptyReport(2025, '2021');
  REPORT_FORMATS['2021'].cells.forEach((c, i) => (d.cells[c.id] = String(i % 9)));
  d.texts.overview = Array.from(
    { length: paragraphs },
    (_, k) =>
      `第${k + 1}段。本机关坚持以公开为常态、不公开为例外，认真贯彻落实政府信息公开条例，推进决策、执行、管理、服务、结果公开。`,
  ).join('\n');
  return { ...doc, data: d };
}

describe('layout fidelity of tables 三 and 四', () => {
  it('HTML: table 四 header as printed — 行政复议’s five columns on row 2 spanning rows 2–3', () => {
    const html = reportHtml(doc);
    const thead = html.slice(
      html.indexOf('<table class="grid t4">'),
      html.indexOf('</thead>', html.indexOf('grid t4')),
    );
    const rows = thead.split('<tr>').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<th colspan="5">行政复议</th><th colspan="10">行政诉讼</th>');
    expect(rows[1]).toMatch(
      /^<th rowspan="2">结果维持<\/th>.*<th rowspan="2">总计<\/th><th colspan="5">未经复议直接起诉<\/th><th colspan="5">复议后起诉<\/th>/u,
    );
    expect(rows[2]!.match(/<th>/gu)).toHaveLength(10);
  });

  it('HTML: each heading stays with its table when printed', () => {
    const html = reportHtml(doc);
    for (const h of [SECTION_HEADINGS.proactive, SECTION_HEADINGS.applications, SECTION_HEADINGS.reviewLitigation])
      expect(html).toContain(`<div class="keep"><h2>${h}</h2><table`);
    expect(html).toMatch(/\.keep, table\.grid \{ break-inside: avoid;/u);
    expect(html).toMatch(/h2 \{ break-after: avoid;/u);
  });

  it('PDF: the text of table 四’s header reads in the official order', async () => {
    const lines = (await reportPdfPages(new Uint8Array(await reportPdf(doc))))
      .flat()
      .map((l) => l.trim().split(/\s+/u));
    const top = lines.findIndex((l) => l.join(' ') === '行政复议 行政诉讼');
    expect(top).toBeGreaterThan(0);
    expect(lines[top + 1]).toEqual(['结果', '结果', '其他', '尚未', '总计', '未经复议直接起诉', '复议后起诉']);
    expect(lines[top + 2]).toEqual(['维持', '纠正', '结果', '审结']);
    expect(lines[top + 3]).toEqual(['结果', '结果', '其他', '尚未', '总计', '结果', '结果', '其他', '尚未', '总计']);
  });

  it('PDF: a page break never separates table 三’s heading or group labels from its rows', async () => {
    // Overviews of different lengths put the page end at different places of where table 三 would be.
    for (const n of [6, 9, 12]) {
      const pages = await reportPdfPages(new Uint8Array(await reportPdf(longReport(n))));
      const page = pages.findIndex((p) => p.some((l) => l.includes(SECTION_HEADINGS.applications)));
      const text = pages[page]!.join('\n');
      // The first and last rows under 三、本年度办理结果 and its subgroups, and the table's last row.
      for (const label of [
        '（一）予以公开',
        '1.属于国家秘密',
        '5.要求行政机关确认或重新出具已获取信息',
        '3.其他',
        '（七）总计',
        '四、结转下年度继续办理',
      ])
        expect(text, `${n} 段：「${label}」与表三标题同页`).toContain(label);
      expect(pages[page + 1]?.join('\n') ?? '', `${n} 段`).not.toContain('（七）总计');
    }
  });

  it('Word: table 三 has narrow label columns, rows that never split, header rows repeated', async () => {
    const { default: JSZip } = await import('jszip');
    const xml = await (
      await JSZip.loadAsync(await reportDocx(longReport(9)))
    )
      .file('word/document.xml')!
      .async('string');
    const at = xml.indexOf(SECTION_HEADINGS.applications);
    const t3 = xml.slice(xml.indexOf('<w:tbl>', at), xml.indexOf('</w:tbl>', at));
    const widths = [...t3.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(10);
    expect(widths[0]).toBeLessThan(widths[2]! / 4); // 三、本年度办理结果 reads downwards
    expect(widths[1]).toBeLessThan(widths[2]! / 2);
    expect(t3).toContain('<w:tblLayout w:type="fixed"/>');
    const rows = t3.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(3 + 25);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, true, ...Array(25).fill(false)]);
    // The heading keeps with the table.
    const heading = xml.slice(xml.lastIndexOf('<w:p>', at), at);
    expect(heading).toContain('<w:keepNext/>');
  });

  it('Word: table 四 header merged as printed', async () => {
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(await reportDocx(doc))).file('word/document.xml')!.async('string');
    const at = xml.indexOf(SECTION_HEADINGS.reviewLitigation);
    const rows = xml.slice(xml.indexOf('<w:tbl>', at), xml.indexOf('</w:tbl>', at)).split('<w:tr>').slice(1);
    const cells = (r: string) => r.split('<w:tc>').slice(1);
    expect(cells(rows[0]!)).toHaveLength(2);
    // Row 2: five 行政复议 columns starting a vertical merge, then the two litigation groups of five.
    const row2 = cells(rows[1]!);
    expect(row2).toHaveLength(7);
    expect(row2.slice(0, 5).every((c) => c.includes('w:vMerge w:val="restart"'))).toBe(true);
    expect(row2.slice(5).every((c) => c.includes('w:gridSpan w:val="5"'))).toBe(true);
    // Row 3: the merged continuations below them, then ten column labels.
    const row3 = cells(rows[2]!);
    expect(row3).toHaveLength(15);
    expect(row3.slice(0, 5).every((c) => /<w:vMerge\/>|w:vMerge w:val="continue"/u.test(c))).toBe(true);
  });
});
