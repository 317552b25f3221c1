import { describe, expect, it } from 'vitest';
import {
  changedFields,
  cloneForm,
  fieldList,
  formFromRequirement,
  formProblems,
  normalizeForm,
  planSave,
  rebaseForm,
  timeLimitPreview,
  type EditableRequirement,
} from './requirement-form';

const row: EditableRequirement = {
  contentIntro: null,
  contentElements: ['会议名称、时间、地点', '会议研究决定的事项'],
  timeLimit: { raw: '信息产生或变更之日起20个工作日内公开，保持长期公开' },
  publishingOrgans: ['根河市司法局'],
  channels: ['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP', 'BULLETIN_BOARD'],
  extraChannels: [],
  audiences: ['PUBLIC'],
  offices: [{ id: 'o1' }],
  legalBasis: ['《中华人民共和国政府信息公开条例》'],
  modes: [],
  levels: [],
  remarks: [],
};

describe('formFromRequirement', () => {
  it('copies the row into editable values', () => {
    const f = formFromRequirement(row);
    expect(f).toMatchObject({ contentIntro: '', timeLimitRaw: row.timeLimit.raw, officeIds: ['o1'] });
    f.channels.push('OTHER');
    expect(row.channels).toHaveLength(3);
  });
  it('clones deeply enough that editing the copy leaves the original alone', () => {
    const f = formFromRequirement(row);
    const c = cloneForm(f);
    c.contentElements[0] = 'x';
    expect(f.contentElements[0]).toBe('会议名称、时间、地点');
  });
});

describe('normalizeForm and changedFields', () => {
  it('trims, drops blank entries and puts channels into the official order', () => {
    const f = {
      ...formFromRequirement(row),
      contentElements: [' a ', '', 'b'],
      channels: ['OTHER', 'GOVERNMENT_WEBSITE'] as const,
      audiences: ['SPECIFIC', 'PUBLIC'] as const,
    };
    const n = normalizeForm({ ...f, channels: [...f.channels], audiences: [...f.audiences] });
    expect(n.contentElements).toEqual(['a', 'b']);
    expect(n.channels).toEqual(['GOVERNMENT_WEBSITE', 'OTHER']);
    expect(n.audiences).toEqual(['PUBLIC', 'SPECIFIC']);
  });
  it('does not count whitespace or order of ticks as a change', () => {
    const base = formFromRequirement(row);
    const f = cloneForm(base);
    f.timeLimitRaw = `${f.timeLimitRaw}  `;
    f.channels = ['BULLETIN_BOARD', 'GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP'];
    f.contentElements.push('  ');
    expect(changedFields(base, f)).toEqual([]);
  });
  it('lists the changed fields in column order', () => {
    const base = formFromRequirement(row);
    const f = cloneForm(base);
    f.officeIds = ['o2'];
    f.timeLimitRaw = '信息形成之日起10个工作日内';
    expect(changedFields(base, f)).toEqual(['timeLimitRaw', 'officeIds']);
    expect(fieldList(changedFields(base, f))).toBe('公开时限、责任科室');
  });
});

describe('planSave', () => {
  it('sends only the changed fields as input and every field as read as base', () => {
    const base = formFromRequirement(row);
    const f = cloneForm(base);
    f.timeLimitRaw = ' 信息形成之日起10个工作日内 ';
    f.channels = f.channels.filter((c) => c !== 'WEIBO_WECHAT_APP');
    const plan = planSave(base, f);
    expect(plan.changed).toEqual(['timeLimitRaw', 'channels']);
    expect(plan.input).toEqual({
      timeLimitRaw: '信息形成之日起10个工作日内',
      channels: ['GOVERNMENT_WEBSITE', 'BULLETIN_BOARD'],
    });
    expect(plan.base).toMatchObject({
      contentIntro: null,
      timeLimitRaw: '信息产生或变更之日起20个工作日内公开，保持长期公开',
      channels: ['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP', 'BULLETIN_BOARD'],
      officeIds: ['o1'],
    });
    expect(Object.keys(plan.base)).toHaveLength(12);
  });
  it('clears an intro with an empty string (null would leave it unchanged)', () => {
    const base = formFromRequirement({ ...row, contentIntro: '包括：' });
    const f = cloneForm(base);
    f.contentIntro = '   ';
    const plan = planSave(base, f);
    expect(plan.input).toEqual({ contentIntro: '' });
    expect(plan.base.contentIntro).toBe('包括：');
  });
  it('sends nothing when nothing changed', () => {
    const base = formFromRequirement(row);
    expect(planSave(base, cloneForm(base)).changed).toEqual([]);
    expect(planSave(base, cloneForm(base)).input).toEqual({});
  });
});

describe('rebaseForm', () => {
  it('keeps what the user typed and takes the other person’s changes to untouched fields', () => {
    const base = formFromRequirement(row);
    const mine = cloneForm(base);
    mine.timeLimitRaw = '信息形成之日起10个工作日内';
    const theirs = cloneForm(base);
    theirs.channels = ['GOVERNMENT_WEBSITE'];
    theirs.timeLimitRaw = '即时公开';
    const r = rebaseForm(base, mine, theirs);
    expect(r.form.timeLimitRaw).toBe('信息形成之日起10个工作日内');
    expect(r.form.channels).toEqual(['GOVERNMENT_WEBSITE']);
    expect(r.taken).toEqual(['channels']);
    expect(r.overlapping).toEqual(['timeLimitRaw']);
  });
  it('does not report fields both changed the same way', () => {
    const base = formFromRequirement(row);
    const mine = cloneForm(base);
    mine.audiences = ['PUBLIC', 'SPECIFIC'];
    const theirs = cloneForm(mine);
    expect(rebaseForm(base, mine, theirs)).toMatchObject({ taken: [], overlapping: [] });
  });
});

describe('formProblems', () => {
  it('has no problems for a complete row', () => {
    expect(formProblems(formFromRequirement(row), () => '办公室')).toEqual({});
  });
  it('puts each problem under its field', () => {
    const f = formFromRequirement(row);
    f.channels = [];
    f.audiences = [];
    f.officeIds = [];
    f.timeLimitRaw = '看情况';
    f.contentElements = [' '];
    const p = formProblems(f);
    expect(p.channels).toBe('公开渠道和载体：至少选择一个');
    expect(p.audiences).toBe('公开对象：至少选择一个');
    expect(p.officeIds).toBe('责任科室：至少选择一个');
    expect(p.contentElements).toBe('公开内容（要素）：未填写');
    expect(p.timeLimitRaw).toContain('无法识别');
  });
  it('counts extra channels and an intro as filled in', () => {
    const f = formFromRequirement(row);
    f.channels = [];
    f.extraChannels = ['村务微信群'];
    f.contentElements = [];
    f.contentIntro = '年度工作计划';
    expect(formProblems(f)).toEqual({});
  });
});

describe('timeLimitPreview', () => {
  it('describes a parsed rule', () => {
    const p = timeLimitPreview('信息形成之日起10个工作日内');
    expect(p).toMatchObject({ state: 'ok', kind: 'afterEvent', kindLabel: '限期公开', warning: null });
    expect(p.description).toBe('信息形成之日起10个工作日内');
  });
  it('marks the statutory default', () => {
    expect(timeLimitPreview('信息形成或变更之日起20个工作日内').description).toContain('法定默认时限');
  });
  it('warns in Chinese when the text is not a rule', () => {
    const p = timeLimitPreview('看领导安排');
    expect(p.state).toBe('unparsed');
    expect(p.warning).toContain('未能识别为时限规则');
  });
  it('warns when nothing is filled in', () => {
    expect(timeLimitPreview('  ')).toMatchObject({ state: 'empty', kind: 'none' });
  });
  it('names clauses it did not understand next to a rule', () => {
    const p = timeLimitPreview('即时公开，看领导安排');
    expect(p.state).toBe('ok');
    expect(p.warning).toContain('看领导安排');
  });
});
