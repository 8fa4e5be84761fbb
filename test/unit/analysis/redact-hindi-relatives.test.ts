import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Hindi given names that are everyday words too ("कविता" a poem, "अशोक" a tree, "विकास" development) were hidden only
 * before "ने", "जी" or a family name. After "my"/"our" and a relative or a role they are the person's name; the same
 * words elsewhere, and a relative before "ने", stay as written.
 */
const HIDDEN: [string, string][] = [
  ['मेरी सहेली कविता भी इसी शिफ्ट में है', 'कविता'],
  ['हमारे मैनेजर अशोक हर दिन चिल्लाते हैं', 'अशोक'],
  ['मेरे भाई आकाश को भी निकाल दिया', 'आकाश'],
  ['उसकी बहन पूजा रिसेप्शन पर बैठती है', 'पूजा'],
];

const KEPT = ['मेरी सहेली ने एक कविता लिखी', 'कविता बहुत अच्छी थी', 'आज आकाश साफ़ है और गर्मी है', 'मेरे भाई ने मदद की'];

describe('Hindi names that are words, after a relative or a role', () => {
  it.each(HIDDEN)('Should hide the name in %s', (text, name) => {
    expect(redact(text)).not.toContain(name);
  });

  it.each(KEPT)('Should keep %s as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
