import { describe, expect, it } from 'vitest';
import { recipientsAt, routeToSponsor } from '../../../shared/domain/escalation';
import { signLink, verifyLink } from '../../../shared/domain/signed-link';
import { exampleConfig } from '../../support/fixtures';

describe('routing an escalation to its sponsor', () => {
  it.each([
    ['plant2', ['safety'], 'plant2-gm'], // topic and site beat topic alone
    ['hq', ['safety'], 'coo'],
    [undefined, ['harassment'], 'chro'],
    ['warehouse', ['pay', 'facilities'], 'coo'], // equal specificity: config order decides
    ['hq', ['management'], 'ceo'], // nobody owns it: the default sponsor
    [undefined, [], 'ceo'],
  ])('Should send site %s, topics %j to %s', (site, topics, sponsor) => {
    expect(routeToSponsor(exampleConfig, site, topics).id).toBe(sponsor);
  });

  it('Should climb from the sponsor to their backup, then to the leadership list', () => {
    expect(recipientsAt(exampleConfig, 'plant2-gm', 0).emails).toEqual(['plant2-gm@example.com']);
    expect(recipientsAt(exampleConfig, 'plant2-gm', 1).emails).toEqual(['coo@example.com']);
    expect(recipientsAt(exampleConfig, 'plant2-gm', 2).emails).toEqual(exampleConfig.digest.recipients);
  });
});

describe('signed links', () => {
  const key = 'k'.repeat(64);
  const now = new Date('2026-11-18T12:00:00Z');
  const token = signLink({ subject: 'case:abc', expiresAt: now.getTime() / 1000 + 3600 }, key);

  it('Should open with the right key before expiry', () => {
    expect(verifyLink(token, key, now)).toEqual({
      ok: true,
      claims: { subject: 'case:abc', expiresAt: now.getTime() / 1000 + 3600 },
    });
  });

  it('Should refuse a link whose claims were altered', () => {
    const [, signature] = token.split('.');
    const altered = `${Buffer.from(JSON.stringify({ e: 'case:other', x: now.getTime() / 1000 + 3600 })).toString('base64url')}.${signature}`;
    expect(verifyLink(altered, key, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('Should refuse a link signed with another key, a truncated link and garbage', () => {
    expect(verifyLink(signLink({ subject: 'case:abc', expiresAt: 9e9 }, 'x'.repeat(64)), key, now)).toMatchObject({
      ok: false,
      reason: 'forged',
    });
    expect(verifyLink(token.slice(0, -3), key, now)).toMatchObject({ ok: false, reason: 'forged' });
    expect(verifyLink('not-a-token', key, now)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('Should refuse a link after it expires', () => {
    expect(verifyLink(token, key, new Date(now.getTime() + 3601_000))).toEqual({ ok: false, reason: 'expired' });
  });
});
