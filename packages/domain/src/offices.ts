/**
 * 责任科室: recognising office names in a cell, splitting cells that name several, and spotting
 * spelling variants of one office so they can be merged under one name with aliases.
 */
import { removeCjkSpaces } from './text-normalize.js';

/** Endings of internal office names (办公室, 科, 股, 室, 中心, 队 …). */
const OFFICE_SUFFIX = /(?:办公室|委员会|中心|大队|中队|科|股|室|队|所|站|处|组|部|办)$/u;

/** Whether a (cleaned) text looks like an office name. */
export function isOfficeName(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 30 && OFFICE_SUFFIX.test(t) && !/[■□√<>]/u.test(t);
}

/**
 * Splits a cell that may name several offices. PDF wrap spaces also cut names in two
 * (「普法与依法治 理办公室 人民参与和促 进法制办公室」): pieces are joined until a piece ends like an
 * office name, so the wrap spaces go and the separating spaces stay. Explicit separators (、，；/) always split.
 */
export function splitOffices(rawCell: string): string[] {
  const names: string[] = [];
  for (const part of rawCell.split(/[、，,；;／/\n]+/u)) {
    const tokens = part.split(/[\s\u3000]+/u).filter((t) => t !== '');
    let current = '';
    for (const token of tokens) {
      current += token;
      if (OFFICE_SUFFIX.test(current) && current.length >= 2) {
        names.push(removeCjkSpaces(current));
        current = '';
      }
    }
    if (current !== '') {
      // A trailing fragment: a one-character tail belongs to the name before it; otherwise it is kept as is.
      const last = names[names.length - 1];
      if (current.length === 1 && last !== undefined && names.length > 0) names[names.length - 1] = last + current;
      else names.push(removeCjkSpaces(current));
    }
  }
  return names;
}

/** Character pairs that are common misspellings of one another in office names. */
const CONFUSABLE: ReadonlyArray<readonly [string, string]> = [
  ['制', '治'],
  ['帐', '账'],
  ['象', '像'],
  ['作', '做'],
  ['查', '察'],
  ['划', '画'],
  ['汇', '会'],
];
const NUMERAL = /[0-9一二三四五六七八九十甲乙丙丁东南西北]/u;

/**
 * Whether two office names are spelling variants of one office: same length, one character apart,
 * and either a known confusable pair or a long name (≥ 8 characters) where the difference is not a numeral
 * (第一执法大队 / 第二执法大队 are two offices).
 */
export function areOfficeVariants(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  const ca = [...a];
  const cb = [...b];
  const diffs: number[] = [];
  for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) diffs.push(i);
  if (diffs.length !== 1) return false;
  const x = ca[diffs[0]!]!;
  const y = cb[diffs[0]!]!;
  if (CONFUSABLE.some(([p, q]) => (p === x && q === y) || (p === y && q === x))) return true;
  return ca.length >= 8 && !NUMERAL.test(x) && !NUMERAL.test(y);
}

export interface OfficeUse {
  name: string;
  lines: number[];
}

export interface MergedOffice {
  name: string;
  aliases: string[];
  /** Source lines where the name or an alias appears. */
  lines: number[];
}

/**
 * Groups office names that are variants of one another. The canonical name is the most used one
 * (ties: the first seen); the others become aliases.
 */
export function mergeOfficeVariants(uses: OfficeUse[]): { offices: MergedOffice[]; canonical: Map<string, string> } {
  const groups: OfficeUse[][] = [];
  for (const use of uses) {
    const group = groups.find((g) => g.some((u) => areOfficeVariants(u.name, use.name)));
    if (group) group.push(use);
    else groups.push([use]);
  }
  const canonical = new Map<string, string>();
  const offices: MergedOffice[] = groups.map((group) => {
    let best = group[0]!;
    for (const u of group) if (u.lines.length > best.lines.length) best = u;
    for (const u of group) canonical.set(u.name, best.name);
    return {
      name: best.name,
      aliases: group.filter((u) => u !== best).map((u) => u.name),
      lines: group.flatMap((u) => u.lines).sort((p, q) => p - q),
    };
  });
  return { offices, canonical };
}

/**
 * Why an office may not take `name` in its agency: another office has that name, or has it as an alias (imports read
 * the alias as that office). `self`: the office being renamed (its own name and aliases do not clash). Used by
 * adding and renaming alike.
 */
export function officeNameClash(
  offices: ReadonlyArray<{ id?: string; name: string; aliases: readonly string[] }>,
  name: string,
  self?: { id: string },
): string | null {
  const same = offices.find(
    (o) => (self === undefined || o.id !== self.id) && (o.name === name || o.aliases.includes(name)),
  );
  if (!same) return null;
  return `科室名称：本机关已有「${same.name}」${same.name === name ? '' : `（「${name}」是它的别名）`}`;
}
