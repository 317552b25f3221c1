import { describe, expect, it } from 'vitest';
import { NAME_LIMITS, nameProblem } from './name-limits.js';

describe('name limits', () => {
  it('refuses empty and over-long names with the field named', () => {
    expect(nameProblem('officeName', '  ')).toBe('科室名称：不能为空');
    expect(nameProblem('officeName', '科'.repeat(NAME_LIMITS.officeName))).toBeNull();
    expect(nameProblem('officeName', '科'.repeat(NAME_LIMITS.officeName + 1))).toBe('科室名称：不能超过 50 个字');
    expect(nameProblem('itemName', 'x'.repeat(65_536))).toBe('事项名称：不能超过 100 个字');
    expect(nameProblem('versionLabel', '2025版')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(nameProblem('officeName', '𠀀'.repeat(NAME_LIMITS.officeName))).toBeNull();
  });
});
