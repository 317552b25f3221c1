/**
 * The HTTP side: GraphQL at /graphql, the built admin app at / (with SPA fallback), /healthz (the process answers)
 * and /readyz (the database answers and has every migration of this build: what a load balancer checks).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { constants as zlib } from 'node:zlib';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import { pendingMigrations, type MikroORM } from '@gongkai/db';
import { parseCookie as parseCookies } from 'cookie';
import {
  SESSION_COOKIE,
  createContext,
  downloadApplicationRegister,
  downloadCatalogue,
  downloadCoverageMatrix,
  downloadOfficeRecordView,
  downloadPublishedReports,
  downloadReport,
  downloadReportDashboard,
  downloadStoredFile,
  downloadReportSum,
  downloadSideBySide,
  type CatalogueFormat,
  type CatalogueDownload,
  type Context,
  type ReportFormatName,
  type SumFormat,
} from '@gongkai/api';
import { GraphQLError, Kind, parse } from 'graphql';
import { UPLOAD_BODY_BYTES, UPLOAD_OPERATIONS, UPLOAD_PATH } from '@gongkai/domain';
import { WROTE_COOKIE, type ReadRouter } from './read-routing.js';

export interface HttpAppOptions {
  orm: MikroORM;
  /** A small separate pool for work outside request transactions (see Context.systemOrm). */
  systemOrm: MikroORM;
  apollo: ApolloServer<Context>;
  /** Folder of the built admin app (apps/admin/dist). */
  adminDir: string;
  /** With a read replica (DATABASE_REPLICA_URL): where queries run (read-routing.ts). */
  readRouter?: ReadRouter;
  /** True once the process is shutting down: /readyz answers 503 so a load balancer stops sending requests. */
  isStopping?: () => boolean;
}

const READY_TIMEOUT_MS = 2000;

export function createHttpApp({ orm, systemOrm, apollo, adminDir, readRouter, isStopping }: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Security headers from helmet (maintained, and its defaults follow current browser guidance): nosniff, no
  // framing, no referrer leaks, and a content-security policy the admin app runs under — its own scripts only;
  // inline style attributes (Element Plus, ECharts) allowed; images and fonts also from data:/blob: URLs (charts
  // exported as images). Apollo's development landing page is not served (see apollo.ts), so one policy fits all.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      frameguard: { action: 'deny' },
      // The admin app may be served over plain HTTP inside a department's network; HSTS is the proxy's to set.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Responses compressed (brotli when the browser takes it, else gzip) by the `compression` middleware: the admin
  // app's scripts and styles, index.html and GraphQL's JSON alike, by content type (files that are already
  // compressed — xlsx, docx, pdf — are sent as they are). Brotli at quality 5: smaller than gzip for the first load
  // at about gzip's CPU cost (quality 4, the default, came out larger than gzip).
  app.use(compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } }));
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  // Ready: the database answers (as the application role, through the pool requests use for sessions) within 2 s and
  // has every migration of this build. A replica that is down does not make the process unready: reads then go to
  // the primary (read-routing.ts); its state is reported.
  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const replica = readRouter ? { skipped: readRouter.replicaSkipped, ...readRouter.stats } : undefined;
    if (isStopping?.()) {
      res.status(503).json({ ok: false, reason: '正在停止', replica });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const pending = await Promise.race([
        pendingMigrations(systemOrm),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${READY_TIMEOUT_MS / 1000} 秒内无应答`)), READY_TIMEOUT_MS);
        }),
      ]);
      if (pending.length > 0) {
        res.status(503).json({ ok: false, reason: `数据库缺少迁移：${pending.join('、')}`, replica });
        return;
      }
      res.json({ ok: true, replica });
    } catch (e) {
      res.status(503).json({ ok: false, reason: `数据库不可用：${(e as Error).message}`, replica });
    } finally {
      clearTimeout(timer);
    }
  });
  const trust = process.env.GONGKAI_TRUST_PROXY;
  // 'true' → trust all, a number → that many hops, anything else → express's list of addresses/subnets.
  if (trust) app.set('trust proxy', trust === 'true' ? true : /^\d+$/u.test(trust) ? Number(trust) : trust);
  const context = async ({ req, res }: { req: express.Request; res: express.Response }): Promise<Context> => {
    const cookies = parseCookies(req.headers.cookie ?? '');
    return createContext(orm, {
      systemOrm,
      sessionToken: cookies[SESSION_COOKIE],
      keepSession: true,
      readRouting: readRouter?.forRequest(cookies[WROTE_COOKIE], (xid, maxAge) =>
        res.cookie(WROTE_COOKIE, xid, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge }),
      ),
      http: {
        ip: req.ip ?? null,
        userAgent: req.get('user-agent') ?? null,
        setSessionCookie(token, expiresAt) {
          res.cookie(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: 'lax',
            secure: req.secure,
            path: '/',
            expires: expiresAt,
          });
        },
        clearSessionCookie() {
          res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
        },
      },
    });
  };
  // Mutations that carry a file (packages/domain upload-limits.ts) may send up to 20 MB at UPLOAD_PATH; nothing else
  // is accepted there. Mounted before /graphql, whose prefix would otherwise take the path with its 3 MB limit.
  app.use(
    UPLOAD_PATH,
    signedInOnly,
    express.json({ limit: UPLOAD_BODY_BYTES }),
    onlyUploadOperations,
    expressMiddleware(apollo, { context }),
  );
  app.use(
    UPLOAD_PATH,
    jsonBodyError(`请求过大（文件上限 ${Math.round(UPLOAD_BODY_BYTES / 1024 / 1024)} MB 的 base64）`),
  );
  app.use(
    '/graphql',
    // Catalogue imports send the file's text; 3 MB of JSON is ~1 million Chinese characters.
    express.json({ limit: '3mb' }),
    expressMiddleware(apollo, { context }),
  );
  // Body too large or malformed JSON: a GraphQL-shaped error, not an HTML page.
  app.use('/graphql', jsonBodyError('请求过大（上限 3 MB）'));
  // Downloads, under the same access rules and database scope as the corresponding queries.
  const send = async (
    req: express.Request,
    res: express.Response,
    make: (token: string | undefined) => Promise<CatalogueDownload>,
    inline = false,
  ): Promise<void> => {
    try {
      const file = await make(parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE]);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader(
        'Content-Disposition',
        `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      // A PDF shown inline opens in the browser's own viewer, which `object-src 'none'` would block: a PDF runs no
      // script of ours, so it gets no content-security policy.
      if (file.contentType.startsWith('application/pdf')) res.removeHeader('Content-Security-Policy');
      res.send(file.body);
    } catch (e) {
      const code = e instanceof GraphQLError ? String(e.extensions.code) : 'INTERNAL_SERVER_ERROR';
      const status = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 }[code] ?? 500;
      if (status === 500) console.error('导出失败：', e);
      res.status(status).json({ error: { code, message: status === 500 ? '导出失败' : (e as Error).message } });
    }
  };
  app.get(/^\/exports\/catalogues\/([0-9a-fA-F-]{36})\.(json|csv|xlsx|docx)$/u, (req, res) =>
    send(req, res, (t) =>
      downloadCatalogue(orm, systemOrm, t, req.params[0] as string, req.params[1] as CatalogueFormat),
    ),
  );
  // ?government=<code> (default: the template's government) or ?agencies=<code>,<code>…
  app.get(/^\/exports\/coverage\/([0-9a-fA-F-]{36})\.xlsx$/u, (req, res) => {
    const government = typeof req.query.government === 'string' && req.query.government ? req.query.government : null;
    const agencies =
      typeof req.query.agencies === 'string' && req.query.agencies
        ? req.query.agencies.split(',').filter(Boolean)
        : null;
    return send(req, res, (t) =>
      downloadCoverageMatrix(orm, systemOrm, t, req.params[0] as string, government, agencies),
    );
  });
  // The 依申请公开 register of an agency (?year=2026 for one year), as the applicationRegister query shows it.
  app.get(/^\/exports\/applications\/([A-Za-z0-9_-]+)\.xlsx$/u, (req, res) => {
    const year = typeof req.query.year === 'string' && /^\d{4}$/u.test(req.query.year) ? Number(req.query.year) : null;
    return send(req, res, (t) => downloadApplicationRegister(orm, systemOrm, t, req.params[0] as string, year));
  });
  // The office's view of 主动公开 records of a government's departments for a year (issue 16).
  app.get(/^\/exports\/records\/([A-Za-z0-9_-]+)\/(\d{4})\.xlsx$/u, (req, res) =>
    send(req, res, (t) => downloadOfficeRecordView(orm, systemOrm, t, req.params[0] as string, Number(req.params[1]))),
  );
  // The office's annual-report dashboard (报送情况) of a government and year, as the reportDashboard query shows it.
  app.get(/^\/exports\/reports\/([A-Za-z0-9_-]+)\/(\d{4})\/dashboard\.xlsx$/u, (req, res) =>
    send(req, res, (t) => downloadReportDashboard(orm, systemOrm, t, req.params[0] as string, Number(req.params[1]))),
  );
  // All departments side by side (?table=proactive|applications|reviewLitigation&applicant=total&statuses=A,B).
  app.get(/^\/exports\/reports\/([A-Za-z0-9_-]+)\/(\d{4})\/side-by-side\.xlsx$/u, (req, res) =>
    send(req, res, (t) =>
      downloadSideBySide(orm, systemOrm, t, req.params[0] as string, Number(req.params[1]), {
        table: queryText(req.query.table),
        applicant: queryText(req.query.applicant),
        statuses: queryList(req.query.statuses),
      }),
    ),
  );
  // The sum of the departments' reports (?statuses=A,B; default 已审核通过、已公开) as xlsx, docx or pdf.
  app.get(/^\/exports\/reports\/([A-Za-z0-9_-]+)\/(\d{4})\/sum\.(xlsx|docx|pdf)$/u, (req, res) =>
    send(
      req,
      res,
      (t) =>
        downloadReportSum(
          orm,
          systemOrm,
          t,
          req.params[0] as string,
          Number(req.params[1]),
          req.params[2] as SumFormat,
          queryList(req.query.statuses),
        ),
      req.params[2] === 'pdf',
    ),
  );
  app.get(/^\/exports\/reports\/published\/(\d{4})\.(csv|json)$/u, (req, res) =>
    send(req, res, (t) =>
      downloadPublishedReports(orm, systemOrm, t, Number(req.params[0]), req.params[1] as 'csv' | 'json'),
    ),
  );
  app.get(/^\/exports\/reports\/([A-Za-z0-9_-]+)\/(\d{4})\.(html|csv|json|docx|pdf)$/u, (req, res) =>
    send(
      req,
      res,
      (t) =>
        downloadReport(
          orm,
          systemOrm,
          t,
          req.params[0] as string,
          Number(req.params[1]),
          req.params[2] as ReportFormatName,
        ),
      req.params[2] === 'html' || req.params[2] === 'pdf',
    ),
  );
  // Stored files (a 依申请公开 case's reply letter): for the signed-in users of the file's agency only; anyone else
  // gets 404 (row-level security hides the row). Sent as an attachment whatever its type, never rendered by us.
  app.get(/^\/files\/([0-9a-fA-F-]{36})$/u, async (req, res) => {
    try {
      const file = await downloadStoredFile(
        orm,
        systemOrm,
        parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE],
        req.params[0] as string,
      );
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', contentDisposition(file.fileName));
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Length', String(file.body.length));
      res.end(file.body);
    } catch (e) {
      const code = e instanceof GraphQLError ? String(e.extensions.code) : 'INTERNAL_SERVER_ERROR';
      const status = { UNAUTHENTICATED: 401, BAD_USER_INPUT: 404, NOT_FOUND: 404 }[code] ?? 500;
      if (status === 500) console.error('下载附件失败：', e);
      res.status(status).json({ error: { code, message: status === 500 ? '下载附件失败' : (e as Error).message } });
    }
  });

  const index = path.join(adminDir, 'index.html');
  if (existsSync(index)) {
    // Vite names every file under assets/ by its content's hash: a changed file gets a new name, so a browser may
    // keep these for a year without asking again. One that is not there is a 404 (not index.html in its place).
    app.use('/assets', express.static(path.join(adminDir, 'assets'), { index: false, maxAge: '1y', immutable: true }));
    app.use('/assets', (_req, res) => {
      res.status(404).type('text/plain; charset=utf-8').send('文件不存在（可能是旧版本的文件：请刷新页面）');
    });
    // index.html (and anything else outside assets/) is checked on every visit, so a new build is picked up at once.
    app.use(express.static(adminDir, { index: false, maxAge: '1h', setHeaders: noCacheForHtml }));
    app.get(/.*/u, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          `管理界面尚未构建（缺少 ${index}）。请运行 pnpm build，或直接用 pnpm start 启动（会自动构建）。GraphQL 在 /graphql。`,
        );
    });
  }
  return app;
}

/** A query parameter given once as text, or null. */
function queryText(v: unknown): string | null {
  return typeof v === 'string' && v ? v : null;
}

/** A comma-separated query parameter as a list, or null. */
function queryList(v: unknown): string[] | null {
  const t = queryText(v);
  return t ? t.split(',').filter(Boolean) : null;
}

/**
 * `attachment` with the name in RFC 5987/6266 form (filename*=UTF-8''…, every byte outside attr-char
 * percent-encoded) and an ASCII fallback (filename="…") for old clients.
 */
export function contentDisposition(fileName: string): string {
  const encoded = Array.from(new TextEncoder().encode(fileName), (b) =>
    /[A-Za-z0-9!#$&+.^_`|~-]/u.test(String.fromCharCode(b))
      ? String.fromCharCode(b)
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/gu, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function noCacheForHtml(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}

/** A body parser's refusal (too large, not JSON) as a GraphQL-shaped error. */
function jsonBodyError(tooLarge: string) {
  return (
    err: Error & { status?: number; type?: string },
    _req: express.Request,
    res: express.Response,
    next: express.NextFunction,
  ): void => {
    if (!err.status) return next(err);
    const message = err.type === 'entity.too.large' ? tooLarge : '请求不是有效的 JSON';
    res.status(err.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}

/**
 * Every file mutation needs a signed-in user, so a request without a session cookie is refused before its body (up
 * to 28 MB) is read; the session itself is checked as for any request, by the policy.
 */
function signedInOnly(req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE]) return next();
  res
    .status(401)
    .json({ errors: [{ message: '请先登录：上传文件需要登录', extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * The upload endpoint takes one document of mutations whose every root field carries a file; anything else (a
 * query, another mutation, a batch) is refused before Apollo sees it, so the larger body limit serves nothing else.
 */
function onlyUploadOperations(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const refuse = (message: string): void => {
    res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
  const body = req.body as { query?: unknown } | unknown[] | undefined;
  if (!body || Array.isArray(body) || typeof body.query !== 'string')
    return refuse(`${UPLOAD_PATH} 只接受一个含 query 的 GraphQL 请求`);
  let fields: string[];
  try {
    const doc = parse(body.query, { maxTokens: 2000 });
    fields = doc.definitions.flatMap((d) => {
      if (d.kind === Kind.FRAGMENT_DEFINITION) return []; // used inside the fields; a spread at the root is refused below
      if (d.kind !== Kind.OPERATION_DEFINITION || d.operation !== 'mutation') return ['?'];
      return d.selectionSet.selections.map((sel) => (sel.kind === Kind.FIELD ? sel.name.value : '…'));
    });
  } catch {
    return refuse('请求中的 GraphQL 文档无法解析');
  }
  const others = fields.filter((f) => !UPLOAD_OPERATIONS.includes(f));
  if (fields.length === 0 || others.length > 0)
    return refuse(`${UPLOAD_PATH} 只接受上传文件的变更（${UPLOAD_OPERATIONS.join('、')}）`);
  next();
}
