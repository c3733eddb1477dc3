// Typed operations from the API's emitted schema (apps/api/schema.gql) or, before it exists, the contract.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const emitted = here('../api/schema.gql');
const schema = existsSync(emitted) ? emitted : here('../../docs/graphql-contract.graphql');
console.log(`codegen schema: ${schema}`);

const config: CodegenConfig = {
  schema,
  documents: [here('src/**/*.{ts,tsx}'), `!${here('src/generated/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [here('src/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', JSON: 'unknown', Upload: 'File' },
      },
    },
  },
};
export default config;
