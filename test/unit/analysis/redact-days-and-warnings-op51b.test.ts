import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { holds, type RedactionCase } from '../../support/redaction-holds';

/*
 * op51b (2026-12-07 night), from the blind operator attack op49 (its classes 5 to 7 and 9) and what op50a and op50b
 * left. Days one person's file holds were still stored as written: a leave's range in ordinals or in words with no
 * month ("dal terzo al quattordicesimo", "from the third through the tenth"), Vietnamese days in words ("ngày mười
 * bốn tháng mười một"), a birth told with the child's name first ("Nació Maria el 30/10": the date kept, the verb
 * hidden as a name). Self-descriptions went unnamed by the preview: a Ukrainian recovery told with a verb ("я не п'ю
 * вже три роки"), a pregnancy in a conditional or since it began ("if I hadn't gotten pregnant"); and the writer's
 * locker with its number in words ("locker number twelve") was stored, though in figures it is hidden. What a user
 * now gets: the operator reads none of these; the preview names the writer's own sentence. Hurt feelings, an idea
 * "given birth to", a training everyone takes and a locker nobody owns keep every word and name nothing.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it.
 */
const preview = (text: string) => previewRedaction(text);

beforeAll(() => preview('I hurt my back on October 12'), 120_000);

// Tuned on: op49's wordings, and the notes op50a and op50b left.
const TUNED: RedactionCase[] = [
  [
    'dal terzo al quattordicesimo giorno di novembre sono stato in malattia',
    ['terzo', 'quattordicesimo'],
    ['malattia'],
    true,
  ],
  ['I was out sick from the third to the fourteenth.', ['third', 'fourteenth'], ['out sick'], true],
  ["I was out from the third through the tenth on doctor's orders.", ['third', 'tenth'], ["doctor's orders"], true],
  ['Tôi bị tai nạn lao động hôm mười bốn tháng mười một.', ['mười bốn'], ['tai nạn'], true],
  ['Tôi nghỉ ốm ngày mười bốn tháng mười một.', ['mười bốn'], ['nghỉ ốm'], true],
  ['Nació Maria el 30/10 y no me dieron permiso.', ['30/10', 'Maria'], ['Nació', 'permiso'], true],
  ['My feelings got hurt on the 14th at the meeting.', [], ['14th', 'feelings'], false],
  ["я не п'ю вже три роки, тому не піду на корпоратив", [], ["п'ю"], true],
  ['ходжу на збори АА щосереди', [], ['АА'], true],
  ['My locker number twelve was broken into.', ['twelve'], ['locker'], null],
  ['Me robaron de mi taquilla número doce.', ['doce'], ['taquilla'], null],
  ['Hanno aperto il mio armadio dodici.', ['dodici'], ['armadio'], null],
  ["If I hadn't gotten pregnant I would have had the promotion.", [], ['pregnant'], true],
  ['Si no me hubiera embarazado me habrían ascendido.', [], ['embarazado'], true],
];

// Held back: written before any change, never tuned on; other words and languages.
const HELD_BACK: RedactionCase[] = [
  ['Ero a casa in malattia dal secondo al nono.', ['secondo', 'nono'], ['malattia'], true],
  [
    'In malattia dal quinto al dodicesimo giorno di ottobre, e il capo mi chiamava ogni giorno.',
    ['quinto', 'dodicesimo'],
    ['ottobre', 'capo'],
    true,
  ],
  ['Signed off from the fifth until the twelfth and still got a warning.', ['fifth', 'twelfth'], ['warning'], true],
  ['I was on sick leave from the second to the ninth.', ['second', 'ninth'], ['sick leave'], true],
  ['Estuve de baja del cinco al doce.', ['cinco', 'doce'], ['baja'], true],
  ["J'étais en arrêt maladie du cinq au douze.", ['cinq', 'douze'], ['arrêt'], true],
  ['Ich war vom fünften bis zum zwölften krankgeschrieben.', ['fünften', 'zwölften'], ['krankgeschrieben'], true],
  ['Tôi nghỉ ốm từ ngày mười đến ngày mười bốn.', ['ngày mười đến', 'ngày mười bốn'], ['nghỉ ốm'], true],
  ['Em bị ngã ở kho ngày hai mươi tháng mười.', ['hai mươi'], ['kho'], true],
  ['Vợ tôi sinh con ngày hai mươi mốt tháng mười hai.', ['hai mươi mốt', 'tháng mười hai'], ['sinh con'], true],
  ['Nasceu a Ana no dia 30/10 e não me deram folga.', ['30/10', 'Ana'], ['Nasceu', 'folga'], true],
  ['Nació Pablo el 2/11 y mi jefe ni me felicitó.', ['2/11', 'Pablo'], ['Nació', 'jefe'], true],
  ['È nato Marco il 2/11 e non mi hanno dato un giorno.', ['2/11', 'Marco'], ['nato'], true],
  ["Я вже два роки не п'ю і тримаюсь.", [], ["не п'ю"], true],
  ['Я кинув пити три роки тому.', [], ['пити'], true],
  ['Someone broke into my locker number fourteen.', ['fourteen'], ['locker'], null],
  ['Alguien abrió mi casillero número quince.', ['quince'], ['casillero'], null],
  ['Mon casier numéro douze a été forcé.', ['douze'], ['casier'], null],
  ['Il mio armadietto numero quindici è stato forzato.', ['quindici'], ['armadietto'], null],
  ['Mein Spind Nummer zwölf wurde aufgebrochen.', ['zwölf'], ['Spind'], null],
  ['O meu cacifo número doze foi arrombado.', ['doze'], ['cacifo'], null],
  ['If I had not become pregnant they would have kept me on nights.', [], ['pregnant'], true],
  ['Since getting pregnant I have been moved around.', [], ['pregnant'], true],
  ['Desde que me embaracé me tratan mal.', [], ['embaracé'], true],
  ['Wenn ich nicht schwanger geworden wäre, wäre ich jetzt Schichtleiterin.', [], ['schwanger'], true],
  ["Si je n'étais pas tombée enceinte, je serais cheffe.", [], ['enceinte'], true],
  ['Se eu não tivesse engravidado já seria supervisora.', [], ['engravidado'], true],
  ['Gdybym nie zaszła w ciążę, byłabym brygadzistką.', [], ['ciążę'], true],
];

// Calm look-alikes: figurative words, a day everyone shares, a locker nobody owns, coffee, someone else's pregnancy.
const CALM = [
  "Ieri ho partorito un'idea per la linea 2.",
  "Il 3/11 il capo ha partorito un'altra regola assurda.",
  'Nasaktan ang damdamin ko noong 14.11 sa meeting.',
  "Mi hanno ferito nell'orgoglio il 14/11.",
  "Я не п'ю каву на роботі.",
  "I don't drink coffee after 3.",
  'Ходжу на збори профспілки щомісяця.',
  'Locker number twelve has no door, please fix it.',
  'La taquilla número doce no tiene puerta.',
  'The training runs from the third to the tenth for everyone.',
  "Dal primo al quindici marzo c'è l'inventario.",
  'Từ ngày mười đến ngày mười bốn kho đóng cửa.',
  'If the pregnant workers get a chair, so should everyone.',
  'My sister got pregnant last year and quit.',
  'Nació una nueva idea en la reunión del 3/11.',
  'Những anh hùng trong ca đêm xứng đáng được thưởng.',
  'Cảm ơn các anh hùng bảo trì.',
];

describe("days that single the writer out, and self-descriptions the preview names (op51b, from op49's classes 5-7, 9)", () => {
  it.each(TUNED)('Should hide %j as the writer needs (tuned)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(HELD_BACK)('Should hide %j as the writer needs (held back)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(CALM)('Should keep every word of %j and name nothing', async (text) => {
    expect(await preview(text)).toMatchObject({ redactedText: text, singledOut: [] });
  });
});
