import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Attacker's report (round 29): the urgent word at the start of a text counted in the eleven languages the detector
// reads in full, not in the ones it reads by a table. "СРОЧНО подойдите к северным воротам" ("URGENT come to the
// north gate") and "ACİL kuzey kapısına biri gelsin" came as ordinary reports, with no emergency line, while
// "DRINGEND jemand zum Nordtor bitte" was marked urgent. The words below say only "come to the north gate", so the
// mark is the one thing that makes them urgent.

const marked = (store: { cases: Map<string, { escalateRequested?: boolean }> }) =>
  [...store.cases.values()].map((c) => c.escalateRequested ?? false);

describe('the urgent word in the languages the detector reads by a table', () => {
  it.each([
    ['ru', 'СРОЧНО подойдите к северным воротам'],
    ['ru', 'срочно! подойдите к северным воротам'],
    ['uk', 'ТЕРМІНОВО підійдіть до північних воріт'],
    ['tr', 'ACİL kuzey kapısına biri gelsin'],
    ['tr', 'acil: kuzey kapısına biri gelsin'],
    ['ko', '긴급 북문으로 누가 좀 와주세요'],
    ['ja', '【至急】北門に誰か来てください'],
    // Attack round 29, F4: Japanese has no spaces, so the word runs straight into the report.
    ['ja', '至急北門に監督者が必要です'],
    ['ja', '大至急北門に誰か来てください'],
    ['nl', 'SPOED iemand naar de noordpoort'],
    ['id', 'MENDESAK tolong ke gerbang utara'],
    ['fa', 'فوری یکی بیاد در شمالی'],
    ['sv', 'BRÅDSKANDE någon till norra porten'],
  ])('Should mark a %s text that starts with it urgent: %s', async (_language, report) => {
    const { text, store } = smsTestApp();
    const reply = await text(report, { From: '+15557770401' });
    // Answered in the site's language when the text's cannot be told (any of those the installation speaks).
    expect(reply[0]).toMatch(/marked urgent|marcado como urgente|signalé comme urgent/);
    expect(reply[1]).toMatch(/911/);
    expect(marked(store)).toEqual([true]);
  });

  it('Should not read the word inside a longer one, or later in the text, as the mark', async () => {
    const { text, store } = smsTestApp();
    await text('срочной работы слишком много', { From: '+15557770402' });
    await text('the acil sauce in the canteen is too hot', { From: '+15557770403' });
    expect(marked(store)).toEqual([false, false]);
  });
});
