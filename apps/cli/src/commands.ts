/**
 * The CLI's commands as functions (argument parsing and process exit live in main.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countCatalogue, type CatalogueJson } from '@gongkai/domain';
import { currentCatalogue, findAgency, loadCatalogueJson, saveCatalogue, type MikroORM } from '@gongkai/db';
import { CATALOGUE_FORMATS, readCatalogueFile, renderCatalogue, type CatalogueFormat } from '@gongkai/exchange';

export class CliError extends Error {}

export const FORMATS = CATALOGUE_FORMATS;

/**
 * Reads and parses a catalogue file by its extension (.docx, .xlsx, .html, .csv, .json, or text: the seed's tab layout, pipe-separated or space-aligned); a file that
 * is not a catalogue is a CliError naming the line (and sheet).
 */
export async function parseCatalogueFile(file: string): Promise<CatalogueJson> {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new CliError(`无法读取文件 ${file}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
  }
  const result = await readCatalogueFile(path.basename(file), buf);
  if (!result.ok) throw new CliError(`${path.basename(file)}：${result.error.message}`);
  return result.catalogue;
}

export async function exportCatalogueAs(orm: MikroORM, agencyRef: string, format: CatalogueFormat): Promise<Buffer> {
  return renderCatalogue(await exportCatalogue(orm, agencyRef), format);
}

export function summary(c: CatalogueJson): string {
  const n = countCatalogue(c);
  const warnings = c.findings.filter((f) => f.severity !== 'INFO').length;
  return `「${c.title}」：一级事项 ${n.level1} 个，二级事项 ${n.level2} 个，三级事项 ${n.level3} 个，公开要求 ${n.requirements} 条，责任科室 ${c.offices.length} 个；发现 ${c.findings.length} 条（其中警告 ${warnings} 条）`;
}

export async function importCatalogue(
  orm: MikroORM,
  file: string,
  agencyRef: string,
  versionLabel: string | undefined,
): Promise<{ catalogueId: string; json: CatalogueJson }> {
  const json = await parseCatalogueFile(file);
  const em = orm.em.fork();
  const agency = await findAgency(em, agencyRef);
  if (!agency) throw new CliError(`未找到机关「${agencyRef}」（按编码或全称查找）`);
  const label = versionLabel ?? `${new Date().getFullYear()}版`;
  const catalogue = await saveCatalogue(em, agency.id, json, { versionLabel: label, sourceName: path.basename(file) });
  return { catalogueId: catalogue.id, json };
}

export async function exportCatalogue(orm: MikroORM, agencyRef: string): Promise<CatalogueJson> {
  const em = orm.em.fork();
  const agency = await findAgency(em, agencyRef);
  if (!agency) throw new CliError(`未找到机关「${agencyRef}」（按编码或全称查找）`);
  const catalogue = await currentCatalogue(em, agency.id);
  if (!catalogue) throw new CliError(`机关「${agency.name}」还没有目录`);
  return loadCatalogueJson(em, catalogue.id);
}
