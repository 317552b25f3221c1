import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, emptyReport } from '@gongkai/domain';
import { reportDocx } from './report-docx.js';
import { reportPdf } from './report-pdf.js';
import { reportHtml, reportJson, reportsCsv, type ReportDocument } from './report-documents.js';

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
    expect(html).toContain('<td class="label" rowspan="8">（三）不予公开</td>');
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
