import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileNameStem, matchCatalogueAgency, type AgencyRef } from './agency-match.js';
import { BULK_IMPORT_LIMITS, batchProblem, isBatchFileEntry } from './bulk-onboarding.js';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import type { CatalogueJson, ItemJson } from './catalogue-model.js';

const AGENCIES: AgencyRef[] = [
  { code: '150785', name: '根河市人民政府', kind: 'GOVERNMENT', parent: null },
  { code: '150785-sfj', name: '根河市司法局', kind: 'DEPARTMENT', parent: '150785' },
  { code: '150785-mzj', name: '根河市民政局', kind: 'DEPARTMENT', parent: '150785' },
  { code: '150785-czj', name: '根河市财政局', kind: 'DEPARTMENT', parent: '150785' },
  { code: '150785-zwgkb', name: '根河市人民政府办公室（政务公开办）', kind: 'DEPARTMENT', parent: '150785' },
  { code: '150785-scjgj', name: '根河市市场监督管理局', kind: 'DEPARTMENT', parent: '150785' },
  { code: '150785-rsj', name: '根河市人力资源和社会保障局', kind: 'DEPARTMENT', parent: '150785' },
  { code: '150785-wjw', name: '根河市卫生健康委员会', kind: 'DEPARTMENT', parent: '150785' },
  { code: '150785-bz-ty', name: '通用标准目录', kind: 'STANDARD', parent: '150785' },
  { code: '150784', name: '额尔古纳市人民政府', kind: 'GOVERNMENT', parent: null },
  { code: '150784-mzj', name: '额尔古纳市民政局', kind: 'DEPARTMENT', parent: '150784' },
  // A department whose name carries no division: its government's is used.
  { code: '150784-sfj', name: '司法局', kind: 'DEPARTMENT', parent: '150784' },
  { code: '150821', name: '五原县人民政府', kind: 'GOVERNMENT', parent: null },
];

function items(organs: string[]): ItemJson[] {
  return [
    {
      name: '事项',
      level: 1,
      serial: null,
      line: null,
      children: [],
      requirements: organs.map((o) => ({
        line: null,
        contentIntro: null,
        contentElements: [],
        timeLimit: { raw: '', kind: 'UNSPECIFIED' } as never,
        publishingOrgans: [o],
        channels: [],
        extraChannels: [],
        audiences: [],
        offices: [],
        legalBasis: [],
        modes: [],
        levels: [],
        remarks: [],
      })),
    },
  ];
}
const cat = (title: string, organs: string[] = []): Pick<CatalogueJson, 'title' | 'items'> => ({
  title,
  items: items(organs),
});

describe('matching a catalogue file to a department', () => {
  it('reads the department from the title, and says so', () => {
    const m = matchCatalogueAgency(cat('根河市民政局主动公开目录'), '目录.xlsx', AGENCIES, {
      governmentCode: '150785',
    });
    expect(m.agency).toMatchObject({ code: '150785-mzj', source: 'title', reason: '标题写的是「根河市民政局」' });
    expect(m.confidence).toBe('medium');
    expect(m.note).toBeNull();
  });

  it('is sure when the title, the file name and 公开主体 agree', () => {
    const m = matchCatalogueAgency(
      cat('根河市财政局主动公开目录', ['根河市财政局', '根河市财政局', '根河市司法局']),
      '附件2：根河市财政局目录.docx',
      AGENCIES,
    );
    expect(m.agency?.code).toBe('150785-czj');
    expect(m.confidence).toBe('high');
    expect(m.agency?.reason).toBe(
      '标题写的是「根河市财政局」，文件名写的是「根河市财政局」，公开主体写的是「根河市财政局」（2 行）',
    );
  });

  it('never matches across divisions: 五原县民政局 is not 根河市民政局 nor 额尔古纳市民政局', () => {
    const m = matchCatalogueAgency(
      cat('五原县民政局主动公开目录'),
      '附件1：五原县民政局主动公开目录(2023).docx',
      AGENCIES,
      { governmentCode: '150785' },
    );
    expect(m.agency).toBeNull();
    expect(m.confidence).toBe('none');
    expect(m.candidates).toEqual([]);
    expect(m.note).toBe('标题写的是「五原县民政局」，平台上没有这个部门，请选择');
  });

  it('a name without its division goes to the office government’s department', () => {
    const m = matchCatalogueAgency(cat('民政局政务公开标准目录（社会救助领域）'), 'a.txt', AGENCIES, {
      governmentCode: '150785',
    });
    expect(m.agency?.code).toBe('150785-mzj');
    // The other government's office would get its own.
    expect(
      matchCatalogueAgency(cat('司法局主动公开目录'), 'a.txt', AGENCIES, { governmentCode: '150784' }).agency?.code,
    ).toBe('150784-sfj');
  });

  it('offers candidates instead of guessing when two governments have the department', () => {
    const m = matchCatalogueAgency(cat('民政局主动公开目录'), 'a.txt', AGENCIES);
    expect(m.agency).toBeNull();
    expect(m.candidates.map((c) => c.code).sort()).toEqual(['150784-mzj', '150785-mzj']);
    expect(m.note).toContain('请选择');
  });

  it('a department named without a division takes its government’s division', () => {
    const m = matchCatalogueAgency(cat('额尔古纳市司法局主动公开目录'), 'x.docx', AGENCIES);
    expect(m.agency?.code).toBe('150784-sfj');
    expect(matchCatalogueAgency(cat('根河市司法局主动公开目录'), 'x.docx', AGENCIES).agency?.code).toBe('150785-sfj');
  });

  it('falls back to the file name, for real file names', () => {
    expect(fileNameStem('附件1：五原县民政局主动公开目录(2023).docx')).toBe('五原县民政局主动公开目录(2023)');
    expect(fileNameStem('C:\\fakepath\\03-根河市财政局.xlsx')).toBe('根河市财政局');
    const m = matchCatalogueAgency(
      cat('政府信息主动公开目录'),
      '附件3：根河市市场监督管理局主动公开目录（2024年版）.xlsx',
      AGENCIES,
    );
    expect(m.agency).toMatchObject({
      code: '150785-scjgj',
      source: 'fileName',
      reason: '文件名写的是「根河市市场监督管理局」',
    });
  });

  it('falls back to the 公开主体 most rows name, counting rows', () => {
    const m = matchCatalogueAgency(
      cat('主动公开目录', ['根河市民政局', '根河市民政局', '根河市司法局', '各乡镇人民政府']),
      '目录.csv',
      AGENCIES,
    );
    expect(m.agency).toMatchObject({
      code: '150785-mzj',
      source: 'publishingOrgans',
      reason: '公开主体写的是「根河市民政局」（2 行）',
    });
    expect(m.candidates.map((c) => c.code)).toEqual(['150785-mzj']);
  });

  it('flags a file whose places disagree, offering the other department', () => {
    const m = matchCatalogueAgency(cat('根河市民政局主动公开目录'), '根河市财政局.xlsx', AGENCIES);
    expect(m.agency?.code).toBe('150785-mzj');
    expect(m.confidence).toBe('low');
    expect(m.candidates.map((c) => c.code)).toEqual(['150785-mzj', '150785-czj']);
    expect(m.note).toBe('文件名写的是另一个部门「根河市财政局」，请确认');
  });

  it('flags a title naming a department the platform lacks, even when the rows name one it has', () => {
    const m = matchCatalogueAgency(cat('五原县民政局主动公开目录', ['民政局']), 'x.xlsx', AGENCIES, {
      governmentCode: '150785',
    });
    expect(m.agency?.code).toBe('150785-mzj');
    expect(m.confidence).toBe('low');
    expect(m.note).toContain('五原县民政局');
  });

  it('knows an office by the alias in brackets, and 市场监督管理局 keeps its 市', () => {
    expect(matchCatalogueAgency(cat('政务公开办主动公开目录'), 'x', AGENCIES).agency?.code).toBe('150785-zwgkb');
    expect(matchCatalogueAgency(cat('根河市人民政府办公室主动公开目录'), 'x', AGENCIES).agency?.code).toBe(
      '150785-zwgkb',
    );
    expect(matchCatalogueAgency(cat('市场监督管理局目录'), 'x', AGENCIES).agency?.code).toBe('150785-scjgj');
  });

  it('knows a department by its short form, within the division', () => {
    expect(matchCatalogueAgency(cat('根河市人社局主动公开目录'), 'x', AGENCIES).agency).toMatchObject({
      code: '150785-rsj',
      reason: '标题写的是「根河市人社局」',
    });
    expect(matchCatalogueAgency(cat('政务公开目录'), '附件5：市卫健委政务公开目录.xlsx', AGENCIES).agency?.code).toBe(
      '150785-wjw',
    );
    expect(matchCatalogueAgency(cat('五原县人社局主动公开目录'), 'x', AGENCIES).agency).toBeNull();
    // Not a short form: other characters, or another last character.
    expect(matchCatalogueAgency(cat('根河市人防办主动公开目录'), 'x', AGENCIES).agency).toBeNull();
  });

  it('never suggests a government or a standard catalogue', () => {
    const m = matchCatalogueAgency(cat('根河市人民政府通用标准目录'), '通用标准目录.xlsx', AGENCIES);
    expect(m.agency).toBeNull();
    expect(m.note).toBe('标题、文件名和公开主体都没有写明本平台的部门，请选择');
  });

  it('matches every demo catalogue to its own department', () => {
    for (const [file, code] of [
      ['genhe-sifaju.txt', '150785-sfj'],
      ['genhe-minzhengju.txt', '150785-mzj'],
      ['genhe-caizhengju.txt', '150785-czj'],
    ] as const) {
      const c = importCatalogueTextOrThrow(
        readFileSync(new URL(`../../../demo-data/catalogues/${file}`, import.meta.url), 'utf8'),
      );
      expect(matchCatalogueAgency(c, file, AGENCIES, { governmentCode: '150785' }).agency?.code, file).toBe(code);
    }
  });
});

describe('batch limits', () => {
  const MB = 1024 * 1024;
  it('refuses a zip bomb from its declared sizes', () => {
    expect(batchProblem('a.zip', [{ name: 'x.xlsx', originalSize: 4096 * MB }])).toContain('超过单个文件上限 20.0 MB');
    const many = Array.from({ length: 10 }, (_, i) => ({ name: `${i}.docx`, originalSize: 15 * MB }));
    expect(batchProblem('a.zip', many)).toContain('解压后共 150.0 MB');
    const lots = Array.from({ length: BULK_IMPORT_LIMITS.maxFiles + 1 }, (_, i) => ({
      name: `${i}.docx`,
      originalSize: 1,
    }));
    expect(batchProblem('a.zip', lots)).toContain(`一次最多 ${BULK_IMPORT_LIMITS.maxFiles} 个`);
    expect(batchProblem('a.zip', [{ name: '目录/', originalSize: 0 }])).toBe('「a.zip」中没有文件');
    expect(batchProblem('a.zip', [{ name: '目录/民政局.docx', originalSize: MB }])).toBeNull();
  });

  it('skips folders and macOS resource forks', () => {
    expect(isBatchFileEntry('目录/民政局.docx')).toBe(true);
    expect(isBatchFileEntry('__MACOSX/目录/._民政局.docx')).toBe(false);
    expect(isBatchFileEntry('目录/')).toBe(false);
  });
});
