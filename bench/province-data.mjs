// Deterministic content of the province benchmark: the region tree, each agency's catalogue (as the domain's
// CatalogueJson) and its annual-report cells. Pure functions of (seed, index): the same seed gives the same
// province byte for byte, whatever the loading order. Used by generate-province.mjs.
import {
  CHANNEL_CODES,
  REPORT_FORMATS,
  formatForYear,
  parseTimeLimit,
  seededRandom,
} from '../packages/domain/dist/index.js';

/** mulberry32: a small, fast, seedable PRNG (32-bit state); the domain's, shared with the demo data and the fuzz test. */
export const prng = seededRandom;

/** A PRNG for one purpose and one index, independent of every other (FNV-1a of the key, mixed with the seed). */
export function rngFor(seed, ...key) {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of key.join('/')) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return prng(h);
}

const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (rng, list) => list[Math.floor(rng() * list.length)];
function sample(rng, list, n) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

const DEPARTMENTS = [
  '发展和改革委员会',
  '教育局',
  '科学技术局',
  '工业和信息化局',
  '公安局',
  '民政局',
  '司法局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '退役军人事务局',
  '应急管理局',
  '审计局',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
  '林业和草原局',
  '体育局',
  '信访局',
  '政务服务和数据管理局',
  '民族宗教事务局',
  '乡村振兴局',
  '城市管理综合行政执法局',
  '机关事务管理局',
  '档案馆',
  '地方金融管理局',
  '粮食和物资储备局',
  '气象局',
  '消防救援大队',
  '税务局',
  '人民政府办公室',
  '国有资产监督管理委员会',
];
const CITY_NAMES = [
  '青川',
  '临江',
  '云岭',
  '白石',
  '安宁',
  '丰源',
  '东湖',
  '西林',
  '南山',
  '北原',
  '长河',
  '金川',
  '玉泉',
  '松溪',
  '明水',
  '石门',
];
const COUNTY_SUFFIX = ['县', '区', '县', '市', '县', '区', '旗', '县'];
const COUNTY_STEMS = [
  '平',
  '兴',
  '和',
  '安',
  '宁',
  '昌',
  '丰',
  '顺',
  '泰',
  '清',
  '永',
  '德',
  '阳',
  '康',
  '源',
  '华',
  '新',
  '乐',
  '泉',
  '山',
];

/**
 * The region tree: 1 province government → cities → counties (governments), each with departments, `agencies`
 * agencies in all. Returns a flat list in creation order (parents first) with index, code, name, kind, level,
 * parentIndex, position.
 */
export function regionTree(seed, agencies) {
  const rng = rngFor(seed, 'tree');
  const cities = Math.min(12, Math.max(1, Math.floor(agencies / 800)));
  const counties = Math.min(100, Math.max(cities, Math.floor(agencies / 100)));
  const departments = agencies - 1 - cities - counties;
  if (departments < 3)
    throw new Error(`agencies=${agencies} is too small for a region tree (at least ${4 + cities + counties})`);
  const list = [];
  const add = (a) => {
    const row = { index: list.length, ...a };
    list.push(row);
    return row;
  };
  const province = add({
    code: '910000',
    name: '云岭省人民政府',
    kind: 'GOVERNMENT',
    level: 'province',
    parentIndex: null,
    position: 0,
  });
  // Department counts: ~40 at the province, ~35 per city, the rest spread over the counties.
  const provinceDepts = Math.min(40, Math.max(1, Math.floor(departments * 0.004)));
  const cityDepts = Math.min(35, Math.max(1, Math.floor(departments * 0.0035)));
  let countyDepts = departments - provinceDepts - cityDepts * cities;
  if (countyDepts < counties) throw new Error('too few agencies for the county level');
  const cityRows = [];
  for (let c = 0; c < cities; c++) {
    const code = `91${String(c + 1).padStart(2, '0')}00`;
    cityRows.push(
      add({
        code,
        name: `${CITY_NAMES[c % CITY_NAMES.length]}${c >= CITY_NAMES.length ? c : ''}市人民政府`,
        kind: 'GOVERNMENT',
        level: 'city',
        parentIndex: province.index,
        position: c,
      }),
    );
  }
  const countyRows = [];
  for (let k = 0; k < counties; k++) {
    const city = cityRows[k % cities];
    const n = Math.floor(k / cities);
    const name = `${pick(rng, COUNTY_STEMS)}${pick(rng, COUNTY_STEMS)}${COUNTY_SUFFIX[k % COUNTY_SUFFIX.length]}人民政府`;
    countyRows.push(
      add({
        code: `${city.code.slice(0, 4)}${String(n + 1).padStart(2, '0')}`,
        name,
        kind: 'GOVERNMENT',
        level: 'county',
        parentIndex: city.index,
        position: cities + n,
      }),
    );
  }
  const addDepartments = (gov, count) => {
    const prefix = gov.name.replace(/人民政府$/u, '');
    for (let d = 0; d < count; d++) {
      const base = DEPARTMENTS[d % DEPARTMENTS.length];
      const name =
        d < DEPARTMENTS.length
          ? `${prefix}${base}`
          : `${prefix}第${d - DEPARTMENTS.length + 1}${['街道办事处', '乡人民政府', '镇人民政府', '便民服务中心'][d % 4]}`;
      add({
        code: `${gov.code}-${String(d + 1).padStart(3, '0')}`,
        name,
        kind: 'DEPARTMENT',
        level: gov.level,
        parentIndex: gov.index,
        position: 100 + d,
      });
    }
  };
  addDepartments(province, provinceDepts);
  for (const city of cityRows) addDepartments(city, cityDepts);
  // Counties get an uneven share (70–130 % of the mean), the last one the remainder.
  const weights = countyRows.map(() => 0.7 + 0.6 * rng());
  const total = weights.reduce((a, b) => a + b, 0);
  countyRows.forEach((county, i) => {
    const n =
      i === countyRows.length - 1
        ? countyDepts
        : Math.max(
            1,
            Math.min(
              countyDepts - (countyRows.length - 1 - i),
              Math.round((departments - provinceDepts - cityDepts * cities) * (weights[i] / total)),
            ),
          );
    addDepartments(county, n);
    countyDepts -= n;
  });
  return list;
}

// ── the standard catalogue every department's catalogue is derived from ───────────────────────────────────────
const TOPICS = [
  ['机构职能', ['机构设置', '领导信息', '内设机构', '办公地址及联系方式']],
  ['政策文件', ['规范性文件', '政策解读', '其他政策文件', '公开征求意见']],
  ['规划计划', ['发展规划', '年度工作计划', '专项规划']],
  ['财政资金', ['部门预算', '部门决算', '三公经费', '专项资金']],
  ['行政许可', ['许可事项目录', '办事指南', '许可结果', '双随机抽查']],
  ['行政处罚', ['处罚依据', '处罚程序', '处罚结果', '自由裁量基准']],
  ['行政强制', ['强制依据', '强制结果']],
  ['公共服务', ['服务事项清单', '服务指南', '便民措施', '服务评价']],
  ['人事信息', ['公务员招录', '事业单位招聘', '干部任免']],
  ['应急管理', ['应急预案', '预警信息', '应对处置']],
  ['统计信息', ['统计公报', '统计数据', '统计制度']],
  ['建议提案', ['人大代表建议办理', '政协提案办理']],
];
const LEVEL3 = ['目录', '办理流程', '结果公示', '年度情况', '监督方式', '收费标准', '申请材料', '常见问题'];
const ELEMENTS = [
  '名称',
  '文号',
  '全文',
  '发布日期',
  '依据',
  '办理时限',
  '办理机构',
  '联系电话',
  '办公地址',
  '结果',
  '标准',
  '程序',
  '监督电话',
  '年度数据',
  '解读材料',
  '附件',
];
const TIME_LIMITS = [
  '信息形成或变更之日起20个工作日内',
  '信息形成或变更之日起20个工作日内，保持长期公开',
  '信息形成之日起7个工作日内',
  '作出决定之日起7个工作日内',
  '即时公开',
  '每年1月31日前',
  '每季度结束后15日内',
  '与政策文件同步发布',
  '主要负责人审核后公开',
  '长期公开',
  '批复后10个工作日内',
  '每年3月31日前',
];
const LEGAL = [
  '《中华人民共和国政府信息公开条例》',
  '《中华人民共和国行政许可法》',
  '《中华人民共和国行政处罚法》',
  '《中华人民共和国预算法》',
  '《优化营商环境条例》',
  '《中华人民共和国突发事件应对法》',
  '《中华人民共和国统计法》',
];
const OFFICES = [
  '办公室',
  '政策法规科',
  '财务科',
  '人事科',
  '行政审批科',
  '执法监督科',
  '业务一科',
  '业务二科',
  '信息中心',
  '规划科',
  '综合科',
];

const PARSED_LIMITS = new Map();
function timeLimit(raw) {
  let p = PARSED_LIMITS.get(raw);
  if (!p) {
    const t = parseTimeLimit(raw);
    p = { raw: t.raw, rule: t.rule, longTerm: t.longTerm, statutoryDefault: t.statutoryDefault };
    PARSED_LIMITS.set(raw, p);
  }
  return p;
}

/** The standard catalogue (template) shape: topics → level-2 → optional level-3, each with row templates. */
export function standardShape(seed) {
  const rng = rngFor(seed, 'standard');
  return TOPICS.map(([topic, subs], t) => ({
    name: topic,
    serial: ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][t],
    children: subs.map((sub) => ({
      name: sub,
      children:
        rng() < 0.5 ? sample(rng, LEVEL3, int(rng, 2, 3)).map((l3) => ({ name: `${sub}${l3}`, children: [] })) : [],
    })),
  }));
}

const LEVEL_LABEL = { province: '省级', city: '市级', county: '县级' };

/**
 * One agency's catalogue as the domain's CatalogueJson: 3 levels, exactly `rows` requirement rows on the leaf
 * items, derived from the standard (some topics and items dropped or renamed, as real departments do).
 */
export function agencyCatalogue(seed, agency, rows = 100) {
  const rng = rngFor(seed, 'catalogue', agency.code);
  const shape = standardShape(seed);
  const offices = sample(rng, OFFICES, int(rng, 5, 8));
  const topics = sample(
    rng,
    shape.map((_, i) => i),
    int(rng, 8, 10),
  )
    .sort((a, b) => a - b)
    .map((i) => shape[i]);
  let line = 3;
  const leaves = [];
  const items = topics.map((topic) => {
    const l1 = { name: topic.name, level: 1, serial: topic.serial, line: line++, requirements: [], children: [] };
    for (const sub of topic.children) {
      if (rng() < 0.12) continue;
      const l2 = {
        name: rng() < 0.08 ? `${sub.name}信息` : sub.name,
        level: 2,
        serial: null,
        line: line++,
        requirements: [],
        children: [],
      };
      for (const l3src of sub.children) {
        if (rng() < 0.15) continue;
        const l3 = { name: l3src.name, level: 3, serial: null, line: line++, requirements: [], children: [] };
        l2.children.push(l3);
        leaves.push(l3);
      }
      if (l2.children.length === 0) leaves.push(l2);
      l1.children.push(l2);
    }
    if (l1.children.length === 0) leaves.push(l1);
    return l1;
  });
  // Every leaf gets at least one row; the rest go to random leaves.
  const perLeaf = leaves.map(() => 1);
  for (let i = leaves.length; i < rows; i++) perLeaf[Math.floor(rng() * leaves.length)]++;
  if (leaves.length > rows) perLeaf.fill(0, rows);
  const organ = agency.name;
  leaves.forEach((leaf, li) => {
    for (let r = 0; r < perLeaf[li]; r++) {
      const channels = sample(rng, CHANNEL_CODES.slice(0, 12), int(rng, 1, 4)).sort(
        (a, b) => CHANNEL_CODES.indexOf(a) - CHANNEL_CODES.indexOf(b),
      );
      const aud = rng();
      leaf.requirements.push({
        line: line++,
        contentIntro: rng() < 0.3 ? `${leaf.name}相关信息，包括：` : null,
        contentElements: sample(rng, ELEMENTS, int(rng, 2, 5)).map((e) => `${leaf.name}${e}`),
        timeLimit: timeLimit(pick(rng, TIME_LIMITS)),
        publishingOrgans: [organ],
        channels,
        extraChannels: rng() < 0.05 ? ['政务服务网'] : [],
        audiences: aud < 0.85 ? ['PUBLIC'] : aud < 0.95 ? ['SPECIFIC'] : ['PUBLIC', 'SPECIFIC'],
        offices: sample(rng, offices, rng() < 0.7 ? 1 : 2),
        legalBasis: sample(rng, LEGAL, int(rng, 1, 2)),
        modes: ['主动公开'],
        levels: [LEVEL_LABEL[agency.level] ?? '县级'],
        remarks: [],
      });
    }
  });
  return {
    title: `${agency.name}主动公开目录`,
    agencyName: agency.name,
    offices: offices.map((name) => ({ name, aliases: [] })),
    items,
    findings: [],
  };
}

/** The standard catalogue itself as CatalogueJson (for a STANDARD agency, when the platform has them). */
export function standardCatalogue(seed, name) {
  const rng = rngFor(seed, 'standard-rows');
  let line = 3;
  const toItem = (node, level) => {
    const item = {
      name: node.name,
      level,
      serial: node.serial ?? null,
      line: line++,
      requirements: [],
      children: node.children.map((c) => toItem(c, level + 1)),
    };
    if (item.children.length === 0) {
      item.requirements.push({
        line: line++,
        contentIntro: null,
        contentElements: sample(rng, ELEMENTS, 3).map((e) => `${node.name}${e}`),
        timeLimit: timeLimit(TIME_LIMITS[0]),
        publishingOrgans: ['各级行政机关'],
        channels: ['GOVERNMENT_WEBSITE'],
        extraChannels: [],
        audiences: ['PUBLIC'],
        offices: [],
        legalBasis: [LEGAL[0]],
        modes: ['主动公开'],
        levels: ['省级', '市级', '县级'],
        remarks: rng() < 0.4 ? ['必选'] : [],
      });
    }
    return item;
  };
  return {
    title: `${name}`,
    agencyName: null,
    offices: [],
    items: standardShape(seed).map((n) => toItem(n, 1)),
    findings: [],
  };
}

/**
 * Report status of an agency in a year: earlier years are closed (published or approved, a few never filed);
 * the latest year is in progress.
 */
export function reportStatus(rng, year, latestYear) {
  const x = rng();
  if (year < latestYear) return x < 0.01 ? null : x < 0.7 ? 'PUBLISHED' : 'APPROVED';
  return x < 0.05
    ? null
    : x < 0.13
      ? 'DRAFT'
      : x < 0.15
        ? 'RETURNED'
        : x < 0.25
          ? 'SUBMITTED'
          : x < 0.85
            ? 'APPROVED'
            : 'PUBLISHED';
}

/** Cell values as typed (strings) for one report: random parts, totals that add up (the sumOf definitions). */
export function reportCells(seed, agencyCode, year) {
  const rng = rngFor(seed, 'report', agencyCode, year);
  const format = formatForYear(year);
  const defs = REPORT_FORMATS[format].cells;
  const values = new Map();
  for (const c of defs) {
    if (c.sumOf) continue;
    if (c.kind === 'amount') values.set(c.id, rng() < 0.6 ? 0 : Math.round(rng() * 500000) / 10000);
    else if (c.kind === 'signedCount') values.set(c.id, int(rng, -5, 10));
    else values.set(c.id, rng() < 0.4 ? 0 : int(rng, 0, rng() < 0.9 ? 12 : 300));
  }
  // Totals: resolve in passes (a total may sum other totals, e.g. 总计 of 总计).
  for (let pass = 0; pass < 4; pass++) {
    for (const c of defs)
      if (c.sumOf && c.sumOf.every((id) => values.has(id)))
        values.set(
          c.id,
          c.sumOf.reduce((s, id) => s + values.get(id), 0),
        );
  }
  const cells = {};
  for (const c of defs) {
    const v = values.get(c.id) ?? 0;
    cells[c.id] = c.kind === 'amount' ? v.toFixed(4).replace(/\.?0+$/u, '') || '0' : String(v);
  }
  return { format, cells };
}
