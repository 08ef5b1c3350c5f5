import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Node's CommonJS globals, for webpack.config.js and jest.config.js. */
const COMMONJS_GLOBALS = { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' };

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'out/', 'coverage/']),
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.{ts,mts}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Type-aware rules on everything tsc checks: a promise nobody awaits, a promise where a callback is expected.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The Office add-in rules (load before read, sync after load, null objects) and the rules of hooks, on the
    // product's code. Tests drive the Excel double's model directly and use Playwright's `use`, which these misread.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: COMMONJS_GLOBALS },
  },
  {
    files: ['*.mjs'],
    extends: [js.configs.recommended],
  },
]);
