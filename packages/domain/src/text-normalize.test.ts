import { describe, expect, it } from 'vitest';
import { parseNumber, removeCjkSpaces } from './text-normalize.js';

describe('removeCjkSpaces', () => {
  it('removes wrap spaces between CJK characters only', () => {
    expect(removeCjkSpaces('根河 市 司 法 局')).toBe('根河市司法局');
    expect(removeCjkSpaces('行政执法协调 监督办公室')).toBe('行政执法协调监督办公室');
    expect(removeCjkSpaces('20个工作 日 内公开')).toBe('20个工作日内公开');
    expect(removeCjkSpaces('社区/企事业单位/公示栏（ 电子屏）')).toBe('社区/企事业单位/公示栏（电子屏）');
    expect(removeCjkSpaces('按“ 三定方案 ”')).toBe('按“三定方案”');
  });
  it('keeps spaces next to Latin letters and digits, collapsed', () => {
    expect(removeCjkSpaces('  1. 姓名及职务   2. 个人简介 ')).toBe('1. 姓名及职务 2. 个人简介');
    expect(removeCjkSpaces('XX 年度')).toBe('XX 年度');
  });
});

describe('parseNumber', () => {
  it.each([
    ['20', 20],
    ['一', 1],
    ['两', 2],
    ['十五', 15],
    ['二十', 20],
    ['三十一', 31],
  ])('%s → %d', (t, n) => expect(parseNumber(t)).toBe(n));
  it('rejects non-numbers', () => expect(parseNumber('若干')).toBeUndefined());
});
