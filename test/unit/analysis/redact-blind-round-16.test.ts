import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/** Blind round 16 (a tester with the README only): a Turkish name with its case ending after an apostrophe. */
describe('redaction, blind round 16', () => {
  it.each([
    ['Ahmet’in arabası otoparkta, yine yanlış park etmiş', 'Ahmet'],
    ["Zeynep'e söyledim ama dinlemedi", 'Zeynep'],
    ["dün Elif'le konuştum, o da aynı şeyi yaşamış", 'Elif'],
    ["vardiya amiri Mehmet'in yüzünden herkes istifa ediyor", 'Mehmet'],
    ["Ayşe'nin yüzünden mola veremiyoruz", 'Ayşe'],
  ])('Should hide the name in "%s"', (text, name) => {
    const out = redact(text);
    expect(out).not.toContain(name);
    expect(out).toContain('[NAME]');
  });

  it.each([
    "İstanbul'da hava çok soğuk, depoda ısıtma yok",
    "Ankara'da depo var ama bizde yok",
    "Bursa'daki depoda klima bozuk",
    "Türkiye'de asgari ücret düşük",
  ])('Should keep the place in "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });
});
