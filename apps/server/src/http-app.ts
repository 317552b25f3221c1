/**
 * The HTTP side: GraphQL at /graphql, the built admin app at / (with SPA fallback), /healthz.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@gongkai/db';
import { createContext, type Context } from '@gongkai/api';

export interface HttpAppOptions {
  orm: MikroORM;
  apollo: ApolloServer<Context>;
  /** Folder of the built admin app (apps/admin/dist). */
  adminDir: string;
}

export function createHttpApp({ orm, apollo, adminDir }: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(orm) }),
  );
  const index = path.join(adminDir, 'index.html');
  if (existsSync(index)) {
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
        .send(`管理界面尚未构建（缺少 ${index}）。请运行 pnpm build，或直接用 pnpm start 启动（会自动构建）。GraphQL 在 /graphql。`);
    });
  }
  return app;
}

function noCacheForHtml(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
