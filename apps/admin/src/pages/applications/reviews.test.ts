import { describe, expect, it } from 'vitest';
import {
  REVIEW_KIND_OPTIONS,
  REVIEW_RESULT_OPTIONS,
  emptyReviewForm,
  reviewFieldOf,
  reviewFormOf,
  reviewFormProblem,
  reviewInputOf,
} from './reviews';

describe('review and lawsuit records (table 四)', () => {
  it('offers the three kinds and the results with 尚未审结 as the empty choice', () => {
    expect(REVIEW_KIND_OPTIONS.map((o) => o.label)).toEqual([
      '行政复议',
      '行政诉讼（未经复议直接起诉）',
      '行政诉讼（复议后起诉）',
    ]);
    expect(REVIEW_RESULT_OPTIONS).toEqual([
      { value: 'upheld', label: '结果维持' },
      { value: 'corrected', label: '结果纠正' },
      { value: 'other', label: '其他结果' },
      { value: '', label: '尚未审结' },
    ]);
  });

  it('sends a pending record with both result and date null, and trims the note', () => {
    const form = { ...emptyReviewForm(), kind: 'direct', filedOn: '2026-04-01', note: '  ' };
    expect(reviewInputOf(form, 'c1')).toEqual({
      caseId: 'c1',
      kind: 'direct',
      role: 'originalOrgan',
      filedOn: '2026-04-01',
      result: null,
      decidedOn: null,
      note: null,
    });
    const back = reviewFormOf({ ...reviewInputOf(form, 'c1'), note: '' });
    expect(back).toEqual({ ...form, note: '' });
  });

  it('names the missing field before sending', () => {
    expect(reviewFormProblem(emptyReviewForm())).toEqual({ field: 'filedOn', message: '请填写申请复议或立案日期' });
    const decided = { ...emptyReviewForm(), filedOn: '2026-04-01', result: 'upheld' };
    expect(reviewFormProblem(decided)?.field).toBe('decidedOn');
    // 尚未审结: a date left in the (disabled) picker is not sent.
    expect(reviewFormProblem({ ...decided, result: '', decidedOn: '2026-05-01' })).toBeNull();
    expect(reviewInputOf({ ...decided, result: '', decidedOn: '2026-05-01' }, 'c').decidedOn).toBeNull();
    expect(reviewFormProblem({ ...decided, decidedOn: '2026-05-01' })).toBeNull();
  });

  it('places the server’s errors beside their field', () => {
    expect(reviewFieldOf('input.decidedOn')).toBe('decidedOn');
    expect(reviewFieldOf('input.kind')).toBe('kind');
    expect(reviewFieldOf('agencyCode')).toBeNull();
    expect(reviewFieldOf(undefined)).toBeNull();
  });
});
