import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Frequent words of the other languages that look like names (a given name
 * elsewhere, or no English word) stay as written in a text of their own
 * language, while names beside them, capitalised or after a role, are still
 * hidden. Wordings here are not in eval/redaction/common-words.jsonl.
 */
describe('redaction and the frequent words of other languages', () => {
  it.each([
    'en la tienda nos dan los guantes rotos',
    'Minha gerente nunca responde no grupo',
    'a mia collega hanno tolto le ore senza dire niente',
    'szef kazał mi przyjść w niedzielę',
    'ca đêm thì không có ai sửa máy',
    'المشرف قال إن الإجازات ملغاة',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([
    ['hier Dan a crié sur toute l’équipe', 'hier [NAME] a crié sur toute l’équipe'],
    ['la jefa Rosa Núñez nos dan turnos dobles', 'la jefa [NAME] nos dan turnos dobles'],
    ['kierownik Wiśniewski kazał nam zostać', 'kierownik [NAME] kazał nam zostać'],
    ['المشرف خالد قال إن الإجازات ملغاة', 'المشرف [NAME] قال إن الإجازات ملغاة'],
  ])('Should still hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
