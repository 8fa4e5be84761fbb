import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Attack round 27 (promise 2, and a report readable after it): what an outside attacker found stored wrong, each as a
 * class. Every row of CHANGED fails on the code before this round: a phone split by its trunk prefix, and ordinary
 * words hidden as names or swallowed into an address (a report that loses its words is no longer what was said).
 */

// [what the employee wrote, what is stored]
const CHANGED: [string, string][] = [
  // A trunk prefix before a whole national number written without brackets: one placeholder.
  ['мой телефон 8 916 123-45-67', 'мой телефон [PHONE]'],
  ['звони 8 916 1234567 после смены', 'звони [PHONE] после смены'],
  // The clause after an address is the report, not the town.
  ['I live at 42 Elm Street apt 3, the bus never comes', 'I live at [ADDRESS], the bus never comes'],
  ['I live at 42 elm street, the bus never comes', 'I live at [ADDRESS], the bus never comes'],
  ['moved to 7 Oak Road, now my commute is two hours', 'moved to [ADDRESS], now my commute is two hours'],
  // German nouns that end as first names do, after an article: what someone is, not who.
  ['ich bin der einzige Azubi in der Logistik', 'ich bin der einzige Azubi in der Logistik'],
  ['frag mal den Azubi', 'frag mal den Azubi'],
  ['der Hiwi aus dem Labor nervt', 'der Hiwi aus dem Labor nervt'],
  // Abbreviations everyone writes, in the plural.
  ['he keeps sending me creepy DMs', 'he keeps sending me creepy DMs'],
  ['too many KPIs this quarter', 'too many KPIs this quarter'],
  ['I got 3 PMs from him last night', 'I got 3 PMs from him last night'],
  ['Ask DMs about it', 'Ask DMs about it'],
];

// What stays as it was: a real town after an address, a name after German's article, initials with an "s".
const UNCHANGED: [string, string][] = [
  ['my cell is 1 555 201 7788', 'my cell is [PHONE]'],
  ['send it to 15 Mill Lane, my manager said so', 'send it to [ADDRESS], my manager said so'],
  ['die Kita aus der Nachbarschaft ruft an', 'die Kita aus der Nachbarschaft ruft an'],
  ['send it to 12 Main St, Dayton, OH 45402 please', 'send it to [ADDRESS] please'],
  ['mail it to 58 cedar hollow dr, springfield', 'mail it to [ADDRESS]'],
  ['my address is 9 Mill Lane, Bristol', 'my address is [ADDRESS]'],
  ['die Svenja aus der Logistik', 'die [NAME] aus der Logistik'],
  ['frag mal die Mandy', 'frag mal die [NAME]'],
  ['der olli vom wareneingang', 'der [NAME] vom wareneingang'],
  ['Звоните 8 (912) 345 67 89', 'Звоните [PHONE]'],
  ['we lost 8 123-45-67 items', 'we lost 8 [PHONE] items'],
  ['it was 8 916 boxes', 'it was 8 916 boxes'],
];

describe('redaction, attack round 27', () => {
  it.each(CHANGED)('stores what was meant: %s', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });
  it.each(UNCHANGED)('keeps what it did before: %s', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });
});
