/**
 * Separation of duties (职责分离): the part of an operation's access rule that depends on the object it names —
 * whose report it is, who filled it in, who edited a draft. Declared per operation in policy.ts (`duty`), checked
 * by checkPolicy (request-plugin.ts) before anything runs, decided by the domain's rule
 * (packages/domain separation-of-duties.ts), which the admin app uses to show or hide its buttons.
 *
 * What the rule needs is read outside the request's transaction, with the system scope, like the target checks:
 * the report's agency and its authors (report_transition: who submitted; audit_log: who saved, imported, started
 * or submitted it), the draft's editors (audit_log, as Catalogue.history), whether the agency has a 部门审批人, and
 * the government's setting (government_setting, default on).
 */
import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { governmentSettings } from '@gongkai/db';
import { draftPublishRefusal, reportStepRefusal, type DutyAgency, type DutyUser } from '@gongkai/domain';
import type { Context } from '../context.js';
import { POLICIES, type DutyRule, type OperationPolicy } from '../policy.js';
import { withSystemScope } from '../account/sessions.js';

/** Operations that fill in or submit a report: whoever ran one of them on a report is one of its authors. */
export const REPORT_AUTHOR_OPERATIONS: readonly string[] = [
  'saveAnnualReport',
  'importAnnualReport',
  'startGovernmentReport',
  'submitAnnualReport',
  // Tables 三/四 filled from the 依申请公开 register (issue 15).
  'fillReportFromRegister',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}

/**
 * The root mutations of the request checked so far. Root mutations run one after another in document order, and
 * all are checked before the first runs: a review after a change in the same request would be judged on the data
 * before that change, so it is refused (a user cannot submit and approve a report in one request).
 */
const checkedMutations = new WeakMap<Context, string[]>();

const isReviewDuty = (d: DutyRule | undefined): boolean =>
  d?.rule === 'reviewOthersReport' || d?.rule === 'publishNotOwnDraft';

type Row = Record<string, unknown>;

interface DutyTarget {
  agency: DutyAgency;
  /** The agency's name, for a bulk refusal naming the departments refused. */
  name: string;
  /** Logins of everyone who filled in (saved, imported, started) or submitted the report; [] for an agency. */
  authors: string[];
}

/** The agencies (and, for reviews, the authors) of every object the argument names: two statements for any number. */
async function dutyTargets(
  em: EntityManager,
  kind: string,
  values: string[],
  withAuthors: boolean,
): Promise<Map<string, DutyTarget>> {
  const out = new Map<string, DutyTarget>();
  if (kind === 'agencyCode') {
    // No agency has a code that long or with NUL (which PostgreSQL refuses).
    const codes = values.filter((v) => v.length <= 200 && !v.includes('\u0000'));
    if (codes.length === 0) return out;
    for (const a of await em.execute<Row[]>('select code, id, kind, name from agency where code in (?)', [codes])) {
      out.set(String(a.code), {
        agency: { id: String(a.id), kind: a.kind as DutyAgency['kind'] },
        name: String(a.name),
        authors: [],
      });
    }
    return out;
  }
  if (kind !== 'reportId') return out;
  const ids = values.filter((v) => UUID.test(v));
  if (ids.length === 0) return out;
  for (const r of await em.execute<Row[]>(
    'select r.id as report_id, a.id, a.kind, a.name from annual_report r join agency a on a.id = r.agency_id where r.id in (?)',
    [ids],
  )) {
    out.set(String(r.report_id), {
      agency: { id: String(r.id), kind: r.kind as DutyAgency['kind'] },
      name: String(r.name),
      authors: [],
    });
  }
  if (!withAuthors || out.size === 0) return out;
  const found = [...out.keys()];
  const ops = REPORT_AUTHOR_OPERATIONS.map(() => '?').join(', ');
  const rows = await em.execute<Array<{ id: string; login: string }>>(
    `select report_id::text as id, user_login as login from report_transition where report_id in (?) and to_status = 'SUBMITTED'
     union
     select object_id, user_login from audit_log
      where agency_id in (?) and object_type = 'AnnualReport' and object_id in (?) and operation in (${ops}) and user_login is not null`,
    [found, [...new Set([...out.values()].map((t) => t.agency.id))], found, ...REPORT_AUTHOR_OPERATIONS],
  );
  for (const r of rows) out.get(r.id)?.authors.push(r.login);
  return out;
}

async function draftRefusal(em: EntityManager, user: DutyUser, catalogueId: string): Promise<string | null> {
  if (!UUID.test(catalogueId)) return null;
  const [c] = await em.execute<Row[]>('select agency_id, status from catalogue where id = ?', [catalogueId]);
  if (!c || c.status !== 'DRAFT') return null; // no such draft: the resolver answers
  const agencyId = String(c.agency_id);
  const editors = await em.execute<Array<{ login: string }>>(
    "select distinct user_login as login from audit_log where catalogue_id = ? and operation <> 'publishCatalogue' and user_login is not null",
    [catalogueId],
  );
  const [approver] = await em.execute<Row[]>(
    `select exists(select 1 from app_user where agency_id = ? and not disabled and roles @> '["DEPT_APPROVER"]'::jsonb) as has`,
    [agencyId],
  );
  // The agency's government: the nearest agency of kind GOVERNMENT at or above it.
  const [government] = await em.execute<Row[]>(
    `with recursive up as (select id, parent_id, kind, 0 as depth from agency where id = ?
       union all select a.id, a.parent_id, a.kind, up.depth + 1 from agency a join up on a.id = up.parent_id where up.depth < 20)
     select id from up where kind = 'GOVERNMENT' order by depth limit 1`,
    [agencyId],
  );
  const settingOn = government ? (await governmentSettings(em, String(government.id))).catalogueSecondPerson : true;
  return draftPublishRefusal(user, {
    editors: editors.map((e) => e.login),
    agencyHasApprover: approver?.has === true,
    settingOn,
  });
}

/**
 * Checks the operation's separation-of-duties rule (policy.ts `duty`) against the objects its argument names;
 * refuses with FORBIDDEN and the rule's Chinese message. Called at the end of checkPolicy, for every operation.
 */
export async function checkDuties(
  ctx: Context,
  rootType: 'Query' | 'Mutation',
  name: string,
  args: Record<string, unknown>,
  policy: OperationPolicy,
): Promise<void> {
  const p = ctx.principal;
  if (rootType === 'Mutation') {
    const earlier = checkedMutations.get(ctx) ?? [];
    checkedMutations.set(ctx, [...earlier, name]);
    if (isReviewDuty(policy.duty) && earlier.some((op) => !isReviewDuty(POLICIES.Mutation[op]?.duty))) {
      throw forbidden('职责分离：审核、退回、公开不能与修改放在同一次请求中');
    }
  }
  const duty = policy.duty;
  if (!duty || p.kind !== 'user') return;
  const raw = args[duty.arg];
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  if (values.length === 0) return;
  const user: DutyUser = { roles: p.roles, agencyId: p.agencyId, login: p.login };
  const kind = policy.targets?.find((t) => t.arg === duty.arg)?.kind;
  const refusal = await withSystemScope(ctx.systemOrm, async (em) => {
    if (duty.rule === 'publishNotOwnDraft') {
      for (const value of values) {
        const r = await draftRefusal(em, user, value);
        if (r) return r;
      }
      return null;
    }
    const targets = kind
      ? await dutyTargets(em, kind, values, duty.rule === 'reviewOthersReport')
      : new Map<string, DutyTarget>();
    // One object: its refusal. Several (a bulk step): every refusal, each with the agencies it refuses, so the
    // reviewer sees at once which departments' reports keep the whole step from running.
    const refused = new Map<string, string[]>();
    for (const value of values) {
      const target = targets.get(value);
      if (!target) continue; // no such object: the resolver answers NOT_FOUND / BAD_USER_INPUT
      const r = reportStepRefusal(user, duty.step, target.agency, target.authors);
      if (r && values.length === 1) return r;
      if (r) refused.set(r, [...(refused.get(r) ?? []), target.name]);
    }
    if (refused.size === 0) return null;
    return `${[...refused].map(([r, names]) => `${r}（${[...new Set(names)].join('、')}）`).join('；')}；所选的报告都没有处理`;
  });
  if (refusal) throw forbidden(refusal);
}

/**
 * The review duty once more, inside the request's transaction with the reports locked: a submit by the same person
 * running in parallel has then either committed (and is seen) or not started. Without it, an administrator could
 * send submit and approve of one report at the same moment and approve their own submission.
 */
export async function recheckReviewDuty(
  ctx: Context,
  name:
    | 'returnAnnualReport'
    | 'approveAnnualReport'
    | 'publishAnnualReports'
    | 'approveAnnualReports'
    | 'returnAnnualReports',
  args: Record<string, unknown>,
): Promise<void> {
  const policy = POLICIES.Mutation[name];
  if (!policy?.duty) return;
  const raw = args[policy.duty.arg];
  const ids = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  if (ids.length === 0) return;
  await ctx.em.execute('select id from annual_report where id in (?) for update', [ids]);
  await checkDuties(ctx, 'Mutation', name, args, policy);
}
