/**
 * Resolvers hold no logic (issue 13): the eslint.config.js rule that refuses the EntityManager and the ORMs in a
 * `*.resolver.ts` of packages/api refuses what it should, lets services be, keeps the api's import boundaries for
 * resolvers, and passes every resolver there is.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const RESOLVER = 'packages/api/src/report/report.resolver.ts';
const NO_ORM = 'A resolver does not use the EntityManager';

const cases: Array<{ file: string; code: string; refused: string | null }> = [
  { file: RESOLVER, code: 'export const f = (ctx: any) => ctx.em.find(X, {});', refused: NO_ORM },
  { file: RESOLVER, code: 'export const f = ({ em }: any) => em.flush();', refused: NO_ORM },
  { file: RESOLVER, code: "export const f = (ctx: any) => ctx['em'].flush();", refused: NO_ORM },
  { file: RESOLVER, code: 'export const f = (ctx: any) => ctx.systemOrm.em.fork();', refused: NO_ORM },
  { file: RESOLVER, code: 'export const f = (ctx: any) => ctx.orm.em.fork();', refused: NO_ORM },
  { file: RESOLVER, code: 'export const f = (ctx: any) => service.run(ctx);', refused: null },
  { file: RESOLVER, code: "export const m = await import('@gongkai/admin');", refused: 'packages/api may import only' },
  {
    file: 'packages/api/src/report/report.service.ts',
    code: 'export const f = (ctx: any) => ctx.em.flush();',
    refused: null,
  },
  { file: 'packages/api/src/loaders.ts', code: 'export const f = (em: any) => em.find(X, {});', refused: null },
];

describe('no EntityManager in resolvers (eslint.config.js)', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  const restricted = (result: ESLint.LintResult | undefined) =>
    (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');

  it.each(cases)('$file: $code', async ({ file, code, refused }) => {
    const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
    expect(result?.fatalErrorCount, 'the snippet parses').toBe(0);
    const messages = restricted(result);
    if (refused === null) {
      expect(messages).toEqual([]);
    } else {
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m.message).toContain(refused);
    }
  });

  it('passes every resolver of packages/api', async () => {
    const src = `${root}packages/api/src/`;
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.resolver.ts'))
      .map((f) => `${src}${f}`);
    expect(files.length).toBeGreaterThan(8);
    for (const result of await eslint.lintFiles(files)) {
      expect(restricted(result), result.filePath).toEqual([]);
    }
  });
});
