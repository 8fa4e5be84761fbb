import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { describeLeaks, type LeakRow } from '../../support/stored-by-analysis';

/*
 * The fifteenth blind round (a tester with the README only, 20 languages): a name signed under the short closings
 * of the covered languages with the writer's team after it, a writer introducing themselves after a greeting, the
 * first of a pair beside a hidden name or beside the writer ("ik en joris", "jag och Sixten"), a name cued by "next
 * to", "it's … who", "el tal …", Japanese surnames alone and kana nicknames, initials written small, usernames of an
 * initial and a surname, and staff numbers in Russian and the Nordic languages. Then the towns, feasts and brands the
 * rules hid. Fresh variants of the kinds found, each failing before.
 */

// [what the employee wrote, what is stored, the words that must be nowhere in what is stored]
const LEAKS: LeakRow[] = [
  // Signed under a closing, the team after "aus", "din", "ng", "van", "från", or in brackets.
  ['Gruß,\nFiete aus dem Lager', 'Gruß,\n[NAME] aus dem Lager', ['Fiete']],
  ['valeu,\nJuninho', 'valeu,\n[NAME]', ['Juninho']],
  ['Mulțumesc,\nCostel din depozit', 'Mulțumesc,\n[NAME] din depozit', ['Costel']],
  ['makasih,\nButet (gudang C)', 'makasih,\n[NAME] (gudang C)', ['Butet']],
  ['Salamat po,\nJhun-jhun ng bodega', 'Salamat po,\n[NAME] ng bodega', ['Jhun-jhun']],
  ['Bedankt,\nSjaak van de expeditie', 'Bedankt,\n[NAME] van de expeditie', ['Sjaak']],
  ['Tack,\nNisse från lagret', 'Tack,\n[NAME] från lagret', ['Nisse']],
  ['Cảm ơn,\nTèo ở kho', 'Cảm ơn,\n[NAME] ở kho', ['Tèo']],
  ['Shukriya,\nPappu packing se', 'Shukriya,\n[NAME] packing se', ['Pappu']],
  ['Спасибо,\nЛёха со склада', 'Спасибо,\n[NAME] со склада', ['Лёха']],
  ['Makasih ya,\nUcok dr gudang', 'Makasih ya,\n[NAME] dr gudang', ['Ucok']],
  // Introduced after a greeting, the unit between the name and "here".
  [
    'buongiorno ragazzi, Ste del magazzino 3 qui 👋 i bagni sono intasati',
    'buongiorno ragazzi, [NAME] del magazzino 3 qui 👋 i bagni sono intasati',
    ['Ste '],
  ],
  [
    'hi all, Dee from packing here. the heaters are off again',
    'hi all, [NAME] from packing here. the heaters are off again',
    ['Dee'],
  ],
  // The first of a pair beside a hidden name, or beside the writer.
  ['Quintero y la Yesi siempre se van temprano', '[NAME] y la [NAME] siempre se van temprano', ['Quintero', 'Yesi']],
  ['dillo a Beppe o a Loredana, erano lì', 'dillo a [NAME] o a [NAME], erano lì', ['Beppe', 'Loredana']],
  [
    'die mandy und der kalle aus dem lager wissen es',
    'die [NAME] und der [NAME] aus dem lager wissen es',
    ['mandy', 'kalle'],
  ],
  ['ik en joep van de nachtdienst hebben het gezien', 'ik en [NAME] van de nachtdienst hebben het gezien', ['joep']],
  ['det var jag och Ebbe som såg det', 'det var jag och [NAME] som såg det', ['Ebbe']],
  ['Ebbe och jag såg allt', '[NAME] och jag såg allt', ['Ebbe']],
  ['王姐和小丽都没拿到加班费', '[NAME]姐和[NAME]都没拿到加班费', ['小丽']],
  ['工場の鈴木と佐藤がいつも遅刻する', '工場の[NAME]と[NAME]がいつも遅刻する', ['鈴木', '佐藤']],
  // A cue before a name no list knows.
  [
    'the guy sitting next to Winifred steals from lockers',
    'the guy sitting next to [NAME] steals from lockers',
    ['Winifred'],
  ],
  ['we all know it’s battersby who told them', 'we all know it’s [NAME] who told them', ['battersby']],
  ['het was joep die het lekte', 'het was [NAME] die het lekte', ['joep']],
  ['el tal chema deja entrar a sus compas', 'el tal [NAME] deja entrar a sus compas', ['chema']],
  // Kana nicknames before ちゃん, くん.
  ['ゆかちゃんと一緒に夜勤です', '[NAME]ちゃんと一緒に夜勤です', ['ゆか']],
  ['倉庫のけんたくんが怒鳴る', '倉庫の[NAME]くんが怒鳴る', ['けんた']],
  // Initials written small, a username of an initial and a surname.
  ['ngl m.k. from the loading bay steals stock', 'ngl [NAME]. from the loading bay steals stock', ['m.k']],
  ['sup = dPatel on the shift app, he never answers', 'sup = [NAME] on the shift app, he never answers', ['Patel']],
  // Only the name, not the everyday Indonesian words around it ("dr" from, "tanya" ask, "sama" with, "yg" who).
  ['aku Dewi dr gudang, mau tanya soal gaji', 'aku [NAME] dr gudang, mau tanya soal gaji', ['Dewi']],
  ['bu Ratna sama mas Eko yg di kasir juga tau', 'bu [NAME] sama mas [NAME] yg di kasir juga tau', ['Ratna', 'Eko']],
  // Staff numbers.
  ['мой табельный номер 778812, премию не дали', 'мой табельный номер [ID], премию не дали', ['778812']],
  ['mitt anställningsnummer är 40512', 'mitt anställningsnummer är [ID]', ['40512']],
];

describeLeaks('the fifteenth blind round: who wrote it and who is named', LEAKS);

describe('look-alikes of the fifteenth blind round, which stay as written', () => {
  it.each([
    // Towns, stations and sites, in the frames that say so.
    'Paddington station closures made me late twice this week',
    'the bonus never came, Nagpur office mein sabko pata hai',
    'в цеху на Кутузовском проспекте нет воды',
    'la fabrica din Brașov nu are căldură',
    'kantin di pabrik Karawang tutup jam 2',
    'the depot in Castle Vale has no heating',
    // Feasts.
    'le chef a dit que la Saint-Martin était annulée',
    'Ankara deposunda Bayram’dan beri maaş yok',
    // Chains and a car with its model.
    'sa Chowking na lang kami kumakain, sira ang canteen',
    'Alfamart jauh dari gudang',
    'la Lamborghini Urus in vetrina ha un graffio',
    // The team after a closing, in Indonesian.
    'Terima kasih,\ntim gudang B',
    'Thanks all,\nthe night crew',
    // Slang, not a name.
    'el wey de almacén no hace nada',
    // The writer with what is no one: a team, a firm's product, a clause going on.
    'me and my team did the whole stocktake',
    'ik en mijn collega hebben het gemeld',
    'I learned a lot at the plant and I will miss it',
    'it’s management who decides, not us',
    'es obvio que nos mienten',
    'è vergognoso che nessuno faccia niente',
    'het was duidelijk dat niemand luisterde',
    'sits next to the window all day',
    // Products made of a small letter and a capital.
    'my iPhone and the iMac at work both broke',
    'we start at 9 a.m. in the office',
    // Family words and staff in Japanese.
    'おばあちゃんが入院したので休みたい',
    'みなさんお疲れ様です',
    // A pair of things.
    'pan y la sal en la mesa',
    'das Brot und die Butter sind alle',
  ])('Should keep %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
