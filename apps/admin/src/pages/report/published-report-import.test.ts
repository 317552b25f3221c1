import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  confirmationsOf,
  fileProblem,
  readyToRecord,
  rowsFor,
  summary,
  withError,
  withResult,
} from './published-report-import';

const result = {
  year: 2022,
  format: '2021',
  title: '根河市民政局2022年政府信息公开工作年度报告',
  cellsRead: 200,
  cellsTotal: 200,
  replaced: false,
  findings: [{ level: 'warning', code: 'labelTypo', message: '表三行标签印作…' }],
  ruleResults: [{ severity: 'error' }, { severity: 'warning' }, { severity: 'error' }],
};

describe('published report import (admin)', () => {
  it('takes PDF, Word, web pages and text; skips other files of a folder and hidden ones', () => {
    const rows = rowsFor([
      { name: 'b2023.pdf', size: 10, webkitRelativePath: '年报/b2023.pdf' },
      { name: 'a2022.docx', size: 10, webkitRelativePath: '年报/a2022.docx' },
      { name: '.DS_Store', size: 10 },
      { name: '说明.xls', size: 10 },
    ]);
    expect(rows.map((r) => [r.name, r.stage])).toEqual([
      ['a2022.docx', 'waiting'],
      ['b2023.pdf', 'waiting'],
      ['说明.xls', 'skipped'],
    ]);
    expect(fileProblem({ name: 'x.pdf', size: 0 })).toBe('空文件');
    expect(fileProblem({ name: 'x.PDF', size: 30 * 1024 * 1024 })).toMatch(/过大/u);
  });

  it('shows the year, the findings and the rule failures read; records only what is read and confirmed', () => {
    const [row] = rowsFor([{ name: '2022.pdf', size: 10 }]);
    const read = withResult(row!, result, 'read');
    expect(read).toMatchObject({ year: 2022, ruleErrors: 2, ruleWarnings: 1, stage: 'read', needs: null });
    expect(readyToRecord(read)).toBe(true);
    const other = withError(
      row!,
      [
        {
          message: '「2022.pdf」的标题是…，不是「根河市司法局」的报告',
          extensions: { code: 'BAD_USER_INPUT', field: 'confirmAgency' },
        },
      ],
      '失败',
    );
    expect(other).toMatchObject({ stage: 'read', needs: 'confirmAgency' });
    expect(readyToRecord(other)).toBe(false);
    expect(readyToRecord({ ...other, confirmed: true })).toBe(true);
    const failed = withError(
      row!,
      [{ message: '不是 PDF 文件', extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' } }],
      '失败',
    );
    expect(failed).toMatchObject({ stage: 'failed', message: '不是 PDF 文件' });
    expect(withResult(row!, { ...result, replaced: true }, 'read').needs).toBe('confirmReplace');
    expect(summary([read, failed])).toBe('共 2 个文件，已读取待录入 1 个，失败 1 个');
  });

  it('encodes large files in chunks', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(Buffer.from(bytesToBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('a file that needs two confirmations', () => {
  it('keeps the first confirmation when the server asks for the second, and sends both', () => {
    const [row] = rowsFor([{ name: '报告.pdf', size: 10 }]);
    const asked = withError(row!, [{ message: '标题不是本机关', extensions: { field: 'confirmAgency' } }], '失败');
    expect(confirmationsOf(asked)).toEqual({ confirmAgency: false, confirmReplace: false });
    const ticked = { ...asked, confirmed: true };
    expect(confirmationsOf(ticked)).toEqual({ confirmAgency: true, confirmReplace: false });
    const again = withError(ticked, [{ message: '已录入过', extensions: { field: 'confirmReplace' } }], '失败');
    expect(again).toMatchObject({ needs: 'confirmReplace', confirmed: false, stage: 'read' });
    expect(readyToRecord(again)).toBe(false);
    expect(confirmationsOf({ ...again, confirmed: true })).toEqual({ confirmAgency: true, confirmReplace: true });
  });
});
