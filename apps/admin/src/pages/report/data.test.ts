import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, computedTotals, type ReportData } from '@gongkai/domain';
import { isText, isValidReportYear, submitRefusalOf, totalsToAdopt } from './data';

describe('isValidReportYear', () => {
  it('accepts 2019 … 2100 only, whole years', () => {
    expect(isValidReportYear(2019)).toBe(true);
    expect(isValidReportYear(2100)).toBe(true);
    expect(isValidReportYear(2018)).toBe(false);
    expect(isValidReportYear(2101)).toBe(false);
    expect(isValidReportYear(2024.5)).toBe(false);
    expect(isValidReportYear(Number.NaN)).toBe(false);
  });
});

describe('isText', () => {
  it('tells the text sections from the tables', () => {
    expect(isText('overview')).toBe(true);
    expect(isText('other')).toBe(true);
    expect(isText('applications')).toBe(false);
  });
});

describe('submitRefusalOf', () => {
  it('keeps the message and the error-level rule results', () => {
    const refusal = submitRefusalOf({
      message: 'x',
      graphQLErrors: [
        {
          message: '有 1 项错误，不能报送',
          extensions: {
            code: 'BAD_USER_INPUT',
            ruleResults: [
              { rule: 'R1', message: 'R1 错', severity: 'error' },
              { rule: 'R9', message: 'R9 警告', severity: 'warning' },
            ],
          },
        },
      ],
    } as never);
    expect(refusal).toEqual({
      message: '有 1 项错误，不能报送',
      results: [{ rule: 'R1', message: 'R1 错', severity: 'error' }],
    });
  });
  it('falls back without an error', () => {
    expect(submitRefusalOf(undefined)).toEqual({ message: '报送失败', results: [] });
  });
});

describe('totalsToAdopt', () => {
  const def = REPORT_FORMATS['2021'];
  const part = def.byId.get('a.totalHandled.natural')!.sumOf![0]!;
  const partRow = part.split('.')[1]!;
  const report = (cells: Record<string, string>): ReportData => ({
    format: '2021',
    year: 2024,
    texts: { overview: '', problems: '', other: '' },
    cells,
  });
  /** Every part of table 三 filled (0), one handled part 2; no total stated. */
  const parts: Record<string, string> = {};
  for (const c of def.cells) if (c.section === 'applications' && !c.sumOf) parts[c.id] = c.id === part ? '2' : '0';

  it('adopts row totals, then the column totals they complete', () => {
    const out = totalsToAdopt(report(parts), parts);
    expect(out).toMatchObject({
      'a.totalHandled.natural': '2',
      [`a.${partRow}.total`]: '2',
      'a.totalHandled.total': '2',
    });
    // After adopting, nothing is left to adopt.
    const cells = { ...parts, ...out };
    expect(totalsToAdopt(report(cells), cells)).toEqual({});
    for (const [id, v] of Object.entries(computedTotals(report(cells)))) expect(cells[id]).toBe(v);
  });
  it('leaves 「/」 and totals already right alone', () => {
    const texts = { ...parts, 'a.totalHandled.natural': '/', [`a.${partRow}.total`]: '2' };
    const out = totalsToAdopt(report(texts), texts);
    expect(out).not.toHaveProperty('a.totalHandled.natural');
    expect(out).not.toHaveProperty(`a.${partRow}.total`);
  });
});
