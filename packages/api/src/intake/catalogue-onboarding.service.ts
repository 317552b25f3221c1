/**
 * Bulk onboarding (批量导入目录, issue 12 item 5): the office matches each uploaded catalogue file to one of its
 * government's departments (packages/domain agency-match.ts) and imports it as that department's draft. Access
 * (PLATFORM_ADMIN, CITY_REVIEWER; a DEPARTMENT within the office's government) is in policy.ts; each file is its own
 * request and transaction, so one bad file in a batch writes nothing and stops nothing else.
 */
import { GraphQLError } from 'graphql';
import { countCatalogue, matchCatalogueAgency, type AgencyMatch, type AgencyRef } from '@gongkai/domain';
import { Agency, type Catalogue } from '@gongkai/db';
import { parseCatalogueFile } from '@gongkai/exchange';
import type { Context } from '../context.js';
import { parseUpload, saveImported, withImportSlot } from './catalogue-import.service.js';
import { decodeUpload } from './uploads.js';

export interface MatchedFile {
  fileName: string;
  /** The file's error (parse, size), in Chinese; null when it was read. */
  error: string | null;
  errorLine: number | null;
  title: string | null;
  itemCount: number;
  rowCount: number;
  findingCount: number;
  warningCount: number;
  match: AgencyMatch | null;
}

/** Agencies the person may choose from (row-level security: the office sees its government's), and its government's code. */
async function choices(ctx: Context): Promise<{ agencies: AgencyRef[]; governmentCode: string | null }> {
  const rows = await ctx.em.find(Agency, {}, { orderBy: { position: 'asc', name: 'asc' } });
  const byId = new Map(rows.map((a) => [a.id, a]));
  const agencies = rows.map((a) => ({
    code: a.code,
    name: a.name,
    kind: a.kind,
    parent: a.parent ? (byId.get(a.parent.id)?.code ?? null) : null,
  }));
  const p = ctx.principal;
  const governmentCode = p.kind === 'user' && p.governmentId ? (byId.get(p.governmentId)?.code ?? null) : null;
  return { agencies, governmentCode };
}

/** Reads a file and suggests its department; writes nothing. A file that cannot be read is answered, not thrown. */
export async function matchFile(ctx: Context, fileName: string, contentBase64: string): Promise<MatchedFile> {
  const empty: MatchedFile = {
    fileName,
    error: null,
    errorLine: null,
    title: null,
    itemCount: 0,
    rowCount: 0,
    findingCount: 0,
    warningCount: 0,
    match: null,
  };
  let result;
  try {
    const data = decodeUpload(fileName, contentBase64);
    result = await withImportSlot(ctx, () => parseUpload(() => parseCatalogueFile(fileName, data), 'contentBase64'));
  } catch (e) {
    // The import slots' refusals (busy) are the request's, not the file's: the admin retries them.
    if (
      e instanceof GraphQLError &&
      e.extensions.code === 'BAD_USER_INPUT' &&
      !['IMPORT_IN_PROGRESS', 'IMPORT_BUSY'].includes(String(e.extensions.reason))
    ) {
      return { ...empty, error: e.message };
    }
    throw e;
  }
  if (!result.ok) return { ...empty, error: result.error.message, errorLine: result.error.line ?? null };
  const c = result.catalogue;
  const n = countCatalogue(c);
  const { agencies, governmentCode } = await choices(ctx);
  return {
    fileName,
    error: null,
    errorLine: null,
    title: c.title,
    itemCount: n.level1 + n.level2 + n.level3,
    rowCount: n.requirements,
    findingCount: c.findings.length,
    warningCount: c.findings.filter((f) => f.severity !== 'INFO').length,
    match: matchCatalogueAgency(c, fileName, agencies, { governmentCode }),
  };
}

/**
 * Imports a file as the department's new draft (saveImported: open draft, version label and — unless the person
 * confirmed the department — the file naming another agency are refused, as for the department's own import).
 */
export async function onboardFile(
  ctx: Context,
  agencyCode: string,
  fileName: string,
  contentBase64: string,
  versionLabel: string | null | undefined,
  confirmAgency: boolean,
): Promise<Catalogue> {
  const data = decodeUpload(fileName, contentBase64);
  const catalogue = await withImportSlot(ctx, () =>
    saveImported(
      ctx,
      agencyCode,
      () => parseCatalogueFile(fileName, data),
      'contentBase64',
      fileName,
      versionLabel,
      confirmAgency,
    ),
  );
  // saveImported logged it as importCatalogue; note that the office onboarded it.
  const entry = ctx.audit.find((a) => a.operation === 'importCatalogue' && a.objectId === catalogue.id);
  if (entry) entry.after = { ...(entry.after as Record<string, unknown>), onboarding: true };
  return catalogue;
}
