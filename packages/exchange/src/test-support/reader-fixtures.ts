/**
 * What the catalogue readers' tests share: the seed text, the committed fixtures, and catalogues compared without
 * source positions (rows of a grid, a page or a web table differ from lines of a text).
 */
import { readFileSync } from 'node:fs';
import type { CatalogueJson, ImportResult, ItemJson } from '@gongkai/domain';

export const SEED_TEXT = readFileSync(
  new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url),
  'utf8',
);

export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return fixtureBytes(name).toString('utf8');
}

/** The catalogue of a successful import; a failed one fails the test with its message. */
export function ok(r: ImportResult): CatalogueJson {
  if (!r.ok) throw new Error(`import failed: ${r.error.message}`);
  return r.catalogue;
}

/** Items without their source lines. */
export function itemsWithoutLines(items: ItemJson[]): unknown {
  return items.map((i) => ({
    name: i.name,
    level: i.level,
    serial: i.serial,
    requirements: i.requirements.map(({ line: _line, ...r }) => r),
    children: itemsWithoutLines(i.children),
  }));
}

/** Title, agency, offices and items, without source lines. */
export function withoutLines(c: CatalogueJson): unknown {
  return { title: c.title, agencyName: c.agencyName, offices: c.offices, items: itemsWithoutLines(c.items) };
}
