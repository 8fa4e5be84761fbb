import { describe, expect, it } from 'vitest';
import type { Escalation } from '../../../shared/domain/escalation';
import { escalationEmail } from '../../../shared/email/escalation-email';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import { exampleConfig } from '../../support/fixtures';

const base: Escalation = {
  id: 'e1',
  reasons: ['urgent-topic', 'requested'],
  caseKey: 'a'.repeat(64),
  topics: [],
  urgentCategories: ['threat', 'fraud'],
  urgent: true,
  redactedText: 'He said he would be waiting in the car park.',
  sponsorId: 'coo',
  level: 0,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: '2026-11-18T19:00:00.000Z',
  status: 'acknowledged',
  acknowledgedAt: '2026-11-18T16:00:00.000Z',
  notifiedLevel: 0,
  audit: [
    { at: '2026-11-18T15:00:00.000Z', event: 'raised', detail: 'for Chief Operating Officer: urgent-topic, requested' },
    { at: '2026-11-18T16:00:00.000Z', event: 'acknowledged', detail: 'at level 0' },
  ],
};

/** Codes and developer words a sponsor should never read. */
const NOT_FOR_SPONSORS =
  /urgent-topic|\brequested\b|at level|no topic given|site not given|concerns an urgent topic|acknowledged, acknowledged|Please leave out names/i;

describe('what a sponsor reads about an escalation', () => {
  it('Should say why it came to them and what it is about in their words, with no codes, on the page and in the email', async () => {
    const page = String(await escalationPage(exampleConfig, base, 'token', { now: new Date(base.raisedAt) }));
    // Emailed while it waits for an acknowledgement (an acknowledged case's new holder is asked for none).
    const { acknowledgedAt: _, ...waiting } = base;
    const email = await escalationEmail(
      exampleConfig,
      { ...waiting, status: 'raised' },
      ['coo@example.com'],
      'http://127.0.0.1:3000/ack/token',
      'you',
    );
    for (const said of [page, email.text, email.html, email.subject]) expect(said).not.toMatch(NOT_FOR_SPONSORS);
    expect(email.subject).toBe(
      'Urgent: Threat of violence and fraud or theft (no site or topic given): please acknowledge by Wednesday, November 18, 2026 at 1 PM Central Time',
    );
    expect(email.text).toContain(
      'Why it came to you: It appears to be about a threat of violence and fraud or theft, which cannot wait. The employee asked for it to be treated as urgent.',
    );
    expect(page).toContain(
      'Acknowledged around Wednesday, November 18, 2026 at 10 AM Central Time; no response published yet',
    );
    expect(page).toContain('Raised and sent to Chief Operating Officer');
  });

  it('Should name the site alone when no topic was given', async () => {
    const page = String(
      await escalationPage(exampleConfig, { ...base, site: 'plant2' }, 'token', { now: new Date(base.raisedAt) }),
    );
    // With the short label the desk's list shows beside it, so the sponsor can tell which case of the list this is.
    expect(page).toMatch(/<h1>Urgent: Threat of violence and fraud or theft at Plant 2 \(case [0-9A-Z]{1,4}\)<\/h1>/);
  });
});
