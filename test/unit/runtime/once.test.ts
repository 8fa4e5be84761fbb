import { describe, expect, it } from 'vitest';
import { once } from '../../../shared/runtime/once';

describe('building a Lambda dependency once', () => {
  it('Should build on first use only, and try again after a failed build instead of failing for good', async () => {
    let builds = 0;
    const get = once(async () => {
      builds += 1;
      if (builds === 1) throw new Error('secret not reachable yet');
      return `deps #${builds}`;
    });
    await expect(get()).rejects.toThrow('secret not reachable yet');
    expect(await get()).toBe('deps #2');
    expect(await get()).toBe('deps #2');
    expect(builds).toBe(2);
  });
});
