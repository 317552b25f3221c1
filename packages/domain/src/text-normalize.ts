/**
 * Text clean-up for cells copied out of PDF tables.
 *
 * A PDF table copied as text wraps long cells with spaces: 「根河 市 司 法 局」, 「20个工作 日 内公开」.
 * Whitespace between two CJK characters (Han, CJK punctuation, full-width forms, curly quotes) is a
 * line-wrap artefact and is removed; whitespace elsewhere (「1. 规范性文件」) is kept, collapsed to one space.
 */

const CJK_CLASS =
  '\\u2E80-\\u2FFF\\u3000-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u3190-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u201C\\u201D\\u2018\\u2019\\u2014\\u2026\\u00B7';

const CJK_SPACE_CJK = new RegExp(`([${CJK_CLASS}])\\s+(?=[${CJK_CLASS}])`, 'gu');
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u');

export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

/** Removes wrap spaces between CJK characters, collapses other whitespace, trims. */
export function removeCjkSpaces(text: string): string {
  let out = text.replace(/[\s\u00A0\u3000]+/gu, ' ').trim();
  // Applied until stable: 「规 范 性」 has overlapping matches.
  let prev: string;
  do {
    prev = out;
    out = out.replace(CJK_SPACE_CJK, '$1');
  } while (out !== prev);
  return out;
}

/** A cell as the importer sees it: CJK wrap spaces removed, trimmed. */
export function cleanCell(raw: string | undefined): string {
  if (raw === undefined) return '';
  return removeCjkSpaces(raw);
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses 「20」「二十」「十五」「两」「一」 into a number; undefined if it is not a number. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(t)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of t) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CN_DIGITS[ch] ?? 0;
    }
  }
  return total + current;
}

/** Whether a text is blank once cleaned. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** A text's bigram counts (whitespace, punctuation and symbols ignored), computed once and compared many times. */
export interface BigramProfile {
  /** The text without whitespace, punctuation and symbols. */
  text: string;
  grams: Map<string, number>;
  total: number;
}

export function bigramProfile(s: string): BigramProfile {
  const text = s.replace(/[\s\p{P}\p{S}]/gu, '');
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return { text, grams, total: Math.max(0, text.length - 1) };
}

/** Bigram similarity (Dice) of two profiles: 0…1. */
export function profileSimilarity(a: BigramProfile, b: BigramProfile): number {
  const total = a.total + b.total;
  if (total === 0) return a.text === b.text && a.text !== '' ? 1 : 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let common = 0;
  for (const [g, n] of small) {
    const m = large.get(g);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / total;
}

/** Bigram similarity (Dice) of two texts, ignoring whitespace and punctuation: 0…1. */
export function textSimilarity(a: string, b: string): number {
  return profileSimilarity(bigramProfile(a), bigramProfile(b));
}
