import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, checkReport, emptyReport } from '@gongkai/domain';
import {
  APPLICATIONS_NOTE,
  cellGrid,
  cellSeverity,
  commentKeyLabel,
  isBlock,
  groupUnfilled,
  lastReturnComments,
  moveInGrid,
  parsePasteBlock,
  placeBlock,
  reportLayout,
  resultsByCell,
  sectionOf,
  sortResults,
  statusLabel,
} from './report-layout';

describe('reportLayout', () => {
  const l = reportLayout('2021');
  it('has the 二 tables with captions and columns', () => {
    expect(l.proactive.map((t) => t.caption)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(l.proactive[0]!.columns).toEqual(['本年制发件数', '本年废止件数', '现行有效件数']);
  });
  it('builds table 三 header with merged cells and the printed note', () => {
    expect(l.applications.header[0]).toEqual([
      { text: APPLICATIONS_NOTE, rowspan: 3, colspan: 3 },
      { text: '申请人情况', rowspan: 1, colspan: 7 },
    ]);
    expect(l.applications.header[1]!.map((c) => [c.text, c.rowspan, c.colspan])).toEqual([
      ['自然人', 2, 1],
      ['法人或其他组织', 1, 5],
      ['总计', 2, 1],
    ]);
    expect(l.applications.header[2]!.map((c) => c.text)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });
  it('merges the row-label cells of table 三', () => {
    const rows = l.applications.rows;
    expect(rows).toHaveLength(25);
    expect(rows[0]!.labels).toEqual([{ text: '一、本年新收政府信息公开申请数量', rowspan: 1, colspan: 3 }]);
    // 三、本年度办理结果 spans （一） … （七）总计: 22 rows.
    expect(rows[2]!.labels[0]).toEqual({ text: '三、本年度办理结果', rowspan: 22, colspan: 1, group: true });
    expect(rows[2]!.labels[1]).toEqual({ text: '（一）予以公开', rowspan: 1, colspan: 2 });
    expect(rows[4]!.labels.map((c) => [c.text, c.rowspan])).toEqual([
      ['（三）不予公开', 8],
      ['1.属于国家秘密', 1],
    ]);
    expect(rows[5]!.labels.map((c) => c.text)).toEqual(['2.其他法律行政法规禁止公开']);
    expect(rows.find((r) => r.key === 'unable.notHeld')!.labels[0]).toMatchObject({
      text: '（四）无法提供',
      rowspan: 3,
    });
    expect(rows.find((r) => r.key === 'notProcessed.complaint')!.labels[0]).toMatchObject({
      text: '（五）不予处理',
      rowspan: 5,
    });
    expect(rows.find((r) => r.key === 'other.noCorrection')!.labels[0]).toMatchObject({
      text: '（六）其他处理',
      rowspan: 3,
    });
    expect(rows[24]!.labels).toEqual([{ text: '四、结转下年度继续办理', rowspan: 1, colspan: 3 }]);
    // Every body row spans three label columns.
    const covered = new Array(25).fill(0);
    rows.forEach((r, i) =>
      r.labels.forEach((c) => {
        for (let k = 0; k < c.rowspan; k++) covered[i + k] += c.colspan;
      }),
    );
    expect(covered.every((n) => n === 3)).toBe(true);
    expect(rows[0]!.cells).toEqual([
      'a.newReceived.natural',
      'a.newReceived.commercial',
      'a.newReceived.research',
      'a.newReceived.publicInterest',
      'a.newReceived.legalService',
      'a.newReceived.otherOrg',
      'a.newReceived.total',
    ]);
  });
  it('lays out the trial format with （六）其他处理 as one row', () => {
    const rows = reportLayout('2019').applications.rows;
    expect(rows).toHaveLength(23);
    expect(rows.find((r) => r.key === 'other')!.labels).toEqual([{ text: '（六）其他处理', rowspan: 1, colspan: 2 }]);
    expect(rows[2]!.labels[0]).toMatchObject({ text: '三、本年度办理结果', rowspan: 20 });
  });
  it('groups table 四 under 行政复议 and 行政诉讼 as the official format prints it', () => {
    expect(l.review.header[0]!.map((c) => [c.text, c.rowspan, c.colspan])).toEqual([
      ['行政复议', 1, 5],
      ['行政诉讼', 1, 10],
    ]);
    // 行政复议's five columns on the second row spanning rows 2–3, beside the two litigation groups.
    expect(l.review.header[1]!.map((c) => [c.text, c.rowspan, c.colspan])).toEqual([
      ['结果维持', 2, 1],
      ['结果纠正', 2, 1],
      ['其他结果', 2, 1],
      ['尚未审结', 2, 1],
      ['总计', 2, 1],
      ['未经复议直接起诉', 1, 5],
      ['复议后起诉', 1, 5],
    ]);
    expect(l.review.header[2]).toHaveLength(10);
    // The header covers all fifteen data columns: each column's width adds up to 15 on every row.
    const width = (row: number) =>
      l.review.header
        .slice(0, row + 1)
        .reduce(
          (n, r, i) => n + r.filter((c) => i === row || i + c.rowspan > row).reduce((m, c) => m + c.colspan, 0),
          0,
        );
    expect([0, 1, 2].map(width)).toEqual([15, 15, 15]);
    expect(l.review.cells).toHaveLength(15);
    expect(l.review.cells[0]).toBe('r.review.upheld');
    expect(l.review.cells[14]).toBe('r.afterReview.total');
  });
  it('covers every cell of the format exactly once in the grid', () => {
    for (const f of ['2021', '2019'] as const) {
      const ids = cellGrid(f).flat();
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(REPORT_FORMATS[f].cells.map((c) => c.id).sort());
    }
  });
});

describe('moveInGrid', () => {
  const grid = [['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']];
  it('moves with arrows and stops at the edges', () => {
    expect(moveInGrid(grid, 'a2', 'right')).toBe('a3');
    expect(moveInGrid(grid, 'a3', 'right')).toBeNull();
    expect(moveInGrid(grid, 'a1', 'left')).toBeNull();
    expect(moveInGrid(grid, 'a1', 'up')).toBeNull();
    expect(moveInGrid(grid, 'c2', 'down')).toBeNull();
  });
  it('keeps the column going up and down, clamped to shorter rows', () => {
    expect(moveInGrid(grid, 'a3', 'down')).toBe('b1');
    expect(moveInGrid(grid, 'b1', 'down')).toBe('c1');
    expect(moveInGrid(grid, 'c2', 'up')).toBe('b1');
  });
  it('Tab and Shift-Tab go in reading order across rows', () => {
    expect(moveInGrid(grid, 'a3', 'next')).toBe('b1');
    expect(moveInGrid(grid, 'b1', 'next')).toBe('c1');
    expect(moveInGrid(grid, 'c2', 'next')).toBeNull();
    expect(moveInGrid(grid, 'c1', 'prev')).toBe('b1');
    expect(moveInGrid(grid, 'b1', 'prev')).toBe('a3');
    expect(moveInGrid(grid, 'a1', 'prev')).toBeNull();
  });
  it('moves from table 三 down into the next row of the real grid', () => {
    const g = cellGrid('2021');
    expect(moveInGrid(g, 'a.newReceived.natural', 'down')).toBe('a.carriedOver.natural');
    expect(moveInGrid(g, 'a.newReceived.total', 'next')).toBe('a.carriedOver.natural');
    expect(moveInGrid(g, 'unknown', 'down')).toBeNull();
  });
});

describe('paste', () => {
  it('reads Excel blocks', () => {
    expect(parsePasteBlock('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(parsePasteBlock('7')).toEqual([['7']]);
    expect(parsePasteBlock('\t8\n')).toEqual([['', '8']]);
    expect(isBlock([['7']])).toBe(false);
    expect(isBlock([['7', '8']])).toBe(true);
    expect(isBlock([['7'], ['8']])).toBe(true);
  });
  it('places a block from the focused cell and counts what falls outside', () => {
    const grid = [
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ];
    expect(
      placeBlock(grid, 'a2', [
        ['1', '2', '3'],
        ['4', '5'],
      ]),
    ).toEqual({
      cells: [
        { id: 'a2', text: '1' },
        { id: 'a3', text: '2' },
        { id: 'b2', text: '4' },
      ],
      dropped: 2,
    });
    expect(placeBlock(grid, 'zz', [['1']])).toEqual({ cells: [], dropped: 1 });
  });
  it('fills table 三 rows from the 自然人 column', () => {
    const g = cellGrid('2021');
    const p = placeBlock(g, 'a.newReceived.natural', parsePasteBlock('5\t0\t0\t0\t0\t0\t5\n1\t0\t0\t0\t0\t0\t1'));
    expect(p.dropped).toBe(0);
    expect(p.cells[6]).toEqual({ id: 'a.newReceived.total', text: '5' });
    expect(p.cells[7]).toEqual({ id: 'a.carriedOver.natural', text: '1' });
  });
});

describe('rule results on cells', () => {
  it('maps results to their cells with the worst severity', () => {
    const r = emptyReport(2025, '2021');
    r.cells['a.newReceived.natural'] = '5';
    r.cells['a.carriedOver.natural'] = '0';
    r.cells['a.totalHandled.natural'] = '0';
    r.cells['a.carriedForward.natural'] = '0';
    const results = checkReport(r);
    const map = resultsByCell(results.filter((x) => !x.message.includes('未填写')));
    expect(map.get('a.newReceived.natural')?.some((x) => x.rule === 'R1')).toBe(true);
    expect(cellSeverity(map, 'a.newReceived.natural')).toBe('error');
    expect(cellSeverity(map, 'p.fees.amount')).toBeNull();
    const warnOnly = resultsByCell([{ rule: 'R9', severity: 'warning', message: 'x', cells: ['problems'] }]);
    expect(cellSeverity(warnOnly, 'problems')).toBe('warning');
  });
  it('sorts errors first by rule number', () => {
    const sorted = sortResults([
      { rule: 'R9', severity: 'warning' },
      { rule: 'R10', severity: 'error' },
      { rule: 'R2', severity: 'error' },
    ]);
    expect(sorted.map((r) => r.rule)).toEqual(['R2', 'R10', 'R9']);
  });
  it('knows the section of a key', () => {
    expect(sectionOf('a.granted.total')).toBe('applications');
    expect(sectionOf('p.fees.amount')).toBe('proactive');
    expect(sectionOf('r.review.total')).toBe('reviewLitigation');
    expect(sectionOf('problems')).toBe('problems');
    expect(sectionOf('bogus')).toBeNull();
  });
});

describe('groupUnfilled', () => {
  it('folds the R5 「未填写」 results into one', () => {
    const r = emptyReport(2025, '2021');
    const grouped = groupUnfilled(checkReport(r));
    expect(grouped.filter((x) => x.rule === 'R5')).toHaveLength(1);
    expect(grouped.slice(1).every((x) => x.rule === 'R9')).toBe(true);
    expect(grouped[0]!.rule).toBe('R5');
    expect(grouped[0]!.message).toBe('R5 还有 200 个单元格未填写（不适用的请填「/」）');
    expect(grouped[0]!.cells).toHaveLength(200);
    expect((grouped[0] as { unfilled?: boolean }).unfilled).toBe(true);
    const other = {
      rule: 'R5' as const,
      severity: 'error' as const,
      message: 'R5 「x」「y」「a」应为非负整数',
      cells: ['x'],
    };
    expect(groupUnfilled([other])).toEqual([other]);
  });
});

describe('reviewer comments', () => {
  it('takes the last 退回', () => {
    const t = [
      { toStatus: 'SUBMITTED', at: '1', comment: null, cellComments: {} },
      { toStatus: 'RETURNED', at: '2', comment: '旧意见', cellComments: { problems: '旧' } },
      { toStatus: 'SUBMITTED', at: '3', comment: null, cellComments: {} },
      { toStatus: 'RETURNED', at: '4', comment: ' ', cellComments: { 'a.granted.natural': '请核对', other: '' } },
    ];
    expect(lastReturnComments(t)).toEqual({ comment: null, byKey: { 'a.granted.natural': '请核对' }, at: '4' });
    expect(lastReturnComments([])).toBeNull();
  });
  it('names comment keys', () => {
    expect(commentKeyLabel('2021', 'problems', { problems: '五、存在的主要问题及改进情况' })).toBe(
      '五、存在的主要问题及改进情况',
    );
    expect(commentKeyLabel('2021', 'a.granted.natural', {})).toBe('三、本年度办理结果 · （一）予以公开｜自然人');
  });
  it('labels statuses', () => {
    expect(statusLabel(null)).toBe('未报');
    expect(statusLabel('APPROVED')).toBe('已审核通过');
    expect(statusLabel('PUBLISHED')).toBe('已公开');
  });
});
