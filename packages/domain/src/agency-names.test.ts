import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  agencyInTitle,
  agencyNamedIn,
  looksLikeAgencyName,
  normalizeAgencyName,
  sameAgencyName,
} from './agency-names.js';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import type { CatalogueJson, ItemJson } from './catalogue-model.js';

const KNOWN = [
  '根河市人民政府',
  '根河市司法局',
  '根河市民政局',
  '根河市财政局',
  '根河市人民政府办公室（政务公开办）',
  '根河市教育局',
  '根河市卫生健康委员会',
  '根河市市场监督管理局',
  '根河市人力资源和社会保障局',
  '通用标准目录',
  '公共法律服务领域标准目录',
];

function item(name: string, organs: string[][]): ItemJson {
  return {
    name,
    level: 1,
    serial: null,
    line: null,
    children: [],
    requirements: organs.map((publishingOrgans) => ({
      line: null,
      contentIntro: null,
      contentElements: [],
      timeLimit: { raw: '', kind: 'UNSPECIFIED' } as never,
      publishingOrgans,
      channels: [],
      extraChannels: [],
      audiences: [],
      offices: [],
      legalBasis: [],
      modes: [],
      levels: [],
      remarks: [],
    })),
  };
}
const cat = (title: string, organs: string[][] = []): Pick<CatalogueJson, 'title' | 'items'> => ({
  title,
  items: [item('事项', organs)],
});
const demo = (name: string): CatalogueJson =>
  importCatalogueTextOrThrow(readFileSync(new URL(`../../../demo-data/${name}`, import.meta.url), 'utf8'));

describe('agency names', () => {
  it('normalises spaces, brackets, full-width forms and 机关', () => {
    expect(normalizeAgencyName(' 根河市 司法局 ')).toBe('根河市司法局');
    expect(normalizeAgencyName('根河市人民政府办公室（政务公开办）')).toBe('根河市人民政府办公室');
    expect(normalizeAgencyName('根河市司法局机关')).toBe('根河市司法局');
  });

  it('compares with or without the division, never across divisions', () => {
    expect(sameAgencyName('司法局', '根河市司法局')).toBe(true);
    expect(sameAgencyName('内蒙古自治区根河市司法局', '根河市司法局')).toBe(true);
    expect(sameAgencyName('政务公开办', '根河市人民政府办公室（政务公开办）')).toBe(true);
    expect(sameAgencyName('额尔古纳市司法局', '根河市司法局')).toBe(false);
    expect(sameAgencyName('根河市民政局', '根河市司法局')).toBe(false);
    // 市场监督管理局 keeps its 市.
    expect(sameAgencyName('市场监督管理局', '根河市市场监督管理局')).toBe(true);
  });

  it('finds the agency in a title', () => {
    expect(agencyInTitle('根河市民政局主动公开目录')).toBe('根河市民政局');
    expect(agencyInTitle('根河市民政局政务公开标准目录（社会救助、养老服务领域）')).toBe('根河市民政局');
    expect(agencyInTitle('根河市司法局2025年政府信息主动公开目录')).toBe('根河市司法局');
    expect(agencyInTitle('根河市财政局主动公开目录（示例数据）')).toBe('根河市财政局');
    expect(looksLikeAgencyName('各乡镇人民政府')).toBe(false);
    expect(looksLikeAgencyName('县级司法行政部门')).toBe(false);
    expect(looksLikeAgencyName('本机关')).toBe(false);
    expect(looksLikeAgencyName('呼伦贝尔市民政局')).toBe(true);
  });
});

describe('agencyNamedIn', () => {
  it('names another agency of the government from the title', () => {
    expect(agencyNamedIn(cat('根河市民政局主动公开目录'), '根河市司法局', KNOWN)).toEqual({
      name: '根河市民政局',
      source: 'title',
      knownAgency: '根河市民政局',
    });
    expect(agencyNamedIn(cat('民政局主动公开目录'), '根河市司法局', KNOWN)).toEqual({
      name: '民政局',
      source: 'title',
      knownAgency: '根河市民政局',
    });
    expect(
      agencyNamedIn(cat('根河市人民政府主动公开目录'), '根河市人民政府办公室（政务公开办）', KNOWN)?.knownAgency,
    ).toBe('根河市人民政府');
  });

  it('names an agency that is not in the list but clearly not the importing one', () => {
    expect(agencyNamedIn(cat('额尔古纳市司法局主动公开目录'), '根河市司法局', KNOWN)).toEqual({
      name: '额尔古纳市司法局',
      source: 'title',
      knownAgency: null,
    });
    expect(agencyNamedIn(cat('根河市林业和草原局主动公开目录'), '根河市司法局', KNOWN)?.name).toBe(
      '根河市林业和草原局',
    );
  });

  it('accepts the own agency: full name, without the city, with brackets, a short form', () => {
    expect(agencyNamedIn(cat('根河市司法局主动公开目录'), '根河市司法局', KNOWN)).toBeNull();
    expect(agencyNamedIn(cat('司法局主动公开目录（2025版）'), '根河市司法局', KNOWN)).toBeNull();
    expect(agencyNamedIn(cat(' 根河市 司法局 政务公开标准目录'), '根河市司法局', KNOWN)).toBeNull();
    expect(agencyNamedIn(cat('政务公开办主动公开目录'), '根河市人民政府办公室（政务公开办）', KNOWN)).toBeNull();
    expect(agencyNamedIn(cat('根河市卫健委主动公开目录'), '根河市卫生健康委员会', KNOWN)).toBeNull();
    expect(agencyNamedIn(cat('人社局主动公开目录'), '根河市人力资源和社会保障局', KNOWN)).toBeNull();
  });

  it('the title decides over the rows when it names an agency', () => {
    expect(agencyNamedIn(cat('根河市司法局主动公开目录', [['根河市人民政府']]), '根河市司法局', KNOWN)).toBeNull();
    expect(agencyNamedIn(cat('根河市民政局主动公开目录', [['根河市司法局']]), '根河市司法局', KNOWN)?.source).toBe(
      'title',
    );
  });

  it('otherwise looks at the 公开主体 of the rows', () => {
    expect(
      agencyNamedIn(
        cat('主动公开目录', [['根河市民政局'], ['根河市民政局'], ['各乡镇人民政府']]),
        '根河市司法局',
        KNOWN,
      ),
    ).toEqual({
      name: '根河市民政局',
      source: 'publishingOrgans',
      knownAgency: '根河市民政局',
    });
    // One row of the agency itself is enough (rows published jointly with another agency are normal).
    expect(
      agencyNamedIn(cat('主动公开目录', [['根河市民政局'], ['根河市民政局', '根河市司法局']]), '根河市司法局', KNOWN),
    ).toBeNull();
    // The most frequent other agency is named.
    expect(
      agencyNamedIn(cat('目录.xlsx', [['根河市财政局'], ['根河市民政局'], ['根河市民政局']]), '根河市司法局', KNOWN)
        ?.name,
    ).toBe('根河市民政局');
  });

  it('ignores generic organs and titles that name no agency', () => {
    expect(
      agencyNamedIn(
        cat('主动公开目录', [['本机关'], ['各乡镇人民政府'], ['县级司法行政部门'], ['法律援助机构']]),
        '根河市司法局',
        KNOWN,
      ),
    ).toBeNull();
    expect(agencyNamedIn(cat('根河市政务公开通用标准目录（示例）', [['本机关']]), '通用标准目录', KNOWN)).toBeNull();
    expect(agencyNamedIn(cat('目录.txt'), '根河市司法局', KNOWN)).toBeNull();
    expect(agencyNamedIn(cat(''), '根河市司法局', [])).toBeNull();
  });

  it('on the demo data: each catalogue is its own agency’s and nobody else’s', () => {
    const files: Array<[string, string]> = [
      ['catalogues/genhe-sifaju.txt', '根河市司法局'],
      ['catalogues/genhe-minzhengju.txt', '根河市民政局'],
      ['catalogues/genhe-caizhengju.txt', '根河市财政局'],
      ['catalogues/genhe-jiaoyuju.txt', '根河市教育局'],
      ['catalogues/genhe-weijianwei.txt', '根河市卫生健康委员会'],
      ['catalogues/genhe-shichangjianguanju.txt', '根河市市场监督管理局'],
      ['catalogues/genhe-renshebaozhangju.txt', '根河市人力资源和社会保障局'],
    ];
    for (const [file, own] of files) {
      const c = demo(file);
      expect(agencyNamedIn(c, own, KNOWN), file).toBeNull();
      const other = own === '根河市司法局' ? '根河市民政局' : '根河市司法局';
      expect(agencyNamedIn(c, other, KNOWN), `${file} into ${other}`).toMatchObject({ name: own, knownAgency: own });
    }
    expect(agencyNamedIn(demo('templates/general.txt'), '通用标准目录', KNOWN)).toBeNull();
    expect(agencyNamedIn(demo('templates/gonggong-falv-fuwu.txt'), '公共法律服务领域标准目录', KNOWN)).toBeNull();
    expect(agencyNamedIn(demo('templates/general.txt'), '根河市司法局', KNOWN)).toBeNull();
  });
});
