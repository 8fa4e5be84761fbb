import { describe, expect, it } from 'vitest';
import { writeEmergencyConfig } from '../support/emergency-config';
import { outbox, waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// Blind round 22: an emergency split over two texts ("la señora de limpieza en el baño del 2do piso" / "no se mueve y
// no contesta": the cleaner in the second-floor toilet / is not moving and does not answer) read neither half urgent. The second text of the same number within a few minutes is
// read with the first: it is escalated, holding both, and its receipt says whom to call; the number is kept nowhere.

const FIRST = 'la señora de limpieza en el baño del 2do piso';
const SECOND = 'no se mueve y no contesta';
// The receipt alone, or the receipt and the line saying whom to call in danger (in the text's language).
const RECEIPT = [expect.stringMatching(/[A-Z0-9]{5}-[A-Z0-9]{5}/)];
const WITH_DANGER = [expect.stringMatching(/[A-Z0-9]{5}-[A-Z0-9]{5}/), expect.stringContaining('112')];

describe('a report split over several texts', () => {
  const sms = useSmsStack({
    serviceName: 'sms-split',
    startsAt: '2026-11-18T15:00:00Z',
    config: (dir) => writeEmergencyConfig(dir, 'emergency.config.json'),
  });
  const { stack, clock, text } = sms;

  it('Should escalate the second half, read with the first, and say whom to call', { timeout: 60_000 }, async () => {
    clock.set('2026-11-18T15:10:00Z');
    const from = '+15557342201';
    const first = await text(from, FIRST);
    expect(first).toEqual(RECEIPT);

    clock.set('2026-11-18T15:12:00Z');
    const second = await text(from, SECOND);
    expect(second).toEqual(WITH_DANGER);
    await stack.waitForStatus(codeIn(second[0]), 'escalated');
    // The first stays the calm report it was.
    expect((await stack.statusOf(codeIn(first[0]))).body.status).not.toBe('escalated');
    // Neither the number nor its digits are anywhere in the table.
    expect(JSON.stringify(await sms.tableItems())).not.toContain('5557342201');
  });

  it('Should read the second half alone from another number, or after the few minutes', {
    timeout: 60_000,
  }, async () => {
    clock.set('2026-11-18T16:10:00Z');
    expect(await text('+15557342202', SECOND)).toEqual(RECEIPT);

    const late = '+15557342203';
    expect(await text(late, FIRST)).toEqual(RECEIPT);
    clock.set('2026-11-18T16:25:00Z');
    expect(await text(late, SECOND)).toEqual(RECEIPT);
  });

  it('Should escalate a report split mid-sentence, its danger word at the start of the second text', {
    timeout: 60_000,
  }, async () => {
    // Found under npm start: joined on a new line, "…office with a" / "gun, he is shouting" read as two calm sentences.
    clock.set('2026-11-18T18:10:00Z');
    const from = '+15557342205';
    expect(await text(from, 'There is a man in the warehouse office with a')).toEqual(RECEIPT);
    clock.set('2026-11-18T18:11:00Z');
    const second = await text(from, 'gun, he is shouting at everyone, please send help');
    expect(second).toEqual(WITH_DANGER);
    await stack.waitForStatus(codeIn(second[0]), 'escalated');
  });

  it('Should escalate a report told over three texts, the third holding all three', { timeout: 60_000 }, async () => {
    // att40 (F9): the place, the going in and the time in three texts; only the text just before was read with each.
    clock.set('2026-11-18T19:10:00Z');
    const from = '+15557342206';
    const first = await text(from, 'the grain bin on the north side needs sweeping out');
    expect(first).toEqual(RECEIPT);
    clock.set('2026-11-18T19:11:00Z');
    const second = await text(from, 'Luis climbed in at 2');
    expect(second).toEqual(RECEIPT);
    clock.set('2026-11-18T19:13:00Z');
    const third = await text(from, 'its 4 now and hes not answering');
    expect(third).toEqual(WITH_DANGER);
    await stack.waitForStatus(codeIn(third[0]), 'escalated');
    for (const earlier of [first, second])
      expect((await stack.statusOf(codeIn(earlier[0]))).body.status).not.toBe('escalated');
    const email = await waitFor('the sponsor email holding the three texts', async () =>
      (await outbox(stack.urls.outbox)).find((e) => (e.body.text ?? '').includes('its 4 now')),
    );
    expect(email?.body.text).toContain('grain bin on the north side');
    expect(email?.body.text).toContain('climbed in at 2');
  });

  it('Should not escalate a thanks again after an urgent text', { timeout: 60_000 }, async () => {
    clock.set('2026-11-18T17:10:00Z');
    const from = '+15557342204';
    expect(await text(from, 'there is a fire in bay 3, people inside')).toEqual(WITH_DANGER);
    expect(await text(from, 'thanks, we are all out now')).toEqual(RECEIPT);
  });
});
