import { describe, expect, it } from 'vitest';
import { areOfficeVariants, isOfficeName, mergeOfficeVariants, officeNameClash, splitOffices } from './offices.js';

describe('splitOffices', () => {
  it('splits two offices and joins wrap-split names', () => {
    expect(splitOffices('普法与依法治 理办公室 人民参与和促 进法制办公室')).toEqual([
      '普法与依法治理办公室',
      '人民参与和促进法制办公室',
    ]);
    expect(splitOffices('行政执法协调 监督办公室')).toEqual(['行政执法协调监督办公室']);
    expect(splitOffices('社会事务股、养老服务股')).toEqual(['社会事务股', '养老服务股']);
    expect(splitOffices('养 老 服 务 股')).toEqual(['养老服务股']);
    expect(splitOffices('办公室')).toEqual(['办公室']);
  });
  it('keeps a one-character tail with its name', () => {
    expect(splitOffices('行政审批科 室')).toEqual(['行政审批科室']);
  });
});

describe('office variants', () => {
  it('recognises office names by their ending', () => {
    expect(isOfficeName('公共法律服务办公室')).toBe(true);
    expect(isOfficeName('社会救助股')).toBe(true);
    expect(isOfficeName('根河市司法局XX年重点工作总结')).toBe(false);
  });
  it('treats 法制/法治 as one office, numerals as different offices', () => {
    expect(areOfficeVariants('人民参与和促进法制办公室', '人民参与和促进法治办公室')).toBe(true);
    expect(areOfficeVariants('第一执法大队', '第二执法大队')).toBe(false);
    expect(areOfficeVariants('办公室', '办公厅')).toBe(false);
  });
  it('keeps the most used spelling as the name, the other as alias', () => {
    const { offices, canonical } = mergeOfficeVariants([
      { name: '办公室', lines: [11] },
      { name: '人民参与和促进法制办公室', lines: [12] },
      { name: '人民参与和促进法治办公室', lines: [30, 31] },
    ]);
    expect(offices).toEqual([
      { name: '办公室', aliases: [], lines: [11] },
      { name: '人民参与和促进法治办公室', aliases: ['人民参与和促进法制办公室'], lines: [12, 30, 31] },
    ]);
    expect(canonical.get('人民参与和促进法制办公室')).toBe('人民参与和促进法治办公室');
  });
});

describe('officeNameClash', () => {
  const offices = [
    { id: 'a', name: '办公室', aliases: ['综合科'] },
    { id: 'b', name: '法制股', aliases: [] },
  ];
  it('names the office that has the name or the alias', () => {
    expect(officeNameClash(offices, '办公室')).toBe('科室名称：本机关已有「办公室」');
    expect(officeNameClash(offices, '综合科')).toBe('科室名称：本机关已有「办公室」（「综合科」是它的别名）');
    expect(officeNameClash(offices, '财务股')).toBeNull();
  });
  it('lets an office keep or take back its own names', () => {
    expect(officeNameClash(offices, '综合科', { id: 'a' })).toBeNull();
    expect(officeNameClash(offices, '综合科', { id: 'b' })).not.toBeNull();
  });
});
