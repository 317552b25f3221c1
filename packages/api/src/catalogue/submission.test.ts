/**
 * 提交审批 of a catalogue draft (issue 17): submit → return with a comment → resubmit → the approver publishes;
 * editing withdraws a submission (recorded); whoever submitted can neither publish nor return it; another agency's
 * editor is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue, Requirement, User, hashPassword } from '@gongkai/db';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';

let h: ApiHarness;
let publishedId: string;

const SUBMISSION = 'id status submission { state stateLabel submittedBy returnedBy returnComment }';
const SUBMIT = `mutation($id: ID!) { submitCatalogueDraft(id: $id) { ${SUBMISSION} } }`;
const RETURN = `mutation($id: ID!, $c: String!) { returnCatalogueDraft(id: $id, comment: $c) { ${SUBMISSION} } }`;
const PUBLISH = 'mutation($id: ID!) { publishCatalogue(id: $id) { status publishedBy } }';
const CREATE = 'mutation($id: ID!, $v: String!) { createDraft(catalogueId: $id, versionLabel: $v) { id } }';
const READ = `query($id: ID!) { catalogue(id: $id) { ${SUBMISSION} } }`;
const TODOS = '{ myTodos { total items { kind title detail link agencyCode } } }';

async function run(login: string, query: string, variables: Record<string, unknown> = {}) {
  return h.run(query, variables, { token: await h.tokenFor(login) });
}

async function ok(login: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const r = await run(login, query, variables);
  if (r.errors) throw new Error(`${login}: ${r.errors[0]!.message} ${JSON.stringify(r.errors[0]!.extensions)}`);
  return r.data as Record<string, any>;
}

async function refused(login: string, query: string, variables: Record<string, unknown>, code: string) {
  const r = await run(login, query, variables);
  expect(r.errors?.[0]?.extensions?.code, r.errors?.[0]?.message).toBe(code);
  expect(r.data ?? null).toBeNull();
  return r.errors![0]!.message;
}

async function firstRow(catalogueId: string): Promise<{ id: string; version: number }> {
  const r = await h.db.orm.em
    .fork()
    .findOneOrFail(Requirement, { catalogue: catalogueId }, { orderBy: { position: 'asc' } });
  return { id: r.id, version: r.version };
}

async function auditRows(catalogueId: string) {
  return h.db.orm.em
    .fork()
    .execute<Array<{ operation: string; user_login: string; before: Record<string, unknown> | null }>>(
      "select operation, user_login, before from audit_log where catalogue_id = ? and object_type = 'Catalogue' order by at, id",
      [catalogueId],
    );
}

async function auditOps(catalogueId: string): Promise<string[]> {
  return (await auditRows(catalogueId)).map((r) => r.operation);
}

beforeAll(async () => {
  h = await createApiHarness();
  const em = h.db.orm.em.fork();
  const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
  publishedId = (await em.findOneOrFail(Catalogue, { agency: sfj, status: 'PUBLISHED' })).id;
  em.create(User, {
    login: 'sfj-both',
    displayName: '司法局编辑兼审批人',
    agency: sfj,
    roles: ['DEPT_EDITOR', 'DEPT_APPROVER'],
    passwordHash: await hashPassword('both-password-1'),
  });
  await em.flush();
});
afterAll(async () => h?.close());

describe('submitting a catalogue draft for approval', () => {
  it('submit → return with a comment → resubmit → the approver publishes', async () => {
    const draftId = (await ok('sfj-editor', CREATE, { id: publishedId, v: '审批测试版' })).createDraft.id as string;
    expect((await ok('sfj-editor', READ, { id: draftId })).catalogue.submission).toMatchObject({
      state: null,
      stateLabel: '草稿',
    });

    const submitted = (await ok('sfj-editor', SUBMIT, { id: draftId })).submitCatalogueDraft;
    expect(submitted.submission).toMatchObject({
      state: 'SUBMITTED',
      stateLabel: '已提交审批',
      submittedBy: 'sfj-editor',
    });
    expect(await refused('sfj-editor', SUBMIT, { id: draftId }, 'BAD_USER_INPUT')).toContain('已提交审批');

    // The approver has it on the to-do list, linked to the draft.
    const approverTodos = (await ok('sfj-approver', TODOS)).myTodos.items as Array<Record<string, string>>;
    expect(approverTodos).toContainEqual(
      expect.objectContaining({
        kind: 'CATALOGUE_AWAITING_APPROVAL',
        link: `/agencies/150785-sfj?v=${draftId}`,
        agencyCode: '150785-sfj',
      }),
    );

    // Returning needs the agency's approver and a comment.
    expect(await refused('sfj-editor', RETURN, { id: draftId, c: '请修改' }, 'FORBIDDEN')).toBeTruthy();
    expect(await refused('mzj-editor', RETURN, { id: draftId, c: '请修改' }, 'FORBIDDEN')).toBeTruthy();
    const blank = await run('sfj-approver', RETURN, { id: draftId, c: '   ' });
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'comment' } });
    expect(blank.errors?.[0]?.message).toContain('退回意见');

    const returned = (await ok('sfj-approver', RETURN, { id: draftId, c: ' 「行政处罚」缺少公开时限 ' }))
      .returnCatalogueDraft;
    expect(returned.submission).toMatchObject({
      state: 'RETURNED',
      stateLabel: '已退回',
      returnedBy: 'sfj-approver',
      returnComment: '「行政处罚」缺少公开时限',
    });
    expect(await refused('sfj-approver', RETURN, { id: draftId, c: '再退' }, 'BAD_USER_INPUT')).toContain(
      '没有提交审批',
    );

    // The editor sees the comment on the to-do list; the approver's item is gone.
    const editorTodos = (await ok('sfj-editor', TODOS)).myTodos.items as Array<Record<string, string>>;
    const back = editorTodos.find((t) => t.kind === 'CATALOGUE_RETURNED');
    expect(back?.detail).toContain('「行政处罚」缺少公开时限');
    expect(back?.link).toBe(`/agencies/150785-sfj?v=${draftId}`);
    expect(
      ((await ok('sfj-approver', TODOS)).myTodos.items as Array<{ kind: string }>).some(
        (t) => t.kind === 'CATALOGUE_AWAITING_APPROVAL',
      ),
    ).toBe(false);

    // Fixing a returned draft keeps it 已退回 (the comment stays in view) until it is submitted again.
    const row = await firstRow(draftId);
    await ok(
      'sfj-editor',
      'mutation($id: ID!, $v: Int!) { updateRequirement(id: $id, expectedVersion: $v, input: { timeLimitRaw: "20个工作日" }) { id } }',
      { id: row.id, v: row.version },
    );
    expect((await ok('sfj-editor', READ, { id: draftId })).catalogue.submission.state).toBe('RETURNED');

    const again = (await ok('sfj-editor', SUBMIT, { id: draftId })).submitCatalogueDraft;
    expect(again.submission).toMatchObject({ state: 'SUBMITTED', returnComment: null, returnedBy: null });
    const published = (await ok('sfj-approver', PUBLISH, { id: draftId })).publishCatalogue;
    expect(published).toEqual({ status: 'PUBLISHED', publishedBy: 'sfj-approver' });
    expect((await ok('sfj-editor', READ, { id: draftId })).catalogue.submission).toBeNull();
    expect(await auditOps(draftId)).toEqual([
      'createDraft',
      'submitCatalogueDraft',
      'returnCatalogueDraft',
      'submitCatalogueDraft',
      'publishCatalogue',
    ]);
    expect(await refused('sfj-editor', SUBMIT, { id: draftId }, 'BAD_USER_INPUT')).toContain('已发布');
  });

  it('editing a submitted draft withdraws the submission, recorded in the audit log', async () => {
    const draftId = (await ok('sfj-editor', CREATE, { id: publishedId, v: '撤回测试版' })).createDraft.id as string;
    await ok('sfj-editor', SUBMIT, { id: draftId });
    await ok('sfj-editor', 'mutation($id: ID!) { addItem(catalogueId: $id, name: "新增事项") { id } }', {
      id: draftId,
    });
    expect((await ok('sfj-editor', READ, { id: draftId })).catalogue.submission.state).toBeNull();
    const ops = await auditOps(draftId);
    expect(ops.slice(-2)).toEqual(['submitCatalogueDraft', 'withdrawCatalogueSubmission']);
    const withdrawal = (await auditRows(draftId)).find((r) => r.operation === 'withdrawCatalogueSubmission');
    expect(withdrawal?.user_login).toBe('sfj-editor');
    expect(withdrawal?.before?.reviewState).toBe('SUBMITTED');
    // Nothing awaits the approver any more.
    expect(
      ((await ok('sfj-approver', TODOS)).myTodos.items as Array<{ kind: string }>).some(
        (t) => t.kind === 'CATALOGUE_AWAITING_APPROVAL',
      ),
    ).toBe(false);
    await ok('sfj-editor', 'mutation($id: ID!) { deleteDraft(id: $id) }', { id: draftId });
  });

  it('nobody approves their own submission: a submitter who is also 部门审批人 can neither publish nor return it', async () => {
    const draftId = (await ok('sfj-editor', CREATE, { id: publishedId, v: '职责分离版' })).createDraft.id as string;
    await ok('sfj-editor', 'mutation($id: ID!) { addItem(catalogueId: $id, name: "编辑的事项") { id } }', {
      id: draftId,
    });
    await ok('sfj-both', SUBMIT, { id: draftId });
    // Two people changed the draft (so the older only-editor rule would let sfj-both publish): the submission rule refuses.
    expect(await refused('sfj-both', PUBLISH, { id: draftId }, 'FORBIDDEN')).toContain('不能发布自己提交审批的草稿');
    expect(await refused('sfj-both', RETURN, { id: draftId, c: '自己退回' }, 'FORBIDDEN')).toContain(
      '不能退回自己提交审批的草稿',
    );
    // sfj-both does not see their own submission as awaiting their approval; the other approver does.
    expect(
      ((await ok('sfj-both', TODOS)).myTodos.items as Array<{ kind: string }>).some(
        (t) => t.kind === 'CATALOGUE_AWAITING_APPROVAL',
      ),
    ).toBe(false);
    expect((await ok('sfj-approver', PUBLISH, { id: draftId })).publishCatalogue.status).toBe('PUBLISHED');
  });

  it("another agency's editor cannot submit, and a viewer cannot either", async () => {
    const draftId = (await ok('sfj-editor', CREATE, { id: publishedId, v: '他人测试版' })).createDraft.id as string;
    await refused('mzj-editor', SUBMIT, { id: draftId }, 'FORBIDDEN');
    await refused('sfj-viewer', SUBMIT, { id: draftId }, 'FORBIDDEN');
    await refused('demo-reviewer', SUBMIT, { id: draftId }, 'FORBIDDEN');
    const anonymous = await h.run(SUBMIT, { id: draftId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ok('sfj-editor', READ, { id: draftId })).catalogue.submission.state).toBeNull();
    // Anonymous visitors never see a draft's submission (nor the draft).
    await ok('sfj-editor', 'mutation($id: ID!) { deleteDraft(id: $id) }', { id: draftId });
  });
});
