import { describe, expect, it } from 'vitest';
import { requirementProblems } from './catalogue-rules.js';
import type { RequirementJson } from './catalogue-model.js';

const full: RequirementJson = {
  line: null,
  contentIntro: null,
  contentElements: ['本部门印发的规范性文件'],
  timeLimit: { raw: '信息形成之日起20个工作日内', rule: { kind: 'none' }, longTerm: false, statutoryDefault: false },
  publishingOrgans: ['根河市司法局'],
  channels: ['GOVERNMENT_WEBSITE'],
  extraChannels: [],
  audiences: ['PUBLIC'],
  offices: ['办公室'],
  legalBasis: [],
  modes: [],
  levels: [],
  remarks: [],
};

describe('requirementProblems', () => {
  it('finds nothing in a complete row', () => expect(requirementProblems(full)).toEqual([]));
  it('names every missing field in Chinese', () => {
    const empty = {
      ...full,
      contentElements: [''],
      timeLimit: { ...full.timeLimit, raw: '' },
      publishingOrgans: [],
      channels: [],
      audiences: [],
      offices: [],
    };
    expect(requirementProblems(empty).map((p) => p.field)).toEqual([
      'content',
      'timeLimit',
      'publishingOrgans',
      'channels',
      'audiences',
      'offices',
    ]);
  });
  it('reports a time limit that is not a rule', () => {
    expect(requirementProblems({ ...full, timeLimit: { ...full.timeLimit, raw: '看情况' } })).toEqual([
      { field: 'timeLimit', message: '公开时限：「看情况」无法识别为时限规则，无法计算期限' },
    ]);
  });
  it('accepts an extra channel alone', () =>
    expect(requirementProblems({ ...full, channels: [], extraChannels: ['12345热线'] })).toEqual([]));
});
