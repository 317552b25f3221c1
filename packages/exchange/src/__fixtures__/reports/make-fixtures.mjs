// Makes the published-report fixtures of report-read.test.ts with the libraries themselves (pdfmake, docx, plain
// HTML) — not with the platform's own report writers — in the official layout, each with a golden JSON (the data
// drawn, as the reader must give it back) and the finding codes the reader must report.
// Run from packages/exchange after `pnpm run build`: node src/__fixtures__/reports/make-fixtures.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { APPLICANT_COLUMNS, REPORT_FORMATS } from '@gongkai/domain';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const COLS = APPLICANT_COLUMNS.map((c) => c.key);

/** Table 三 values: one row of 6 numbers per row key, the 总计 column computed. */
function applications(format, rows) {
  const cells = {};
  for (const r of REPORT_FORMATS[format].applicationRows) {
    const six = rows[r.key] ?? [0, 0, 0, 0, 0, 0];
    const all = [...six, six.reduce((a, b) => a + b, 0)];
    COLS.forEach((c, i) => (cells[`a.${r.key}.${c}`] = String(all[i])));
  }
  return cells;
}

// ---------------------------------------------------------------- 1. PDF drawn with pdfmake: 根河市民政局 2022
const mzj = {
  title: ['根河市民政局', '2022年政府信息公开工作年度报告'],
  year: 2022,
  format: '2021',
  texts: {
    overview:
      '2022年，根河市民政局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕社会救助、养老服务、社会事务等重点领域，推进政府信息公开工作。\n（一）主动公开情况。全年在政府网站主动公开政府信息236条，其中低保、特困供养资金发放情况12期。\n（二）依申请公开情况。全年受理政府信息公开申请17件，均在法定期限内答复。',
    problems: '一是公开内容的深度和广度还有待提升；二是工作人员业务能力有待加强。下一步，我局将加强业务培训，规范依申请公开办理流程。',
    other: '本年度未收取信息处理费。',
  },
  // Printed: 规章 「/」 (no rule-making power), 行政处罚 「/」.
  proactive: { 'p.regulations.issued': '/', 'p.regulations.repealed': '/', 'p.regulations.inForce': '/', 'p.normative.issued': '2', 'p.normative.repealed': '0', 'p.normative.inForce': '7', 'p.licensing.decisions': '35', 'p.punishment.decisions': '/', 'p.enforcement.decisions': '0', 'p.fees.amount': '0' },
  apps: {
    newReceived: [15, 1, 0, 0, 1, 0],
    carriedOver: [1, 0, 0, 0, 0, 0],
    granted: [9, 1, 0, 0, 0, 0],
    partial: [2, 0, 0, 0, 1, 0],
    'denied.thirdParty': [1, 0, 0, 0, 0, 0],
    'unable.notHeld': [2, 0, 0, 0, 0, 0],
    'other.other': [1, 0, 0, 0, 0, 0], // printed as one row （六）其他处理
    totalHandled: [15, 1, 0, 0, 1, 0],
    carriedForward: [1, 0, 0, 0, 0, 0],
  },
  // R4 broken as printed: 行政复议 总计 2 ≠ 1 + 0 + 0 + 0.
  review: [1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
};

function pdfFixture() {
  const pdfmake = require('pdfmake');
  const regular = require.resolve('source-han-sans-cn/SourceHanSansCN-Regular.otf');
  pdfmake.setFonts({ Han: { normal: regular, bold: regular, italics: regular, bolditalics: regular } });
  pdfmake.setUrlAccessPolicy(() => false);
  const d = mzj;
  const c = (text, o = {}) => ({ text: String(text), alignment: 'center', ...o });
  const s = {};
  const para = (t) => t.split('\n').map((p) => ({ text: `\u3000\u3000${p}`, margin: [0, 0, 0, 4] }));
  const heading = (t) => ({ text: t, fontSize: 13, margin: [0, 8, 0, 4] });
  const apps = applications('2021', d.apps);
  const row = (label, key, o = {}) => [...label, ...COLS.map((k) => c(apps[`a.${key}.${k}`], o))];
  const g3 = c('三、本年度办理结果', { rowSpan: 20 });
  const body3 = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colSpan: 3, rowSpan: 3, fontSize: 7 }), s, s, c('申请人情况', { colSpan: 7 }), s, s, s, s, s, s],
    [s, s, s, c('自然人', { rowSpan: 2 }), c('法人或其他组织', { colSpan: 5 }), s, s, s, s, c('总计', { rowSpan: 2 })],
    [s, s, s, s, c('商业企业'), c('科研机构'), c('社会公益组织'), c('法律服务机构'), c('其他'), s],
    row([c('一、本年新收政府信息公开申请数量', { colSpan: 3 }), s, s], 'newReceived'),
    row([c('二、上年结转政府信息公开申请数量', { colSpan: 3 }), s, s], 'carriedOver'),
    row([g3, c('（一）予以公开', { colSpan: 2 }), s], 'granted'),
    row([s, c('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', { colSpan: 2 }), s], 'partial'),
    ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权利', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l, i) =>
      row([s, i === 0 ? c('（三）不予公开', { rowSpan: 8 }) : s, c(l)], REPORT_FORMATS['2021'].applicationRows[4 + i].key),
    ),
    ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l, i) => row([s, i === 0 ? c('（四）无法提供', { rowSpan: 3 }) : s, c(l)], REPORT_FORMATS['2021'].applicationRows[12 + i].key)),
    ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l, i) =>
      row([s, i === 0 ? c('（五）不予处理', { rowSpan: 5 }) : s, c(l)], REPORT_FORMATS['2021'].applicationRows[15 + i].key),
    ),
    // （六）其他处理 printed as one row, its numbers those of 3.其他.
    row([s, c('（六）其他处理', { colSpan: 2 }), s], 'other.other'),
    row([s, c('（七）总计', { colSpan: 2 }), s], 'totalHandled'),
    row([c('四、结转下年度继续办理', { colSpan: 3 }), s, s], 'carriedForward'),
  ];
  const rv = d.review.map((n) => c(n));
  const labels5 = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((l) => c(l));
  const doc = {
    defaultStyle: { font: 'Han', fontSize: 11 },
    pageMargins: [56, 60, 56, 60],
    header: () => ({ text: '根河市民政局政府信息公开工作年度报告', alignment: 'center', fontSize: 9, margin: [0, 24, 0, 0] }),
    footer: (page) => ({ text: `- ${page} -`, alignment: 'center', fontSize: 9 }),
    content: [
      { text: d.title[0], fontSize: 18, alignment: 'center' },
      { text: d.title[1], fontSize: 18, alignment: 'center', margin: [0, 0, 0, 12] },
      ...para('本报告由根河市民政局根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。'),
      heading('一、总体情况'),
      ...para(d.texts.overview),
      { ...heading('二、主动公开政府信息情况'), pageBreak: 'before' },
      {
        table: {
          widths: ['*', '*', '*', '*'],
          body: [
            [c('第二十条第（一）项', { colSpan: 4 }), s, s, s],
            [c('信息内容'), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')],
            [c('规章'), c(d.proactive['p.regulations.issued']), c(d.proactive['p.regulations.repealed']), c(d.proactive['p.regulations.inForce'])],
            [c('行政规范性文件'), c(d.proactive['p.normative.issued']), c(d.proactive['p.normative.repealed']), c(d.proactive['p.normative.inForce'])],
            [c('第二十条第（五）项', { colSpan: 4 }), s, s, s],
            [c('信息内容'), c('本年处理决定数量', { colSpan: 3 }), s, s],
            [c('行政许可'), c(d.proactive['p.licensing.decisions'], { colSpan: 3 }), s, s],
            [c('第二十条第（六）项', { colSpan: 4 }), s, s, s],
            [c('信息内容'), c('本年处理决定数量', { colSpan: 3 }), s, s],
            [c('行政处罚'), c(d.proactive['p.punishment.decisions'], { colSpan: 3 }), s, s],
            [c('行政强制'), c(d.proactive['p.enforcement.decisions'], { colSpan: 3 }), s, s],
            [c('第二十条第（八）项', { colSpan: 4 }), s, s, s],
            [c('信息内容'), c('本年收费金额（单位：万元）', { colSpan: 3 }), s, s],
            [c('行政事业性收费'), c(d.proactive['p.fees.amount'], { colSpan: 3 }), s, s],
          ],
        },
      },
      { ...heading('三、收到和处理政府信息公开申请情况'), pageBreak: 'before' },
      { table: { widths: [40, 40, 110, 30, 30, 30, 30, 30, 30, 30], body: body3 }, fontSize: 8 },
      { ...heading('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'), pageBreak: 'before' },
      {
        fontSize: 8,
        table: {
          body: [
            [c('行政复议', { colSpan: 5 }), s, s, s, s, c('行政诉讼', { colSpan: 10 }), s, s, s, s, s, s, s, s, s],
            [...labels5.map((l) => ({ ...l, rowSpan: 2 })), c('未经复议直接起诉', { colSpan: 5 }), s, s, s, s, c('复议后起诉', { colSpan: 5 }), s, s, s, s],
            [s, s, s, s, s, ...labels5, ...labels5],
            rv,
          ],
        },
      },
      heading('五、政府信息公开工作存在的主要问题及改进情况'),
      ...para(d.texts.problems),
      heading('六、其他需要报告的事项'),
      ...para(d.texts.other),
    ],
  };
  return pdfmake.createPdf(doc).getBuffer();
}

// ---------------------------------------------------------------- 2. Word drawn with docx: 根河市财政局 2021
const czj = {
  title: '根河市财政局2021年政府信息公开工作年度报告',
  year: 2021,
  format: '2021',
  texts: {
    overview: '2021年，根河市财政局认真落实政府信息公开各项要求，及时公开预决算、财政资金分配等信息。\n（一）主动公开情况。全年主动公开政府信息158条。\n（二）依申请公开情况。全年收到申请9件，按时答复9件。',
    problems: '存在的问题：预决算公开的解读还不够通俗。改进措施：加强政策解读，丰富解读形式。',
    other: '本年度未收取信息处理费。办理人大代表建议3件、政协提案2件。',
  },
  proactive: { 'p.regulations.issued': '0', 'p.regulations.repealed': '0', 'p.regulations.inForce': '0', 'p.normative.issued': '3', 'p.normative.repealed': '1', 'p.normative.inForce': '12', 'p.licensing.decisions': '0', 'p.punishment.decisions': '4', 'p.enforcement.decisions': '/', 'p.fees.amount': '12.3456' },
  apps: {
    newReceived: [8, 1, 0, 0, 0, 0],
    carriedOver: [0, 0, 0, 0, 0, 0],
    granted: [5, 1, 0, 0, 0, 0],
    'unable.notHeld': [2, 0, 0, 0, 0, 0],
    'other.noCorrection': [1, 0, 0, 0, 0, 0],
    totalHandled: [8, 1, 0, 0, 0, 0],
  },
  review: [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0],
};

function docxFixture() {
  const d = czj;
  const apps = applications('2021', d.apps);
  const p = (t, o = {}) => new Paragraph({ children: [new TextRun(t)], ...o });
  const cell = (t, o = {}) => new TableCell({ children: [p(String(t), { alignment: AlignmentType.CENTER })], ...o });
  const merged = () => new TableCell({ children: [p('')], verticalMerge: VerticalMergeType.CONTINUE });
  const table = (rows) => new Table({ rows: rows.map((cells) => new TableRow({ children: cells })), width: { size: 100, type: WidthType.PERCENTAGE } });
  const v = (id) => d.proactive[id];
  const defs = REPORT_FORMATS['2021'].applicationRows;
  const rows3 = [
    [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { columnSpan: 3, verticalMerge: VerticalMergeType.RESTART }), cell('申请人情况', { columnSpan: 7 })],
    [new TableCell({ children: [p('')], columnSpan: 3, verticalMerge: VerticalMergeType.CONTINUE }), cell('自然人', { verticalMerge: VerticalMergeType.RESTART }), cell('法人或其他组织', { columnSpan: 5 }), cell('总计', { verticalMerge: VerticalMergeType.RESTART })],
    [new TableCell({ children: [p('')], columnSpan: 3, verticalMerge: VerticalMergeType.CONTINUE }), merged(), cell('商业企业'), cell('科研机构'), cell('社会公益组织'), cell('法律服务机构'), cell('其他'), merged()],
  ];
  const groups = { 'denied.': '（三）不予公开', 'unable.': '（四）无法提供', 'notProcessed.': '（五）不予处理', 'other.': '（六）其他处理' };
  defs.forEach((r, i) => {
    const nums = COLS.map((k) => cell(apps[`a.${r.key}.${k}`]));
    const prefix = Object.keys(groups).find((g) => r.key.startsWith(g));
    let label;
    if (!r.group) label = [cell(r.label, { columnSpan: 3 })];
    else {
      const first3 = defs.findIndex((x) => x.group) === i;
      const g3 = first3 ? cell(r.group, { verticalMerge: VerticalMergeType.RESTART }) : merged();
      if (prefix) {
        const firstSub = defs.findIndex((x) => x.key.startsWith(prefix)) === i;
        label = [g3, firstSub ? cell(groups[prefix], { verticalMerge: VerticalMergeType.RESTART }) : merged(), cell(r.label)];
      } else label = [g3, cell(r.label, { columnSpan: 2 })];
    }
    rows3.push([...label, ...nums]);
  });
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const doc = new Document({
    sections: [
      {
        children: [
          p(d.title, { alignment: AlignmentType.CENTER }),
          p('本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自2021年1月1日至2021年12月31日。'),
          p('一、总体情况'),
          ...d.texts.overview.split('\n').map((t) => p(t)),
          p('二、主动公开政府信息情况'),
          table([
            [cell('第二十条第（一）项', { columnSpan: 4 })],
            [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')],
            [cell('规章'), cell(v('p.regulations.issued')), cell(v('p.regulations.repealed')), cell(v('p.regulations.inForce'))],
            [cell('行政规范性文件'), cell(v('p.normative.issued')), cell(v('p.normative.repealed')), cell(v('p.normative.inForce'))],
            [cell('第二十条第（五）项', { columnSpan: 4 })],
            [cell('信息内容'), cell('本年处理决定数量', { columnSpan: 3 })],
            [cell('行政许可'), cell(v('p.licensing.decisions'), { columnSpan: 3 })],
            [cell('第二十条第（六）项', { columnSpan: 4 })],
            [cell('信息内容'), cell('本年处理决定数量', { columnSpan: 3 })],
            [cell('行政处罚'), cell(v('p.punishment.decisions'), { columnSpan: 3 })],
            // 「—」 printed for not applicable.
            [cell('行政强制'), cell('—', { columnSpan: 3 })],
            [cell('第二十条第（八）项', { columnSpan: 4 })],
            [cell('信息内容'), cell('本年收费金额（单位：万元）', { columnSpan: 3 })],
            [cell('行政事业性收费'), cell(v('p.fees.amount'), { columnSpan: 3 })],
          ]),
          p('三、收到和处理政府信息公开申请情况'),
          table(rows3),
          p('四、政府信息公开行政复议、行政诉讼情况'),
          table([
            [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })],
            [...five.map((l) => cell(l, { verticalMerge: VerticalMergeType.RESTART })), cell('未经复议直接起诉', { columnSpan: 5 }), cell('复议后起诉', { columnSpan: 5 })],
            [...five.map(() => merged()), ...[...five, ...five].map((l) => cell(l))],
            d.review.map((n) => cell(n)),
          ]),
          p('五、存在的主要问题及改进情况'),
          ...d.texts.problems.split('\n').map((t) => p(t)),
          p('六、其他需要报告的事项'),
          ...d.texts.other.split('\n').map((t) => p(t)),
          p('根河市财政局'),
          p('2022年1月20日'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------- 3. A saved web page: 根河市司法局 2020 (trial format)
const sfj = {
  title: '根河市司法局2020年政府信息公开工作年度报告',
  year: 2020,
  format: '2019',
  texts: {
    overview: '2020年，根河市司法局按照《中华人民共和国政府信息公开条例》要求，做好政府信息公开工作。\n全年主动公开信息86条。',
    problems: '主要问题是公开栏目更新不够及时。下一步将建立栏目更新台账。',
    other: '无。',
  },
  trial: {
    't.regulations.made': '/', 't.regulations.published': '/', 't.regulations.total': '/',
    't.normative.made': '1', 't.normative.published': '1', 't.normative.total': '9',
    't.licensing.previous': '12', 't.licensing.change': '-2', 't.licensing.decisions': '130',
    't.otherServices.previous': '3', 't.otherServices.change': '0', 't.otherServices.decisions': '18',
    't.punishment.previous': '5', 't.punishment.change': '+1', 't.punishment.decisions': '7',
    't.enforcement.previous': '0', 't.enforcement.change': '0', 't.enforcement.decisions': '0',
    't.fees.previous': '1', 't.fees.change': '0',
    't.procurement.projects': '4', 't.procurement.amount': '56.78',
  },
  apps: { newReceived: [3, 0, 0, 0, 0, 0], granted: [2, 0, 0, 0, 0, 0], other: [1, 0, 0, 0, 0, 0], totalHandled: [3, 0, 0, 0, 0, 0] },
  review: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
};

function htmlFixture() {
  const d = sfj;
  const apps = applications('2019', d.apps);
  const esc = (t) => String(t).replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const td = (t, a = '') => `<td${a}>${esc(t)}</td>`;
  const tables2 = REPORT_FORMATS['2019'].proactive
    .map((t) => `<table border="1"><tr><td colspan="${t.columns.length + 1}">${esc(t.caption)}</td></tr><tr>${td('信息内容')}${t.columns.map((x) => td(x)).join('')}</tr>${t.rows.map((r) => `<tr>${td(r.label)}${r.cells.map((id) => td(d.trial[id])).join('')}</tr>`).join('\n')}</table>`)
    .join('\n<p>&nbsp;</p>\n');
  const defs = REPORT_FORMATS['2019'].applicationRows;
  const rows3 = defs
    .map((r, i) => {
      const nums = COLS.map((k) => td(apps[`a.${r.key}.${k}`])).join('');
      if (!r.group) return `<tr>${td(r.label, ' colspan="3"')}${nums}</tr>`;
      const g = defs.findIndex((x) => x.group) === i ? td(r.group, ` rowspan="${defs.filter((x) => x.group).length}"`) : '';
      if (r.subgroup) {
        const first = defs.findIndex((x) => x.subgroup === r.subgroup) === i;
        return `<tr>${g}${first ? td(r.subgroup, ` rowspan="${defs.filter((x) => x.subgroup === r.subgroup).length}"`) : ''}${td(r.label)}${nums}</tr>`;
      }
      return `<tr>${g}${td(r.label, ' colspan="2"')}${nums}</tr>`;
    })
    .join('\n');
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(d.title)}-根河市人民政府</title><style>td{border:1px solid #000}</style><script>var x = "<table><tr><td>1</td></tr></table>";</script></head>
<body>
<div class="nav"><table><tr><td><a href="/">首页</a></td><td><a href="/zwgk">政务公开</a></td><td>2021</td></tr></table></div>
<div class="meta">发布日期：2021-01-25&#12288;&#12288;来源：根河市司法局&#12288;&#12288;浏览次数：128</div>
<h1>${esc(d.title)}</h1>
<div class="content">
<p>本报告根据《中华人民共和国政府信息公开条例》编制。</p>
<p><strong>一、总体情况</strong></p>
${d.texts.overview.split('\n').map((t) => `<p>${esc(t)}</p>`).join('\n')}
<p><strong>二、主动公开政府信息情况</strong></p>
${tables2}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
<table border="1">
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
${rows3}
</table>
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
<table border="1">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr>${five.map((l) => td(l, ' rowspan="2"')).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>${[...five, ...five].map((l) => td(l)).join('')}</tr>
<tr>${d.review.map((n) => td(n)).join('')}</tr>
</table>
<p><strong>五、存在的主要问题及改进情况</strong></p>
${d.texts.problems.split('\n').map((t) => `<p>${esc(t)}</p>`).join('\n')}
<p><strong>六、其他需要报告的事项</strong></p>
${d.texts.other.split('\n').map((t) => `<p>${esc(t)}</p>`).join('\n')}
</div>
<div class="footer"><table><tr><td>主办：根河市人民政府办公室</td><td>网站标识码：1507850001</td></tr></table></div>
</body></html>`;
  return Buffer.from(html, 'utf8');
}

function golden(d, cells, findings) {
  const review = {};
  const ids = REPORT_FORMATS[d.format].cells.filter((c) => c.section === 'reviewLitigation').map((c) => c.id);
  ids.forEach((id, i) => (review[id] = String(d.review[i])));
  // Cells as the platform records them: 「+1」 is 1.
  const all = Object.fromEntries(Object.entries({ ...cells, ...review }).map(([k, v]) => [k, v.replace(/^\+/u, '')]));
  return { year: d.year, format: d.format, texts: d.texts, cells: all, findings };
}

const write = (name, data) => writeFileSync(join(here, name), data);
write('mzj-2022.pdf', await pdfFixture());
write('mzj-2022.golden.json', JSON.stringify(golden(mzj, { ...mzj.proactive, ...applications('2021', mzj.apps) }, ['pageFurniture', 'otherAsOneRow', 'labelTypo', 'headingVariant', 'notApplicable']), null, 2) + '\n');
write('czj-2021.docx', await docxFixture());
write('czj-2021.golden.json', JSON.stringify(golden(czj, { ...czj.proactive, ...applications('2021', czj.apps) }, ['dash', 'notApplicable', 'signature']), null, 2) + '\n');
write('sfj-2020.html', htmlFixture());
write('sfj-2020.golden.json', JSON.stringify(golden(sfj, { ...sfj.trial, ...applications('2019', sfj.apps) }, ['notApplicable']), null, 2) + '\n');
console.log('fixtures written to', here);
