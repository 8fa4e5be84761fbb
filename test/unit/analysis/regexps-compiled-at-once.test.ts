import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Redaction and urgency turn V8's regexp tier-up off for their process when they are loaded (a third less CPU for
// redaction: shared/analysis/regexps-compiled-at-once.ts). Nothing on a command line does it, so whatever loads them
// (the Lambdas, `npm start`, the eval, the bench) must get it from them.
describe('patterns compiled at once (V8 regexp tier-up off)', () => {
  afterEach(() => {
    vi.doUnmock('node:v8');
    vi.resetModules();
  });

  for (const module of ['redact', 'urgency'] as const)
    it(`Should turn the tier-up off when ${module}.ts is loaded`, async () => {
      vi.resetModules();
      const setFlagsFromString = vi.fn();
      vi.doMock('node:v8', async (original) => ({ ...(await original<object>()), setFlagsFromString }));
      await import(`../../../shared/analysis/${module}.ts`);
      expect(setFlagsFromString).toHaveBeenCalledWith('--no-regexp-tier-up');
    }, 300_000); // each loads the offline path afresh: minutes on a loaded machine

  it('Should leave the tier-up on in a Lambda of less than 1 GB, where the machine code is too much memory', async () => {
    const { compilesAtOnceWith } = await import('../../../shared/analysis/regexps-compiled-at-once');
    expect(compilesAtOnceWith(undefined)).toBe(true);
    expect(compilesAtOnceWith('1024')).toBe(true);
    expect(compilesAtOnceWith('512')).toBe(false);
  });

  it('Should be loaded by the local stack (npm start) with the rest of the offline path', async () => {
    const entry = fileURLToPath(new URL('../../../local/main.ts', import.meta.url));
    const { metafile } = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContainEqual(expect.stringMatching(/shared\/analysis\/redact\.ts$/));
    expect(inputs).toContainEqual(expect.stringMatching(/shared\/analysis\/regexps-compiled-at-once\.ts$/));
  }, 120_000);
});
