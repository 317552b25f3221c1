/**
 * What a requirement row still lacks. Drafts save even with problems; the admin shows them inline while typing
 * (same function in the browser) and the server returns them with every saved row.
 */
import type { RequirementJson } from './catalogue-model.js';
import { parseTimeLimit } from './time-limit.js';

export interface RowProblem {
  field: 'content' | 'timeLimit' | 'publishingOrgans' | 'channels' | 'audiences' | 'offices';
  message: string;
}

export function requirementProblems(
  row: Pick<
    RequirementJson,
    | 'contentIntro'
    | 'contentElements'
    | 'timeLimit'
    | 'publishingOrgans'
    | 'channels'
    | 'extraChannels'
    | 'audiences'
    | 'offices'
  >,
): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!row.contentIntro && row.contentElements.every((e) => e.trim() === ''))
    problems.push({ field: 'content', message: '公开内容（要素）：未填写' });
  const kind = row.timeLimit.raw.trim() === '' ? 'none' : parseTimeLimit(row.timeLimit.raw).rule.kind;
  if (kind === 'none') problems.push({ field: 'timeLimit', message: '公开时限：未填写' });
  else if (kind === 'unparsed')
    problems.push({
      field: 'timeLimit',
      message: `公开时限：「${row.timeLimit.raw}」无法识别为时限规则，无法计算期限`,
    });
  if (row.publishingOrgans.length === 0) problems.push({ field: 'publishingOrgans', message: '公开主体：未填写' });
  if (row.channels.length === 0 && row.extraChannels.length === 0)
    problems.push({ field: 'channels', message: '公开渠道和载体：至少选择一个' });
  if (row.audiences.length === 0) problems.push({ field: 'audiences', message: '公开对象：至少选择一个' });
  if (row.offices.length === 0) problems.push({ field: 'offices', message: '责任科室：至少选择一个' });
  return problems;
}
