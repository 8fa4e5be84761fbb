import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import type { Escalation } from '../../../shared/domain/escalation';
import { escalationEmail } from '../../../shared/email/escalation-email';
import { exampleConfig } from '../../support/fixtures';

const base: Escalation = {
  id: 'e1',
  reasons: ['urgent-topic'],
  caseKey: 'a'.repeat(64),
  topics: [],
  urgentCategories: ['threat'],
  urgent: true,
  redactedText: '',
  sponsorId: 'coo',
  level: 0,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: '2026-11-18T19:00:00.000Z',
  status: 'raised',
  notifiedLevel: 0,
  audit: [],
};

/** An urgent report analysed offline, as the escalation that reaches a sponsor carries it. */
async function emailFor(text: string, overrides: Partial<Escalation> = {}) {
  const analysis = (await new OfflineAnalyzer().analyze([{ id: '1', text }])).get('1');
  if (!analysis || analysis instanceof Error) throw new Error('analysis failed');
  const escalation = { ...base, redactedText: analysis.redactedText, language: analysis.language, ...overrides };
  return escalationEmail(exampleConfig, escalation, ['coo@example.com'], 'http://127.0.0.1:3000/ack/token', 'you');
}

describe('the language a sponsor is told a report was written in', () => {
  it.each([
    ['Polish', 'Kierownik zmiany grozi, że pobije kolegę, jeśli ktoś zgłosi wypadek na hali.'],
    ['Vietnamese', 'Tổ trưởng dọa đánh chúng tôi nếu ai báo cáo tai nạn ở xưởng.'],
    ['Vietnamese', 'to truong doa danh chung toi neu ai bao cao tai nan o xuong'],
  ])('Should name %s for an urgent report written in it', async (name, text) => {
    const email = await emailFor(text);
    expect(email.text).toContain(`Written in ${name}.`);
    expect(email.html).toContain(`Written in ${name}.`);
  });

  it.each(['ok', 'Ana', '!!!', '12:30'])(
    'Should say nothing of the language when the text does not make it clear: %j',
    async (text) => {
      const email = await emailFor(text);
      expect(email.text).not.toMatch(/written in/i);
    },
  );

  it('Should say nothing of the language rather than name one the text plainly is not in', async () => {
    const email = await emailFor('Kierownik zmiany grozi, że pobije kolegę, jeśli ktoś zgłosi wypadek na hali.', {
      language: 'de',
    });
    expect(email.text).not.toMatch(/written in/i);
  });
});

describe('why a sponsor is told of a report', () => {
  it.each([
    [['harassment'], ['harassment'], 'harassment and bullying'],
    [['safety'], ['safety'], 'health and safety'],
    [['threat', 'harassment'], ['harassment'], '“a threat of violence” and “harassment and bullying”'],
  ])('Should name each idea once (categories %j, topics %j)', async (urgentCategories, topics, about) => {
    const email = await escalationEmail(
      exampleConfig,
      { ...base, urgentCategories, topics, redactedText: 'x' },
      ['coo@example.com'],
      'http://127.0.0.1:3000/ack/token',
      'you',
    );
    expect(email.text).toContain(`Why it came to you: It appears to be about ${about}, which cannot wait.`);
  });
});

describe('a report with no words, as its sponsor reads it', () => {
  it('Should say nothing was written rather than show an empty box (a kiosk face and an urgent topic alone)', async () => {
    const email = await escalationEmail(
      exampleConfig,
      base,
      ['coo@example.com'],
      'http://127.0.0.1:3000/ack/token',
      'you',
    );
    for (const body of [email.text, email.html])
      expect(body).toContain('Nothing was written: the employee gave only a rating or a topic, or ticked urgent.');
  });
});
