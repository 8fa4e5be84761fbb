import { describe, expect, it } from 'vitest';
import { leadershipReaders } from '../../../shared/domain/case-desk';
import { closeMustBeSeen, closeWitnesses } from '../../../shared/domain/close-witness';
import type { AuditEntry } from '../../../shared/domain/escalation';
import { readTakeSubject, takeLink } from '../../../shared/domain/take-link';
import { closeNoticeEmail } from '../../../shared/email/close-notice-email';
import { exampleConfig } from '../../support/fixtures';
import { AT_PLANT2, raisedEscalation } from '../../support/raised-escalation';

// Attacker's round 19: a sponsor who wrongly receives a report about themselves could close it unseen. A close
// of a case that was urgent, or that went around a sponsor, is shown to someone other than whoever closed it:
// one level above where they held it, never the closer, never a sponsor the case goes around.

const closed = (by: string): AuditEntry => ({ at: '2026-11-18T14:00:00.000Z', event: 'closed', detail: '', by });

describe('who is shown a close', () => {
  it('Should show a close of an urgent case, or of one that went around a sponsor; not a calm pattern’s', () => {
    expect(closeMustBeSeen(raisedEscalation())).toBe(true);
    expect(closeMustBeSeen({ urgent: false, reroute: { reasons: ['named'], bypassed: ['chro'] } })).toBe(true);
    expect(closeMustBeSeen({ urgent: false })).toBe(false);
  });

  it('Should show the GM’s close to their backup, the COO, never to the GM', () => {
    const e = raisedEscalation({ ...AT_PLANT2, urgent: true, audit: [closed('plant2-gm')] });
    expect(closeWitnesses(exampleConfig, e)).toEqual({ emails: ['coo@example.com'], names: 'Dana Whitfield (COO)' });
  });

  it('Should show a backup’s close to the leadership list, and skip a backup the case goes around', () => {
    const atBackup = raisedEscalation({ ...AT_PLANT2, level: 1, audit: [closed('coo')] });
    expect(closeWitnesses(exampleConfig, atBackup).emails).toEqual(exampleConfig.digest.recipients);
    // The report named the COO: the GM's close goes past them, to the COO's own backup.
    const aroundCoo = raisedEscalation({
      ...AT_PLANT2,
      reroute: { reasons: ['named'], bypassed: ['coo'] },
      audit: [closed('plant2-gm')],
    });
    expect(closeWitnesses(exampleConfig, aroundCoo).emails).toEqual(['ceo@example.com']);
  });

  it('Should show a leadership reader’s close to the list’s other readers, not to them', () => {
    const readers = ['first@example.com', 'second@example.com'];
    const config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: readers } };
    const [first] = leadershipReaders(config);
    const e = raisedEscalation({ ...AT_PLANT2, level: 2, audit: [closed(first!.id)] });
    expect(closeWitnesses(config, e).emails).toEqual(['second@example.com']);
  });
});

describe('the close’s notice and its link', () => {
  it('Should name the matter, the closer and the redacted text, in the reader’s language, with no time in it', () => {
    const e = raisedEscalation({ ...AT_PLANT2, urgent: true, audit: [closed('plant2-gm')] });
    const link = 'https://feedback.example.com/take/x.y';
    for (const [language, words] of [
      ['en', /Urgent case closed by Lee Marsh \(Plant 2 GM\)/],
      ['es', /Caso urgente cerrado por Lee Marsh \(Plant 2 GM\)/],
      ['fr', /Dossier urgent clos par Lee Marsh \(Plant 2 GM\)/],
    ] as const) {
      const config = {
        ...exampleConfig,
        sponsors: exampleConfig.sponsors.map((s) => (s.id === 'coo' ? { ...s, language } : s)),
      };
      const email = closeNoticeEmail(config, e, ['coo@example.com'], { closer: 'Lee Marsh (Plant 2 GM)', link });
      expect(email.subject).toMatch(words);
      expect(email.text).toContain('The fire exit is blocked');
      expect(email.text).toContain(link);
      expect(email.text).not.toMatch(/\d{1,2}:\d{2}/);
    }
  });

  it('Should take only the close it was sent for, and no other link’s subject', () => {
    const link = takeLink(exampleConfig, 'case:abc', '2026-11-18T15:00:00.000Z', 'https://x', new Date(), 'k');
    const payload = JSON.parse(Buffer.from(link.split('/take/')[1]!.split('.')[0]!, 'base64url').toString());
    expect(readTakeSubject(payload.e)).toEqual({ id: 'case:abc', closedAt: '2026-11-18T15:00:00.000Z' });
    expect(readTakeSubject('case:abc@0123456789abcdef')).toBeUndefined();
  });
});
