import { describe, expect, it } from 'vitest';
import { cellTitle, differsFromTotal, moveForKey } from './report-cell';

describe('differsFromTotal', () => {
  it('is false without a computed total', () => {
    expect(differsFromTotal('3', undefined)).toBe(false);
  });
  it('is true when nothing is stated yet', () => {
    expect(differsFromTotal('', '5')).toBe(true);
    expect(differsFromTotal(undefined, '5')).toBe(true);
  });
  it('is false for 「/」 (not applicable), half- or full-width', () => {
    expect(differsFromTotal('/', '5')).toBe(false);
    expect(differsFromTotal(' ／ ', '5')).toBe(false);
  });
  it('compares numbers, ignoring thousands separators and spaces', () => {
    expect(differsFromTotal(' 1,234 ', '1234')).toBe(false);
    expect(differsFromTotal('1，234', '1234')).toBe(false);
    expect(differsFromTotal('1233', '1234')).toBe(true);
  });
});

describe('cellTitle', () => {
  it('names row and column, then the error and the comment', () => {
    expect(
      cellTitle('a.x.y', { row: '一、本年新收政府信息公开申请数量', column: '自然人' }, '请填写整数', '请核对'),
    ).toBe('一、本年新收政府信息公开申请数量｜自然人\n错误：请填写整数\n审核意见：请核对');
  });
  it('falls back to the id for an unknown cell', () => {
    expect(cellTitle('a.x.y', undefined)).toBe('a.x.y');
  });
});

describe('moveForKey', () => {
  const key = (k: string, shiftKey = false, isComposing = false) => ({ key: k, shiftKey, isComposing });
  const mid = { start: 1, end: 1, length: 3 };
  it('maps Tab and Enter, with Shift backwards', () => {
    expect(moveForKey(key('Tab'), mid)).toBe('next');
    expect(moveForKey(key('Tab', true), mid)).toBe('prev');
    expect(moveForKey(key('Enter'), mid)).toBe('down');
    expect(moveForKey(key('Enter', true), mid)).toBe('up');
  });
  it('moves up and down with the arrows wherever the caret is', () => {
    expect(moveForKey(key('ArrowUp'), mid)).toBe('up');
    expect(moveForKey(key('ArrowDown'), mid)).toBe('down');
  });
  it('moves left / right only at the start / end or with all selected', () => {
    expect(moveForKey(key('ArrowLeft'), mid)).toBeNull();
    expect(moveForKey(key('ArrowRight'), mid)).toBeNull();
    expect(moveForKey(key('ArrowLeft'), { start: 0, end: 0, length: 3 })).toBe('left');
    expect(moveForKey(key('ArrowRight'), { start: 3, end: 3, length: 3 })).toBe('right');
    expect(moveForKey(key('ArrowLeft'), { start: 0, end: 3, length: 3 })).toBe('left');
    expect(moveForKey(key('ArrowRight'), { start: 0, end: 3, length: 3 })).toBe('right');
    expect(moveForKey(key('ArrowRight'), { start: 0, end: 0, length: 3 })).toBeNull();
  });
  it('ignores other keys and keys while composing', () => {
    expect(moveForKey(key('a'), mid)).toBeNull();
    expect(moveForKey(key('Tab', false, true), mid)).toBeNull();
  });
});
