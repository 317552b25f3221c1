/**
 * The jurisdiction's settings records are judged with (set by the government's 政务公开办, one row per government):
 * how many working days 「即时公开」 means, and within how many working days a 政策解读 may follow its policy. The
 * labels and limits exist here once: the API refuses a value outside them, the admin's form checks before sending,
 * with the same words.
 */
import type { RecordSettings } from './record-timeliness.js';

export const RECORD_SETTING_FIELDS = [
  { key: 'immediateWorkingDays', label: '「即时公开」的工作日数', min: 0, max: 60 },
  { key: 'interpretationWorkingDays', label: '政策解读的工作日数', min: 0, max: 60 },
] as const satisfies ReadonlyArray<{ key: keyof RecordSettings; label: string; min: number; max: number }>;

export type RecordSettingField = (typeof RECORD_SETTING_FIELDS)[number]['key'];

/** The Chinese refusal of one setting's value, or null when it is a whole number within the limits. */
export function recordSettingProblem(field: RecordSettingField, value: unknown): string | null {
  const f = RECORD_SETTING_FIELDS.find((x) => x.key === field)!;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < f.min || value > f.max)
    return `${f.label}应为 ${f.min} 到 ${f.max} 的整数`;
  return null;
}

/** Every setting's refusal, in field order (empty: the settings can be saved). */
export function validateRecordSettings(
  settings: Partial<Record<RecordSettingField, unknown>>,
): Array<{ field: RecordSettingField; message: string }> {
  const out: Array<{ field: RecordSettingField; message: string }> = [];
  for (const f of RECORD_SETTING_FIELDS) {
    const message = recordSettingProblem(f.key, settings[f.key]);
    if (message) out.push({ field: f.key, message });
  }
  return out;
}
