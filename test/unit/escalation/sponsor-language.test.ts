import { describe, expect, it } from 'vitest';
import { caseDeskPage } from '../../../functions/intake/pages/case-desk';
import { deskCasePage } from '../../../functions/intake/pages/desk-case';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import type { Config } from '../../../shared/config/schema';
import { deskFiltersSchema, type DeskCase } from '../../../shared/domain/case-desk';
import { conversationEmail } from '../../../shared/email/conversation-email';
import { escalationEmail, type EmailOccasion } from '../../../shared/email/escalation-email';
import { SPONSOR_CATALOGUES, type SponsorKey, sponsorText } from '../../../shared/i18n/sponsor';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { englishIn, visibleText } from '../../support/english-leaks';
import { appWithFakes, exampleConfig, form } from '../../support/fixtures';
import { signLink } from '../../../shared/domain/signed-link';
import type { EscalationStore } from '../../../shared/ports/escalation-store';

/** Plant 2's manager reads French, the COO Spanish; the program has a name in neither English nor code. */
const config: Config = {
  ...exampleConfig,
  programName: 'Voix du terrain',
  sponsors: exampleConfig.sponsors.map((s) =>
    s.id === 'plant2-gm' ? { ...s, language: 'fr' } : s.id === 'coo' ? { ...s, language: 'es' } : s,
  ),
};
const gm = config.sponsors.find((s) => s.id === 'plant2-gm')!;

const SPANISH = 'La salida de emergencia junto al taller de pintura está bloqueada otra vez. Es muy peligroso.';
const ANSWER = 'La puerta del este, junto a la bahía 3.';

const escalation: DeskCase = {
  id: 'case:0b7a4d4e-1111-4c1c-9a11-000000000001',
  reasons: ['urgent-topic', 'requested'],
  caseKey: 'a'.repeat(64),
  site: 'plant2',
  topics: ['safety'],
  urgentCategories: ['safety', 'threat'],
  urgent: true,
  redactedText: SPANISH,
  language: 'es',
  sponsorId: 'plant2-gm',
  level: 0,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: '2026-11-18T19:00:00.000Z',
  status: 'raised',
  notifiedLevel: 0,
  audit: [
    { at: '2026-11-18T15:00:00.000Z', event: 'raised', detail: 'for Lee Marsh (Plant 2 GM): urgent-topic, requested' },
    { at: '2026-11-18T15:00:00.000Z', event: 'notified', detail: 'emailed Lee Marsh (Plant 2 GM)' },
    { at: '2026-11-18T16:00:00.000Z', event: 'acknowledged', detail: 'at level 0' },
    { at: '2026-11-18T17:00:00.000Z', event: 'responded', detail: '' },
    { at: '2026-11-18T18:00:00.000Z', event: 're-escalated', detail: 'now with the leadership list' },
    {
      at: '2026-11-18T19:00:00.000Z',
      event: 'handed-over',
      detail: 'by Dana Whitfield (COO) to Lee Marsh (Plant 2 GM): Plant 2 est à lui',
    },
    { at: '2026-11-18T20:00:00.000Z', event: 'closed', detail: 'by Lee Marsh (Plant 2 GM)' },
  ],
};
const thread: ThreadMessage[] = [
  { from: 'sponsor', text: 'Quelle porte ?', day: '2026-11-18' } as ThreadMessage,
  { from: 'employee', text: ANSWER, day: '2026-11-19' } as ThreadMessage,
];

/** What rightly stays as given: the employee's words, the sponsor's own, names from the config, links. */
const AS_GIVEN = [
  SPANISH,
  ANSWER,
  'Quelle porte ?',
  'Plant 2 est à lui',
  'Voix du terrain',
  'Plant 2',
  ...config.sponsors.map((s) => s.name),
  'http://127.0.0.1:3000/ack/token',
  'http://127.0.0.1:3000/desk/desk-token',
];

/** Every English sponsor sentence, its parameters left out, in runs of three words or more: none may be left. */
const ENGLISH_PHRASES = Object.values(SPONSOR_CATALOGUES.en)
  .flatMap((template) => template.split(/[{}]/))
  .filter((piece) => !/, (select|plural),/.test(piece))
  .flatMap((piece) => piece.split(/[.:;!?()#]/))
  .map((piece) => piece.trim())
  .filter((piece) => piece.split(/\s+/).length >= 3);

function englishLeftIn(said: string): string[] {
  const text = visibleText(said);
  let rest = text;
  for (const given of [...AS_GIVEN].sort((a, b) => b.length - a.length)) rest = rest.split(given).join(' ');
  return [...ENGLISH_PHRASES.filter((phrase) => rest.includes(phrase)), ...englishIn(said, AS_GIVEN)];
}

const states: DeskCase[] = [
  escalation,
  { ...escalation, status: 'acknowledged', acknowledgedAt: '2026-11-18T16:00:00.000Z' },
  {
    ...escalation,
    status: 'responded',
    acknowledgedAt: '2026-11-18T16:00:00.000Z',
    respondedAt: '2026-11-18T17:00:00.000Z',
    response: 'Les palettes ont été retirées.',
  },
  {
    ...escalation,
    status: 'responded',
    closedAt: '2026-11-18T20:00:00.000Z',
    acknowledgedAt: '2026-11-18T16:00:00.000Z',
  },
  { ...escalation, caseKey: undefined, reasons: ['pattern'], pattern: { count: 6, windowDays: 14 }, redactedText: '' },
  { ...escalation, textWithheld: true, redactedText: '' },
];

describe('a sponsor who reads French', () => {
  it('Should get every escalation email in French, the employee’s Spanish as written and named in French', async () => {
    for (const occasion of ['new', 'overdue', 'text-added', 'handed-over'] as EmailOccasion[]) {
      for (const e of states) {
        const email = await escalationEmail(
          config,
          e,
          [gm.email],
          'http://127.0.0.1:3000/ack/token',
          gm.name,
          occasion,
          'http://127.0.0.1:3000/desk/desk-token',
        );
        for (const said of [email.subject, email.text, email.html])
          expect(englishLeftIn(said), `${occasion}: ${said}`).toEqual([]);
        expect(email.html).toContain('<html lang="fr">');
      }
    }
    const email = await escalationEmail(config, escalation, [gm.email], 'http://127.0.0.1:3000/ack/token', gm.name);
    expect(email.text).toContain(SPANISH);
    expect(email.text).toContain('Écrit en espagnol.');
    // Each idea once: the category and the topic of the same name are one.
    expect(email.text).toContain(
      'Pourquoi cela vous parvient : Cela semble concerner un sujet qui ne peut pas attendre : «\u00a0santé et sécurité\u00a0» et «\u00a0menace de violence\u00a0».',
    );
    expect(email.subject).toBe(
      'Urgent : Menace de violence : Santé et sécurité à l’Usine 2 : merci d’accuser réception avant le mercredi 18 novembre 2026 à 13 h (heure du centre nord-américain)',
    );
  });

  it('Should get the conversation and legal-deadline emails in French', async () => {
    for (const occasion of [
      { kind: 'answer', answer: ANSWER, urgent: true },
      { kind: 'answer', answer: ANSWER, urgent: false },
      { kind: 'deadline-near', deadline: 'acknowledge', day: '2026-11-25' },
      { kind: 'deadline-near', deadline: 'feedback', day: '2027-02-25' },
      { kind: 'deadline-passed', deadline: 'acknowledge', day: '2026-11-25' },
      { kind: 'deadline-passed', deadline: 'feedback', day: '2027-02-25' },
    ] as const) {
      const email = conversationEmail(config, escalation, [gm.email], 'http://127.0.0.1:3000/ack/token', occasion);
      for (const said of [email.subject, email.text, email.html]) expect(englishLeftIn(said), said).toEqual([]);
    }
  });

  it('Should see the case page, the desk and each case on it in French, lang="fr"', async () => {
    const now = new Date('2026-11-18T17:30:00Z');
    for (const e of states) {
      for (const notice of [undefined, 'acknowledge', 'respond', 'reply'] as const) {
        const page = String(
          await escalationPage(config, e, 'token', { now, notice, thread, deskHref: '/desk/desk-token' }),
        );
        expect(englishLeftIn(page), page).toEqual([]);
        expect(page).toContain('<html lang="fr" dir="ltr">');
      }
      const casePage = String(await deskCasePage(config, gm, 'desk-token', e, thread, now, {}));
      expect(englishLeftIn(casePage), casePage).toEqual([]);
    }
    const rows = states.map((e, i) => ({
      escalation: e,
      state: (['waiting', 'acknowledged', 'answered', 'closed', 'overdue', 'waiting'] as const)[i]!,
      unread: i === 0,
    }));
    const desk = String(
      await caseDeskPage(
        config,
        gm,
        'desk-token',
        deskFiltersSchema.parse({}),
        rows,
        { open: rows.length, closing: 0, closed: 0 },
        'Dossier clos.',
      ),
    );
    expect(englishLeftIn(desk), desk).toEqual([]);
    expect(desk).toContain('<html lang="fr" dir="ltr">');
    expect(desk).toContain('Vos dossiers');
  });

  it('Should leave an English-reading sponsor in English, and a Spanish one in Spanish, from the same case', async () => {
    const chro = await escalationEmail(config, { ...escalation, sponsorId: 'chro' }, ['chro@example.com'], 'l', 'x');
    expect(chro.text).toContain('Written in Spanish.');
    const coo = await escalationEmail(config, { ...escalation, sponsorId: 'coo' }, ['coo@example.com'], 'l', 'x');
    expect(coo.text).toContain('Escrito en español.');
    expect(coo.subject).toMatch(
      /^Urgente: Amenaza de violencia: Salud y seguridad en la Planta 2: confírmelo antes del miércoles 18 de noviembre de 2026 a las 13 h \(hora central\)$/,
    );
  });

  it('Should write to the leadership list in digest.language', async () => {
    const leadership = { ...config, digest: { ...config.digest, language: 'fr' as const } };
    const email = await escalationEmail(
      leadership,
      { ...escalation, sponsorId: 'leadership', level: 2 },
      ['leadership@example.com'],
      'l',
      'the leadership list',
      'overdue',
    );
    expect(email.text).toContain('Ce dossier parvient à la liste de la direction');
  });

  it('Should be told what was wrong with what they sent in French, the form given back', async () => {
    const key = 'k'.repeat(64);
    const held = { ...escalation, audit: [], level: 0 };
    const store = {
      get: async (id: string) => (id === held.id ? structuredClone(held) : undefined),
      respond: async () => undefined,
      acknowledge: async () => true,
    };
    const { app } = appWithFakes({
      config,
      escalations: { store: store as unknown as EscalationStore, linkSigningKey: key },
    });
    const token = signLink({ subject: held.id, expiresAt: Date.parse('2027-12-01T00:00:00Z') / 1000 }, key);
    for (const [response, said] of [
      ['', 'Écrivez votre réponse avant de la publier.'],
      ['x'.repeat(5000), 'Votre réponse ne peut dépasser'],
    ] as const) {
      const res = await app.request(`/ack/${token}`, form({ action: 'respond', response }));
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain(said);
      expect(englishLeftIn(page.replace(/x{5000}/, ''))).toEqual([]);
    }
  });
});

describe("a sponsor's words given back unsent, in their language", () => {
  it('Should say in French and Spanish what is not sent yet and why the case was not closed or handed over', async () => {
    for (const language of ['fr', 'es'] as const) {
      const reader = { ...gm, language };
      const readerConfig: Config = { ...config, sponsors: config.sponsors.map((s) => (s.id === gm.id ? reader : s)) };
      const typed = {
        message: 'Quelle porte ?',
        response: 'Les palettes ont été retirées.',
        reason: 'Plant 2 est à lui',
      };
      const unsent = ['message', 'response', 'reason'] as const;
      for (const held of [undefined, 'close', 'hand-over'] as const) {
        const page = String(
          await deskCasePage(readerConfig, reader, 'desk-token', states[1]!, thread, new Date('2026-11-19T10:00:00Z'), {
            typed,
            unsent: [...unsent],
            ...(held ? { held } : {}),
          }),
        );
        expect(page).toContain('id="unsent-note"');
        for (const box of unsent) expect(page).toContain(`<a href="#${box}">`);
        expect(englishLeftIn(page), `${language} ${held ?? 'done'}`).toEqual([]);
      }
      const ack = String(
        await escalationPage(readerConfig, states[1]!, 'token', {
          now: new Date('2026-11-19T10:00:00Z'),
          thread,
          notice: 'acknowledge',
          draftMessage: typed.message,
          draftResponse: typed.response,
          unsent: ['message', 'response'],
        }),
      );
      expect(ack).toContain('aria-describedby="message-hint unsent-note"');
      expect(englishLeftIn(ack), `${language} ack`).toEqual([]);
    }
  });

  it('Should tell a sponsor who typed a reason and pressed close to empty it or hand over, never to press the button under it', async () => {
    for (const language of ['en', 'fr', 'es'] as const) {
      const reader = { ...gm, language };
      const readerConfig: Config = { ...config, sponsors: config.sponsors.map((s) => (s.id === gm.id ? reader : s)) };
      const t = (key: SponsorKey, params = {}) => sponsorText(language, key, params);
      for (const held of ['close', undefined] as const) {
        for (const reason of ['Not my site', 'Plant 2 est à lui', 'Esto es de RR. HH.']) {
          const page = String(
            await deskCasePage(
              readerConfig,
              reader,
              'desk-token',
              states[1]!,
              thread,
              new Date('2026-11-19T10:00:00Z'),
              {
                typed: { reason },
                unsent: ['reason'],
                ...(held ? { held } : {}),
              },
            ),
          );
          const note = page.match(/<div class="warning" role="alert" id="unsent-note">([\s\S]*?)<\/div>/)![1]!;
          const label = `${language} ${held ?? 'done'}`;
          // What sends a message or a response ("press the button under its box") would hand this case away.
          expect(note, label).not.toContain(t('sponsor.unsent.how', { held: held ?? 'none' }));
          expect(note, label).toContain(t('sponsor.desk.reason'));
          expect(note, label).toContain(t('sponsor.desk.handOverButton'));
          if (held) expect(note, label).toContain(t('sponsor.desk.close'));
        }
      }
    }
  });
});
