/**
 * Unit test files that need a fresh copy of the project's modules, so they run in vitest's `unit-alone` project, each
 * in its own process as vitest does by default. Every other unit file shares its worker's loaded modules
 * (vitest.config.ts says why). A file belongs here when it replaces a module (vi.mock, vi.doMock, vi.resetModules),
 * replaces process.env wholesale, or asserts what a module does the first time it is used (a cache, a preload) that
 * another file may already have filled. `test/unit/support/unit-alone-listed.test.ts` fails for a new unit file that
 * replaces a module or process.env and is not listed here.
 */
export const UNIT_ALONE = [
  'test/unit/i18n/added-language.test.ts', // vi.mock of the catalogues
  'test/unit/sms/shared-keywords.test.ts', // vi.mock of the catalogues
  'test/unit/sweep/one-table-client.test.ts', // vi.mock of the AWS clients, process.env replaced
  'test/unit/intake/urgency-detector-preload.test.ts', // vi.resetModules: what a cold start loads
  'test/unit/config/time-zone.test.ts', // no date formatter made before the zone list is first built
  'test/unit/runtime/lambda-entry.test.ts', // process.env replaced, handlers read it as a cold start does
  'test/unit/sms/details-on-their-way-at-a-cold-start.test.ts', // the urgency detector not yet loaded: a cold start
];
