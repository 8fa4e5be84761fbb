import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Attack round 25: a password written into a report let the operator sign in as its writer.
describe('a password or PIN written after its word is hidden', () => {
  it.each([
    ['my login is jsmith42 and password Summer2026!', 'Summer2026'],
    ['pw: hunter2 pls reset it', 'hunter2'],
    ['contraseña: Perro#2024', 'Perro#2024'],
    ['mein Passwort ist Sommer_2025', 'Sommer_2025'],
    ['mot de passe = chat2024', 'chat2024'],
    ['senha: Azul@77 nao funciona', 'Azul@77'],
    ['my pin is 4471 for the door', '4471'],
    ['密码 abc123456', 'abc123456'],
    ['my password is pass!word', 'pass!word'],
  ])('%s', (text, secret) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toMatch(/\[(?:ID|EMAIL)\]/);
  });

  it.each([
    'the password is expired again',
    'mot de passe oublié encore',
    'password reset takes 3 days',
    'passwords must be 12 characters now',
    'pin 3 on the board is loose',
    'I passed the test',
    'la contraseña es muy larga',
    'a role for password resets/call fielding/transferring',
  ])('keeps "%s" readable', (text) => {
    expect(redact(text)).toBe(text);
  });
});
