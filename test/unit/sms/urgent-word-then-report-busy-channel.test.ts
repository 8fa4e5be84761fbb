import { describe, expect, it } from 'vitest';
import exampleConfig from '../../../config/example.config.json';
import { smsTestApp } from '../../support/sms';

// Attacker's report (round 27): while a flood had spent the SMS channel's budget, "URGENT" sent alone was answered
// "To mark feedback urgent, text URGENT followed by what is happening", and the report that followed was refused:
// "We are getting a lot of messages right now, so yours was not saved." The word's mark was kept for that report,
// but the channel's budget read only the report's own words, so a report its sender had marked urgent was lost to
// the flood, where one starting with URGENT is taken within the marked allowance.

const FROM = '+15557770605';
const REPORT = 'need someone at the north gate right now';

describe('the urgent word alone, then the report, while the SMS channel is busy', () => {
  it('Should take the report as marked urgent, as if it began with the word', async () => {
    const { text, clock, store } = smsTestApp({ limits: { ...exampleConfig.limits, requestsPerSecond: { sms: 1 } } });
    clock.set('2026-11-18T15:10:00Z');
    for (let i = 0; i < 40; i += 1) await text(`the canteen menu idea ${i}`, { From: `+1555000${1000 + i}` });
    // The channel is busy: an ordinary report is refused.
    expect((await text('another canteen idea', { From: '+15550009999' }))[0]).toMatch(/not saved/);

    expect((await text('URGENT', { From: FROM }))[0]).toMatch(/To mark feedback urgent/);
    expect((await text(REPORT, { From: FROM }))[0]).toMatch(/is marked urgent for a senior leader/);
    expect([...store.cases.values()].filter((c) => c.escalateRequested)).toHaveLength(1);
  });

  it('Should still refuse the same report from a number that sent no urgent word', async () => {
    const { text, clock } = smsTestApp({ limits: { ...exampleConfig.limits, requestsPerSecond: { sms: 1 } } });
    clock.set('2026-11-18T15:10:00Z');
    for (let i = 0; i < 40; i += 1) await text(`the canteen menu idea ${i}`, { From: `+1555000${1000 + i}` });
    expect((await text(REPORT, { From: '+15557770606' }))[0]).toMatch(/not saved/);
  });
});
