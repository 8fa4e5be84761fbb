import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Found following the README from the top as a newcomer: after steps 1 to 6 (run in this week), step 7's first
// command, `CLOCK=2026-11-04T15:00Z npm start`, was refused: "This data folder has already run in week 2026-W49 …
// Going back a week is refused". The step said to delete the data only after its commands. Its commands now start
// on a data folder of their own, set before the first start, so they work as written after the steps before them.

const README = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

/** The commands of the step that starts the stack on a clock of one's own: its first code block. */
const severalWeeks = () => {
  const from = README.indexOf('**Try several weeks in an afternoon.**');
  const block = /```sh\n([\s\S]*?)```/.exec(README.slice(from));
  return (block?.[1] ?? '').split('\n').map((line) => line.trim());
};

describe('the README’s "Try several weeks", followed after the steps before it', () => {
  it('Should set a data folder of its own before its first start on an earlier clock', () => {
    const lines = severalWeeks();
    const firstClockStart = lines.findIndex((line) => /^CLOCK=\S+ npm start/.test(line));
    const ownData = lines.findIndex((line) => /^export DATA_DIR=\S+/.test(line));
    expect(firstClockStart).toBeGreaterThan(0);
    expect(ownData).toBeGreaterThanOrEqual(0);
    expect(ownData).toBeLessThan(firstClockStart);
  });
});
