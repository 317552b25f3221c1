import { describe, expect, it } from 'vitest';
import { canSetRecordSettings, settingsFormErrors, settingsSentence } from './record-settings';

const user = (roles: string[], agency: string | null, extra: object = {}) =>
  ({ roles, agency: agency ? { id: agency } : null, ...extra }) as Parameters<typeof canSetRecordSettings>[0];

describe('the record settings panel', () => {
  it('offers the change to reviewers and platform administrators, nobody else', () => {
    expect(canSetRecordSettings(user(['CITY_REVIEWER'], 'gov-1-zwgkb'))).toBe(true);
    expect(canSetRecordSettings(user(['PLATFORM_ADMIN'], null))).toBe(true);
    expect(canSetRecordSettings(user(['DEPT_APPROVER'], 'gov-1-sfj'))).toBe(false);
    expect(canSetRecordSettings(user(['VIEWER'], 'gov-1'))).toBe(false);
    expect(canSetRecordSettings(user(['CITY_REVIEWER'], 'gov-1-zwgkb', { mustChangePassword: true }))).toBe(false);
    expect(canSetRecordSettings(user(['CITY_REVIEWER'], 'gov-1-zwgkb', { disabled: true }))).toBe(false);
    expect(canSetRecordSettings(null)).toBe(false);
  });

  it('says the settings in one sentence', () => {
    expect(settingsSentence({ immediateWorkingDays: 5, interpretationWorkingDays: 3 })).toBe(
      '即时公开按 5 个工作日计；政策解读最迟在政策公开后 3 个工作日内',
    );
  });

  it('refuses a cleared or out-of-range value with the domain’s words, by field', () => {
    expect(settingsFormErrors({ immediateWorkingDays: 2, interpretationWorkingDays: 0 })).toEqual({});
    expect(settingsFormErrors({ immediateWorkingDays: null, interpretationWorkingDays: 61 })).toEqual({
      immediateWorkingDays: '「即时公开」的工作日数应为 0 到 60 的整数',
      interpretationWorkingDays: '政策解读的工作日数应为 0 到 60 的整数',
    });
  });
});
