import { describe, expect, it } from 'vitest';
import { detailRows, showValue } from './audit-details';

describe('audit entry details', () => {
  it('label the fields in Chinese and mark what changed', () => {
    const rows = detailRows(
      { login: 'a', displayName: '张三', roles: ['VIEWER'], disabled: false },
      { login: 'a', displayName: '张三丰', roles: ['VIEWER', 'DEPT_EDITOR'], disabled: true },
    );
    expect(rows.map((r) => [r.label, r.before, r.after, r.changed])).toEqual([
      ['登录名', 'a', 'a', false],
      ['姓名', '张三', '张三丰', true],
      ['角色', '只读用户', '只读用户、部门编辑', true],
      ['停用', '否', '是', true],
    ]);
  });

  it('show one-sided states, unknown keys as written, and nothing for no object', () => {
    expect(detailRows(null, { fileName: 'a.txt', somethingNew: { x: 1 } })).toEqual([
      { key: 'fileName', label: '文件名', before: '—', after: 'a.txt', changed: false },
      { key: 'somethingNew', label: 'somethingNew', before: '—', after: '{"x":1}', changed: false },
    ]);
    expect(detailRows(null, null)).toEqual([]);
    const named = detailRows(null, { agencyId: 'a1' }, (k, v) =>
      k === 'agencyId' && v === 'a1' ? '根河市司法局' : undefined,
    );
    expect(named[0]).toMatchObject({ label: '机关', after: '根河市司法局' });
    expect(detailRows([1], 'x')).toEqual([]);
  });

  it('show values as a person reads them', () => {
    expect(showValue(null)).toBe('—');
    expect(showValue([])).toBe('—');
    expect(showValue(3)).toBe('3');
    expect(showValue('2026-11-24')).toBe('2026-11-24');
    expect(showValue(new Date(2026, 10, 24, 9, 5).toISOString())).toBe('2026-11-24 09:05');
  });
});
