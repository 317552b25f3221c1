/**
 * The CLI's commands as functions (argument parsing and process exit live in main.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AGENCY_MATCH_CONFIDENCE_LABELS,
  BULK_IMPORT_LIMITS,
  batchEntryFileName,
  batchProblem,
  countCatalogue,
  isBatchFileEntry,
  matchCatalogueAgency,
  type AgencyRef,
  type CatalogueJson,
} from '@gongkai/domain';
import {
  Agency,
  UserInputError,
  assertNewVersionLabel,
  assertNoOpenDraft,
  currentCatalogue,
  findAgency,
  loadCatalogueJson,
  saveCatalogue,
  type MikroORM,
} from '@gongkai/db';
import {
  CATALOGUE_FORMATS,
  ZIP_LIMITS,
  ZipFormatError,
  ZipLimitError,
  readCatalogueFile,
  renderCatalogue,
  unpackZip,
  type CatalogueFormat,
} from '@gongkai/exchange';

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
    throw new CliError(
      `无法读取文件 ${file}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`,
    );
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

// ---------------------------------------------------------------------------------------------------------------
// Bulk onboarding: import-catalogue <files…> --match-agency (issue 12 item 5)

/** One file of a batch: given on the command line, or an entry of a .zip given there. */
export interface BatchFile {
  /** 「附件1：民政局.docx」, or 「目录.zip/附件1：民政局.docx」 for a .zip's entry. */
  label: string;
  fileName: string;
  data: Uint8Array;
}

/**
 * The files of a batch: each path as it is, a .zip expanded — its central directory checked against the batch
 * limits (packages/domain bulk-onboarding.ts, the admin uses the same) before a byte is inflated.
 */
export async function batchFiles(paths: readonly string[]): Promise<BatchFile[]> {
  const out: BatchFile[] = [];
  for (const file of paths) {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch (e) {
      throw new CliError(
        `无法读取文件 ${file}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`,
      );
    }
    const base = path.basename(file);
    if (!/\.zip$/iu.test(base)) {
      out.push({ label: base, fileName: base, data });
      continue;
    }
    let unpacked;
    try {
      unpacked = await unpackZip(data, {
        ...ZIP_LIMITS,
        maxArchiveBytes: BULK_IMPORT_LIMITS.maxTotalBytes,
        // Folders count as entries too.
        maxEntries: BULK_IMPORT_LIMITS.maxFiles * 2,
        maxEntryBytes: BULK_IMPORT_LIMITS.maxFileBytes,
        maxTotalBytes: BULK_IMPORT_LIMITS.maxTotalBytes,
      });
    } catch (e) {
      if (e instanceof ZipLimitError) throw new CliError(`${base}：${e.message}，已拒绝`);
      if (e instanceof ZipFormatError) throw new CliError(`${base}：不是有效的 .zip 压缩包（${e.message}）`);
      throw e;
    }
    const entries = [...unpacked.entries].filter(([name]) => isBatchFileEntry(name));
    const problem = batchProblem(
      base,
      entries.map(([name, bytes]) => ({ name, originalSize: bytes.byteLength })),
    );
    if (problem) throw new CliError(problem);
    for (const [name, bytes] of entries)
      out.push({ label: `${base}/${name}`, fileName: batchEntryFileName(name), data: bytes });
  }
  if (out.length > BULK_IMPORT_LIMITS.maxFiles)
    throw new CliError(`共 ${out.length} 个文件，一次最多 ${BULK_IMPORT_LIMITS.maxFiles} 个：请分批导入`);
  return out;
}

export interface BatchOutcome {
  label: string;
  ok: boolean;
  /** The line printed for the file. */
  line: string;
  agencyCode: string | null;
  catalogueId: string | null;
}

/**
 * Matches each file to a department (packages/domain agency-match.ts) and, unless `dryRun`, imports it as that
 * department's draft in its own transaction — refused, like the department's own import, while the department has
 * an open draft or the version label is taken. A match in doubt (the file's places disagree) or missing is not
 * imported: the person imports that file with --agency.
 */
export async function onboardFiles(
  orm: MikroORM,
  files: readonly BatchFile[],
  options: { dryRun: boolean; versionLabel?: string; governmentCode?: string },
  print: (line: string) => void = console.log,
): Promise<BatchOutcome[]> {
  const em = orm.em.fork();
  const rows = await em.find(Agency, {}, { orderBy: { position: 'asc', name: 'asc' } });
  const codeById = new Map(rows.map((a) => [a.id, a.code]));
  const agencies: AgencyRef[] = rows.map((a) => ({
    code: a.code,
    name: a.name,
    kind: a.kind,
    parent: a.parent ? (codeById.get(a.parent.id) ?? null) : null,
  }));
  if (options.governmentCode && !rows.some((a) => a.code === options.governmentCode && a.kind === 'GOVERNMENT')) {
    throw new CliError(`--government：没有编码为「${options.governmentCode}」的人民政府`);
  }
  const outcomes: BatchOutcome[] = [];
  for (const [i, file] of files.entries()) {
    const head = `[${i + 1}/${files.length}] ${file.label}`;
    const done = (
      ok: boolean,
      text: string,
      agencyCode: string | null = null,
      catalogueId: string | null = null,
    ): void => {
      const line = `${head}${ok ? '' : ' ✖'} ${text}`;
      outcomes.push({ label: file.label, ok, line, agencyCode, catalogueId });
      print(line);
    };
    const result = await readCatalogueFile(
      file.fileName,
      Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength),
    );
    if (!result.ok) {
      done(false, `读不出目录：${result.error.message}`);
      continue;
    }
    const match = matchCatalogueAgency(result.catalogue, file.fileName, agencies, {
      governmentCode: options.governmentCode ?? null,
    });
    if (!match.agency) {
      const choices =
        match.candidates.length > 0
          ? `（可能是：${match.candidates.map((c) => `${c.name} ${c.code}`).join('、')}）`
          : '';
      done(false, `未匹配到部门：${match.note ?? ''}${choices}；请用 --agency 单独导入`);
      continue;
    }
    const target = match.agency;
    const said = `→ ${target.name}（${target.code}，${AGENCY_MATCH_CONFIDENCE_LABELS[match.confidence]}）：${target.reason}`;
    if (match.confidence === 'low') {
      done(false, `${said}；存疑：${match.note ?? ''}；未导入，请用 --agency 单独导入`, target.code);
      continue;
    }
    if (options.dryRun) {
      done(true, said, target.code);
      continue;
    }
    try {
      const label = options.versionLabel ?? `${new Date().getFullYear()}版`;
      const catalogue = await orm.em.fork().transactional(async (tx) => {
        const agency = await tx.findOneOrFail(Agency, { code: target.code });
        await assertNoOpenDraft(tx, agency.id);
        await assertNewVersionLabel(tx, agency.id, label);
        return saveCatalogue(tx, agency.id, result.catalogue, { versionLabel: label, sourceName: file.fileName });
      });
      done(
        true,
        `${said}；已导入为草稿（${summary(result.catalogue)}），目录 id：${catalogue.id}`,
        target.code,
        catalogue.id,
      );
    } catch (e) {
      if (e instanceof UserInputError) done(false, `${said}；未导入：${e.message}`, target.code);
      else throw e;
    }
  }
  return outcomes;
}
