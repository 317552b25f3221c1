/**
 * Catalogue files outside GraphQL: downloads (json, csv, xlsx, docx) under the same access rule as the
 * `catalogue` query and the same row-level-security scope, and reading an uploaded file of any supported format.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Catalogue, loadCatalogueJson } from '@gongkai/db';
import { importCatalogueJson, importCatalogueText, type CatalogueJson, type ImportResult } from '@gongkai/domain';
import { readCatalogueXlsx, writeCatalogueCsv, writeCatalogueDocx, writeCatalogueXlsx } from '@gongkai/exchange';
import { createContext } from './context.js';
import { checkPolicy } from './request-plugin.js';
import { applyScope, scopeOf } from './scope.js';

export type CatalogueFormat = 'json' | 'csv' | 'xlsx' | 'docx';

export const FORMAT_TYPES: Record<CatalogueFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function renderCatalogue(json: CatalogueJson, format: CatalogueFormat): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(`${JSON.stringify(json, null, 2)}\n`);
    case 'csv':
      return Buffer.from(writeCatalogueCsv(json));
    case 'xlsx':
      return writeCatalogueXlsx(json);
    case 'docx':
      return writeCatalogueDocx(json);
  }
}

export interface CatalogueDownload {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** A catalogue as a file, for the signed-in user of `sessionToken` (or an anonymous visitor). */
export async function downloadCatalogue(orm: MikroORM, sessionToken: string | undefined, catalogueId: string, format: CatalogueFormat): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken });
  await checkPolicy(ctx, 'Query', 'catalogue', { id: catalogueId });
  const { json, catalogue } = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    const c = /^[0-9a-f-]{36}$/iu.test(catalogueId) ? await tx.findOne(Catalogue, catalogueId) : null;
    if (!c) throw new GraphQLError(`未找到 id 为「${catalogueId}」的目录`, { extensions: { code: 'NOT_FOUND' } });
    return { json: await loadCatalogueJson(tx, c.id), catalogue: c };
  });
  if (ctx.principal.kind === 'anonymous') json.findings = [];
  return {
    fileName: `${catalogue.title}（${catalogue.versionLabel}）.${format}`,
    contentType: FORMAT_TYPES[format],
    body: await renderCatalogue(json, format),
  };
}

/** Reads an uploaded catalogue file by its extension: .txt/.tsv (PDF table text), .json, .xlsx. */
export async function readCatalogueFile(fileName: string, data: Buffer): Promise<ImportResult> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx') return readCatalogueXlsx(data, { sourceName: fileName });
  if (ext === 'xls' || ext === 'doc' || ext === 'docx' || ext === 'pdf') {
    return { ok: false, error: { line: null, message: `不支持「.${ext}」文件：请导入 .xlsx、.json，或从 PDF 复制出的 .txt 文本` } };
  }
  const text = new TextDecoder('utf-8').decode(data);
  if (ext === 'json') return importCatalogueJson(text);
  return importCatalogueText(text, { sourceName: fileName });
}
