import { describe, expect, it } from 'vitest';
import { clockInWords } from '../../../functions/intake/pages/case-desk';
import type { Config } from '../../../shared/config/schema';
import { deadlineDay, deadlineOf } from '../../../shared/domain/deadlines';
import type { Escalation } from '../../../shared/domain/escalation';
import { conversationEmail } from '../../../shared/email/conversation-email';
import { digestTranslator } from '../../../shared/i18n/digest';
import type { Language } from '../../../shared/i18n/languages';
import { dayIn, deadlineIn } from '../../../shared/i18n/moments';
import { exampleConfig } from '../../support/fixtures';
import { AT_PLANT2, raisedEscalation } from '../../support/raised-escalation';
import { expectSaid, ZONE_NAMES } from '../../support/said-in-words';

/*
 * A legal deadline ends a day in the installation's zone: the employee is
 * promised "by the end of Tuesday". Sponsors and the digest must read that
 * same day, never "Wednesday at 12 AM", which most people read as a day later.
 */

describe('deadlines as sponsors read them', () => {
  it('Should say a deadline at a local midnight is the end of the day before, in each language', () => {
    // 06:00 UTC is midnight starting Wednesday, November 25 in Chicago.
    expectSaid(deadlineIn, [
      ['en', '2026-11-25T06:00:00Z', 'America/Chicago', 'the end of Tuesday, November 24, 2026 (Central Time)'],
      ['es', '2026-11-25T06:00:00Z', 'America/Chicago', 'el final del martes 24 de noviembre de 2026 (hora central)'],
      [
        'fr',
        '2026-11-25T06:00:00Z',
        'America/Chicago',
        'la fin du mardi 24 novembre 2026 (heure du centre nord-américain)',
      ],
    ]);
  });

  it('Should name the zone of a deadline at the end of a day, as it names it at any other hour, in each language', () => {
    const cases: [string, keyof typeof ZONE_NAMES][] = [
      // Midnight starting Wednesday, November 25 in Chicago (standard time).
      ['2026-11-25T06:00:00Z', 'America/Chicago'],
      // The end of the day Berlin springs forward (a 23-hour day), and of the day it falls back (25 hours).
      ['2026-03-29T22:00:00Z', 'Europe/Berlin'],
      ['2026-10-25T23:00:00Z', 'Europe/Berlin'],
      // Where midnight is half past the hour in UTC, and where the zone is UTC itself.
      ['2026-11-24T18:30:00Z', 'Asia/Kolkata'],
      ['2026-11-25T00:00:00Z', 'UTC'],
    ];
    for (const [at, zone] of cases)
      for (const language of ['en', 'es', 'fr'] as const) {
        const names = ZONE_NAMES[zone];
        const said = deadlineIn(language, at, zone);
        expect(said).toMatch(/^(the end of|el final del|la fin du) /);
        expect(said.endsWith(`(${names[language]})`)).toBe(true);
        // The same name as an hour later in the same zone, where the deadline is a time of day.
        expect(deadlineIn(language, new Date(Date.parse(at) + 3_600_000).toISOString(), zone)).toContain(
          names[language],
        );
      }
  });

  it('Should leave a deadline a second past midnight, or at any other hour, as the moment it is', () => {
    expectSaid(deadlineIn, [
      ['en', '2026-11-25T06:00:01Z', 'America/Chicago', 'Wednesday, November 25, 2026 at 12 AM Central Time'],
      ['es', '2026-11-25T05:59:59Z', 'America/Chicago', 'martes 24 de noviembre de 2026 a las 23:59 (hora central)'],
      ['en', '2026-11-25T07:00:00Z', 'America/Chicago', 'Wednesday, November 25, 2026 at 1 AM Central Time'],
      // Midnight in UTC is not midnight in Chicago.
      ['en', '2026-11-25T00:00:00Z', 'America/Chicago', 'Tuesday, November 24, 2026 at 6 PM Central Time'],
    ]);
  });

  it('Should find the local midnight on the days summer time begins or ends', () => {
    // Berlin springs forward on March 29, 2026 (a 23-hour day) and falls back on October 25 (25 hours).
    expectSaid(deadlineIn, [
      ['en', '2026-03-28T23:00:00Z', 'Europe/Berlin', 'the end of Saturday, March 28, 2026 (Central European Time)'],
      ['en', '2026-03-29T22:00:00Z', 'Europe/Berlin', 'the end of Sunday, March 29, 2026 (Central European Time)'],
    ]);
    expect(deadlineIn('en', '2026-03-29T23:00:00Z', 'Europe/Berlin')).toContain('Monday, March 30, 2026 at 1 AM');
    expectSaid(deadlineIn, [
      ['en', '2026-10-25T23:00:00Z', 'Europe/Berlin', 'the end of Sunday, October 25, 2026 (Central European Time)'],
      // New York springs forward at 2 AM on March 8: that day still begins at midnight, and ends an hour sooner.
      ['en', '2026-03-08T05:00:00Z', 'America/New_York', 'the end of Saturday, March 7, 2026 (Eastern Time)'],
      ['en', '2026-03-09T04:00:00Z', 'America/New_York', 'the end of Sunday, March 8, 2026 (Eastern Time)'],
      // Chile skips midnight itself on September 6, 2026: that day begins at 1 AM, which ends the day before.
      ['en', '2026-09-06T04:00:00Z', 'America/Santiago', 'the end of Saturday, September 5, 2026 (Chile Time)'],
    ]);
  });

  it('Should name the day the employee is promised, for every legal deadline in a zone with summer time', () => {
    const config: Config = { ...exampleConfig, timezone: 'Europe/Berlin' };
    // Raised across a whole year, every 31 hours (each hour of the day in turn, every day of the week):
    // the sponsor's words always name the employee's day, across both changes of summer time.
    for (let hour = 0; hour < 365 * 24; hour += 31) {
      const from = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString();
      for (const deadline of ['acknowledge', 'feedback'] as const) {
        const due = deadlineOf(config, deadline, from);
        expect(deadlineIn('en', due.toISOString(), config.timezone)).toBe(
          `the end of ${dayIn('en', deadlineDay(due, config.timezone))} (Central European Time)`,
        );
      }
    }
  });

  it('Should put the end of the day in the desk and the reminder, in each language, and only its week in the digest', () => {
    const config: Config = { ...exampleConfig, legalClocks: { ...exampleConfig.legalClocks, acknowledgeDays: 1 } };
    // Raised 9 AM Wednesday in Chicago; the law's one day ends with Wednesday.
    const e: Escalation = raisedEscalation({
      ...AT_PLANT2,
      raisedAt: '2099-11-18T15:00:00.000Z',
      slaDueAt: '2099-11-21T15:00:00.000Z',
    });
    const expected: Record<Language, string> = {
      en: 'acknowledge by the end of Wednesday, November 18, 2099 (Central Time), the legal deadline',
      es: 'confirmarlo a más tardar al final del miércoles 18 de noviembre de 2099 (hora central), el plazo legal',
      fr: 'accuser réception au plus tard à la fin du mercredi 18 novembre 2099 (heure du centre nord-américain), le délai légal',
    };
    for (const language of ['en', 'es', 'fr'] as const) {
      const clock = clockInWords(config, { escalation: e, state: 'waiting' }, language, new Date(e.raisedAt));
      expect(clock).toContain(expected[language]);
      expect(clock).not.toMatch(/12 AM|0 h/);
    }
    const reminder = conversationEmail(config, e, ['plant2-gm@example.com'], 'https://x/l', {
      kind: 'acknowledge-near',
      due: { at: deadlineOf(config, 'acknowledge', e.raisedAt).toISOString(), legal: true },
      top: false,
    });
    expect(reminder.subject).toContain(
      'please acknowledge by the end of Wednesday, November 18, 2099 (Central Time), the legal deadline',
    );
    expect(reminder.text).toContain('Please acknowledge it by the end of Wednesday, November 18, 2099 (Central Time)');
    // Leadership's digest, read by people who do not hold the case, gives the deadline's week only (never its day,
    // which less the law's days is the day the case was raised): test/unit/digest/legal-deadlines-by-week.test.ts.
    const digestLine = (language: Language) =>
      digestTranslator(language)('digest.esc.legal', {
        state: 'near',
        holder: 'Plant 2 GM',
        shown: 'no',
        count: '',
        k: 5,
        upTo: 4,
        week: 'Mon 16 Nov',
      });
    expect(digestLine('en')).toBe(
      '1 to 4 cases held by Plant 2 GM have a legal deadline in the week of Mon 16 Nov, not yet met',
    );
    expect(digestLine('es')).toContain('un plazo legal en la semana del Mon 16 Nov');
    expect(digestLine('fr')).toContain('un délai légal dans la semaine du Mon 16 Nov');
  });
});
