import { describe, expect, it } from 'vitest';
import type { ItemJson, RequirementJson } from '../catalogue-model.js';
import { parseTimeLimit } from '../time-limit.js';
import { guessRecordMapping, interpretRecordGrid, matchSiteList, siteListFromJson } from './record-intake.js';
import { parseDateText, validateRecordInput, emptyRecordInput } from './record-model.js';

const req = (): RequirementJson => ({
  line: null,
  contentIntro: null,
  contentElements: [],
  timeLimit: { ...parseTimeLimit('即时公开'), raw: '即时公开' },
  publishingOrgans: [],
  channels: ['GOVERNMENT_WEBSITE'],
  extraChannels: [],
  audiences: ['PUBLIC'],
  offices: [],
  legalBasis: [],
  modes: [],
  levels: [],
  remarks: [],
});
const item = (name: string, children: ItemJson[] = [], rows = children.length ? 0 : 1): ItemJson => ({
  name,
  level: 1,
  serial: null,
  line: null,
  requirements: Array.from({ length: rows }, req),
  children,
});

describe('dates as people write them', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026/1/5', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['２０２６年１月５日', '2026-01-05'],
    ['20260105', '2026-01-05'],
    ['46027', '2026-01-05'],
    ['2026-01-05 09:30', '2026-01-05'],
    ['', null],
  ])('%s', (text, date) => {
    expect(parseDateText(text)).toEqual({ ok: true, date });
  });
  it('rejects impossible and unknown dates', () => {
    expect(parseDateText('2026-02-30')).toEqual({ ok: false, message: '日期「2026-02-30」不存在' });
    expect(parseDateText('下周一')).toMatchObject({ ok: false });
  });
});

describe('record input checks', () => {
  it('saves an empty draft, but a published record needs title and date', () => {
    expect(validateRecordInput(emptyRecordInput())).toEqual([]);
    const errors = validateRecordInput({ ...emptyRecordInput(), status: 'PUBLISHED' });
    expect(errors.map((e) => e.message)).toEqual(['标题未填写', '公开日期未填写：已公开的记录需要公开日期']);
  });
  it('names the field of a bad value, draft or not', () => {
    const e = validateRecordInput({
      ...emptyRecordInput(),
      formedDate: '2026-03-02',
      publishedDate: '2026-03-01',
      url: 'ftp://x',
      validity: 'ABOLISHED',
    });
    expect(e.map((x) => x.field)).toEqual(['url', 'publishedDate', 'documentKind']);
    expect(e[1]!.message).toBe('公开日期（2026-03-01）早于信息形成或变更日期（2026-03-02）');
  });
});

describe('a spreadsheet grid through a column mapping', () => {
  const rows = [
    ['标题', '文号', '成文日期', '发布日期', '公开渠道', '栏目', '文件类别', '效力状态'],
    [
      '关于印发某办法的通知',
      '根司发〔2026〕1号',
      '2026/1/5',
      '2026年1月9日',
      '政府网站、政府公报',
      '规范性文件',
      '行政规范性文件',
      '继续有效',
    ],
    ['第二条', '', '2026-02-30', '46030', '政府网站、门户论坛', '规范性文件', '', ''],
    ['第三条', '', '', '', '', '工作动态', '', ''],
    ['', '', '', '', '', '', '', ''],
    ['第五条', '', '', '2026-03-01', '', '工作动态', '通知', ''],
  ];
  const mapping = guessRecordMapping(rows[0]!);

  it('guesses the mapping from the header', () => {
    expect(mapping).toEqual({
      title: 0,
      documentNumber: 1,
      formedDate: 2,
      publishedDate: 3,
      channels: 4,
      item: 5,
      documentKind: 6,
      validity: 7,
    });
  });

  it('gives an input or errors naming row and field, per row', () => {
    const result = interpretRecordGrid(rows, mapping, { rowPrefix: '工作表「记录」' });
    expect(result.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    expect(result[0]!.input).toMatchObject({
      status: 'PUBLISHED',
      title: '关于印发某办法的通知',
      formedDate: '2026-01-05',
      publishedDate: '2026-01-09',
      channels: ['GOVERNMENT_WEBSITE', 'GAZETTE'],
      documentKind: 'NORMATIVE',
      validity: 'IN_FORCE',
    });
    expect(result[0]!.item).toBe('规范性文件');
    expect(result[1]!.errors.map((e) => e.message)).toEqual([
      '工作表「记录」第3行「信息形成或变更日期」「2026-02-30」不存在',
      '工作表「记录」第3行「公开渠道」「门户论坛」不是 13 种公开渠道之一',
    ]);
    expect(result[1]!.input).toBeNull();
    expect(result[2]!.errors.map((e) => e.message)).toEqual([
      '工作表「记录」第4行「公开日期」未填写：已公开的记录需要公开日期',
    ]);
    expect(result[3]!.errors.map((e) => e.message)).toEqual([
      '工作表「记录」第6行「文件类别」「通知」应为「规章」或「行政规范性文件」',
    ]);
  });

  it('lets a draft import leave the date empty', () => {
    expect(interpretRecordGrid(rows.slice(0, 4), mapping, { status: 'DRAFT' })[2]!.errors).toEqual([]);
  });
});

describe("a website's 信息公开 list matched to catalogue items", () => {
  const items = [
    item('履职依据', [item('规范性文件')]),
    item('财政信息', [item('财政预算决算')]),
    item('社会救助', [item('最低生活保障')]),
  ];
  const { lines, errors } = siteListFromJson([
    { title: '关于印发某办法的通知', date: '2026/3/2', url: 'https://x.gov.cn/1', column: '行政规范性文件' },
    { 标题: '2026年部门预算', 日期: '2026年2月1日', 栏目: '预决算' },
    { title: '局长调研', date: '2026-03-05', column: '工作动态' },
    { title: '最低生活保障', date: '2026-04-01', column: '其他' },
    { title: '', date: '2026-03-05', column: 'x' },
    { title: '坏日期', date: '2026-13-01', column: 'x' },
  ]);

  it('reads the JSON with errors per line', () => {
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual({ title: '2026年部门预算', date: '2026-02-01', url: null, column: '预决算' });
    expect(errors).toEqual(['第5项「标题」未填写', '第6项「日期」「2026-13-01」不存在']);
  });

  it('matches by column name (synonyms included), then title; lists the rest', () => {
    const m = matchSiteList(lines, items);
    expect(m.matched.map((x) => [x.index, x.path.join('›'), x.method, x.by])).toEqual([
      [0, '履职依据›规范性文件', 'synonym', 'column'],
      [1, '财政信息›财政预算决算', 'synonym', 'column'],
      [3, '社会救助›最低生活保障', 'exact', 'title'],
    ]);
    expect(m.unmatched.map((u) => u.line.title)).toEqual(['局长调研']);
  });

  it('uses a column a person placed', () => {
    const m = matchSiteList(lines, items, { confirmed: { 工作动态: '社会救助›最低生活保障' } });
    expect(m.unmatched).toEqual([]);
  });
});
