import { describe, expect, it } from 'vitest';
import { type BandRow, chooseBand, fitTemperature } from '../../../scripts/fit-sentiment-band';

// Log-odds (negative, neutral, positive) of a row the model leans a little to `lean` on.
const row = (label: number, lean: number, bothSides = 0, twoClass = false): BandRow => ({
  z: [0, 1, 2].map((c) => (c === lean ? 1 : 0)),
  label,
  bothSides,
  twoClass,
});

describe('the neutral band the fitting script chooses', () => {
  it('Should widen the neutral band when neutral texts lean slightly positive', () => {
    // Every neutral headline leans positive as much as the positive ones do, but less surely.
    const rows = [
      ...Array.from({ length: 40 }, () => row(2, 2)),
      ...Array.from({ length: 40 }, () => ({ ...row(1, 2), z: [0, 0.8, 1] })),
      ...Array.from({ length: 40 }, () => row(0, 0)),
    ];
    const [, neutral] = chooseBand(rows, 1);
    expect(neutral).toBeGreaterThan(0);
    expect(neutral).toBeLessThan(1);
  });

  it('Should soften the temperature of a model that is too sure', () => {
    const rows = [...Array.from({ length: 60 }, () => row(2, 2)), ...Array.from({ length: 40 }, () => row(0, 2))].map(
      (r) => ({ ...r, z: r.z.map((v) => v * 6) }),
    );
    expect(fitTemperature(rows)).toBeGreaterThan(2);
  });
});
