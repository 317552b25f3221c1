import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the admin app. The schema is the contract in packages/api;
 * the generated src/gql/ is committed so that typecheck works without a running server.
 */
const config: CodegenConfig = {
  schema: '../../packages/api/schema.graphql',
  documents: ['src/**/*.vue', 'src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
