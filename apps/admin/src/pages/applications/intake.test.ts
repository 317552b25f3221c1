import { describe, expect, it } from 'vitest';
import { INTAKE_FIELDS } from '@gongkai/domain';
import { columnOptions, dryRunSummary, intakeFileProblem, mappingInput, mappingRows } from './intake';

describe('register import', () => {
  it('accepts only a non-empty .xlsx', () => {
    expect(intakeFileProblem({ name: '登记.xlsx', size: 10 })).toBeNull();
    expect(intakeFileProblem({ name: '登记.xls', size: 10 })).toContain('不是 Excel');
    expect(intakeFileProblem({ name: '登记.xlsx', size: 0 })).toContain('空文件');
  });

  it('lists every intake field with the guessed column and sends only the chosen ones', () => {
    const rows = mappingRows([
      { field: 'receivedOn', column: 1 },
      { field: 'subject', column: null },
    ]);
    expect(rows).toHaveLength(INTAKE_FIELDS.length);
    expect(rows.find((r) => r.field === 'receivedOn')).toMatchObject({ label: '收到申请日期', column: 1 });
    expect(mappingInput(rows)).toEqual([{ field: 'receivedOn', column: 1 }]);
  });

  it('names the columns and sums up a dry run', () => {
    expect(columnOptions(['编号', ''])).toEqual([
      { value: 0, label: '第 1 列：编号' },
      { value: 1, label: '第 2 列：（无表头）' },
    ]);
    expect(dryRunSummary([{ ok: true }, { ok: false }])).toContain('1 行有错误');
    expect(dryRunSummary([{ ok: true }])).toBe('共 1 行，均可导入');
    expect(dryRunSummary([])).toBe('没有可导入的行');
  });
});
