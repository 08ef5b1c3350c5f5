/**
 * Two projects: `unit` runs in seconds with no system packages; `integration`
 * needs LibreOffice, Chromium, poppler, the CJK fonts, root (tmpfs mounts) or
 * the shared Superstore workbook, and fails when one is missing.
 */
const INTEGRATION = [
  '<rootDir>/test/browser/',
  '<rootDir>/test/libreoffice/',
  '<rootDir>/test/real/',
  '<rootDir>/test/credit/literal-formulas-libreoffice.test.ts',
  '<rootDir>/test/xlsx/print-forms.test.ts',
  '<rootDir>/test/cli/output-file.test.ts',
];

const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts', '**/*.test.tsx'], testPathIgnorePatterns: ['/node_modules/', ...INTEGRATION] },
    { ...common, displayName: 'integration', testMatch: INTEGRATION.map((p) => (p.endsWith('/') ? `${p}**/*.test.ts` : p)) },
  ],
};
