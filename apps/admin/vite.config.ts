import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { Kind, parse } from 'graphql';

const GQL_DOCUMENTS = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const DOC_PREFIX = '\0gongkai-gql-document:';

/**
 * `graphql(`query Foo …`)` → the generated `FooDocument` (`FooFragmentDoc` for a fragment) of src/gql/graphql.ts, as a
 * module of its own — what the client preset's babel/SWC plugins do, but per document: a module is never split
 * between chunks, so importing from graphql.ts would put every document any page uses into one shared chunk. Without
 * this, the first page would carry the map of all documents in src/gql/gql.ts (≈270 KB of the entry chunk).
 */
function graphqlDocumentsByName(): Plugin {
  const call = /\bgraphql\(\s*(?:\/\*\s*GraphQL\s*\*\/\s*)?`([^`]*)`\s*,?\s*\)/gu;
  const generated = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*;$/gmu;
  let documents: Map<string, string> | undefined;
  return {
    name: 'gongkai:graphql-documents-by-name',
    apply: 'build',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const names = new Map<string, string>();
      const out = code.replace(call, (_all, source: string) => {
        const def = parse(source, { noLocation: true }).definitions[0];
        if (!def || (def.kind !== Kind.OPERATION_DEFINITION && def.kind !== Kind.FRAGMENT_DEFINITION) || !def.name)
          throw new Error(`${id}：graphql() 中的文档没有名称`);
        const exported = def.name.value + (def.kind === Kind.FRAGMENT_DEFINITION ? 'FragmentDoc' : 'Document');
        const local = `__gql_${exported}`;
        names.set(exported, local);
        return local;
      });
      if (names.size === 0) return null;
      const imports = [...names].map(([exported, local]) => `import ${local} from '${DOC_PREFIX}${exported}';\n`);
      return { code: imports.join('') + out, map: null };
    },
    resolveId(id) {
      return id.startsWith(DOC_PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(DOC_PREFIX)) return null;
      this.addWatchFile(GQL_DOCUMENTS);
      documents ??= new Map(
        [...readFileSync(GQL_DOCUMENTS, 'utf8').matchAll(generated)].map((m) => [m[1] as string, m[2] as string]),
      );
      const name = id.slice(DOC_PREFIX.length);
      const json = documents.get(name);
      if (!json) throw new Error(`src/gql/graphql.ts 中没有 ${name}：请先运行 pnpm run codegen`);
      return `export default ${json};\n`;
    },
  };
}

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus per component: each <el-…> used in a template imports that component and its CSS (the full
    // library is ~320 KB gzipped). ElMessage/ElMessageBox are imported in scripts; main.ts imports their CSS.
    Components({
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: false,
      dirs: [],
    }),
    graphqlDocumentsByName(),
  ],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest (dist/.vite/manifest.json, not served: dot folder) lets src/page-weight.test.ts follow the chunks
    // a first visit loads.
    manifest: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Vue, its router and the GraphQL client, which every page needs and which change only with an upgrade:
          // one chunk of their own that stays cached across releases of the app. Everything else is split by use.
          groups: [{ name: 'vue', test: /[\\/]node_modules[\\/](?:@vue|vue|vue-router|@urql|wonka|@0no-co)[\\/]/u }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: true },
    },
  },
});
