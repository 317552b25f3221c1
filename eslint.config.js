import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

// Which workspace package may import which (issue 13): the package READMEs say the same in a "May import" line,
// packages/domain/src/import-boundaries.test.ts checks that these rules refuse what they should.
const PACKAGE_NAMES = ['domain', 'exchange', 'db', 'api', 'admin', 'cli', 'server'];
const TEST_FILES = [
  '**/*.test.ts',
  '**/test-support/**',
  '**/__fixtures__/**',
  '**/__golden__/**',
  'packages/exchange/src/hostile-files.ts',
];
const CODE = '**/*.{ts,mts,js,mjs,vue}';
// Bare Node built-ins ('fs', 'path', ...) besides the node: prefix.
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));
// Small pure libraries packages/domain may use (it runs in the browser); add one only after review, and to its README.
const DOMAIN_LIBRARIES = ['chinese-days'];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const layers = [
  {
    dir: 'packages/domain',
    may: [],
    browser: true,
    rule:
      `packages/domain runs in the browser: it imports only its own files and ${DOMAIN_LIBRARIES.join(', ')}` +
      ' — no node: modules and no other workspace package',
  },
  {
    dir: 'packages/exchange',
    may: ['domain'],
    rule: 'packages/exchange (file formats) may import only @gongkai/domain of the workspace packages',
  },
  {
    dir: 'packages/db',
    may: ['domain'],
    rule: 'packages/db may import only @gongkai/domain of the workspace packages',
  },
  {
    dir: 'packages/api',
    may: ['domain', 'db', 'exchange'],
    rule: 'packages/api may import only @gongkai/domain, @gongkai/db and @gongkai/exchange',
  },
  {
    dir: 'apps/server',
    may: ['domain', 'db', 'exchange', 'api'],
    rule: 'apps/server may import only @gongkai/api, db, exchange and domain',
  },
  {
    dir: 'apps/cli',
    may: ['domain', 'db', 'exchange', 'api'],
    rule: 'apps/cli may import only @gongkai/api, db, exchange and domain',
  },
  {
    dir: 'apps/admin',
    may: ['domain'],
    browser: true,
    rule:
      'apps/admin runs in the browser: of the workspace packages it imports only @gongkai/domain' +
      ' (the API through GraphQL), and no node: modules',
  },
];

/** The no-restricted-imports and no-restricted-syntax (dynamic import()) settings for one layer. */
function boundaryRules(layer, { test = false, src = true } = {}) {
  const patterns = [];
  const dynamic = [];
  // Another workspace package by name, or any file inside one (@gongkai/db/src/x): only a package's index is public.
  const allowed = layer.may.map((name) => `${name}$`).join('|');
  const workspace = allowed ? `^@gongkai/(?!(${allowed}))` : '^@gongkai/';
  const workspaceMessage = layer.may.length
    ? `${layer.rule}; import a package by its name (@gongkai/x), never a file inside it.`
    : `${layer.rule}.`;
  patterns.push({ regex: workspace, caseSensitive: true, message: workspaceMessage });
  dynamic.push({
    selector: `ImportExpression[source.value=/${workspace.replaceAll('/', '.')}/]`,
    message: workspaceMessage,
  });
  // A relative path into another package's src/dist. Tests may reach test-support and the hostile-file makers.
  const others = PACKAGE_NAMES.join('|');
  const deep = `^(\\.\\./)+((packages|apps)/)?(${others})/(src|dist)(/${test ? '(?!test-support/|hostile-files\\.js$)' : ''}|$)`;
  patterns.push({
    regex: deep,
    caseSensitive: true,
    message:
      `${layer.dir} must not reach into another package's src or dist: import it by its name (@gongkai/x)` +
      (test ? '; tests may import its test-support/ files.' : '.'),
  });
  const paths = [];
  if (layer.browser && src && !test) {
    if (layer.dir === 'packages/domain') {
      const allowList = ['\\.\\.?/', ...DOMAIN_LIBRARIES.map((name) => `${escape(name)}$`)].join('|');
      // An allow-list: anything but its own files and those libraries (node: and bare built-ins included).
      const notListed = `^(?!${allowList})(?!@gongkai/)`;
      patterns.push({ regex: notListed, caseSensitive: true, message: `${layer.rule}.` });
      dynamic.push({
        selector: `ImportExpression[source.value=/${notListed.replaceAll('/', '.')}/]`,
        message: `${layer.rule}.`,
      });
    } else {
      patterns.push({ regex: '^node:', caseSensitive: true, message: `${layer.rule}.` });
      paths.push(...NODE_BUILTINS.map((name) => ({ name, message: `${layer.rule}.` })));
      dynamic.push({ selector: 'ImportExpression[source.value=/^node:/]', message: `${layer.rule}.` });
    }
  }
  return {
    'no-restricted-imports': ['error', { paths, patterns }],
    'no-restricted-syntax': ['error', ...dynamic],
  };
}

const testFilesOf = (dir) =>
  TEST_FILES.flatMap((pattern) =>
    pattern.startsWith('**/') ? [`${dir}/${pattern}`] : pattern.startsWith(`${dir}/`) ? [pattern] : [],
  );
// Later objects win: the package's tooling files, then its src (browser rules), then its tests. These objects own
// no-restricted-imports and no-restricted-syntax for the packages: a later setting of either would replace them.
const boundaryConfigs = layers.flatMap((layer) => [
  {
    name: `boundaries/${layer.dir}`,
    files: [`${layer.dir}/${CODE}`],
    ignores: TEST_FILES,
    rules: boundaryRules(layer, { src: false }),
  },
  {
    name: `boundaries/${layer.dir}/src`,
    files: [`${layer.dir}/src/${CODE}`],
    ignores: TEST_FILES,
    rules: boundaryRules(layer),
  },
  { name: `boundaries/${layer.dir}/tests`, files: testFilesOf(layer.dir), rules: boundaryRules(layer, { test: true }) },
]);

// Resolvers hold no logic (issue 13): they look up, call one service function of their feature folder (which takes
// the request's context first and uses its EntityManager) and return. Repeats the api's boundary selectors: a later
// no-restricted-syntax replaces the earlier one. packages/api/src/resolver-rule.test.ts checks it refuses.
const NO_ORM_IN_RESOLVERS =
  'A resolver does not use the EntityManager or the ORMs (em, orm, systemOrm): call a service function of its' +
  ' feature folder, which takes the request context first.';
const resolverConfig = {
  name: 'packages/api/resolvers',
  files: ['packages/api/src/**/*.resolver.ts'],
  rules: {
    'no-restricted-syntax': [
      ...boundaryRules(layers.find((layer) => layer.dir === 'packages/api'))['no-restricted-syntax'],
      { selector: 'Identifier[name=/^(em|orm|systemOrm)$/]', message: NO_ORM_IN_RESOLVERS },
      {
        selector: 'MemberExpression[computed=true][property.value=/^(em|orm|systemOrm)$/]',
        message: NO_ORM_IN_RESOLVERS,
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'apps/admin/src/gql/**',
      '.data/**',
      'screenshots/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] },
      globals: globals.browser,
    },
  },
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser specs run some code inside the page (page.evaluate, locator.evaluate).
    files: ['e2e/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off',
      'vue/multi-word-component-names': 'off',
    },
  },
  // Layout is Prettier's (`pnpm format`; `pnpm lint` checks it): no stylistic rule may disagree with it.
  prettier,
  ...boundaryConfigs,
  resolverConfig,
);
