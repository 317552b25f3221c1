import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  csvFileName,
  filterVariables,
  hasFilters,
  queryFromState,
  stateFromQuery,
} from './audit-filters';

describe('audit log filters in the address', () => {
  it('round-trip through the query', () => {
    const filters = {
      agencyCode: '150785-sfj',
      user: '张',
      operation: 'approveAnnualReport',
      from: '2026-01-01',
      to: '2026-01-31',
    };
    const q = queryFromState(filters, 3, 50);
    expect(q).toEqual({
      agency: '150785-sfj',
      user: '张',
      op: 'approveAnnualReport',
      from: '2026-01-01',
      to: '2026-01-31',
      size: '50',
      page: '3',
    });
    expect(stateFromQuery(q)).toEqual({ filters, page: 3, pageSize: 50 });
  });

  it('leave out defaults and drop what the address gets wrong', () => {
    expect(queryFromState({ ...EMPTY_FILTERS }, 1, 20)).toEqual({});
    expect(stateFromQuery({ op: 'dropDatabase', from: '1月1日', to: '2026-13', size: '7', page: '-2' })).toEqual({
      filters: { ...EMPTY_FILTERS },
      page: 1,
      pageSize: 20,
    });
  });

  it('send null for an empty filter and name the CSV by the range', () => {
    expect(filterVariables({ ...EMPTY_FILTERS, user: '  ' })).toEqual({
      agencyCode: null,
      user: null,
      operation: null,
      from: null,
      to: null,
    });
    expect(hasFilters({ ...EMPTY_FILTERS, user: ' ' })).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, to: '2026-01-01' })).toBe(true);
    expect(csvFileName({ ...EMPTY_FILTERS }, '2026-12-01')).toBe('审计日志_截至_2026-12-01.csv');
    expect(csvFileName({ ...EMPTY_FILTERS, from: '2026-11-01' }, '2026-12-01')).toBe(
      '审计日志_2026-11-01_至_2026-12-01.csv',
    );
  });
});
