import { describe, expect, it } from 'vitest';
import {
  catalogueGrid,
  describeCatalogueGrid,
  interpretCatalogueGrid,
  type CatalogueGrid,
  type CatalogueJson,
} from '@gongkai/domain';
import {
  applyRemembered,
  detectedSelection,
  elapsedText,
  findingsBesideNoRow,
  overridesOf,
  pageOf,
  previewCounts,
  previewRows,
  sourceRows,
} from './import-preview';

const HEADER = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '责任科室', '填报说明'];
const OFFICES = ['办公室', '普法与依法治理办公室', '公共法律服务办公室'];

/** A department's table: a title row, a header row and `n` rows under 一级事项 of ten rows each. */
function grid(n: number): CatalogueGrid {
  const rows = [['根河市司法局主动公开目录'], HEADER];
  for (let i = 0; i < n; i++) {
    const first = i % 10 === 0;
    rows.push([
      first ? String(i / 10 + 1) : '',
      first ? `事项${i / 10 + 1}` : '',
      `子项${i + 1}`,
      `内容${i + 1}：机构设置、领导信息`,
      '《中华人民共和国政府信息公开条例》第二十条',
      '信息形成或变更之日起20个工作日内',
      OFFICES[i % 3]!,
      i % 7 === 0 ? '按年更新' : '',
    ]);
  }
  return catalogueGrid(rows, { sourceName: '目录.docx' });
}

const ok = (g: CatalogueGrid, columns = [] as ReturnType<typeof overridesOf>): CatalogueJson => {
  const r = interpretCatalogueGrid(g, { columns });
  if (!r.ok) throw new Error(r.error.message);
  return r.catalogue;
};

describe('column choices', () => {
  const layout = describeCatalogueGrid(grid(5));

  it('sends only the columns the user changed', () => {
    const selection = detectedSelection(layout.columns);
    expect(overridesOf(layout.columns, selection)).toEqual([]);
    selection[4] = { column: 4, choice: 'remark', tickLabel: null };
    selection[7] = { column: 7, choice: 'ignore', tickLabel: null };
    expect(overridesOf(layout.columns, selection)).toEqual([
      { column: 4, choice: 'remark' },
      { column: 7, choice: 'ignore' },
    ]);
  });

  it('a tick column carries its option', () => {
    const selection = detectedSelection(layout.columns);
    selection[7] = { column: 7, choice: 'channelTick', tickLabel: ' 门户网站 ' };
    expect(overridesOf(layout.columns, selection)).toEqual([
      { column: 7, choice: 'channelTick', tickLabel: '门户网站' },
    ]);
  });

  it('applies a remembered mapping, skipping columns outside the header and unknown choices', () => {
    const { selection, applied } = applyRemembered(layout.columns, [
      { column: 7, choice: 'ignore' },
      { column: 4, choice: 'remark', tickLabel: null },
      { column: 40, choice: 'remark' },
      { column: 2, choice: 'no-such-choice' },
    ]);
    expect(applied).toEqual([4, 7]);
    expect(selection[4]).toEqual({ column: 4, choice: 'remark', tickLabel: null });
    expect(selection[2]!.choice).toBe('l2');
    expect(overridesOf(layout.columns, selection)).toEqual([
      { column: 4, choice: 'remark' },
      { column: 7, choice: 'ignore' },
    ]);
    expect(applyRemembered(layout.columns, null).applied).toEqual([]);
  });
});

describe('the parsed rows', () => {
  it('lists requirements in file order with their item path, fields and the findings of their line', () => {
    const g = grid(12);
    const c = ok(g);
    const rows = previewRows(c);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({
      l1: '事项1',
      l2: '子项1',
      serial: '1',
      offices: '办公室',
      content: expect.stringContaining('内容1'),
    });
    expect(rows[11]).toMatchObject({ l1: '事项2', l2: '子项12', serial: '2' });
    expect(rows[0]!.remarks).toContain('按年更新');
    for (const r of rows) for (const f of r.findings) expect(f.line).toBe(r.line);
    const loose = findingsBesideNoRow(c, rows);
    expect(loose.every((f) => f.line === null || !rows.some((r) => r.line === f.line))).toBe(true);
  });

  it('changes with the mapping: a column kept as remark, a column not imported', () => {
    const g = grid(3);
    const layout = describeCatalogueGrid(g);
    const selection = detectedSelection(layout.columns);
    selection[4] = { column: 4, choice: 'remark', tickLabel: null };
    selection[7] = { column: 7, choice: 'ignore', tickLabel: null };
    const rows = previewRows(ok(g, overridesOf(layout.columns, selection)));
    expect(rows[0]!.basis).toBe('');
    expect(rows[0]!.remarks).toContain('公开依据：《中华人民共和国政府信息公开条例》第二十条');
    expect(rows[0]!.remarks).not.toContain('按年更新');
  });

  it('counts items, rows, offices and findings', () => {
    const counts = previewCounts(ok(grid(25)));
    expect(counts).toMatchObject({ items: 3 + 25, requirements: 25, offices: 3 });
    expect(counts.findings.ERROR + counts.findings.WARNING + counts.findings.INFO).toBeGreaterThanOrEqual(0);
  });

  it('pages and source rows', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageOf([1, 2, 3], 0, 2)).toEqual([1, 2]);
    const g = grid(2);
    expect(sourceRows(g.rows, 1, null).map((r) => r.line)).toEqual([3, 4]);
    expect(sourceRows(g.rows, 1, [10, 11, 12, 13]).map((r) => r.line)).toEqual([12, 13]);
    expect(elapsedText(3400)).toBe('3 秒');
    expect(elapsedText(65_000)).toBe('1 分 5 秒');
  });
});

describe('the preview of a 300-row file in the browser', () => {
  it('interprets, describes and lays out 300 rows well under a second after a mapping change', () => {
    const g = grid(300);
    const layout = describeCatalogueGrid(g);
    const selection = detectedSelection(layout.columns);
    // Warm up once (the first run compiles), then time what one mapping change costs.
    previewRows(ok(g));
    selection[4] = { column: 4, choice: 'remark', tickLabel: null };
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const columns = overridesOf(layout.columns, selection);
      const c = ok(g, columns);
      describeCatalogueGrid(g, { columns });
      const rows = previewRows(c);
      previewCounts(c);
      findingsBesideNoRow(c, rows);
      times.push(performance.now() - t);
      expect(rows).toHaveLength(300);
    }
    const median = times.sort((a, b) => a - b)[2]!;
    console.info(`import preview: 300 rows interpreted and laid out in ${median.toFixed(1)} ms (median of 5)`);
    expect(median).toBeLessThan(1000);
  });
});
