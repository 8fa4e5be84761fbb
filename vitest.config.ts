import { defineConfig } from 'vitest/config';

// One project per test layer, so each can be run alone:
//   npx vitest run --project unit
// `npm test` runs unit, integration and infra; `npm run test:e2e` runs the browser tests.
export default defineConfig({
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_DEV: 'false' },
    // FAST_CHECK_SEED (set by .ci/run) fixes the draws of property tests that name no seed of their own.
    setupFiles: ['test/support/fast-check-seed.ts'],
    projects: [
      // Property tests and page renders take seconds on a busy machine: a hang still fails, a slow run does not.
      // Hooks too: vitest's own 10 s for a hook is less than a case may take, so a set-up shared by a file's cases
      // (the first use of every urgency expression, say) would fail where the cases it saves would not.
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        // A stack's case that takes 3-12 s alone took over 30 s beside seven other runs on 2 cores
        // (emails-once, marked-urgent-refused-holder): a hang still fails, a loaded runner does not.
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // Synthesising the stacks (bundling nine functions) runs in beforeAll hooks: minutes on a busy machine.
        test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 240_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
