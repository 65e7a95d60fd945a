/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// SWC compiles the TypeScript (with decorator metadata, which Nest needs) to ES modules;
// Jest runs them natively (`node --experimental-vm-modules`).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const config: Config = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc as never },
  moduleNameMapper: {
    // The package.json "imports" (#prisma, #auth, …) point at dist/ for node; tests use the sources.
    '^#([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs,prisma}/**/*.{spec,int-spec,e2e-spec}.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/portal/'],
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/scripts/jest-global-teardown.mjs',
  // Decorator metadata is recorded only where reflect-metadata is loaded first, as main.ts does.
  setupFiles: ['<rootDir>/scripts/jest-setup.mjs'],
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;
