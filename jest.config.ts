/** @jest-config-loader esbuild-register */
import { existsSync } from 'node:fs';

import type { Config } from 'jest';

// SWC compiles the TypeScript (with decorator metadata, which Nest needs, and
// the portal's JSX) to ES modules; Jest runs them natively (`node --experimental-vm-modules`).
function swc(tsx: boolean) {
  return [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
        target: 'es2023',
        keepClassNames: true,
      },
      module: { type: 'es6' },
      sourceMaps: 'inline',
    },
  ] as never;
}

/** What every test file needs, whichever project runs it. */
const common: Config = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) },
  moduleNameMapper: {
    // The package.json "imports" (#prisma, #auth, …) point at dist/ for node; tests use the sources.
    '^#([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // Decorator metadata is recorded only where reflect-metadata is loaded first, as main.ts does.
  setupFiles: ['<rootDir>/scripts/jest-setup.mjs'],
};

// The portal's browser tests drive Debian's Chromium (the path apps/portal/test/browser.ts launches);
// without it they are left out of the run, not skipped one by one, and the run says so.
const CHROMIUM = '/usr/bin/chromium';
const browserTests = existsSync(CHROMIUM);
if (!browserTests) process.stdout.write(`\nChromium not found at ${CHROMIUM} — browser tests skipped; install the Debian package chromium.\n`);

const config: Config = {
  projects: [
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/{apps,libs,prisma}/**/*.{spec,int-spec,e2e-spec}.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    ...(browserTests
      ? [
          {
            ...common,
            displayName: 'browser',
            testMatch: ['<rootDir>/apps/portal/test/**/*.browser-spec.ts'],
            // Builds the portal once, when dist/portal is missing or older than its sources.
            globalSetup: '<rootDir>/scripts/jest-portal-setup.mjs',
          },
        ]
      : []),
  ],
  // Starts the test database server, for both projects.
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/scripts/jest-global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;
