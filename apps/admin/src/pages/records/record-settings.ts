/**
 * The government's record settings on the office's page: who may change them, the sentence that shows them, and the
 * form's checks (the limits and words are the domain's, as the server's refusal).
 */
import { RECORD_SETTING_FIELDS, validateRecordSettings, type RecordSettingField } from '@gongkai/domain';
import { hasRole, type Principal } from '../../roles';

export { RECORD_SETTING_FIELDS, type RecordSettingField };

export interface SettingsValues {
  immediateWorkingDays: number;
  interpretationWorkingDays: number;
}

/** The form's values: a cleared number box is null (refused with the field's words). */
export type SettingsForm = Record<RecordSettingField, number | null | undefined>;

/**
 * Whether to offer the change (server: setRecordSettings, reviewers with write access to the government): a platform
 * administrator, or a 政务公开办 reviewer — who sees this page only for the government it works for (the server
 * checks the government).
 */
export function canSetRecordSettings(p: Principal | null | undefined): boolean {
  if (!p || p.disabled || p.mustChangePassword) return false;
  return hasRole(p, 'PLATFORM_ADMIN', 'CITY_REVIEWER');
}

/** 「即时公开按 5 个工作日计；政策解读最迟在政策公开后 3 个工作日内」 */
export function settingsSentence(s: SettingsValues): string {
  return `即时公开按 ${s.immediateWorkingDays} 个工作日计；政策解读最迟在政策公开后 ${s.interpretationWorkingDays} 个工作日内`;
}

/** The form's refusals by field (empty: it can be sent). */
export function settingsFormErrors(form: SettingsForm): Partial<Record<RecordSettingField, string>> {
  const out: Partial<Record<RecordSettingField, string>> = {};
  for (const p of validateRecordSettings(form)) out[p.field] = p.message;
  return out;
}
