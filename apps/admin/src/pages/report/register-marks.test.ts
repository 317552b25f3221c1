import { describe, expect, it } from 'vitest';
import { cellCaseRows, registerMarks } from './register-marks';

const cells = [
  { id: 'a.newReceived.natural', value: '3', caseIds: ['c1', 'c2', 'c3'] },
  { id: 'a.granted.natural', value: '1', caseIds: ['c1'] },
  { id: 'a.carriedOver.natural', value: '0', caseIds: [] },
];

describe('registerMarks', () => {
  it('flags a typed value that differs from the register, not an empty cell', () => {
    const marks = registerMarks({ 'a.newReceived.natural': '2', 'a.granted.natural': '1' }, cells, false);
    expect(Object.keys(marks)).toEqual(['a.newReceived.natural']);
    expect(registerMarks({ 'a.carriedOver.natural': '4' }, cells, false)['a.carriedOver.natural']?.differs).toBe(true);
    expect(marks['a.newReceived.natural']).toEqual({ value: '3', differs: true, count: 3 });
  });

  it('agrees with equal numbers written differently, and shows every register cell when asked', () => {
    const typed = { 'a.newReceived.natural': '3', 'a.granted.natural': '1.0', 'a.carriedOver.natural': '0' };
    expect(registerMarks(typed, cells, false)).toEqual({});
    const all = registerMarks(typed, cells, true);
    expect(Object.keys(all)).toHaveLength(3);
    expect(all['a.granted.natural']).toEqual({ value: '1', differs: false, count: 1 });
  });
});

describe('cellCaseRows', () => {
  const cases = [
    {
      id: 'c1',
      reference: 'Y-1',
      receivedOn: '2026-03-02',
      applicantKindLabel: '自然人',
      subject: '预算',
      outcomeLabel: '（一）予以公开',
      closedOn: '2026-03-20',
      clock: { stateLabel: '按期办结' },
      reviews: [{ id: 'r1', kindLabel: '行政复议', resultLabel: '维持' }],
    },
  ];
  it('lists cases, review records by their case, and ids not in the list', () => {
    const rows = cellCaseRows(['c1', 'r1', 'x'], cases);
    expect(rows[0]).toMatchObject({ caseId: 'c1', reference: 'Y-1', result: '2026-03-20 （一）予以公开' });
    expect(rows[1]).toMatchObject({ caseId: 'c1', result: '行政复议：维持' });
    expect(rows[2]).toMatchObject({ caseId: null, subject: '（不在本年登记中）' });
  });
});
