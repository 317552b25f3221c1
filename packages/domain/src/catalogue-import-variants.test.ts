/**
 * Real-world header shapes of catalogues copied from county websites (issue 12): column-name variants, multi-row
 * headers whose spanning cells are repeated or left empty, columns no field holds, channel wording variants.
 */
import { describe, expect, it } from 'vitest';
import { importCatalogueRows } from './catalogue-import.js';
import { COLUMN_VARIANTS, columnKind, headerFromRows, normalizeHeader } from './catalogue-headers.js';
import { channelOf, CHANNELS } from './channels.js';
import { countCatalogue, flattenItems, type CatalogueJson, type ItemJson } from './catalogue-model.js';

function ok(rows: string[][]): CatalogueJson {
  const r = importCatalogueRows(rows);
  if (!r.ok) throw new Error(r.error.message);
  return r.catalogue;
}

function item(c: CatalogueJson, name: string): ItemJson {
  const found = flattenItems(c.items).find((i) => i.name === name);
  if (!found) throw new Error(`no item ${name}`);
  return found;
}

const ALL_CHANNELS = (ticked: string[]): string =>
  CHANNELS.map((c) => `${ticked.includes(c.label) ? '■' : '□'}${c.label}`).join(' ');

describe('(a) one header row, one item level: 序号 | 事项名称 | 公开内容 | 公开依据 | 公开时限 | …', () => {
  const c = ok([
    [
      '序号',
      '事项名称',
      '公开内容',
      ' 公开依据 ',
      '公开\n时限',
      '公开主体',
      '公开渠道',
      '公开对象',
      '责任科室',
      '备注',
    ],
    [
      '1',
      '机构职能',
      '1. 机构名称 2. 主要职能',
      '《中华人民共和国政府信息公开条例》第二十条',
      '信息形成或者变更之日起20个工作日内',
      'XX县民政局',
      '政府网站、政务新媒体',
      '全社会',
      '办公室',
      '',
    ],
    [
      '2',
      '社会救助政策',
      '最低生活保障政策文件',
      '《社会救助暂行办法》',
      '自该政府信息形成或者变更之日起20个工作日内',
      'XX县民政局',
      '门户网站、公示栏、12345热线',
      '全社会',
      '社会救助股',
      '长期公开',
    ],
  ]);

  it('reads each 事项名称 as a 一级事项 with its row', () => {
    expect(c.items.map((i) => i.name)).toEqual(['机构职能', '社会救助政策']);
    expect(c.items.map((i) => i.serial)).toEqual(['1', '2']);
    expect(countCatalogue(c)).toEqual({ level1: 2, level2: 0, level3: 0, requirements: 2 });
  });

  it('reads every field, the time limit header written over two lines included', () => {
    const r = item(c, '机构职能').requirements[0]!;
    expect(r.contentElements).toEqual(['机构名称', '主要职能']);
    expect(r.legalBasis).toEqual(['《中华人民共和国政府信息公开条例》第二十条']);
    expect(r.timeLimit.rule).toMatchObject({ kind: 'afterEvent', amount: 20, unit: 'workingDay' });
    expect(r.publishingOrgans).toEqual(['XX县民政局']);
    expect(r.channels).toEqual(['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP']);
    expect(r.audiences).toEqual(['PUBLIC']);
    expect(r.offices).toEqual(['办公室']);
    expect(r.remarks).toEqual([]);
    expect(c.agencyName).toBe('XX县民政局');
  });

  it('maps channel variants, keeps 12345热线 as an extra channel and reports it', () => {
    const r = item(c, '社会救助政策').requirements[0]!;
    expect(r.channels).toEqual(['GOVERNMENT_WEBSITE', 'BULLETIN_BOARD']);
    expect(r.extraChannels).toEqual(['12345热线']);
    expect(r.remarks).toEqual(['长期公开']);
    expect(c.findings).toEqual([
      expect.objectContaining({
        kind: 'unknown-channel',
        severity: 'WARNING',
        line: 3,
        message: '第3行：公开渠道「12345热线」不在官方13个选项中，已记为其他渠道',
      }),
    ]);
  });
});

describe('(b) title row, 一级目录 | 二级目录 | 公开要素 | 时限要求 | 责任主体 | 公开方式和载体 | 公开范围 | 承办科室', () => {
  const c = ok([
    ['XX县民政局政务公开事项目录', '', '', '', '', '', '', ''],
    ['一级目录', '二级目录', '公开要素', '时限要求', '责任主体', '公开方式和载体', '公开范围', '承办科室'],
    [
      '社会救助',
      '最低生活保障',
      '1. 申请条件 2. 办理程序',
      '信息形成之日起20个工作日内',
      'XX县民政局',
      '政府网站、公开栏',
      '全社会',
      '社会救助股',
    ],
    [
      '',
      '特困人员救助供养',
      '认定条件、救助供养标准',
      '即时公开',
      'XX县民政局',
      '政务微信、办事大厅',
      '特定群体',
      '社会救助股',
    ],
    [
      '养老服务',
      '高龄津贴',
      '发放对象、发放标准',
      '每月10日前',
      'XX县民政局',
      '政府网站/便民服务站',
      '特定群体',
      '养老服务股',
    ],
  ]);

  it('takes the title and the agency from the title row', () => {
    expect(c.title).toBe('XX县民政局政务公开事项目录');
    expect(c.agencyName).toBe('XX县民政局');
  });

  it('reads two item levels from 一级目录 / 二级目录', () => {
    expect(c.items.map((i) => i.name)).toEqual(['社会救助', '养老服务']);
    expect(c.items[0]!.children.map((i) => i.name)).toEqual(['最低生活保障', '特困人员救助供养']);
    expect(countCatalogue(c)).toEqual({ level1: 2, level2: 3, level3: 0, requirements: 3 });
  });

  it('reads the renamed columns as their fields', () => {
    const first = item(c, '最低生活保障').requirements[0]!;
    expect(first.contentElements).toEqual(['申请条件', '办理程序']);
    expect(first.timeLimit.raw).toBe('信息形成之日起20个工作日内');
    expect(first.publishingOrgans).toEqual(['XX县民政局']);
    expect(first.channels).toEqual(['GOVERNMENT_WEBSITE', 'BULLETIN_BOARD']);
    expect(first.audiences).toEqual(['PUBLIC']);
    expect(first.offices).toEqual(['社会救助股']);
    const second = item(c, '特困人员救助供养').requirements[0]!;
    expect(second.channels).toEqual(['WEIBO_WECHAT_APP', 'SERVICE_CENTER']);
    expect(second.audiences).toEqual(['SPECIFIC']);
    expect(item(c, '高龄津贴').requirements[0]!.channels).toEqual(['GOVERNMENT_WEBSITE', 'CONVENIENCE_STATION']);
    expect(item(c, '高龄津贴').requirements[0]!.offices).toEqual(['养老服务股']);
  });

  it('has no findings about columns (every column is placed)', () => {
    expect(
      c.findings.filter(
        (f) => f.kind === 'unknown-cell' || f.kind === 'column-mismatch' || f.kind === 'unknown-channel',
      ),
    ).toEqual([]);
  });
});

describe('(c) two header rows: 公开事项 over 一级/二级事项, 公开渠道和载体 over tick columns', () => {
  const data = [
    [
      '1',
      '政务公开',
      '政策文件',
      '规范性文件全文',
      '信息形成之日起20个工作日内',
      'XX县司法局',
      '√',
      '√',
      '',
      '',
      '全社会',
      '办公室',
    ],
    ['', '', '政策解读', '政策解读材料', '与政策文件同步发布', 'XX县司法局', '√', '', '', '√', '全社会', '办公室'],
    ['2', '法治宣传', '普法活动', '普法活动信息', '即时公开', 'XX县司法局', '', '', '√', '', '全社会', '普法股'],
  ];
  const blankCovered = [
    ['序号', '公开事项', '', '公开内容', '公开时限', '公开主体', '公开渠道和载体', '', '', '', '公开对象', '责任科室'],
    ['', '一级事项', '二级事项', '', '', '', '政府网站', '政务新媒体', '公示栏', '12345热线', '', ''],
  ];
  // Excel/HTML/Word grids that repeat a merged cell's text in every cell it covers.
  const repeated = [
    [
      '序号',
      '公开事项',
      '公开事项',
      '公开内容',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '公开渠道和载体',
      '公开渠道和载体',
      '公开渠道和载体',
      '公开对象',
      '责任科室',
    ],
    [
      '序号',
      '一级事项',
      '二级事项',
      '公开内容',
      '公开时限',
      '公开主体',
      '政府网站',
      '政务新媒体',
      '公示栏',
      '12345热线',
      '公开对象',
      '责任科室',
    ],
  ];

  it.each([
    ['covered cells left empty', blankCovered],
    ['covered cells repeating the spanning text', repeated],
  ])('reads items and ticked channels (%s)', (_name, header) => {
    const c = ok([...header, ...data]);
    expect(c.items.map((i) => i.name)).toEqual(['政务公开', '法治宣传']);
    expect(c.items[0]!.children.map((i) => i.name)).toEqual(['政策文件', '政策解读']);
    expect(countCatalogue(c)).toEqual({ level1: 2, level2: 3, level3: 0, requirements: 3 });
    const doc = item(c, '政策文件').requirements[0]!;
    expect(doc.contentElements).toEqual(['规范性文件全文']);
    expect(doc.channels).toEqual(['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP']);
    expect(doc.audiences).toEqual(['PUBLIC']);
    expect(doc.offices).toEqual(['办公室']);
    const reading = item(c, '政策解读').requirements[0]!;
    expect(reading.channels).toEqual(['GOVERNMENT_WEBSITE']);
    expect(reading.extraChannels).toEqual(['12345热线']);
    expect(item(c, '普法活动').requirements[0]!.channels).toEqual(['BULLETIN_BOARD']);
    // The tick columns are reported once with the header, not on every row; the ticked 12345热线 on its row.
    expect(c.findings).toEqual([
      expect.objectContaining({
        kind: 'unknown-channel',
        severity: 'INFO',
        line: 1,
        message: '第1行：渠道勾选列「12345热线」不在官方13个选项中，勾选时记为其他渠道',
      }),
      expect.objectContaining({
        kind: 'channels-truncated',
        severity: 'INFO',
        line: 1,
        message:
          '第1行：表头只有4个渠道勾选列（政府网站、政务新媒体、公示栏、12345热线），没有列出的官方渠道按未勾选处理',
      }),
      expect.objectContaining({ kind: 'unknown-channel', severity: 'WARNING', line: 4 }),
    ]);
  });

  it('reads a second header row that holds only channel names (no 一级事项 in it), and skips it when a page repeats it', () => {
    const c = ok([
      ['序号', '事项名称', '公开内容', '公开时限', '公开主体', '公开渠道', '', '', '公开对象', '责任科室'],
      ['', '', '', '', '', '门户网站', '微信公众号', '办事大厅', '', ''],
      ['1', '财政预决算', '部门预算', '批复后20日内', '某局', '√', '', '√', '全社会', '财务室'],
      ['序号', '事项名称', '公开内容', '公开时限', '公开主体', '公开渠道', '', '', '公开对象', '责任科室'],
      ['', '', '', '', '', '门户网站', '微信公众号', '办事大厅', '', ''],
      ['2', '机构信息', '机构职能', '即时公开', '某局', '', '√', '', '全社会', '办公室'],
    ]);
    expect(c.items.map((i) => i.name)).toEqual(['财政预决算', '机构信息']);
    expect(item(c, '财政预决算').requirements[0]!.channels).toEqual(['GOVERNMENT_WEBSITE', 'SERVICE_CENTER']);
    expect(item(c, '机构信息').requirements[0]!.channels).toEqual(['WEIBO_WECHAT_APP']);
    expect(c.findings.map((f) => f.kind)).toEqual(['channels-truncated']);
  });
});

describe('(d) 基层政务公开标准目录 header with 事项类别 and 监督电话 columns', () => {
  const header = [
    [
      '序号',
      '公开事项',
      '',
      '公开内容（要素）',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '公开对象',
      '',
      '公开方式',
      '',
      '公开层级',
      '',
      '事项类别（法定公开、其他）',
      '监督电话',
    ],
    ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡级', '', ''],
  ];
  const c = ok([
    ['XX县社会救助领域基层政务公开标准目录'],
    ...header,
    [
      '1',
      '社会救助',
      '最低生活保障',
      '1. 低保政策文件 2. 办理流程',
      '《社会救助暂行办法》',
      '自信息形成或者变更之日起20个工作日内',
      '县民政局',
      ALL_CHANNELS(['政府网站', '两微一端']),
      '√',
      '',
      '√',
      '',
      '√',
      '√',
      '法定公开',
      '0470-1234567',
    ],
    [
      '',
      '',
      '特困人员救助供养',
      '认定条件及救助供养标准',
      '《社会救助暂行办法》',
      '同上',
      '县民政局',
      ALL_CHANNELS(['政府网站', '社区/企事业单位/村公示栏（电子屏）']),
      '',
      '√',
      '√',
      '√',
      '√',
      '',
      '其他',
      '0470-1234567',
    ],
  ]);

  it('reads the items, the audience, mode and level tick columns', () => {
    expect(countCatalogue(c)).toEqual({ level1: 1, level2: 2, level3: 0, requirements: 2 });
    const [low, special] = [item(c, '最低生活保障').requirements[0]!, item(c, '特困人员救助供养').requirements[0]!];
    expect(low.contentElements).toEqual(['低保政策文件', '办理流程']);
    expect(low.legalBasis).toEqual(['《社会救助暂行办法》']);
    expect(low.publishingOrgans).toEqual(['县民政局']);
    expect(low.channels).toEqual(['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP']);
    expect(low.audiences).toEqual(['PUBLIC']);
    expect(low.modes).toEqual(['主动']);
    expect(low.levels).toEqual(['县级', '乡级']);
    expect(special.channels).toEqual(['GOVERNMENT_WEBSITE', 'BULLETIN_BOARD']);
    expect(special.audiences).toEqual(['SPECIFIC']);
    expect(special.modes).toEqual(['主动', '依申请']);
    expect(special.levels).toEqual(['县级']);
    expect(special.timeLimit.raw).toBe('自信息形成或者变更之日起20个工作日内');
  });

  it('keeps 事项类别 and 监督电话 as remarks 「列名：值」 and reports the columns once', () => {
    expect(item(c, '最低生活保障').requirements[0]!.remarks).toEqual([
      '事项类别（法定公开、其他）：法定公开',
      '监督电话：0470-1234567',
    ]);
    expect(item(c, '特困人员救助供养').requirements[0]!.remarks).toEqual([
      '事项类别（法定公开、其他）：其他',
      '监督电话：0470-1234567',
    ]);
    const columnFindings = c.findings.filter((f) => f.kind === 'unknown-cell');
    expect(columnFindings).toEqual([
      {
        kind: 'unknown-cell',
        severity: 'INFO',
        line: 2,
        column: '事项类别（法定公开、其他）、监督电话',
        message:
          '第2行：表头的第15列「事项类别（法定公开、其他）」、第16列「监督电话」不是目录的字段，各行该列的值已记入备注（「列名：值」）',
        data: {
          columns: [
            { column: 15, title: '事项类别（法定公开、其他）' },
            { column: 16, title: '监督电话' },
          ],
        },
      },
    ]);
    // No 责任科室 column in this shape: reported as blank on each row, as before.
    expect(c.findings.filter((f) => f.kind === 'blank-required').map((f) => f.line)).toEqual([4, 5]);
    expect(c.findings.filter((f) => f.kind === 'channels-truncated')).toEqual([]);
  });

  it('reads the same header written in one row as 「公开对象（全社会）」「公开方式（主动）」 …', () => {
    const one = ok([
      [
        '序号',
        '公开事项（一级事项）',
        '公开事项（二级事项）',
        '公开内容（要素）',
        '公开时限',
        '公开主体',
        '公开渠道和载体',
        '公开对象（全社会）',
        '公开对象（特定群体）',
        '公开方式（主动）',
        '公开方式（依申请）',
        '公开层级（县级）',
        '公开层级（乡级）',
        '责任科室',
      ],
      [
        '1',
        '社会救助',
        '最低生活保障',
        '低保政策文件',
        '即时公开',
        '县民政局',
        '政府网站',
        '',
        '√',
        '√',
        '√',
        '',
        '√',
        '社会救助股',
      ],
    ]);
    const r = item(one, '最低生活保障').requirements[0]!;
    expect(r.audiences).toEqual(['SPECIFIC']);
    expect(r.modes).toEqual(['主动', '依申请']);
    expect(r.levels).toEqual(['乡级']);
    expect(r.offices).toEqual(['社会救助股']);
    expect(one.findings).toEqual([]);
  });
});

describe('columns no field holds', () => {
  it('never lets an unknown column disappear: every value is in its row’s remarks, the column reported once', () => {
    const rows = [
      [
        '序号',
        '事项名称',
        '公开内容',
        '公开时限',
        '公开主体',
        '公开渠道',
        '公开对象',
        '责任科室',
        '更新情况',
        '公开格式',
      ],
      ['1', '机构职能', '机构名称', '即时公开', '某局', '政府网站', '全社会', '办公室', '已更新', 'PDF'],
      ['2', '领导信息', '领导姓名', '即时公开', '某局', '政府网站', '全社会', '办公室', '待更新', ''],
      ['', '', '领导分工', '即时公开', '某局', '政府网站', '全社会', '办公室', '', 'HTML'],
    ];
    const c = ok(rows);
    const remarks = flattenItems(c.items).flatMap((i) => i.requirements.flatMap((r) => r.remarks));
    for (const [r, cells] of rows.slice(1).entries()) {
      for (const [col, value] of cells.entries()) {
        if (col >= 8 && value !== '')
          expect(remarks, `row ${r + 2} column ${col + 1}`).toContain(`${rows[0]![col]}：${value}`);
      }
    }
    expect(item(c, '领导信息').requirements.map((r) => r.remarks)).toEqual([['更新情况：待更新'], ['公开格式：HTML']]);
    const reported = c.findings.filter((f) => f.kind === 'unknown-cell');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ severity: 'WARNING', line: 1, column: '更新情况、公开格式' });
    expect(reported[0]!.message).toContain('第9列「更新情况」');
    expect(reported[0]!.message).toContain('第10列「公开格式」');
  });

  it('reports two columns that both look like 公开内容, reads the first and keeps the second as remarks', () => {
    const c = ok([
      ['序号', '事项名称', '公开内容', '公开要素', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室'],
      ['1', '机构职能', '机构概况', '名称、职能', '即时公开', '某局', '政府网站', '全社会', '办公室'],
    ]);
    const r = item(c, '机构职能').requirements[0]!;
    expect(r.contentElements).toEqual(['机构概况']);
    expect(r.remarks).toEqual(['公开要素：名称、职能']);
    expect(c.findings).toEqual([
      expect.objectContaining({
        kind: 'column-mismatch',
        severity: 'WARNING',
        line: 1,
        message:
          '第1行：第3列「公开内容」和第4列「公开要素」都像「公开内容（要素）」列，已按第3列读取；第4列未能归入，其值已记入备注',
      }),
    ]);
  });

  it('reports a channel column beside channel tick columns instead of dropping it', () => {
    const c = ok([
      [
        '序号',
        '事项名称',
        '公开内容',
        '公开时限',
        '公开主体',
        '公开渠道和载体',
        '',
        '公开载体',
        '公开对象',
        '责任科室',
      ],
      ['', '', '', '', '', '政府网站', '公示栏', '', '', ''],
      ['1', '机构职能', '机构名称', '即时公开', '某局', '√', '', '微信公众号', '全社会', '办公室'],
    ]);
    const r = item(c, '机构职能').requirements[0]!;
    expect(r.channels).toEqual(['GOVERNMENT_WEBSITE']);
    expect(r.remarks).toEqual(['公开载体：微信公众号']);
    expect(c.findings).toContainEqual(
      expect.objectContaining({
        kind: 'column-mismatch',
        line: 1,
        message:
          '第1行：第6列「公开渠道和载体（政府网站）」和第8列「公开载体」都像「公开渠道和载体」列，已按第6列读取；第8列未能归入，其值已记入备注',
      }),
    );
  });

  it('names the columns it could not map when no item column is found', () => {
    const r = importCatalogueRows([
      ['序号', '标题', '公开内容', '公开时限', '公开主体'],
      ['1', '机构职能', '机构名称', '即时公开', '某局'],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe(
        '第1行：表头中没有「公开事项」（一级事项）列，无法识别事项（未能识别的列：第2列「标题」）',
      );
  });

  it('reads 事项类别 as a remark, not as the item column (the key word 事项 used to claim it)', () => {
    const c = ok([
      ['序号', '事项类别', '事项名称', '公开内容', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室'],
      ['1', '法定公开', '机构职能', '机构名称', '即时公开', '某局', '政府网站', '全社会', '办公室'],
    ]);
    expect(c.items.map((i) => i.name)).toEqual(['机构职能']);
    expect(c.items[0]!.requirements[0]!.remarks).toEqual(['事项类别：法定公开']);
    expect(c.findings).toEqual([
      expect.objectContaining({ kind: 'unknown-cell', severity: 'INFO', line: 1, column: '事项类别' }),
    ]);
  });
});

describe('公开方式 used for channels', () => {
  it('reads a 公开方式 column that names channels as 公开渠道和载体, and reports it', () => {
    const c = ok([
      ['序号', '事项名称', '公开内容', '公开时限', '公开主体', '公开方式', '公开对象', '责任科室'],
      ['1', '机构职能', '机构名称', '即时公开', '某局', '政府网站、公开栏', '全社会', '办公室'],
      ['2', '领导信息', '领导姓名', '即时公开', '某局', '门户网站', '全社会', '办公室'],
    ]);
    expect(item(c, '机构职能').requirements[0]!.channels).toEqual(['GOVERNMENT_WEBSITE', 'BULLETIN_BOARD']);
    expect(item(c, '机构职能').requirements[0]!.modes).toEqual([]);
    expect(c.findings).toEqual([
      expect.objectContaining({
        kind: 'column-mismatch',
        severity: 'INFO',
        line: 1,
        message:
          '第1行：第6列「公开方式」写的是公开渠道（如「政府网站、公开栏」）而不是主动/依申请，已按「公开渠道和载体」读取',
      }),
    ]);
  });

  it('keeps 公开方式 as 主动/依申请 when it says so', () => {
    const c = ok([
      ['序号', '事项名称', '公开内容', '公开时限', '公开主体', '公开渠道', '公开方式', '公开对象', '责任科室'],
      ['1', '机构职能', '机构名称', '即时公开', '某局', '政府网站', '主动', '全社会', '办公室'],
    ]);
    expect(item(c, '机构职能').requirements[0]!.modes).toEqual(['主动']);
    expect(c.findings).toEqual([]);
  });
});

describe('item columns', () => {
  it('reads 信息类别 as the top level above 事项名称', () => {
    const c = ok([
      ['信息类别', '事项名称', '公开内容', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室'],
      ['机构信息', '机构职能', '机构名称', '即时公开', '某局', '政府网站', '全社会', '办公室'],
      ['', '领导信息', '领导姓名', '即时公开', '某局', '政府网站', '全社会', '办公室'],
    ]);
    expect(c.items.map((i) => i.name)).toEqual(['机构信息']);
    expect(c.items[0]!.children.map((i) => i.name)).toEqual(['机构职能', '领导信息']);
  });

  it('reads 一级事项 / 二级事项 / 三级事项 columns named 一级事项 …, and 编号 as the serial', () => {
    const c = ok([
      [
        '编号',
        '一级事项',
        '二级事项',
        '三级事项',
        '内容要求',
        '公开时间',
        '发布主体',
        '公开载体',
        '公开对象',
        '责任股室',
      ],
      ['1', '社会救助', '低保', '政策', '政策文件', '即时公开', '某局', '政府网站', '全社会', '救助股'],
    ]);
    expect(c.items[0]!.serial).toBe('1');
    expect(item(c, '政策').level).toBe(3);
    expect(item(c, '政策').requirements[0]!.offices).toEqual(['救助股']);
    expect(item(c, '政策').requirements[0]!.timeLimit.raw).toBe('即时公开');
  });
});

describe('the header table', () => {
  it('normalises header text: spaces, line breaks, brackets, required marks', () => {
    expect(normalizeHeader(' 公开\n时限 ')).toBe('公开时限');
    expect(normalizeHeader('公开内容(要素)')).toBe('公开内容（要素）');
    expect(normalizeHeader('*责任科室：')).toBe('责任科室');
    expect(columnKind('公开内容(要素)')).toBe('content');
    expect(columnKind('责任科（股）室')).toBe('office');
    expect(columnKind('事项类别（法定公开、其他）')).toBe('unplaced');
  });

  it('knows each variant of the issue', () => {
    const expected: Record<string, string> = {
      事项名称: 'item',
      公开事项名称: 'item',
      一级目录: 'l1',
      二级目录: 'l2',
      三级目录: 'l3',
      信息类别: 'category',
      公开要素: 'content',
      内容要求: 'content',
      依据: 'basis',
      政策依据: 'basis',
      时限要求: 'timeLimit',
      公开时间: 'timeLimit',
      责任主体: 'organ',
      发布主体: 'organ',
      公开责任主体: 'organ',
      公开渠道: 'channels',
      公开载体: 'channels',
      渠道: 'channels',
      公开方式和载体: 'channels',
      公开范围: 'audience',
      责任处室: 'office',
      责任股室: 'office',
      责任单位: 'office',
      承办科室: 'office',
      责任部门: 'office',
      公开格式: 'unplaced',
      监督电话: 'unplaced',
      备注: 'remarks',
      序号: 'serial',
      编号: 'serial',
    };
    for (const [name, kind] of Object.entries(expected)) expect(columnKind(name), name).toBe(kind);
    expect(COLUMN_VARIANTS.every((v) => v.names.length > 0)).toBe(true);
  });

  it('reads covered header cells the same whether repeated or blank', () => {
    const blank = headerFromRows([
      ['公开对象', '', '公开方式', ''],
      ['全社会', '特定群体', '主动', '依申请'],
    ]);
    const repeated = headerFromRows([
      ['公开对象', '公开对象', '公开方式', '公开方式'],
      ['全社会', '特定群体', '主动', '依申请'],
    ]);
    expect(blank.roles).toEqual(['audPublic', 'audSpecific', 'modeTick', 'modeTick']);
    expect(repeated.roles).toEqual(blank.roles);
    expect(repeated.tickLabels).toEqual([null, null, '主动', '依申请']);
  });

  it('reads three header rows', () => {
    const h = headerFromRows([
      ['公开渠道和载体', '', '', '公开对象'],
      ['线上', '', '线下', ''],
      ['政府网站', '政务新媒体', '公示栏', ''],
    ]);
    expect(h.roles).toEqual(['channelTick', 'channelTick', 'channelTick', 'audience']);
    expect(h.tickLabels).toEqual(['政府网站', '政务新媒体', '公示栏', null]);
  });
});

describe('channel wording variants', () => {
  it.each([
    ['门户网站', 'GOVERNMENT_WEBSITE'],
    ['政府网站', 'GOVERNMENT_WEBSITE'],
    ['微信公众号', 'WEIBO_WECHAT_APP'],
    ['政务微信', 'WEIBO_WECHAT_APP'],
    ['政务新媒体', 'WEIBO_WECHAT_APP'],
    ['政务服务大厅', 'SERVICE_CENTER'],
    ['办事大厅', 'SERVICE_CENTER'],
    ['公示栏', 'BULLETIN_BOARD'],
    ['公开栏', 'BULLETIN_BOARD'],
    ['新闻发布会', 'PRESS_HEARING'],
    ['报刊', 'PRINT_MEDIA'],
    ['广播电视', 'RADIO_TV'],
    ['便民服务站', 'CONVENIENCE_STATION'],
    ['政府公报', 'GAZETTE'],
    ['短信', 'PRECISE_PUSH'],
    ['档案馆', 'READING_POINT'],
  ])('%s → %s', (label, code) => {
    expect(channelOf(label)).toBe(code);
  });

  it('keeps 12345热线 unknown', () => {
    expect(channelOf('12345热线')).toBeUndefined();
  });
});
