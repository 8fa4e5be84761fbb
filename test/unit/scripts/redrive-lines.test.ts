import { describe, expect, it } from 'vitest';
import { describeRedrive } from '../../../scripts/redrive';

describe('what `npm run redrive -- --dry-run` tells the operator', () => {
  it('Should tell them to run the redrive only when a DLQ holds something to move back', () => {
    const empty = describeRedrive(
      [
        { queue: 'analysis', waiting: 0, moved: 0 },
        { queue: 'escalation', waiting: 0, moved: 0 },
      ],
      true,
    );
    expect(empty.at(-1)).toBe('Nothing is waiting.');
    expect(empty.join('\n')).not.toContain('npm run redrive');

    const one = describeRedrive(
      [
        { queue: 'analysis', waiting: 0, moved: 0 },
        { queue: 'escalation', waiting: 1, moved: 0 },
      ],
      true,
    );
    expect(one).toContain('escalation DLQ: 1 message waiting.');
    expect(one.at(-1)).toBe('Nothing was moved. Run `npm run redrive` to move them back.');
  });
});
