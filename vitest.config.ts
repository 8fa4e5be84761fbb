import { defineConfig } from 'vitest/config';
import { UNIT_ALONE } from './test/support/unit-alone';

// Unit files that must load the project's modules afresh (each says why): test/support/unit-alone.ts.

/*
 * Why the suite is set up for speed this way (measured in docs/performance-log.md, "The test suite's wall time"):
 * - maxWorkers 2 for unit files on CI: vitest's default is one fewer than the cores, so one test file at a time on
 *   CI's 2 cores, with the second core idle while that file computes. Two unit files at a time use both. Not on the
 *   development machine, where several people's runs already share its 2 cores: there a second worker only halves
 *   the CPU each file gets (a case timed out at 20 s beside a load of 18) and finishes nothing sooner. Integration
 *   files still run one at a time, after the unit files (sequence.groupOrder). (Beside a second stack,
 *   refused-body-keep-alive once "lost" the report sent after a refused body: its test client took the given-up
 *   connection's late close for the new one's; the server had stored and answered it. Fixed in
 *   test/support/keep-alive-client.ts.)
 * - isolate false for the unit project: with isolation every test file starts a new process and loads the
 *   analysis tables, redaction rules, Hono app and AWS SDK again (about 1.8 s a file, 1,087 s of the suite's
 *   3,455 s on CI). Unit files only call functions and keep no state between files, so they share one process's
 *   loaded modules; each file still runs its own tests from the start, with mocks restored between files.
 *   Integration and infra files start stacks, set environment variables and spawn processes: they stay isolated.
 */
// .ci/run sets CI (as most CI services do); anywhere else vitest's own default, one file at a time on 2 cores.
const UNIT_WORKERS = process.env.CI ? { maxWorkers: 2 } : {};

export default defineConfig({
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_DEV: 'false' },
    // FAST_CHECK_SEED (set by .ci/run) fixes the draws of property tests that name no seed of their own.
    setupFiles: ['test/support/fast-check-seed.ts'],
    projects: [
      // Property tests and page renders take seconds on a busy machine: a hang still fails, a slow run does not.
      // 60 s a case: at a load of 15–19 on two cores (a CI run beside seven people's work, 2026-12-07) a dozen cases
      // that take 2–8 s on a quiet machine took 22–40 s and failed at the 20 s they had.
      // Hooks too: vitest's own 10 s for a hook is less than a case may take, so a set-up shared by a file's cases
      // (the first use of every urgency expression, say) would fail where the cases it saves would not.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: UNIT_ALONE,
          isolate: false,
          ...UNIT_WORKERS,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // The unit files above that must load the project's modules afresh: `--project 'unit*'` runs both.
        test: { name: 'unit-alone', include: UNIT_ALONE, ...UNIT_WORKERS, testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        // A stack's case that takes 3-12 s alone took over 30 s beside seven other runs on 2 cores
        // (emails-once, marked-urgent-refused-holder): a hang still fails, a loaded runner does not.
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // Synthesising the stacks (bundling nine functions) runs in beforeAll hooks: minutes on a busy machine.
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
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
