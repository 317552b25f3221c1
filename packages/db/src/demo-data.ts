/**
 * Demo data: the agency tree of 根河市 and the catalogues in the repository's demo-data/ folder, loaded
 * through the same importer as any user file. Loaded only into an empty database.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import { importCatalogueTextOrThrow } from '@gongkai/domain';
import { Agency, User, type AgencyKind, type Role } from './entities.js';
import { hashPassword } from './account/passwords.js';
import { loadDemoReports } from './report/demo-reports.js';
import { saveCatalogue } from './catalogue/catalogue-store.js';

export const DEMO_DATA_DIR = fileURLToPath(new URL('../../../demo-data/', import.meta.url));

interface DemoAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  parent: string | null;
  catalogue?: { file: string; versionLabel: string; demo: boolean; published?: boolean };
}

interface DemoUsers {
  password: string;
  accounts: Array<{ login: string; displayName: string; agency: string | null; roles: Role[] }>;
}

export interface DemoLoadResult {
  loaded: boolean;
  agencies: number;
  catalogues: number;
  users: number;
  reports: number;
}

export interface DemoDecision {
  /** Load the demo data (and the demo accounts, whose password is public) into an empty database. */
  load: boolean;
  /** A warning to print (Chinese): demo data forced on in production, or an unrecognised GONGKAI_DEMO. */
  warning?: string;
}

/**
 * Whether the server loads the demo data into an empty database. Outside production: yes unless
 * GONGKAI_DEMO=0. With NODE_ENV=production: no, unless GONGKAI_DEMO=1 is set explicitly — then with a warning,
 * because the demo accounts (demo-admin is a platform administrator) share a published password.
 */
export function demoDataWanted(env: Readonly<Record<string, string | undefined>>): DemoDecision {
  const production = env.NODE_ENV === 'production';
  const value = env.GONGKAI_DEMO?.trim() ?? '';
  if (value === '0') return { load: false };
  if (value === '1') {
    return production
      ? {
          load: true,
          warning:
            '⚠ 警告：NODE_ENV=production 且 GONGKAI_DEMO=1——空数据库将载入示例数据和示例账号（含平台管理员 demo-admin，密码公开在 README 中）。正式环境请勿使用。',
        }
      : { load: true };
  }
  if (value !== '') {
    return {
      load: !production,
      warning: `GONGKAI_DEMO 的值「${value}」无法识别（只认 0 或 1），按默认处理：${production ? '生产环境不载入示例数据' : '空数据库载入示例数据'}`,
    };
  }
  return { load: !production };
}

/** Loads the demo data when the database has no agency yet. One transaction. */
export async function loadDemoDataIfEmpty(em: EntityManager, dir = DEMO_DATA_DIR): Promise<DemoLoadResult> {
  if ((await em.count(Agency, {})) > 0) return { loaded: false, agencies: 0, catalogues: 0, users: 0, reports: 0 };
  const spec = JSON.parse(readFileSync(path.join(dir, 'agencies.json'), 'utf8')) as {
    agencies: DemoAgency[];
    users?: DemoUsers;
  };
  const demoHash = spec.users ? await hashPassword(spec.users.password) : '';
  return em.transactional(async (tx) => {
    const byCode = new Map<string, Agency>();
    spec.agencies.forEach((a, position) => {
      const parent = a.parent ? byCode.get(a.parent) : null;
      if (a.parent && !parent) throw new Error(`demo-data/agencies.json：「${a.name}」的上级 ${a.parent} 不存在`);
      byCode.set(a.code, tx.create(Agency, { code: a.code, name: a.name, kind: a.kind, parent, position }));
    });
    await tx.flush();
    let catalogues = 0;
    for (const a of spec.agencies) {
      if (!a.catalogue) continue;
      const file = path.join(dir, a.catalogue.file);
      const json = importCatalogueTextOrThrow(readFileSync(file, 'utf8'), { sourceName: path.basename(file) });
      const catalogue = await saveCatalogue(tx, byCode.get(a.code)!.id, json, {
        versionLabel: a.catalogue.versionLabel,
        sourceName: a.catalogue.demo ? `${path.basename(file)}（示例数据，虚构）` : path.basename(file),
        demo: a.catalogue.demo,
      });
      if (a.catalogue.published) {
        catalogue.status = 'PUBLISHED';
        catalogue.publishedAt = catalogue.importedAt ?? new Date();
        catalogue.publishedBy = '（示例数据：导入时已是发布版本）';
      }
      catalogues++;
    }
    for (const u of spec.users?.accounts ?? []) {
      const agency = u.agency ? byCode.get(u.agency) : null;
      if (u.agency && !agency) throw new Error(`demo-data/agencies.json：用户 ${u.login} 的机关 ${u.agency} 不存在`);
      tx.create(User, { login: u.login, displayName: u.displayName, agency, roles: u.roles, passwordHash: demoHash });
    }
    await tx.flush();
    const reports = await loadDemoReports(tx);
    return {
      loaded: true,
      agencies: spec.agencies.length,
      catalogues,
      users: spec.users?.accounts.length ?? 0,
      reports,
    };
  });
}
