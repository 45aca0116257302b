const path = require('node:path');

/**
 * Jest configuration shared by every Node package of the workspace.
 * Workspace packages resolve to their TypeScript sources so tests never run stale builds.
 * @param {string} dir - the package directory
 * @returns {import('jest').Config}
 */
module.exports = (dir) => ({
  rootDir: dir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(dir, 'tsconfig.json'), diagnostics: false }],
  },
  moduleNameMapper: {
    '^@consilium/validation$': path.join(__dirname, 'validation/src/index.ts'),
    '^@consilium/subgraph-kit$': path.join(__dirname, 'services/kit/src/index.ts'),
    '^@consilium/subgraph-kit/testing$': path.join(__dirname, 'services/kit/src/testing/index.ts'),
    '^@consilium/subgraph-kit/pdf$': path.join(__dirname, 'services/kit/src/pdf/index.ts'),
    '^@consilium/(patient-intake|specialist-matching|billing|records)$': path.join(
      __dirname,
      'services/$1/src/index.ts',
    ),
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
});
