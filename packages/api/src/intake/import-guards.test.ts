/**
 * Guard rails of the catalogue import (issue 12, item 4): another agency's catalogue needs `confirmAgency`, and an
 * office no row uses can be deleted (deleteOffice).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuditLog, Catalogue, Office, Requirement } from '@gongkai/db';
import { useImportHarness } from '../test-support/import-harness.js';

const demo = (name: string): string =>
  readFileSync(new URL(`../../../../demo-data/catalogues/${name}`, import.meta.url), 'utf8');
const MZJ = demo('genhe-minzhengju.txt');
const SFJ = demo('genhe-sifaju.txt');
const IMPORT_TEXT =
  'mutation($t: String!, $v: String, $ok: Boolean) { importCatalogue(agencyCode: "150785-sfj", text: $t, versionLabel: $v, confirmAgency: $ok) { id title status } }';
const IMPORT_FILE =
  'mutation($n: String!, $c: String!, $v: String, $ok: Boolean) { importCatalogueFile(agencyCode: "150785-sfj", fileName: $n, contentBase64: $c, versionLabel: $v, confirmAgency: $ok) { id title status } }';
const MISMATCH = '文件的标题（或公开主体）是「根河市民政局」，不是本机关「根河市司法局」：确认要导入为本机关的目录吗？';

const h = useImportHarness();

/** What an import could write for 司法局: catalogues, rows, offices, audit entries. */
async function footprint(): Promise<Record<string, number>> {
  const em = h.db.orm.em.fork();
  const agency = { code: '150785-sfj' };
  return {
    catalogues: await em.count(Catalogue, { agency }),
    rows: await em.count(Requirement, { agency }),
    offices: await em.count(Office, { agency }),
    audit: await em.count(AuditLog, { agency }),
  };
}

describe('importing another agency’s catalogue', () => {
  it('is refused without confirmAgency, naming the agency, and writes nothing (text)', async () => {
    const before = await footprint();
    const r = await h.run(IMPORT_TEXT, { t: MZJ, v: '民政局目录' }, { token: h.editor });
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.message).toBe(MISMATCH);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AGENCY_MISMATCH',
      namedAgency: '根河市民政局',
      field: 'confirmAgency',
    });
    // confirmAgency: false is the same as leaving it out.
    const no = await h.run(IMPORT_TEXT, { t: MZJ, v: '民政局目录', ok: false }, { token: h.editor });
    expect(no.errors?.[0]?.extensions?.reason).toBe('AGENCY_MISMATCH');
    expect(await footprint()).toEqual(before);

    const ok = await h.run(IMPORT_TEXT, { t: MZJ, v: '民政局目录', ok: true }, { token: h.editor });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.importCatalogue).toMatchObject({
      status: 'DRAFT',
      title: '根河市民政局政务公开标准目录（社会救助、养老服务领域）',
    });
    const entry = await h.db.orm.em.fork().findOneOrFail(AuditLog, {
      operation: 'importCatalogue',
      objectId: (ok.data!.importCatalogue as { id: string }).id,
    });
    expect(entry.after).toMatchObject({ confirmAgency: true });
  });

  it('is refused without confirmAgency, and imported with it (file upload)', async () => {
    const before = await footprint();
    const c = Buffer.from(MZJ).toString('base64');
    const r = await h.run(IMPORT_FILE, { n: '民政局目录.txt', c, v: '民政局文件' }, { token: h.editor });
    expect(r.errors?.[0]?.message).toBe(MISMATCH);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AGENCY_MISMATCH',
      namedAgency: '根河市民政局',
      field: 'confirmAgency',
    });
    expect(await footprint()).toEqual(before);
    const ok = await h.run(IMPORT_FILE, { n: '民政局目录.txt', c, v: '民政局文件', ok: true }, { token: h.editor });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.importCatalogueFile).toMatchObject({ status: 'DRAFT' });
  });

  it('the agency’s own catalogue needs no confirmation', async () => {
    const r = await h.run(IMPORT_TEXT, { t: SFJ, v: '本机关目录' }, { token: h.editor });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importCatalogue).toMatchObject({ status: 'DRAFT', title: '根河市司法局主动公开目录' });
    const file = await h.run(
      IMPORT_FILE,
      { n: '目录.txt', c: Buffer.from(SFJ).toString('base64'), v: '本机关文件' },
      { token: h.editor },
    );
    // An open draft (the one just imported) is what stops this one — not the agency.
    expect(file.errors?.[0]?.extensions?.reason).not.toBe('AGENCY_MISMATCH');
    expect(file.errors?.[0]?.message).toContain('请先发布或删除该草稿');
  });

  it('another agency named by the 公开主体 of the rows (title naming none) is refused too', async () => {
    const text = MZJ.replace(
      '根河市民政局政务公开标准目录（社会救助、养老服务领域）',
      '政务公开标准目录（社会救助、养老服务领域）',
    );
    const r = await h.run(IMPORT_TEXT, { t: text, v: '公开主体' }, { token: h.editor });
    expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'AGENCY_MISMATCH', namedAgency: '根河市民政局' });
  });
});

describe('deleteOffice', () => {
  const DELETE = 'mutation($id: ID!) { deleteOffice(id: $id) }';

  it('deletes an office no row uses, audited', async () => {
    const added = await h.run(
      'mutation { addOffice(agencyCode: "150785-sfj", name: "临时科") { id usage } }',
      {},
      { token: h.editor },
    );
    expect(added.errors).toBeUndefined();
    const { id, usage } = added.data!.addOffice as { id: string; usage: number };
    expect(usage).toBe(0);
    const r = await h.run(DELETE, { id }, { token: h.editor });
    expect(r.errors).toBeUndefined();
    expect(r.data!.deleteOffice).toBe(true);
    const em = h.db.orm.em.fork();
    expect(await em.findOne(Office, id)).toBeNull();
    expect(await em.findOneOrFail(AuditLog, { operation: 'deleteOffice', objectId: id })).toMatchObject({
      objectType: 'Office',
      userLogin: 'sfj-editor',
      before: { name: '临时科', aliases: [] },
    });
  });

  it('refuses an office rows use, naming them, and changes nothing', async () => {
    const em = h.db.orm.em.fork();
    const office = await em.findOneOrFail(Office, { agency: { code: '150785-sfj' }, name: '办公室' });
    const r = await h.run(DELETE, { id: office.id }, { token: h.editor });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(r.errors?.[0]?.message).toMatch(/^科室「办公室」还有 \d+ 行在用：.*「.+」/u);
    expect(await h.db.orm.em.fork().findOne(Office, office.id)).not.toBeNull();
    expect(await h.db.orm.em.fork().count(AuditLog, { operation: 'deleteOffice', objectId: office.id })).toBe(0);
  });

  it('is FORBIDDEN for another agency’s editor, and NOT_FOUND for an unknown id', async () => {
    const added = await h.run(
      'mutation { addOffice(agencyCode: "150785-sfj", name: "别人的科") { id } }',
      {},
      { token: h.editor },
    );
    const { id } = added.data!.addOffice as { id: string };
    const r = await h.run(DELETE, { id }, { token: await h.tokenFor('mzj-editor') });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.db.orm.em.fork().findOne(Office, id)).not.toBeNull();
    const unknown = await h.run(DELETE, { id: '00000000-0000-4000-8000-000000000000' }, { token: h.editor });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(unknown.errors?.[0]?.extensions?.code);
  });
});
