import { describe, expect, it } from 'vitest';
import { RECORD_SETTING_FIELDS, validateRecordSettings } from './record-settings.js';
import { DEFAULT_RECORD_SETTINGS } from './record-timeliness.js';

describe('record settings', () => {
  it('accepts the defaults and the limits themselves', () => {
    expect(validateRecordSettings(DEFAULT_RECORD_SETTINGS)).toEqual([]);
    expect(validateRecordSettings({ immediateWorkingDays: 0, interpretationWorkingDays: 60 })).toEqual([]);
  });

  it('refuses each field outside its limits, in Chinese naming the field', () => {
    expect(validateRecordSettings({ immediateWorkingDays: 61, interpretationWorkingDays: -1 })).toEqual([
      { field: 'immediateWorkingDays', message: '「即时公开」的工作日数应为 0 到 60 的整数' },
      { field: 'interpretationWorkingDays', message: '政策解读的工作日数应为 0 到 60 的整数' },
    ]);
    expect(validateRecordSettings({ immediateWorkingDays: 2.5, interpretationWorkingDays: null })).toHaveLength(2);
    expect(validateRecordSettings({ immediateWorkingDays: '5', interpretationWorkingDays: 3 })).toEqual([
      { field: 'immediateWorkingDays', message: '「即时公开」的工作日数应为 0 到 60 的整数' },
    ]);
  });

  it('names every setting the judge reads', () => {
    expect(RECORD_SETTING_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(DEFAULT_RECORD_SETTINGS).sort());
  });
});
