/**
 * A catalogue laid out as the printed table: one row per requirement, item names spanning the rows below them.
 * Shared by the xlsx, docx and csv writers.
 */
import {
  AUDIENCE_LABELS,
  CHANNELS,
  channelLabel,
  formatContentElements,
  type CatalogueJson,
  type ItemJson,
  type RequirementJson,
} from '@gongkai/domain';

export interface TableRow {
  /** The item of each level on this row, and whether this row is where its name is written (first row). */
  levels: Array<{ item: ItemJson; first: boolean; span: number } | null>;
  requirement: RequirementJson | null;
}

function rowCount(item: ItemJson): number {
  const own = item.requirements.length;
  const kids = item.children.reduce((n, c) => n + rowCount(c), 0);
  return Math.max(1, own + kids);
}

/** Rows in print order: an item's own requirements first, then its children's. */
export function tableRows(c: Pick<CatalogueJson, 'items'>): TableRow[] {
  const out: TableRow[] = [];
  const walk = (item: ItemJson, path: Array<ItemJson>): void => {
    const chain = [...path, item];
    const start = out.length;
    const push = (requirement: RequirementJson | null): void => {
      out.push({
        levels: [0, 1, 2].map((l) => (chain[l] ? { item: chain[l]!, first: false, span: 0 } : null)),
        requirement,
      });
    };
    for (const r of item.requirements) push(r);
    if (item.requirements.length === 0 && item.children.length === 0) push(null);
    for (const child of item.children) walk(child, chain);
    // Mark the first row of this item and its span.
    const level = chain.length - 1;
    const first = out[start]!.levels[level]!;
    first.first = true;
    first.span = rowCount(item);
    // Rows of children carry this item without `first`.
    for (let i = start + 1; i < out.length; i++) {
      const cell = out[i]!.levels[level];
      if (cell) cell.first = false;
    }
  };
  for (const item of c.items) walk(item, []);
  return out;
}

export const hasLevel3 = (c: Pick<CatalogueJson, 'items'>): boolean =>
  c.items.some((i) => i.children.some((ch) => ch.children.length > 0));

export const text = {
  content: (r: RequirementJson): string =>
    formatContentElements({ intro: r.contentIntro, elements: r.contentElements }),
  organs: (r: RequirementJson): string => r.publishingOrgans.join('、'),
  legalBasis: (r: RequirementJson): string => r.legalBasis.join('；'),
  extras: (r: RequirementJson): string => r.extraChannels.join('、'),
  audience: (r: RequirementJson): string => r.audiences.map((a) => AUDIENCE_LABELS[a]).join('、'),
  modes: (r: RequirementJson): string => r.modes.join('、'),
  levels: (r: RequirementJson): string => r.levels.join('；'),
  offices: (r: RequirementJson): string => r.offices.join('、'),
  remarks: (r: RequirementJson): string => r.remarks.join('；'),
  /** The 13 options with ■/□ as the printed form shows them, then extra channels. */
  channelMarks: (r: RequirementJson): string =>
    [
      ...CHANNELS.map((c) => `${r.channels.includes(c.code) ? '■' : '□'}${c.label}`),
      ...r.extraChannels.map((e) => `■${e}`),
    ].join(' '),
  channelsTicked: (r: RequirementJson): string => [...r.channels.map(channelLabel), ...r.extraChannels].join('、'),
};
