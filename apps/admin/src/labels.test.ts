import { describe, expect, it } from 'vitest';
import { timeLimitKindLabel, worstSeverity } from './labels';

describe('labels', () => {
  it('finds the worst severity', () => {
    expect(worstSeverity(['INFO', 'ERROR', 'WARNING'])).toBe('ERROR');
    expect(worstSeverity(['INFO'])).toBe('INFO');
    expect(worstSeverity([])).toBeNull();
  });
  it('labels time-limit kinds and keeps unknown ones', () => {
    expect(timeLimitKindLabel('unparsed')).toBe('未能解析');
    expect(timeLimitKindLabel('future')).toBe('future');
  });
});
