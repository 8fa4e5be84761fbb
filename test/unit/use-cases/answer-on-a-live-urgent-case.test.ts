import { describe, expect, it } from 'vitest';
import { exampleConfig } from '../../support/fixtures';
import type { ThreadSummary } from '../../../shared/ports/case-thread';
import { answerReachesAtOnce } from '../../../shared/use-cases/answer-on-a-live-urgent-case';

// Attack att42 (F0): worse news on an urgent case nobody had acknowledged waited for the hour when the detector
// missed its words. While the case is live (urgent, open, not yet acknowledged), the case decides, not the words:
// any answer with content goes at once.

const fire = { status: 'escalated' as const, topic: 'safety', analysis: { topics: ['safety'] } as never };
const calm = { status: 'escalated' as const, topic: 'facilities', analysis: { topics: ['facilities'] } as never };
const unacknowledged: ThreadSummary = { messages: 0, newForSponsor: false, newForEmployee: false, urgent: true };
const acknowledged: ThreadSummary = { ...unacknowledged, feedbackBy: '2027-03-07' };

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
    expect(answerReachesAtOnce(exampleConfig, fire, unacknowledged, text)).toBe(true);
  });

  it.each(courtesyOrAllClear)('Should keep “%s” to its hour, as on any case', (text) => {
    expect(answerReachesAtOnce(exampleConfig, fire, unacknowledged, text)).toBe(false);
  });

  it('Should keep answers to their hour on a calm case, a closed or closing one, and one its holder has acknowledged', () => {
    const text = worse[0]!;
    expect(answerReachesAtOnce(exampleConfig, calm, { ...unacknowledged, urgent: false }, text)).toBe(false);
    expect(answerReachesAtOnce(exampleConfig, fire, { ...unacknowledged, closed: true }, text)).toBe(false);
    expect(answerReachesAtOnce(exampleConfig, fire, { ...unacknowledged, closing: true }, text)).toBe(false);
    expect(answerReachesAtOnce(exampleConfig, { ...fire, status: 'acknowledged' }, acknowledged, text)).toBe(false);
  });
});
