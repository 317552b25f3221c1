import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from './report-format.js';
import { readReportText, reportTextPages } from './report-text-read.js';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/real-reports');

describe.skipIf(!existsSync(REAL))('real published reports (pdftotext -layout text)', () => {
  const names = existsSync(REAL)
    ? readdirSync(REAL)
        .filter((f) => f.endsWith('.expected.json'))
        .map((f) => f.replace('.expected.json', ''))
    : [];
  for (const name of names) {
    it(`${name}: every cell and text as transcribed`, () => {
      const expected = JSON.parse(readFileSync(join(REAL, `${name}.expected.json`), 'utf8'));
      const r = readReportText({
        pages: reportTextPages(readFileSync(join(REAL, `${name}.txt`), 'utf8')),
        fileName: `${name}.txt`,
      });
      if (!r.ok) throw new Error(r.message);
      expect(r.report.year).toBe(expected.year);
      expect(r.report.format).toBe(expected.format);
      const wrong = Object.entries(expected.cells as Record<string, unknown>)
        .filter(([id, v]) => r.report.cells[id] !== String(v))
        .map(([id, v]) => `${id}: ${r.report.cells[id]} ≠ ${v}`);
      expect(wrong).toEqual([]);
      expect(Object.keys(r.report.cells).sort()).toEqual(Object.keys(expected.cells).sort());
      for (const k of ['overview', 'problems', 'other'] as const) expect(r.report.texts[k], k).toBe(expected.texts[k]);
    });
  }
});

// ---- synthetic layouts: what real reports nobody here has seen may do ----

const ROWS_2021 = REPORT_FORMATS['2021'].applicationRows;
const pad = (s: string, n = 40): string => s + ' '.repeat(Math.max(2, n - s.length));

interface Layout {
  title?: string;
  heading4?: string;
  rows?: Array<[string, string]>;
  review?: string;
  proactive?: string[];
  extraPages?: boolean;
}

/** A report as layout text: each row's label, then its seven numbers. */
function layout(o: Layout = {}): string {
  const rows = o.rows ?? ROWS_2021.map((r, i) => [r.label, [i, 0, 0, 0, 0, 0, i].join('    ')] as [string, string]);
  const lines = [
    o.title ?? '      根河市交通运输局',
    '  2024 年政府信息公开工作年度报告',
    '一、总体情况',
    '   2024 年，我局推进政务公开。',
    '二、主动公开政府信息情况',
    ...(o.proactive ?? [
      '规章     /     /     /',
      '行政规范性文件    1     0     4',
      '行政许可     120',
      '行政处罚    33',
      '行政强制    —',
      '行政事业性收费    1.5',
    ]),
    '三、收到和处理政府信息公开申请情况',
    '                 自然人   商业企业  科研机构  社会公益组织  法律服务机构  其他  总计',
    ...rows.map(([l, n]) => `${pad(l)}${n}`),
    o.heading4 ?? '四、政府信息公开行政复议、行政诉讼情况',
    '结果维持 结果纠正 其他结果 尚未审结 总计',
    o.review ?? '1   0   0   0   1   0   0   0   0   0   2   0   0   0   2',
    '五、存在的主要问题及改进情况',
    '   问题与改进。',
    '六、其他需要报告的事项',
    '   无。',
  ];
  return lines.join('\n');
}

const readLayout = (text: string, fileName?: string) => {
  const r = readReportText({ pages: reportTextPages(text), fileName });
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('layouts of published reports', () => {
  it('reads the official layout: 「/」 kept, 「—」 read as 「/」 and reported, the amount kept exactly', () => {
    const r = readLayout(layout());
    expect(r.report.year).toBe(2024);
    expect(r.report.cells['p.regulations.inForce']).toBe('/');
    expect(r.report.cells['p.enforcement.decisions']).toBe('/');
    expect(r.report.cells['p.fees.amount']).toBe('1.5');
    expect(r.report.cells['a.carriedForward.total']).toBe('24');
    expect(r.report.cells['r.afterReview.total']).toBe('2');
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['dash', 'notApplicable']));
    expect(r.organ).toBe('根河市交通运输局');
  });

  it('accepts heading variants and reports them', () => {
    const r = readLayout(layout({ heading4: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况' }));
    expect(r.report.cells['r.review.upheld']).toBe('1');
    expect(r.findings.find((f) => f.code === 'headingVariant')?.message).toContain(
      '按「四、政府信息公开行政复议、行政诉讼情况」读取',
    );
  });

  it('joins a number split inside its cell (one number more than columns) and reports it', () => {
    const rows = ROWS_2021.map(
      (r, i) =>
        [r.label, i === 0 ? '44 7228    0    0    0    0    0    447228' : [i, 0, 0, 0, 0, 0, i].join('    ')] as [
          string,
          string,
        ],
    );
    const r = readLayout(layout({ rows }));
    expect(r.report.cells['a.newReceived.natural']).toBe('447228');
    expect(r.findings.some((f) => f.code === 'splitNumber')).toBe(true);
  });

  it('joins a row whose numbers were printed over two lines', () => {
    const rows: Array<[string, string]> = ROWS_2021.map((r, i) => [r.label, [i, 0, 0, 0, 0, 0, i].join('    ')]);
    rows[1] = [ROWS_2021[1]!.label, '1    0    0\n                                             0    0    0    1'];
    const r = readLayout(layout({ rows }));
    expect(r.report.cells['a.carriedOver.total']).toBe('1');
    expect(r.report.cells['a.granted.total']).toBe('2');
  });

  it('aligns rows by their labels when one is missing, and names the missing row', () => {
    const rows = ROWS_2021.map((r, i) => [r.label, [i, 0, 0, 0, 0, 0, i].join('    ')] as [string, string]).filter(
      (_, i) => i !== 9,
    );
    const r = readLayout(layout({ rows }));
    expect(r.report.cells['a.denied.processInfo.total']).toBeNull();
    expect(r.report.cells['a.denied.enforcementFile.total']).toBe('10');
    expect(r.report.cells['a.carriedForward.total']).toBe('24');
    expect(r.findings.find((f) => f.code === 'missingCell')?.message).toContain('6.属于四类过程性信息');
  });

  it('records （六） printed as one row with numbers under 3.其他, and says so', () => {
    const rows: Array<[string, string]> = ROWS_2021.filter((r) => !r.key.startsWith('other.')).map((r, i) => [
      r.label,
      [i, 0, 0, 0, 0, 0, i].join('    '),
    ]);
    rows.splice(20, 0, ['（六）其他处理', '2    0    0    0    0    1    3']);
    const r = readLayout(layout({ rows: rows.slice(0, 21).concat(rows.slice(21)) }));
    expect(r.report.cells['a.other.other.total']).toBe('3');
    expect(r.report.cells['a.other.noCorrection.total']).toBe('0');
    expect(r.findings.find((f) => f.code === 'otherAsOneRow')?.message).toContain('3.其他');
  });

  it('drops running headers and page numbers of every page', () => {
    const text = layout()
      .split('\n')
      .reduce<string[][]>((pages, l, i) => {
        if (i % 8 === 0) pages.push(['根河市交通运输局政务公开', '']);
        pages[pages.length - 1]!.push(l);
        return pages;
      }, [])
      .map((p, i) => [...p, '', `第 ${i + 1} 页 共 4 页`].join('\n'))
      .join('\f');
    const r = readLayout(text);
    expect(r.report.texts.overview).toBe('2024 年，我局推进政务公开。');
    expect(r.report.texts.other).toBe('无。');
    expect(r.findings.find((f) => f.code === 'pageFurniture')).toBeTruthy();
  });

  it('reports a label that differs from the official one (matched by position)', () => {
    const rows = ROWS_2021.map(
      (r, i) => [i === 7 ? '4.保护第三人合法权益' : r.label, [i, 0, 0, 0, 0, 0, i].join('    ')] as [string, string],
    );
    const r = readLayout(layout({ rows }));
    const typo = r.findings.find((f) => f.code === 'labelTypo');
    expect(typo?.message).toContain('「4.保护第三人合法权益」');
    expect(typo?.cell).toBe('a.denied.thirdParty.total');
    expect(r.report.cells['a.denied.thirdParty.total']).toBe('7');
  });

  it('does not take a count with decimals: the cell stays empty and the error names it', () => {
    const r = readLayout(
      layout({
        proactive: [
          '规章   0   0   0',
          '行政规范性文件  1  0  4',
          '行政许可   12.5',
          '行政处罚  1',
          '行政强制  1',
          '行政事业性收费  0',
        ],
      }),
    );
    expect(r.report.cells['p.licensing.decisions']).toBeNull();
    expect(r.findings.find((f) => f.code === 'badCell')?.message).toMatch(/行政许可.*12\.5.*整数/u);
  });

  it('takes the year from the file name only when the text names none, and says so', () => {
    const text = layout()
      .replace('2024 年政府信息公开工作年度报告', '政府信息公开工作年度报告')
      .replace('2024 年，', '');
    const r = readLayout(text, '交通局2022年报.txt');
    expect(r.report.year).toBe(2022);
    expect(r.findings.some((f) => f.code === 'yearFromFileName')).toBe(true);
    const none = readReportText({ pages: reportTextPages(text) });
    expect(none.ok).toBe(false);
  });

  it('refuses a text that is not an annual report', () => {
    const r = readReportText({ pages: [['根河市司法局主动公开目录', '一、机构职能', '二、政策文件']] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/不像政府信息公开工作年度报告/u);
  });
});

describe('headings run into their paragraph', () => {
  it('splits 「一、总体情况2024年，……」 into the heading and its text', () => {
    const r = readLayout(
      layout().replace(
        '一、总体情况\n   2024 年，我局推进政务公开。',
        '一、总体情况2024 年，我局推进政务公开，全年公开信息 12 条。',
      ),
    );
    expect(r.report.texts.overview).toBe('2024 年，我局推进政务公开，全年公开信息 12 条。');
    expect(r.findings.some((f) => f.code === 'missingSection')).toBe(false);
  });
});
