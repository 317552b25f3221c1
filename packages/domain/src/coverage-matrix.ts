/**
 * The coverage matrix: a standard catalogue (template) held against many departments' catalogues at once —
 * departments × template items, each cell covered / weaker / missing with its reasons, a score per department and
 * its compliance findings. The template's items are prepared once and scores are shared across departments
 * (departments copy names from the standard, so most pairs repeat).
 */
import type { CatalogueJson, ItemJson } from './catalogue-model.js';
import {
  complianceFindings,
  coverageOf,
  isMandatory,
  templateItems,
  type ComplianceFinding,
  type CoverageCell,
  type CoverageStatus,
} from './catalogue-coverage.js';
import { newMatchCache, type MatchOptions } from './catalogue-matching.js';
import { channelLabel } from './channels.js';

export interface MatrixColumn {
  path: string[];
  mandatory: boolean;
  /** The standard's expectation, for the column header. */
  timeLimit: string;
  channels: string[];
}

export interface MatrixDepartmentInput {
  /** The caller's key for the department (an agency id). */
  key: string;
  /** Its catalogue's items; null when it has no catalogue to compare. */
  items: ItemJson[] | null;
  /** The office's stored decisions between the template (left) and this department (right). */
  confirmed?: MatchOptions['confirmed'];
  rejected?: MatchOptions['rejected'];
}

export interface MatrixRow {
  key: string;
  /** False when the department has no catalogue: every cell missing, no findings, score 0. */
  hasCatalogue: boolean;
  score: number;
  covered: number;
  weaker: number;
  missing: number;
  mandatoryMissing: number;
  /** One per column, in column order. */
  cells: Array<Omit<CoverageCell, 'templatePath' | 'mandatory'>>;
  findings: ComplianceFinding[];
}

export interface CoverageMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

export function coverageMatrix(
  template: Pick<CatalogueJson, 'items'>,
  departments: MatrixDepartmentInput[],
): CoverageMatrix {
  const columns: MatrixColumn[] = templateItems(template).map((t) => {
    const r = t.item.requirements[0]!;
    return {
      path: t.path,
      mandatory: isMandatory(t.item),
      timeLimit: r.timeLimit.raw,
      channels: [...r.channels.map(channelLabel), ...r.extraChannels],
    };
  });
  const cache = newMatchCache();
  const rows = departments.map((d): MatrixRow => {
    if (!d.items) {
      return {
        key: d.key,
        hasCatalogue: false,
        score: 0,
        covered: 0,
        weaker: 0,
        missing: columns.length,
        mandatoryMissing: columns.filter((c) => c.mandatory).length,
        cells: columns.map((c) => ({
          status: 'missing',
          reasons: [c.mandatory ? '缺少必选事项（没有目录）' : '缺少此事项（没有目录）'],
          matchedPath: null,
          score: null,
          method: null,
        })),
        findings: [],
      };
    }
    const catalogue = { items: d.items };
    const coverage = coverageOf(template, catalogue, { confirmed: d.confirmed, rejected: d.rejected, cache });
    const count = (s: CoverageStatus): number => coverage.cells.filter((c) => c.status === s).length;
    return {
      key: d.key,
      hasCatalogue: true,
      score: coverage.score,
      covered: count('covered'),
      weaker: count('weaker'),
      missing: count('missing'),
      mandatoryMissing: coverage.cells.filter((c) => c.mandatory && c.status === 'missing').length,
      cells: coverage.cells.map(({ status, reasons, matchedPath, score, method }) => ({
        status,
        reasons,
        matchedPath,
        score,
        method,
      })),
      findings: complianceFindings(catalogue, template, coverage),
    };
  });
  return { columns, rows };
}
