import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op51a (after the op49 blind attack, 2026-12-07, class 8 and its over-hiding): names the operator could still read.
 * A surname written small right after a given name already hidden ("the foreman, [NAME] jonsen", "mi jefe [NAME]
 * martines", "si sir [NAME] dela cruz", "майстер [NAME] петренко"); a Vietnamese name after a job title written
 * without its accents ("to truong tuan"); a Polish name after "pan kierownik"; an English given name written small and
 * misspelt before the unit the person works in ("jon smyth in shipping", "ask kathrine from hr"). And the other side:
 * a German verb or adjective that is also a surname, read as a name after "der Chef" ("der Chef weiß es").
 * What a user notices: the operator cannot read who was meant; the words around a name (what the person did, the
 * writer's "я") stay as written.
 */

const stored = async (text: string) => (await previewRedaction(text)).redactedText;
const read = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);

beforeAll(() => previewRedaction('ask Maria'), 120_000);

// Tuned on: the attack's texts, with the words the operator must not read.
const TUNED: readonly [string, readonly string[]][] = [
  ['the foreman, mikael jonsen, ignores the safety reports.', ['mikael', 'jonsen']],
  ['mi jefe jose martines nos grita todos los días.', ['jose', 'martines']],
  ['si sir jun dela cruz ang nagsabi na walang OT.', ['jun', 'cruz']],
  ['supervisor dela cruz told us no breaks.', ['cruz']],
  ['майстер іван петренко кричить.', ['іван', 'петренко']],
  ['наш майстер петро коваленко кричить на всіх.', ['петро', 'коваленко']],
  ['to truong tuan hay tru luong vo ly.', ['tuan']],
  ['to truong Hung hay chui nguoi moi.', ['Hung']],
  ['pan kierownik jan kowalsky jest niemiły.', ['jan', 'kowalsky']],
  ['jon smyth in shipping takes the good shifts for his friends.', ['jon', 'smyth']],
  ['tell gregg in maintenance the press is broken.', ['gregg']],
  ['ask kathrine from hr about the missing pay.', ['kathrine']],
  ['the new manger, tomas andersen, cut our breaks.', ['tomas', 'andersen']],
];

// Held back: written before any rule changed, never run while tuning. Other words, other languages.
const HELD_BACK: readonly [string, readonly string[]][] = [
  ['the shift lead, brandon halvorsen, docks our pay for nothing', ['brandon', 'halvorsen']],
  ['I reported it to aaron wilkinsen in the paint shop', ['aaron', 'wilkinsen']],
  ['ask jenifer from payroll, she lost my timesheet', ['jenifer']],
  ['el encargado luis fernandes nos trata fatal', ['luis', 'fernandes']],
  ['la supervisora carmen rodriges nos grita', ['carmen', 'rodriges']],
  ['o chefe paulo oliviera humilha a equipe', ['paulo', 'oliviera']],
  ['il capoturno marco rossini ci urla contro', ['marco', 'rossini']],
  ["le chef d'équipe julien moreaux nous insulte", ['julien', 'moreaux']],
  ['der Vorarbeiter thomas schmitz schreit uns an', ['thomas', 'schmitz']],
  ['pani kierownik anna nowakowsky jest niemiła', ['anna', 'nowakowsky']],
  ['бригадир олег шевчук кричить на нас', ['олег', 'шевчук']],
  ['наша майстриня оксана бондаренко знущається', ['оксана', 'бондаренко']],
  ['quan doc Thanh chui cong nhan moi ngay', ['Thanh']],
  ['truong ca duc khong cho ai nghi', ['duc']],
];

// Held back that still fail after the change, kept to say what is left: a name misspelt by two letters ("kristopher"),
// and a Tagalog name after "na si" with its surname's particle ("si mark de guzman").
const HELD_BACK_STILL_KEPT: readonly [string, readonly string[]][] = [
  ['tell kristopher in receiving to stop filming us', ['kristopher']],
  ['ang supervisor na si mark de guzman ay masungit', ['mark', 'guzman']],
];

// Calm look-alikes: no one named, every word kept.
const CALM = [
  'Der Chef weiß es nicht.',
  'Die Chefin weiß, dass die Maschine kaputt ist.',
  'Der Meister weiß nicht, wer das war.',
  'Các anh hùng thầm lặng của ca đêm cần được khen.',
  'to truong noi ca dem duoc nghi them',
  'quan doc moi rat tot voi moi nguoi',
  'Widziałem to wczoraj w magazynie.',
  'Pytałem o grafik dwa razy.',
  'pan kierownik jest dziś bardzo miły.',
  'ask someone in shipping about it',
  'tell maintenance the belt is loose',
  'talk to hr about the form',
  'the new manager cut our breaks',
  'Люди радіють новій їдальні.',
  'майстер сказав що все добре',
  'mi jefe nos grita todos los días',
];

// A name hidden, the word after it (what the person did, the writer's "I") kept.
const WORD_AFTER_KEPT: readonly [string, string, string][] = [
  ['Juan dijo que no', 'Juan', 'dijo'],
  ['Петро я не знаю що робити', 'Петро', 'я'],
  ['supervisor maria said no', 'maria', 'said'],
  ['mi jefe jose grita mucho', 'jose', 'grita'],
  ['майстер іван сказав нам піти', 'іван', 'сказав'],
  ['kierownik jan mówi że nie', 'jan', 'mówi'],
  ['il capo marco urla sempre', 'marco', 'urla'],
  ['o chefe paulo disse que não', 'paulo', 'disse'],
  ['der Chef Thomas weiß es', 'Thomas', 'weiß'],
  ['Frau Schmidt weiß es schon lange', 'Schmidt', 'weiß'],
  ['to truong Minh noi khong', 'Minh', 'noi'],
];

describe('names the operator could still read (op51a)', () => {
  it.each(TUNED.map(([t, w]) => [t, w]))('Should hide who is meant in %j (tuned)', async (text, words) => {
    const out = await stored(text);
    for (const word of words) expect(read(out, word), `${word} in ${out}`).toBe(false);
  });

  it.each(HELD_BACK.map(([t, w]) => [t, w]))('Should hide who is meant in %j (held back)', async (text, words) => {
    const out = await stored(text);
    for (const word of words) expect(read(out, word), `${word} in ${out}`).toBe(false);
  });

  it.fails.each(HELD_BACK_STILL_KEPT.map(([t, w]) => [t, w]))(
    'Should hide who is meant in %j (held back, still open)',
    async (text, words) => {
      const out = await stored(text);
      for (const word of words) expect(read(out, word), `${word} in ${out}`).toBe(false);
    },
  );

  it.each([...CALM])('Should keep every word of %j', async (text) => {
    expect(await stored(text)).toBe(text);
  });

  it.each([...WORD_AFTER_KEPT])('Should hide the name in %j and keep what follows it', async (text, name, after) => {
    const out = await stored(text);
    expect(read(out, name), out).toBe(false);
    expect(read(out, after), out).toBe(true);
  });
});
