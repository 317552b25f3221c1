/**
 * 公开内容（要素）: the content cell is often a numbered list 「1. … 2. …」. It is split into an optional
 * intro (the text before 「1.」) and ordered elements; a cell without a numbered list is one element.
 */
import { cleanCell } from './text-normalize.js';

export interface ContentElements {
  intro: string | null;
  elements: string[];
}

const MARKER = /(^|[\s：:；;。])(\d{1,2})(?:[.．、]\s*|(?=[\u4E00-\u9FFF]))/gu;

export function parseContentElements(text: string): ContentElements {
  const t = cleanCell(text);
  if (t === '') return { intro: null, elements: [] };
  // Find markers numbered 1, 2, 3 … in order; other numbers are ordinary text.
  const cuts: Array<{ at: number; textStart: number }> = [];
  let expected = 1;
  for (const m of t.matchAll(MARKER)) {
    if (Number(m[2]) !== expected) continue;
    const at = m.index + m[1]!.length;
    cuts.push({ at, textStart: m.index + m[0].length });
    expected++;
  }
  if (cuts.length < 2 && !(cuts.length === 1 && cuts[0]!.at === 0 && /^\d{1,2}[.．、]/u.test(t))) {
    return { intro: null, elements: [t] };
  }
  const intro = t
    .slice(0, cuts[0]!.at)
    .trim()
    .replace(/[：:]$/u, '')
    .trim();
  const elements = cuts.map((c, i) => t.slice(c.textStart, i + 1 < cuts.length ? cuts[i + 1]!.at : undefined).trim());
  return { intro: intro === '' ? null : intro, elements };
}

/** The content as one text again: intro, then 「1. …」 numbered elements (a single element unnumbered). */
export function formatContentElements(c: ContentElements): string {
  const parts: string[] = [];
  if (c.intro) parts.push(c.intro);
  if (c.elements.length === 1 && !c.intro) parts.push(c.elements[0]!);
  else c.elements.forEach((e, i) => parts.push(`${i + 1}. ${e}`));
  return parts.join(' ');
}
