import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
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
    files: ['*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: COMMONJS_GLOBALS },
  },
  {
    files: ['*.mjs'],
    extends: [js.configs.recommended],
  },
]);
