/**
 * The catalogue as CSV: one line per requirement with its full item path (UTF-8 with BOM so Excel opens it).
 */
import type { CatalogueJson } from '@gongkai/domain';
import { describeTimeLimit } from '@gongkai/domain';
import { tableRows, text } from './catalogue-rows.js';
import { csvDocument } from './csv.js';

const HEADER = [
  '序号',
  '一级事项',
  '二级事项',
  '三级事项',
  '公开内容（要素）',
  '公开依据',
  '公开时限',
  '公开时限（规则）',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '公开方式',
  '公开层级',
  '责任科室',
  '备注',
];

export function writeCatalogueCsv(c: CatalogueJson): string {
  const lines = [HEADER];
  for (const tr of tableRows(c)) {
    const r = tr.requirement;
    const names = tr.levels.map((l) => l?.item.name ?? '');
    lines.push([
      tr.levels[0]?.item.serial ?? '',
      ...names,
      r ? text.content(r) : '',
      r ? text.legalBasis(r) : '',
      r?.timeLimit.raw ?? '',
      r ? describeTimeLimit(r.timeLimit) : '',
      r ? text.organs(r) : '',
      r ? text.channelsTicked(r) : '',
      r ? text.audience(r) : '',
      r ? text.modes(r) : '',
      r ? text.levels(r) : '',
      r ? text.offices(r) : '',
      r ? text.remarks(r) : '',
    ]);
  }
  return csvDocument(lines);
}
