import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'drizzle/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Domain code is pure: no framework, database, HTTP or other module (STYLE.md §1).
    files: ['src/modules/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fastify', 'fastify-*', '@fastify/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], message: 'domain code is pure' },
            { group: ['**/infra/**', '**/http/**', '**/application/**', '**/platform/**', '**/cli/**'], message: 'domain code imports only domain code' },
            { group: ['../../*/**'], message: 'modules use each other through index.ts, and never from domain code' },
          ],
        },
      ],
    },
  },
  {
    // Modules reach other modules only through their index.ts.
    files: ['src/modules/**/*.ts'],
    ignores: ['src/modules/*/domain/**', 'src/modules/*/contract.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // From modules/<m>/<layer>/file.ts, ../../<other>/ is another module.
              regex: '^\\.\\./\\.\\./(?!platform/)[^./][^/]*/(?!index\\.ts$)',
              message: "import another module through its index.ts",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
