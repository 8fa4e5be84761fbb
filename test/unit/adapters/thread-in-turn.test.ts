import { describe, expect, it } from 'vitest';
import { inTurn, type ThreadMessage } from '../../../shared/ports/case-thread';

// Answers analysis placed out of turn are listed in the order they were sent (`CaseThread.takeTurn`).
const msg = (seq: number, from: ThreadMessage['from'], text: string, turn?: number) => ({
  message: { seq, from, text, day: '2026-11-18' } satisfies ThreadMessage,
  turn,
});

function listed(rows: ReturnType<typeof msg>[]): [number, string][] {
  const turns = new Map(rows.map((r) => [r.message.seq, r.turn]));
  return inTurn(
    rows.map((r) => r.message),
    (m) => turns.get(m.seq),
  ).map((m) => [m.seq, m.text]);
}

describe('the thread listed in the order its answers were sent', () => {
  it('Should put two answers placed out of turn back in turn, each keeping the place it was shown at', () => {
    expect(
      listed([msg(1, 'employee', 'its the one by gate 3', 2), msg(2, 'employee', '2 guys are still in there', 1)]),
    ).toEqual([
      [1, '2 guys are still in there'],
      [2, 'its the one by gate 3'],
    ]);
  });

  it('Should never move an answer past a sponsor’s message, nor move one with no turn', () => {
    expect(
      listed([
        msg(1, 'employee', 'c', 3),
        msg(2, 'sponsor', 'which floor?'),
        msg(3, 'employee', 'b', 2),
        msg(4, 'employee', 'old', undefined),
        msg(5, 'employee', 'e', 5),
        msg(6, 'employee', 'd', 4),
      ]),
    ).toEqual([
      [1, 'c'],
      [2, 'which floor?'],
      [3, 'b'],
      [4, 'old'],
      [5, 'd'],
      [6, 'e'],
    ]);
  });

  it('Should leave a thread in turn as it is', () => {
    const rows = [msg(1, 'sponsor', 'q'), msg(2, 'employee', 'a', 1), msg(3, 'employee', 'b', 2)];
    expect(listed(rows)).toEqual([
      [1, 'q'],
      [2, 'a'],
      [3, 'b'],
    ]);
  });
});
