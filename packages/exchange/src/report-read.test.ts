import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, emptyReport, type ReportData, type ReportFormat } from '@gongkai/domain';
import { ReportFileError, readReportFile, reportHtmlLines, runsToLines } from './report-read.js';
import { parseReportFile } from './report-parse.js';
import { reportDocx } from './report-docx.js';
import { reportPdf, engine } from './report-pdf.js';
import { reportHtml } from './report-documents.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '__fixtures__/reports');
const REAL = join(here, '../../../../shared/real-reports');
const squash = (s: string): string => s.replace(/\s+/gu, '');

async function read(name: string, data: Uint8Array) {
  const r = await readReportFile(name, data);
  if (!r.result.ok) throw new Error(r.result.message);
  return r.result;
}

/** The cells that differ from the expected ones, as readable lines (empty when every cell matches). */
function differences(got: Record<string, string | null>, expected: Record<string, unknown>): string[] {
  const ids = new Set([...Object.keys(got), ...Object.keys(expected)]);
  return [...ids]
    .filter(
      (id) => got[id] !== (expected[id] === undefined || expected[id] === null ? expected[id] : String(expected[id])),
    )
    .map((id) => `${id}: 读出 ${got[id]}，应为 ${expected[id]}`);
}

describe('fixtures drawn in the official layout (pdfmake, docx, hand-written HTML)', () => {
  const goldens = readdirSync(FIXTURES).filter((f) => f.endsWith('.golden.json'));
  it('has a fixture of each container', () => {
    const files = readdirSync(FIXTURES);
    for (const ext of ['.pdf', '.docx', '.html']) expect(files.some((f) => f.endsWith(ext))).toBe(true);
  });
  for (const g of goldens) {
    const base = g.replace('.golden.json', '');
    it(`${base}: every cell, the year, the format and the texts as drawn; the findings reported`, async () => {
      const golden = JSON.parse(readFileSync(join(FIXTURES, g), 'utf8'));
      const file = readdirSync(FIXTURES).find((f) => f.startsWith(`${base}.`) && !f.endsWith('.json'))!;
      const r = await read(file, new Uint8Array(readFileSync(join(FIXTURES, file))));
      expect(r.report.year).toBe(golden.year);
      expect(r.report.format).toBe(golden.format);
      expect(differences(r.report.cells, golden.cells)).toEqual([]);
      for (const k of ['overview', 'problems', 'other'] as const)
        expect(squash(r.report.texts[k]), k).toBe(squash(golden.texts[k]));
      const codes = new Set(r.findings.map((f) => f.code));
      for (const c of golden.findings) expect(codes, `finding ${c}`).toContain(c);
      // Nothing is reported missing or unreadable in a clean drawing.
      expect(
        r.findings.filter((f) => f.level === 'error' || f.code === 'missingCell' || f.code === 'missingSection'),
      ).toEqual([]);
    });
  }

  it('the PDF: （六） printed as one row recorded under 3.其他, the typo and the heading variants named', async () => {
    const r = await read('mzj-2022.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'mzj-2022.pdf'))));
    expect(r.findings.find((f) => f.code === 'labelTypo')?.message).toContain('4.保护第三方合法权利');
    expect(
      r.findings
        .filter((f) => f.code === 'headingVariant')
        .map((f) => f.message)
        .join(),
    ).toContain('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况');
    expect(r.report.cells['a.other.other.natural']).toBe('1');
    expect(r.report.cells['a.other.noCorrection.natural']).toBe('0');
    expect(r.organ).toBe('根河市民政局');
    // The running header and page numbers are not part of any text.
    expect(r.report.texts.overview).not.toMatch(/-\s*1\s*-|工作年度报告/u);
  });

  it('the web page: navigation and footer tables around the report are ignored; the trial format read', async () => {
    const r = await read('sfj-2020.html', new Uint8Array(readFileSync(join(FIXTURES, 'sfj-2020.html'))));
    expect(r.report.format).toBe('2019');
    expect(r.report.cells['t.licensing.change']).toBe('-2');
    expect(r.report.cells['a.other.natural']).toBe('1');
  });
});

describe('the platform’s own documents read back (round trip)', () => {
  function sample(year: number, format: ReportFormat): ReportData {
    const d = emptyReport(year, format);
    REPORT_FORMATS[format].cells.forEach(
      (c, i) =>
        (d.cells[c.id] =
          c.kind === 'amount'
            ? `${(i * 7) % 100}.25`
            : c.kind === 'signedCount'
              ? String((i % 5) - 2)
              : String((i * 37) % 1200)),
    );
    d.cells['p.regulations.issued'] = '/';
    d.texts = { overview: '本年度总体情况。\n（一）主动公开情况。', problems: '存在的问题。', other: '其他事项。' };
    return d;
  }
  for (const [kind, write] of [
    ['pdf', reportPdf],
    ['docx', reportDocx],
    ['html', async (doc: Parameters<typeof reportHtml>[0]) => Buffer.from(reportHtml(doc))],
  ] as const) {
    it(`${kind}: every cell as written`, async () => {
      const data = sample(2023, '2021');
      const bytes = await write({ agencyName: '根河市统计局', agencyCode: 'x', status: '已公开', data });
      const r = await read(`report.${kind}`, new Uint8Array(bytes));
      expect(r.report.year).toBe(2023);
      expect(differences(r.report.cells, data.cells)).toEqual([]);
      expect(squash(r.report.texts.problems)).toBe('存在的问题。');
    });
  }
});

describe.skipIf(!existsSync(REAL))('the three real published reports (../shared/real-reports)', () => {
  const names = existsSync(REAL)
    ? readdirSync(REAL)
        .filter((f) => f.endsWith('.expected.json'))
        .map((f) => f.replace('.expected.json', ''))
    : [];
  for (const name of names) {
    for (const ext of ['pdf', 'txt'] as const) {
      it(`${name}.${ext}: every cell as transcribed`, async () => {
        const expected = JSON.parse(readFileSync(join(REAL, `${name}.expected.json`), 'utf8'));
        const r = await read(`${name}.${ext}`, new Uint8Array(readFileSync(join(REAL, `${name}.${ext}`))));
        expect(r.report.year).toBe(expected.year);
        expect(r.report.format).toBe(expected.format);
        expect(differences(r.report.cells, expected.cells)).toEqual([]);
        // The PDF's text layer spaces 「2023 年」 differently from pdftotext: texts compared without whitespace.
        for (const k of ['overview', 'problems', 'other'] as const)
          expect(squash(r.report.texts[k]), k).toBe(squash(expected.texts[k]));
      });
    }
  }
  it('names what the transcriber noted: （六） as one row and the typo of 洪泽区 2023', async () => {
    const r = await read('hongze-2023.pdf', new Uint8Array(readFileSync(join(REAL, 'hongze-2023.pdf'))));
    expect(r.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['otherAsOneRow', 'labelTypo', 'pageFurniture']),
    );
    expect(r.findings.find((f) => f.code === 'labelTypo')?.message).toContain('2.其他法律行政止公开');
  });
});

describe('files that are not a readable report', () => {
  it('refuses an unknown kind, an empty file, a file that is not a PDF', async () => {
    await expect(readReportFile('报告.xlsx', new Uint8Array([1]))).rejects.toThrow(/不是能读取的年度报告文件/u);
    await expect(readReportFile('报告.xls', new Uint8Array([1]))).rejects.toThrow(ReportFileError);
    await expect(readReportFile('报告.pdf', new Uint8Array())).rejects.toThrow(/空文件/u);
    await expect(readReportFile('报告.pdf', new TextEncoder().encode('hello'))).rejects.toThrow(ReportFileError);
    await expect(readReportFile('报告.docx', new TextEncoder().encode('PK not a zip'))).rejects.toThrow(/Word/u);
  });

  it('reads a web page saved as .doc (as government sites publish them) as the page', async () => {
    const html = readFileSync(new URL('./__fixtures__/reports/sfj-2020.html', import.meta.url));
    const asDoc = await readReportFile('2020年度报告.doc', new Uint8Array(html));
    const asHtml = await readReportFile('2020年度报告.html', new Uint8Array(html));
    expect(asDoc.kind).toBe('html');
    expect(asDoc.result).toEqual(asHtml.result);
  });

  it('refuses a PDF without text (a scan)', async () => {
    const pdf = await engine()
      .createPdf({ content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 100, h: 100, color: '#888' }] }] })
      .getBuffer();
    await expect(readReportFile('扫描件.pdf', new Uint8Array(pdf))).rejects.toThrow(/扫描件/u);
  });

  it('says a text without the report’s sections is not a report', async () => {
    const r = await readReportFile(
      '目录.txt',
      new TextEncoder().encode('根河市司法局主动公开目录\n序号\t公开事项\n1\t机构职能\n'),
    );
    expect(r.result.ok).toBe(false);
    if (!r.result.ok) expect(r.result.message).toMatch(/不像政府信息公开工作年度报告/u);
  });
});

describe('containers', () => {
  it('PDF runs: a wide gap separates columns, a narrow one joins a word', () => {
    const lines = runsToLines([
      { str: '行政许可', x: 10, y: 100, w: 40, size: 10 },
      { str: '55', x: 200, y: 100.5, w: 10, size: 10 },
      { str: '0', x: 211, y: 100, w: 5, size: 10 },
      { str: '二、主动', x: 10, y: 120, w: 40, size: 10 },
      { str: '公开', x: 50.5, y: 120, w: 20, size: 10 },
    ]);
    expect(lines[0]).toBe('二、主动公开');
    expect(lines[1]).toMatch(/^行政许可\s{2,}550$/u);
  });

  it('HTML: scripts and hidden parts skipped; a table row is one line of cells', () => {
    const lines = reportHtmlLines(
      '<script>var a="一、总体情况"</script><p style="display:none">隐藏</p><p>一、总体<b>情况</b></p><table><tr><td rowspan="2">规章</td><td>1</td></tr><tr><td>2</td></tr></table>',
    );
    expect(lines).toEqual(['一、总体情况', '规章    1', '2']);
  });
});

describe('parseReportFile (worker thread)', () => {
  it('reads a fixture off the calling thread', async () => {
    const r = await parseReportFile('mzj-2022.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'mzj-2022.pdf'))));
    expect(r.kind).toBe('pdf');
    expect(r.result.ok && r.result.report.year).toBe(2022);
  });
  it('gives the reader’s refusal as a ReportFileError', async () => {
    await expect(parseReportFile('x.pdf', new TextEncoder().encode('nope'))).rejects.toThrow(ReportFileError);
  });
  it('stops a parse that takes too long', async () => {
    await expect(
      parseReportFile('mzj-2022.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'mzj-2022.pdf'))), {
        timeoutMs: 1,
        maxHeapMb: 256,
      }),
    ).rejects.toThrow(/超时/u);
  });
});
