import { describe, expect, it } from 'vitest';
import { exampleConfig } from '../../support/fixtures';
import type { ThreadSummary } from '../../../shared/ports/case-thread';
import { answerReachesAtOnce } from '../../../shared/use-cases/answer-on-a-live-urgent-case';

// Attack att42 (F0): worse news on an urgent case nobody had acknowledged waited for the hour when the detector
// missed its words. While the case is live, the case decides, not the words: any answer with content goes at once.

const now = new Date('2026-12-07T10:20:00Z');
const fire = { status: 'escalated' as const, topic: 'safety', analysis: { topics: ['safety'] } as never };
const calm = { status: 'escalated' as const, topic: 'facilities', analysis: { topics: ['facilities'] } as never };
const unacknowledged: ThreadSummary = { messages: 0, newForSponsor: false, newForEmployee: false, urgent: true };
const acknowledged = (until: string): ThreadSummary => ({
  ...unacknowledged,
  feedbackBy: '2027-03-07',
  urgentUntil: until,
});

// Worse news the detector does not read, in several languages, slang and typos (not the attacker's words).
const worse = [
  'now 3 of us feel sick, the one from packing threw up',
  'la fumée arrive au bureau du haut maintenant',
  'o cheiro ta pior agora, tem gente tonta no corredor',
  'wala pa rin yung bumbero, lumalaki na yung apoy',
  'Ora sono in due a terra vicino al compressore',
  'jeszcze dwóch jest w środku',
  'its spreading to the racks by door 5',
  'es wird schlimmer, zwei husten stark',
  'ok gracias pero sigue saliendo humo',
  'where r u??',
];
const courtesyOrAllClear = [
  'gracias!!',
  'ok 👍',
  'merci bcp',
  'thx',
  '🙏',
  'muchas gracias jefe',
  'All good now, thanks',
];

describe('an answer on an urgent case still live', () => {
  it.each(worse)('Should reach the holder at once: “%s”', (text) => {
    expect(answerReachesAtOnce(exampleConfig, fire, unacknowledged, text, now)).toBe(true);
    // Acknowledged twenty minutes ago, the urgent time (four hours) not yet past: still live.
    expect(
      answerReachesAtOnce(
        exampleConfig,
        { ...fire, status: 'acknowledged' },
        acknowledged('2026-12-07T14:00:00.000Z'),
        text,
        now,
      ),
    ).toBe(true);
  });

  it.each(courtesyOrAllClear)('Should keep “%s” to its hour, as on any case', (text) => {
    expect(answerReachesAtOnce(exampleConfig, fire, unacknowledged, text, now)).toBe(false);
  });

  it('Should keep answers to their hour on a calm case, a closed one, and once the urgent time after the acknowledgement is past', () => {
    const text = worse[0]!;
    expect(answerReachesAtOnce(exampleConfig, calm, { ...unacknowledged, urgent: false }, text, now)).toBe(false);
    expect(answerReachesAtOnce(exampleConfig, fire, { ...unacknowledged, closed: true }, text, now)).toBe(false);
    const past = acknowledged('2026-12-07T10:00:00.000Z');
    expect(answerReachesAtOnce(exampleConfig, { ...fire, status: 'acknowledged' }, past, text, now)).toBe(false);
    // Acknowledged before the hour was kept: as before, to its hour.
    const { urgentUntil: _, ...before } = past;
    expect(answerReachesAtOnce(exampleConfig, { ...fire, status: 'acknowledged' }, before, text, now)).toBe(false);
  });
});
