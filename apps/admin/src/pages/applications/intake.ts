/**
 * The Excel import of a register: the file checked before it is sent, the mapping (which column holds which field)
 * as the server guessed it and as the user changes it, and the dry run's rows summarised. The server reads the file
 * (packages/exchange) and refuses everything when one row is wrong.
 */
import { INTAKE_FIELDS, MAX_UPLOAD_BYTES, uploadTooLargeMessage } from '@gongkai/domain';

export function intakeFileProblem(file: { name: string; size: number }): string | null {
  if (!/\.xlsx$/iu.test(file.name)) return `「${file.name}」不是 Excel（.xlsx）文件。`;
  if (file.size === 0) return `「${file.name}」是空文件。`;
  if (file.size > MAX_UPLOAD_BYTES) return uploadTooLargeMessage(file.name, file.size);
  return null;
}

/** A column choice of the mapping: 「第 3 列：收到日期」 (0-based column). */
export function columnOptions(header: readonly string[]): Array<{ value: number; label: string }> {
  return header.map((h, i) => ({ value: i, label: `第 ${i + 1} 列：${h || '（无表头）'}` }));
}

/** Every intake field with the column chosen for it (null = not imported), in INTAKE_FIELDS' order. */
export function mappingRows(
  mapping: ReadonlyArray<{ field: string; column?: number | null }>,
): Array<{ field: string; label: string; column: number | null }> {
  return INTAKE_FIELDS.map((f) => ({
    field: f.key as string,
    label: f.label as string,
    column: mapping.find((m) => m.field === f.key)?.column ?? null,
  }));
}

/** The mapping to send: the fields with a column. */
export function mappingInput(rows: ReadonlyArray<{ field: string; column: number | null }>) {
  return rows.filter((r) => r.column !== null).map((r) => ({ field: r.field, column: r.column as number }));
}

/** 「共 12 行，3 行有错误」 / 「共 12 行，均可导入」. */
export function dryRunSummary(rows: ReadonlyArray<{ ok: boolean }>): string {
  const bad = rows.filter((r) => !r.ok).length;
  if (rows.length === 0) return '没有可导入的行';
  return bad > 0 ? `共 ${rows.length} 行，${bad} 行有错误（有错误时一行也不导入）` : `共 ${rows.length} 行，均可导入`;
}
