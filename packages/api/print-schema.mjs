// Writes packages/api/schema.graphql from the built schema: `pnpm --filter @gongkai/api schema`.
import { writeFileSync } from 'node:fs';
import { schemaSdl } from './dist/index.js';
writeFileSync(new URL('./schema.graphql', import.meta.url), await schemaSdl());
console.log('packages/api/schema.graphql 已更新');
