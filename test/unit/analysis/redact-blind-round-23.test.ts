import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Blind round 23: a set written before reading the redactor (redact-blind-round-23.json), in 26 languages and
 * scripts, its expected results decided up front. Each identifying detail must be unreadable in what is stored and
 * the words around it must stay; a text naming no one is stored as written.
 */

interface Leak {
  text: string;
  hide: string[];
  keep: string[];
}
interface BlindSet {
  leaks: Leak[];
  unchanged: string[];
}

const set = JSON.parse(readFileSync(join(import.meta.dirname, 'redact-blind-round-23.json'), 'utf8')) as BlindSet;

// Still shown after this round, each with why (see the report of round 23).
const KNOWN_MISSES = new Map<string, string>([
  ['mo from the warehouse took the petty cash tin', 'baseline'],
  ['m.a.r.k in stores took my lunch again', 'baseline'],
  ['d.o.m on the loading dock smokes by the gas tanks', 'baseline'],
  ['🙄Trev🙄 did it again with the keys', 'baseline'],
  ['Deshawn👏 finally fixed the fridge', 'baseline'],
  ['summer on reception is lovely but completely overworked', 'baseline'],
  ['bill from finance never pays the agency on time', 'baseline'],
  ['frank in security sleeps through his whole shift', 'baseline'],
  ["grace's team gets all the good shifts", 'baseline'],
  ['amber in hr laughed at my complaint', 'baseline'],
  ['ivy in accounts hides the late invoices', 'baseline'],
  ['the new guy, al-Rashid, keeps getting all the overtime', 'baseline'],
  ['the lockers are broken again — tash', 'baseline'],
  ['NAT FROM TILL 4 SHORTCHANGES CUSTOMERS', 'baseline'],
  ["jordan's rota is always better than mine", 'baseline'],
  ['macca and robbo from the yard nick tools', 'baseline'],
  ['baz and tel on nights never do the checks', 'baseline'],
  ['collins, stop taking my yoghurt from the fridge', 'baseline'],
  ['the heating in block C is broken again. thanks, A', 'baseline'],
  ['the shutters in aisle 9 keep sticking. R.', 'baseline'],
  ['the cleaner, precious, gets shouted at daily', 'baseline'],
  ['honey from the canteen overcharges the night staff', 'baseline'],
  ['patience in payroll never answers emails', 'baseline'],
  ['sunny on line 2 throws boxes at the new starters', 'baseline'],
  ['my payroll number: PR/2231/77 and the tax code is wrong', 'baseline'],
  ['la encargada, rosa, nos trata fatal', 'baseline'],
  ['Svens Dienstplan ist immer besser als meiner', 'baseline'],
  ['Jürgens Art ist unerträglich', 'baseline'],
  ['Mias Schicht fängt immer später an', 'baseline'],
  ['ich bin am 14.02.1985 geboren und bekomme keine Schonarbeit', 'baseline'],
  ['Anouks rooster is altijd beter', 'baseline'],
  ["D'Angelo non pulisce mai il bagno", 'baseline'],
  ['tu ania z magazynu, wózek nie hamuje', 'baseline'],
  ['Kasi grafik jest zawsze lepszy', 'baseline'],
  ["kemal'in vardiyası hep daha iyi", 'baseline'],
  ['живу на ул. Ленина, д. 5, кв. 12', 'baseline'],
  ['张伟的排班总是最好', 'baseline'],
  ['zhang min from qc rejects everything from our line', 'baseline'],
  ['こちら佐藤です、フォークリフトが壊れています', 'baseline'],
  ['저는 야간조 지영이에요', 'baseline'],
  ['kim min-jun from shipping takes long breaks', 'baseline'],
  ['saya Sari dari shift malam', 'baseline'],
  ['Eriks schema är alltid bättre', 'baseline'],
  ['Mikon vuorot ovat aina parempia', 'baseline'],
  ['șeful Ion Popescu ne înjură', 'baseline'],
]);

// Still changed though they name no one, each with why.
const KNOWN_OVER_HIDDEN = new Map<string, string>([
  ['The BECCA highlighter testers are always missing', 'baseline'],
  ["We were sent to St Thomas' Hospital after the fall", 'baseline'],
  ['Our supplier in Jordan ships late', 'baseline'],
  ['Faith in management is at zero', 'baseline'],
]);

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Scripts written without spaces ("张伟的排班") have no word edges: there a name is readable wherever it stands.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const readable = (secret: string, out: string) =>
  UNSPACED.test(secret)
    ? out.includes(secret)
    : new RegExp(`(?<![\\p{L}\\p{N}_])${escaped(secret)}(?![\\p{L}\\p{N}_])`, 'u').test(out);

describe('redaction, blind round 23', () => {
  const caught = set.leaks.filter((l) => !KNOWN_MISSES.has(l.text));

  it.each(caught.map((l) => [l.text, l] as const))('Should hide who in %j', (_text, leak) => {
    const out = redact(leak.text);
    for (const secret of leak.hide) expect(readable(secret, out), `${secret} in ${out}`).toBe(false);
    for (const word of leak.keep) expect(out).toContain(word);
  });

  it.each(set.unchanged.filter((t) => !KNOWN_OVER_HIDDEN.has(t)))('Should store %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([...KNOWN_MISSES.keys()])('Still shows who in %j (a known miss: if this fails, move it up)', (text) => {
    const leak = set.leaks.find((l) => l.text === text)!;
    expect(leak.hide.some((secret) => readable(secret, redact(text)))).toBe(true);
  });

  it.each([...KNOWN_OVER_HIDDEN.keys()])('Still changes %j (known over-hiding: if this fails, move it up)', (text) => {
    expect(redact(text)).not.toBe(text);
  });

  it('Should hold at least 180 texts naming someone and 80 naming no one, every listed miss among them', () => {
    expect(set.leaks.length).toBeGreaterThanOrEqual(180);
    expect(set.unchanged.length).toBeGreaterThanOrEqual(80);
    for (const text of KNOWN_MISSES.keys()) expect(set.leaks.some((l) => l.text === text)).toBe(true);
    for (const text of KNOWN_OVER_HIDDEN.keys()) expect(set.unchanged).toContain(text);
  });
});
