import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseDeskPage, clockInWords, deskCaseHref, deskCaseId } from '../../../functions/intake/pages/case-desk';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import type { Config } from '../../../shared/config/schema';
import { deskFiltersSchema } from '../../../shared/domain/case-desk';
import { hourStamp, type Escalation } from '../../../shared/domain/escalation';
import { signLink } from '../../../shared/domain/signed-link';
import { escalationEmail } from '../../../shared/email/escalation-email';
import { momentIn } from '../../../shared/i18n/moments';
import type { EscalationStore } from '../../../shared/ports/escalation-store';
import { appWithFakes, exampleConfig } from '../../support/fixtures';
import { AT_PLANT2, raisedEscalation } from '../../support/raised-escalation';
import { expectSaid } from '../../support/said-in-words';

const ZONES = ['America/Chicago', 'Europe/London', 'UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns'];

const base: Escalation = raisedEscalation({
  ...AT_PLANT2,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: '2026-11-21T15:00:00.000Z',
});

describe('times as sponsors see them', () => {
  it('Should show the very hour and minute a deadline falls at in any zone, never one rounded earlier or later', async () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (date, zone) => {
          const iso = hourStamp(date);
          const parts = Object.fromEntries(
            new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: '2-digit', hour12: true })
              .formatToParts(new Date(iso))
              .map((p) => [p.type, p.value]),
          );
          const shown = momentIn('en', iso, zone);
          const wallClock =
            parts.minute === '00'
              ? `at ${parts.hour} ${parts.dayPeriod}`
              : `at ${parts.hour}:${parts.minute} ${parts.dayPeriod}`;
          expect(shown).toContain(wallClock);
        },
      ),
    );
  });

  it('Should say 7:30 PM in India for 14:00 UTC rather than 7 PM, and name each zone as people do', async () => {
    expectSaid(momentIn, [
      ['en', '2026-11-18T14:00:00.000Z', 'Asia/Kolkata', 'Wednesday, November 18, 2026 at 7:30 PM India Standard Time'],
      ['en', '2026-11-18T20:00:00.000Z', 'America/Chicago', 'Wednesday, November 18, 2026 at 2 PM Central Time'],
      [
        'es',
        '2026-11-18T20:00:00.000Z',
        'America/Chicago',
        'miércoles 18 de noviembre de 2026 a las 14 h (hora central)',
      ],
      [
        'fr',
        '2026-11-18T20:00:00.000Z',
        'America/Chicago',
        'mercredi 18 novembre 2026 à 14 h (heure du centre nord-américain)',
      ],
    ]);
    expect(momentIn('en', '2026-11-18T20:00:00.000Z', 'UTC')).toContain('8 PM Coordinated Universal Time');
    for (const said of [
      momentIn('en', '2026-11-18T20:00:00.000Z', 'America/Chicago'),
      String((await escalationEmail(exampleConfig, base, ['plant2-gm@example.com'], 'l', 'x')).subject),
    ])
      expect(said).not.toContain('America/Chicago');
  });

  it('Should show one acknowledgement deadline, the earliest that binds, alike in the subject, the email, /ack and the desk', async () => {
    // The organisation promises 72 hours; the law here, 1 day: the law's binds.
    const config: Config = { ...exampleConfig, legalClocks: { ...exampleConfig.legalClocks, acknowledgeDays: 1 } };
    // The law's day ends as Thursday begins in Chicago: its end is the deadline, never "Thursday at 12 AM".
    const due = 'the end of Wednesday, November 18, 2026 (Central Time), the legal deadline';
    const email = await escalationEmail(config, base, ['plant2-gm@example.com'], 'l', 'x');
    expect(email.subject).toContain(`please acknowledge by ${due}`);
    expect(email.text).toContain(`Acknowledge by: ${due}`);
    const page = String(await escalationPage(config, base, 'token', { now: new Date(base.raisedAt) }));
    expect(page).toContain(`<dt><strong>Acknowledge by</strong></dt><dd>${due}`);
    expect(page).not.toMatch(/Legal deadline to acknowledge|Saturday, November 21/);
    const upcoming = { ...base, raisedAt: '2099-11-18T15:00:00.000Z', slaDueAt: '2099-11-21T15:00:00.000Z' };
    expect(
      clockInWords(config, { escalation: upcoming, state: 'waiting' }, 'en', new Date('2099-11-18T16:00:00Z')),
    ).toBe(
      `Waiting for you: acknowledge by ${(await escalationEmail(config, upcoming, ['plant2-gm@example.com'], 'l', 'x')).subject.split('please acknowledge by ')[1]}`,
    );
    // Past the law's day though the service level still runs: overdue, as /ack says.
    expect(clockInWords(config, { escalation: base, state: 'waiting' }, 'en', new Date('2026-11-20T12:00:00Z'))).toBe(
      `Overdue: it was due to be acknowledged by ${due}`,
    );
    // With the law's 7 days, the 72 hours bind, and nothing else is shown.
    const sla = await escalationEmail(exampleConfig, base, ['plant2-gm@example.com'], 'l', 'x');
    expect(sla.subject).toContain('please acknowledge by Saturday, November 21, 2026 at 9 AM Central Time');
    expect(sla.subject).not.toContain('legal');
  });

  it('Should say what the date to tell the employee is: the legal deadline, months after the acknowledgement', async () => {
    const acknowledged: Escalation = { ...base, status: 'acknowledged', acknowledgedAt: '2026-11-18T17:00:00.000Z' };
    const page = String(
      await escalationPage(exampleConfig, acknowledged, 'token', { now: new Date(acknowledged.acknowledgedAt!) }),
    );
    expect(page).toContain(
      '<dt><strong>Tell the employee what is being done by</strong></dt><dd>the end of Wednesday, February 17, 2027 (Central Time): the legal deadline to tell them, 3 months after the acknowledgement</dd>',
    );
  });

  it('Should write a legal deadline at midnight as the end of the day before, in the email as on the page, in every language', async () => {
    // Acknowledged in the 18:00 hour UTC on November 30: the law's deadline falls at a midnight Central Time, which
    // the employee's page and the JSON (`feedbackBy: 2027-02-27`) read as the end of Saturday, February 27.
    const acknowledged: Escalation = { ...base, status: 'acknowledged', acknowledgedAt: '2026-11-30T18:00:00.000Z' };
    const expected = {
      en: 'the end of Saturday, February 27, 2027 (Central Time)',
      es: 'el final del sábado',
      fr: 'la fin du samedi',
    } as const;
    for (const [language, words] of Object.entries(expected)) {
      const config: Config = {
        ...exampleConfig,
        sponsors: exampleConfig.sponsors.map((s) => ({ ...s, language: language as 'en' | 'es' | 'fr' })),
      };
      const email = await escalationEmail(config, acknowledged, ['plant2-gm@example.com'], 'l', 'x', 'handed-over');
      expect(email.text).toContain(words);
      expect(email.text).not.toMatch(/12 AM|0 h|00:00/);
      expect(
        String(await escalationPage(config, acknowledged, 'token', { now: new Date(acknowledged.acknowledgedAt!) })),
      ).toContain(words);
    }
  });

  it('Should give each case on the desk a clean path, and read it back', async () => {
    expect(deskCaseHref('tok', base.id)).toBe('/desk/tok/case/0b7a4d4e-1111-4c1c-9a11-000000000001');
    expect(deskCaseId('0b7a4d4e-1111-4c1c-9a11-000000000001')).toBe(base.id);
    const pattern = 'pattern:plant2:safety:2026-11-18';
    expect(deskCaseHref('tok', pattern)).toBe(`/desk/tok/case/${pattern}`);
    expect(deskCaseId(pattern)).toBe(pattern);
    const gm = exampleConfig.sponsors.find((s) => s.id === 'plant2-gm')!;
    const desk = String(
      await caseDeskPage(
        exampleConfig,
        gm,
        'tok',
        deskFiltersSchema.parse({}),
        [{ escalation: base, state: 'waiting', unread: false }],
        { open: 1, closing: 0, closed: 0 },
      ),
    );
    expect(desk).toContain('href="/desk/tok/case/0b7a4d4e-1111-4c1c-9a11-000000000001"');
    expect(desk).not.toMatch(/\/case\/[^"]*%3A/i);
  });

  it('Should link a sponsor’s case page to all their cases', async () => {
    const key = 'k'.repeat(64);
    const store = { get: async (id: string) => (id === base.id ? structuredClone(base) : undefined) };
    const { app } = appWithFakes({
      escalations: { store: store as unknown as EscalationStore, linkSigningKey: key },
      desk: {} as never,
    });
    const token = signLink({ subject: base.id, expiresAt: Date.parse('2026-12-01T00:00:00Z') / 1000 }, key);
    const page = await (await app.request(`/ack/${token}`)).text();
    expect(page).toMatch(/<a href="\/desk\/[\w.-]+">All your cases<\/a>/);
  });
});
