import { describe, expect, it } from 'vitest';
import { formatContentElements, parseContentElements } from './content-elements.js';

describe('parseContentElements', () => {
  it('splits a numbered list with an intro', () => {
    expect(parseContentElements('规范性文件立改废： 1. 规范性文件定期清理情况 2. 依法备案登记的目录')).toEqual({
      intro: '规范性文件立改废',
      elements: ['规范性文件定期清理情况', '依法备案登记的目录'],
    });
  });
  it('accepts 「1机构名称」 without a dot', () => {
    expect(parseContentElements('1机构名称+机关简介 2. 主要职责').elements).toEqual(['机构名称+机关简介', '主要职责']);
  });
  it('does not split on numbers that are not list markers', () => {
    expect(parseContentElements('根河市司法局XX年度政府集中采购目录')).toEqual({
      intro: null,
      elements: ['根河市司法局XX年度政府集中采购目录'],
    });
    expect(parseContentElements('本年度 20 项重点工作')).toEqual({ intro: null, elements: ['本年度 20 项重点工作'] });
  });
  it('formats back to one text', () => {
    const c = parseContentElements('部门预算决算 1. 本年度预算安排、报表 2. 上年度决算报告、报表');
    expect(formatContentElements(c)).toBe('部门预算决算 1. 本年度预算安排、报表 2. 上年度决算报告、报表');
    expect(parseContentElements(formatContentElements(c))).toEqual(c);
  });
  it('returns no elements for a blank cell', () =>
    expect(parseContentElements('  ')).toEqual({ intro: null, elements: [] }));
});
