/**
 * The lint rules of eslint.config.js that keep each package to what its README's "May import" line says (issue 13):
 * each case lints a one-line snippet as if it sat at `file` and expects the boundary rule to refuse it or let it be.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

interface Case {
  file: string;
  code: string;
  /** A piece of the refusal's message, or null when the import is allowed. */
  refused: string | null;
}

const cases: Case[] = [
  // packages/domain: its own files and chinese-days only.
  {
    file: 'packages/domain/src/x.ts',
    code: "import { x } from '@gongkai/db';",
    refused: 'packages/domain runs in the browser',
  },
  {
    file: 'packages/domain/src/x.ts',
    code: "import { x } from '@gongkai/exchange';",
    refused: 'no other workspace package',
  },
  { file: 'packages/domain/src/x.ts', code: "import { readFileSync } from 'node:fs';", refused: 'no node: modules' },
  {
    file: 'packages/domain/src/x.ts',
    code: "import { readFileSync } from 'fs';",
    refused: 'packages/domain runs in the browser',
  },
  {
    file: 'packages/domain/src/x.ts',
    code: "import { x } from 'exceljs';",
    refused: 'packages/domain runs in the browser',
  },
  {
    file: 'packages/domain/src/x.ts',
    code: "const m = await import('node:fs');",
    refused: 'packages/domain runs in the browser',
  },
  { file: 'packages/domain/src/x.ts', code: "import chineseDays from 'chinese-days';", refused: null },
  { file: 'packages/domain/src/a/x.ts', code: "import { y } from '../y.js';", refused: null },
  { file: 'packages/domain/src/x.test.ts', code: "import { readFileSync } from 'node:fs';", refused: null },
  {
    file: 'packages/domain/src/x.test.ts',
    code: "import { x } from '@gongkai/db';",
    refused: 'no other workspace package',
  },
  // apps/admin: @gongkai/domain only, no Node modules; .vue files too.
  { file: 'apps/admin/src/x.ts', code: "import { x } from '@gongkai/api';", refused: 'apps/admin runs in the browser' },
  {
    file: 'apps/admin/src/x.ts',
    code: "import type { X } from '@gongkai/db';",
    refused: 'apps/admin runs in the browser',
  },
  {
    file: 'apps/admin/src/x.ts',
    code: "const m = await import('@gongkai/exchange');",
    refused: 'apps/admin runs in the browser',
  },
  { file: 'apps/admin/src/x.ts', code: "import { join } from 'node:path';", refused: 'no node: modules' },
  { file: 'apps/admin/src/x.ts', code: "import { join } from 'path';", refused: 'no node: modules' },
  { file: 'apps/admin/src/x.ts', code: "import { x } from '@gongkai/domain';", refused: null },
  {
    file: 'apps/admin/src/x.ts',
    code: "import { x } from '@gongkai/domain/src/x.js';",
    refused: 'never a file inside it',
  },
  {
    file: 'apps/admin/src/pages/X.vue',
    code: '<script setup lang="ts">\nimport { x } from \'@gongkai/db\';\n</script>\n<template><div /></template>\n',
    refused: 'apps/admin runs in the browser',
  },
  // The server-side layers.
  { file: 'packages/exchange/src/x.ts', code: "import { x } from '@gongkai/db';", refused: 'packages/exchange' },
  { file: 'packages/exchange/src/x.ts', code: "import { x } from '@gongkai/domain';", refused: null },
  {
    file: 'packages/db/src/x.ts',
    code: "import { x } from '@gongkai/api';",
    refused: 'packages/db may import only @gongkai/domain',
  },
  {
    file: 'packages/db/src/x.ts',
    code: "import { x } from '@gongkai/exchange';",
    refused: 'packages/db may import only @gongkai/domain',
  },
  { file: 'packages/api/src/x.ts', code: "import { x } from '@gongkai/exchange';", refused: null },
  {
    file: 'packages/api/src/x.ts',
    code: "import { x } from '@gongkai/db/src/entities.js';",
    refused: 'never a file inside it',
  },
  {
    file: 'packages/api/src/x.ts',
    code: "import { x } from '../../db/src/entities.js';",
    refused: "another package's src or dist",
  },
  { file: 'apps/server/src/x.ts', code: "import { x } from '@gongkai/api';", refused: null },
  { file: 'apps/cli/src/x.ts', code: "import { x } from '@gongkai/admin';", refused: 'apps/cli may import only' },
  // Deep relative imports: tests may use another package's test-support, nothing else inside it.
  {
    file: 'apps/server/src/x.ts',
    code: "import { x } from '../../../packages/db/src/test-support/test-database.js';",
    refused: "another package's src or dist",
  },
  {
    file: 'apps/server/src/x.test.ts',
    code: "import { x } from '../../../packages/db/src/test-support/test-database.js';",
    refused: null,
  },
  {
    file: 'apps/server/src/x.test.ts',
    code: "import { x } from '../../../packages/db/src/entities.js';",
    refused: "another package's src or dist",
  },
  {
    file: 'packages/api/src/a/x.test.ts',
    code: "import { x } from '../../../exchange/src/hostile-files.js';",
    refused: null,
  },
];

describe('import boundaries (eslint.config.js)', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it.each(cases)('$file: $code', async ({ file, code, refused }) => {
    const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
    expect(result?.fatalErrorCount, 'the snippet parses').toBe(0);
    const messages = (result?.messages ?? []).filter(
      (message) => message.ruleId !== null && BOUNDARY_RULES.has(message.ruleId),
    );
    if (refused === null) {
      expect(messages).toEqual([]);
    } else {
      expect(messages).toHaveLength(1);
      expect(messages[0]?.message).toContain(refused);
    }
  });

  it('lists every library packages/domain depends on in its allow-list', async () => {
    const manifest = JSON.parse(readFileSync(`${root}packages/domain/package.json`, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const [result] = await eslint.lintText(`import x from '${name}';`, {
        filePath: `${root}packages/domain/src/x.ts`,
      });
      expect(result?.messages.filter((message) => message.ruleId === 'no-restricted-imports')).toEqual([]);
    }
  });
});
