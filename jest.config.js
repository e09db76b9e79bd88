// ESM jest: ts-jest transpiles only (isolatedModules); `npm run typecheck` does the type check.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        tsconfig: {
          isolatedModules: true,
          allowImportingTsExtensions: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          verbatimModuleSyntax: false
        }
      }
    ]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // The end-to-end files mostly wait on scaled AWS time: two at once on two cores halves the run.
  maxWorkers: 2
}
