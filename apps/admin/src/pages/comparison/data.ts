/**
 * Types and constants of the comparison pages (目录覆盖矩阵, 目录比较): the rows and columns the matrix shows, the
 * legend under its toolbar, and the names of the two sides of a comparison. The rules themselves (status labels and
 * symbols, sorting, scoring, matching) live in ../../coverage.ts and ../../comparison.ts.
 */
import type {
  CompareCataloguesQuery,
  CoverageMatrixQuery,
  CoverageSetupQuery,
  CatalogueComplianceQuery,
} from '../../gql/graphql';
import { COVERAGE_STATUS_LABELS, COVERAGE_STATUS_SYMBOLS } from '../../coverage';

type Matrix = CoverageMatrixQuery['coverageMatrix'];
export type CoverageRow = Matrix['rows'][number];
export type CoverageColumn = Matrix['columns'][number];
export type CoverageCell = CoverageRow['cells'][number];
export type CoverageStandard = CoverageSetupQuery['agency']['children'][number];
export type CoverageVersion = CoverageStandard['catalogues'][number];

/** What the one tooltip of the matrix is about: a cell (a department × a standard item) or a column header. */
export type CoverageTip = { kind: 'cell'; row: CoverageRow; index: number } | { kind: 'column'; index: number };

export interface LegendEntry {
  key: string;
  /** Classes of the swatch besides `swatch` (the same colours as the cells). */
  swatch: string[];
  symbol: string;
  /** A 「?」 in the corner: a similar match not yet confirmed. */
  pending?: boolean;
  label: string;
}

/** The legend of the matrix, in the order shown (the 「必」 mark for mandatory items follows it). */
export const COVERAGE_LEGEND: readonly LegendEntry[] = [
  {
    key: 'covered',
    swatch: ['swatch--covered'],
    symbol: COVERAGE_STATUS_SYMBOLS.COVERED,
    label: COVERAGE_STATUS_LABELS.COVERED,
  },
  {
    key: 'weaker',
    swatch: ['swatch--weaker'],
    symbol: COVERAGE_STATUS_SYMBOLS.WEAKER,
    label: COVERAGE_STATUS_LABELS.WEAKER,
  },
  {
    key: 'missing',
    swatch: ['swatch--missing'],
    symbol: COVERAGE_STATUS_SYMBOLS.MISSING,
    label: COVERAGE_STATUS_LABELS.MISSING,
  },
  {
    key: 'mandatory',
    swatch: ['swatch--missing', 'swatch--mandatory'],
    symbol: COVERAGE_STATUS_SYMBOLS.MISSING,
    label: '缺少必选',
  },
  {
    key: 'pending',
    swatch: ['swatch--covered', 'swatch--pending'],
    symbol: COVERAGE_STATUS_SYMBOLS.COVERED,
    pending: true,
    label: '相似，待确认',
  },
  {
    key: 'confirmed',
    swatch: ['swatch--covered', 'swatch--confirmed'],
    symbol: COVERAGE_STATUS_SYMBOLS.COVERED,
    label: '已确认的匹配',
  },
];

export type CompareSide = CompareCataloguesQuery['left'];
export type ComplianceReport = CatalogueComplianceQuery['catalogueCompliance'];
export type SideName = 'left' | 'right';

/** How a side is called in headings: with a standard on the left, 「标准（左侧）」. */
export function sideLabel(which: SideName, standardLeft: boolean): string {
  if (which === 'right') return '右侧';
  return standardLeft ? '标准（左侧）' : '左侧';
}
