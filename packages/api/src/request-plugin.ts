/**
 * The request pipeline's guard, in one place for every operation:
 * 1. access: each root field is checked against POLICIES (role, sign-in, target object's agency) before
 *    anything executes; a field without a rule is refused;
 * 2. cost: a query whose estimated cost is too high is refused before it runs;
 * 3. isolation: the operation runs in one database transaction whose row-level-security scope comes from the
 *    principal; a mutation that ends with any error is rolled back whole (and its data withheld);
 * 4. audit: successful mutations are logged in the same transaction;
 * 5. anonymous visitors get no schema hints ("Did you mean …") in error messages.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  getArgumentValues,
  getVariableValues,
  isListType,
  isNonNullType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from './context.js';
import { AGENCY_KIND_LABELS } from '@gongkai/domain';
import { POLICIES, type OperationPolicy, type TargetKind } from './policy.js';
import { KeptCopies } from './kept-copies.js';
import { applyScope, canRead, canWrite, scopeOf, type Principal } from './scope.js';
import { redact, writeAudit } from './audit/audit.service.js';
import { checkDuties } from './report/duties.service.js';

export const MAX_COMPLEXITY = 5000;

/**
 * Cost of a query: one per field, and a list of objects doubles the cost of what is selected inside it
 * (an estimate of fan-out without knowing sizes). The admin's catalogue page costs ~500, a tree over all
 * agencies ~1,500.
 */
const listAwareEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type) && childComplexity > 0 ? 2 * (1 + childComplexity) : 1 + childComplexity;
};

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}

const AUDIT_VARIABLES_MAX = 8192;

/** The variables an operation declares (redacted), or a note of their size when they are too long to keep. */
function declaredVariables(
  definitions: readonly VariableDefinitionNode[],
  variables: Record<string, unknown>,
): unknown {
  const declared = Object.fromEntries(
    definitions
      .map((d) => d.variable.name.value)
      .filter((n) => n in variables)
      .map((n) => [n, variables[n]]),
  );
  const kept = redact(declared);
  const size = JSON.stringify(kept).length;
  return size <= AUDIT_VARIABLES_MAX ? kept : { truncated: true, characters: size, variables: Object.keys(declared) };
}

/** A request refused for its shape or size: HTTP 400, before anything runs. */
function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
}

/** Root fields of an operation, through fragments. */
function rootFields(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) rootFields(sel.selectionSet, fragments, out);
    else {
      const frag = fragments[sel.name.value];
      if (frag) rootFields(frag.selectionSet, fragments, out);
    }
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * Where the owning agency of each kind of object is: its table, the key the argument gives (id or code) and the
 * column holding the agency. null: the argument is the agency's id itself.
 */
const TARGETS: Record<TargetKind, { table: string; key: 'id' | 'code'; column: string } | null> = {
  agencyCode: { table: 'agency', key: 'code', column: 'id' },
  agencyId: null,
  catalogueId: { table: 'catalogue', key: 'id', column: 'agency_id' },
  officeId: { table: 'office', key: 'id', column: 'agency_id' },
  userId: { table: 'app_user', key: 'id', column: 'agency_id' },
  itemId: { table: 'catalogue_item', key: 'id', column: 'agency_id' },
  requirementId: { table: 'requirement', key: 'id', column: 'agency_id' },
  reportId: { table: 'annual_report', key: 'id', column: 'agency_id' },
  findingId: { table: 'import_finding', key: 'id', column: 'agency_id' },
  matchId: { table: 'item_match', key: 'id', column: 'left_agency_id' },
  recordId: { table: 'publication_record', key: 'id', column: 'agency_id' },
  applicationCaseId: { table: 'application_case', key: 'id', column: 'agency_id' },
  applicationReviewId: { table: 'application_review', key: 'id', column: 'agency_id' },
};

interface TargetOwner {
  /** The owning agency's id; null for an object without one (a platform administrator). */
  agency: string | null;
  /** The owning agency's kind (GOVERNMENT, DEPARTMENT, STANDARD), when it has one. */
  kind: string | null;
}

/**
 * The agency (and its kind) of the object an argument names, or undefined when there is no such object or the
 * argument is not an id. One statement (gongkai_object_agency: it sees objects outside the caller's scope, to tell
 * 「没有权限」 from 「不存在」); none for an agency id whose kind is not asked for.
 */
async function targetOwner(
  ctx: Context,
  kind: TargetKind,
  value: unknown,
  needKind: boolean,
): Promise<TargetOwner | undefined> {
  if (typeof value !== 'string') return undefined;
  if (kind !== 'agencyCode' && !UUID.test(value)) return undefined;
  const target = TARGETS[kind] ?? (needKind ? { table: 'agency', key: 'id' as const, column: 'id' } : null);
  if (!target) return { agency: value, kind: null };
  // An object's owning agency never changes (a user's can: not kept); an agency's code and kind change only with
  // agency_tree_version, which the session lookup read for this request.
  const version = kind !== 'userId' && ctx.principal.kind === 'user' ? ctx.principal.agencyTreeVersion : undefined;
  const key = `${target.table}:${target.key}:${value}`;
  const kept = version ? owners.get(key, version) : undefined;
  if (kept) return kept;
  const rows = await ctx.systemOrm.em
    .fork()
    .execute<Array<{ agency_id: string | null; kind: string | null }>>(
      'select agency_id, kind from gongkai_object_agency(?, ?, ?, ?)',
      [target.table, target.key, value, target.column],
    );
  if (rows.length === 0) return TARGETS[kind] ? undefined : { agency: value, kind: null };
  const owner = { agency: rows[0]!.agency_id, kind: rows[0]!.kind };
  if (version) owners.set(key, version, owner);
  return owner;
}

/**
 * Owners of objects named in requests, per agency-tree version (issue 14): a department's editor or a reviewer asking
 * for the same catalogue, report or agency again is checked without a statement. Only found objects are kept.
 */
const owners = new KeptCopies<TargetOwner>(20_000);

/** For tests: forget every kept owner. */
export function forgetKeptOwners(): void {
  owners.clear();
}

function signInMessage(ctx: Context): string {
  if (ctx.sessionProblem === 'expired') return '会话已过期，请重新登录';
  if (ctx.sessionProblem === 'invalid') return '会话无效，请重新登录';
  return '请先登录';
}

/**
 * Checks one root operation against its rule, given its argument values. Also used outside GraphQL (file
 * downloads), so the rules stay in one place.
 */
export async function checkPolicy(
  ctx: Context,
  rootType: 'Query' | 'Mutation',
  name: string,
  args: Record<string, unknown>,
): Promise<void> {
  const policy: OperationPolicy | undefined = POLICIES[rootType][name];
  if (!policy) throw forbidden(`操作「${name}」没有访问规则，已拒绝`);
  const p: Principal = ctx.principal;
  // A role allowed on standard catalogues only: every object named must then belong to a STANDARD agency.
  let standardsOnly = false;
  if (policy.access !== 'public') {
    if (p.kind !== 'user') throw unauthenticated(signInMessage(ctx));
    if (policy.access !== 'authenticated' && !p.roles.some((r) => (policy.access as readonly string[]).includes(r))) {
      if (!policy.standardsOnly || !p.roles.some((r) => policy.standardsOnly!.includes(r)))
        throw forbidden(`没有权限执行「${name}」`);
      standardsOnly = true;
    }
  }
  if (p.kind === 'user' && p.mustChangePassword && !policy.allowedBeforePasswordChange) {
    throw forbidden('请先修改初始密码');
  }
  if (policy.targets && p.kind === 'user') {
    for (const target of policy.targets) {
      const raw = args[target.arg];
      // A user who may read (or write) everything passes without looking the object up — unless the rule depends
      // on the object's kind (standard catalogues).
      if (
        !standardsOnly &&
        !policy.targetAgencyKinds &&
        (target.need === 'write' ? p.writeAgencies : p.readAgencies) === 'all'
      )
        continue;
      for (const value of Array.isArray(raw) ? raw : [raw]) {
        if (value === undefined || value === null) continue;
        const owner = await targetOwner(ctx, target.kind, value, standardsOnly || !!policy.targetAgencyKinds);
        if (owner === undefined) continue; // no such object: the resolver answers NOT_FOUND / BAD_USER_INPUT
        const agency = owner.agency;
        const allowed =
          agency === null
            ? (target.need === 'write' ? p.writeAgencies : p.readAgencies) === 'all'
            : target.need === 'write'
              ? canWrite(p, agency)
              : canRead(p, agency);
        if (!allowed) throw forbidden(`没有权限${target.need === 'write' ? '修改' : '查看'}其他机关的数据（${name}）`);
        if (standardsOnly && owner.kind !== 'STANDARD')
          throw forbidden(`没有权限执行「${name}」：政务公开办只能修改标准目录`);
        if (policy.targetAgencyKinds && !policy.targetAgencyKinds.some((k) => k === owner.kind)) {
          throw forbidden(
            `没有权限执行「${name}」：只能用于${policy.targetAgencyKinds.map((k) => AGENCY_KIND_LABELS[k]).join('或')}`,
          );
        }
      }
    }
  }
  await checkDuties(ctx, rootType, name, args, policy);
}

async function authorize(
  ctx: Context,
  rootType: 'Query' | 'Mutation',
  field: FieldNode,
  type: GraphQLObjectType,
  variables: Record<string, unknown>,
): Promise<void> {
  const name = field.name.value;
  if (name === '__typename') return;
  if (name === '__schema' || name === '__type') return; // governed by Apollo's `introspection` setting
  const def = type.getFields()[name];
  const args = def ? getArgumentValues(def, field, variables) : {};
  await checkPolicy(ctx, rootType, name, args);
}

export function requestPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
      let inTransaction = false;
      return {
        async didResolveOperation({ contextValue: ctx, operation, document, request, schema }) {
          if (!operation) return;
          const kind = operation.operation;
          if (kind !== 'query' && kind !== 'mutation') throw forbidden('不支持订阅');
          // The transaction starts before the access rules are checked: the statement that sets its scope also tells
          // whether a kept session is still what the database says (sessions.ts); if not, the session is looked up
          // afresh and the scope set again, so the rules below always see the current principal.
          // With a read replica configured, a query's transaction may run there (read-only, with the same scope);
          // mutations, and queries the replica cannot take, on the primary.
          if (kind === 'query') ctx.loaders.allowTreeCopies(); // kept copies are read and made by queries only
          let seen = '';
          const scopeIt = async () => {
            const p = ctx.principal;
            seen = await applyScope(ctx.em, scopeOf(p), p.kind === 'user' ? p.userId : null);
          };
          const onReplica = kind === 'query' && (await ctx.readRouting?.beginRead(ctx.em, scopeIt));
          if (!onReplica) await ctx.em.begin();
          inTransaction = true;
          if (!onReplica) await scopeIt();
          // On a read replica the version may lag behind a sign-out or a role change made on the primary: a kept
          // session is then always looked up afresh (on the primary).
          if (ctx.keptSession && (onReplica || ctx.keptSession.authVersion !== seen)) {
            const fresh = await ctx.keptSession.refresh();
            ctx.principal = fresh.principal;
            ctx.sessionProblem = fresh.problem;
            ctx.keptSession = undefined;
            await scopeIt();
          }
          // Variables nested too deeply for graphql's coercion were refused before this hook (input-sanitation.ts).
          const rootType = kind === 'mutation' ? 'Mutation' : 'Query';
          const type = (kind === 'mutation' ? schema.getMutationType() : schema.getQueryType())!;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions)
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          // Access is checked on the values execution will use: coerced variables, with the operation's defaults.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          const variables = 'coerced' in coerced && coerced.coerced ? coerced.coerced : (request.variables ?? {});
          for (const field of rootFields(operation.selectionSet, fragments)) {
            await authorize(ctx, rootType, field, type, variables);
          }
          // The query is already known to be small (validation-rules.ts); the estimate still must not answer 500.
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables,
              estimators: [listAwareEstimator],
            });
          } catch (e) {
            throw badRequest(`无法估算查询成本：${e instanceof GraphQLError ? e.message : '查询结构无效'}`);
          }
          if (cost > MAX_COMPLEXITY) {
            throw badRequest(`查询过于复杂（估算成本 ${cost}，上限 ${MAX_COMPLEXITY}），请拆分查询`);
          }
        },
        async willSendResponse({ contextValue: ctx, response, operation, request }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (body?.errors && ctx.principal.kind === 'anonymous') {
            body.errors = body.errors.map((e) => ({ ...e, message: e.message.replace(/\s*Did you mean .*$/su, '') }));
          }
          if (!inTransaction) return;
          inTransaction = false;
          const isMutation = operation?.operation === 'mutation';
          if (isMutation && body?.errors?.length) {
            await ctx.em.rollback();
            if (body) body.data = null;
            return;
          }
          try {
            if (isMutation) {
              if (ctx.audit.length === 0) {
                // A mutation whose resolver recorded nothing: its fields and the variables it declared, in at most
                // AUDIT_VARIABLES_MAX characters. `mutation { __typename }` changes nothing and is not recorded (it
                // would let anyone write megabytes of undeclared variables into the log).
                const fields = operation
                  ? rootFields(operation.selectionSet, {})
                      .map((f) => f.name.value)
                      .filter((n) => n !== '__typename')
                  : [];
                if (fields.length > 0)
                  ctx.audit.push({
                    operation: fields.join(','),
                    objectType: 'Request',
                    after: declaredVariables(operation?.variableDefinitions ?? [], request.variables ?? {}),
                  });
              }
              for (const entry of ctx.audit) writeAudit(ctx.em, ctx.principal, entry);
              await ctx.em.flush();
              await ctx.readRouting?.beforeCommit(ctx.em);
              await ctx.em.commit();
              for (const effect of ctx.afterCommit) effect();
            } else {
              // A query changes nothing: end its transaction without the ORM comparing every loaded entity for changes.
              await ctx.em.rollback();
            }
          } catch (e) {
            await ctx.em.rollback().catch(() => {});
            if (body) {
              body.data = null;
              body.errors = [{ message: '保存失败，所有改动已撤销', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            }
            console.error('提交事务失败：', e);
          }
          // A query that ran on a read replica which went away meanwhile: 503, which the load balancer retries on
          // another process (that one then reads from the primary).
          if (!isMutation && body?.errors?.length && (await ctx.readRouting?.replicaLost())) response.http.status = 503;
        },
      };
    },
  };
}
