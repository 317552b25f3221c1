import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import { diffCatalogues } from './catalogue-diff.js';
import type { CatalogueJson } from './catalogue-model.js';
import { parseTimeLimit } from './time-limit.js';

const seed = importCatalogueTextOrThrow(
  readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8'),
);
const copy = (): CatalogueJson => structuredClone(seed);

describe('diffCatalogues', () => {
  it('finds nothing between a catalogue and itself', () => {
    const d = diffCatalogues(seed, copy());
    expect(d.changes).toEqual([]);
    expect(d.summary).toMatchObject({ added: 0, removed: 0, moved: 0, renamed: 0, changedRows: 0, unchangedItems: 33 });
  });

  it('reports field changes of a row, old → new', () => {
    const next = copy();
    const row = next.items[0]!.children[0]!.requirements[0]!; // 规范性文件
    row.channels = ['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP'];
    row.offices = ['办公室'];
    const t = parseTimeLimit('信息形成之日起10个工作日内');
    row.timeLimit = { raw: t.raw, rule: t.rule, longTerm: t.longTerm, statutoryDefault: t.statutoryDefault };
    const d = diffCatalogues(seed, next);
    expect(d.changes).toHaveLength(1);
    const change = d.changes[0]!;
    expect(change).toMatchObject({ kind: 'changed', beforePath: ['履职依据', '规范性文件'] });
    const fields = Object.fromEntries(change.rows[0]!.fields.map((f) => [f.field, f]));
    expect(fields.channels).toMatchObject({
      added: ['两微一端'],
      removed: ['政府公报', '社区/企事业单位/村公示栏（电子屏）', '精准推送'],
    });
    expect(fields.offices).toMatchObject({ before: '行政执法协调监督办公室', after: '办公室' });
    expect(fields.timeLimit!.after).toContain('信息形成之日起10个工作日内');
    expect(Object.keys(fields).sort()).toEqual(['channels', 'offices', 'timeLimit']);
  });

  it('reports added, removed, moved and renamed items', () => {
    const next = copy();
    const [, , gov] = next.items; // 政府重点工作
    const duty = next.items[0]!;
    // move 机构领导 from 履职依据 to 政府重点工作
    const leaderIdx = duty.children.findIndex((c) => c.name === '机构领导');
    const [leader] = duty.children.splice(leaderIdx, 1);
    gov!.children.push(leader!);
    // rename 督查督办 → 督查督办情况
    gov!.children.find((c) => c.name === '督查督办')!.name = '督查督办情况';
    // remove 新闻发布, add a new 二级事项 under 财政信息
    next.items.splice(
      next.items.findIndex((i) => i.name === '新闻发布'),
      1,
    );
    next.items
      .find((i) => i.name === '财政信息')!
      .children.push({ ...structuredClone(gov!.children[0]!), name: '政府债务' });
    const d = diffCatalogues(seed, next);
    const byKind = (k: string) =>
      d.changes
        .filter((c) => c.kind === k)
        .map((c) => [c.beforePath?.join('›') ?? null, c.afterPath?.join('›') ?? null]);
    expect(byKind('moved')).toEqual([['履职依据›机构领导', '政府重点工作›机构领导']]);
    expect(byKind('renamed')).toEqual([['政府重点工作›督查督办', '政府重点工作›督查督办情况']]);
    expect(byKind('removed')).toEqual([['新闻发布', null]]);
    expect(byKind('added')).toEqual([[null, '财政信息›政府债务']]);
    expect(d.summary).toMatchObject({ added: 1, removed: 1, moved: 1, renamed: 1, changedRows: 0 });
  });

  it('reports rows added to and removed from an item', () => {
    const next = copy();
    const item = next.items[0]!.children[2]!; // 意见征集及反馈, two rows
    item.requirements.pop();
    next.items[1]!.requirements.push(structuredClone(next.items[1]!.requirements[0]!));
    const d = diffCatalogues(seed, next);
    expect(d.changes.map((c) => [c.afterPath?.join('›'), c.rows.map((r) => r.kind)])).toEqual([
      ['履职依据›意见征集及反馈', ['removed']],
      ['部门会议', ['added']],
    ]);
  });
});
