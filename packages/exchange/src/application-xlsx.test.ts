import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessIntakeMapping, interpretIntakeGrid } from '@gongkai/domain';
import { readRegisterXlsx, writeRegisterXlsx } from './application-xlsx.js';

describe('a department’s register workbook', () => {
  it('reads date cells, serial numbers and text into rows the intake interprets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('登记表');
    ws.addRow(['编号', '收到日期', '申请人类型', '答复日期', '办理结果']);
    ws.addRow(['2026-001', new Date(Date.UTC(2026, 0, 5)), '自然人', 46042, '予以公开']);
    ws.addRow(['2026-002', '2026年1月6日', '法人或其他组织·商业企业', '', '']);
    const rows = await readRegisterXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows).toEqual({
      ok: true,
      sheetName: '登记表',
      rows: [
        ['编号', '收到日期', '申请人类型', '答复日期', '办理结果'],
        ['2026-001', '2026-01-05', '自然人', '46042', '予以公开'],
        ['2026-002', '2026年1月6日', '法人或其他组织·商业企业', '', ''],
      ],
    });
    if (!rows.ok) return;
    const out = interpretIntakeGrid(rows.rows, guessIntakeMapping(rows.rows[0]!));
    expect(out.map((r) => (r.ok ? [r.input.receivedOn, r.input.applicantKind, r.input.outcome] : r.errors))).toEqual([
      ['2026-01-05', 'natural', 'granted'],
      ['2026-01-06', 'commercial', null],
    ]);
  });

  it('refuses a file that is not a workbook, saying so', async () => {
    const r = await readRegisterXlsx(Buffer.from('not a zip at all'));
    expect(r.ok).toBe(false);
  });

  it('writes the register and reads it back', async () => {
    const buf = await writeRegisterXlsx({
      title: '登记',
      header: ['编号', '收到申请日期'],
      rows: [['A-1', '2026-02-10']],
    });
    const back = await readRegisterXlsx(buf);
    expect(back.ok && back.rows.slice(1)).toEqual([
      ['编号', '收到申请日期'],
      ['A-1', '2026-02-10'],
    ]);
  });
});
