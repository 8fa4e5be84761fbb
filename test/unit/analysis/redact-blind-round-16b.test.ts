import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Blind round 16, the rest (a tester with the README only): names, handles, a locker, an address and a birthday
 * that were stored, and brands, places and words that were hidden. Each class with wordings of our own.
 */

function expectHidden(text: string, secret: string, placeholder = '[NAME]'): void {
  const out = redact(text);
  expect(out).not.toContain(secret);
  expect(out).toContain(placeholder);
}

describe('redaction, blind round 16b: leaks', () => {
  it.each([
    ["Tremaine's girlfriend works in HR so nobody reports him", 'Tremaine'],
    ['everyone knows it’s Jaxton’s fault the pallet fell', 'Jaxton'],
    ["Latrelle's cousin got hired over me", 'Latrelle'],
    ["Siobhán's husband is the area manager", 'Siobhán'],
    ["Marguerite's best friend runs payroll", 'Marguerite'],
    ['Ich hab Angst vor Uwes Kumpel aus dem Lager', 'Uwe'],
    ['Jannicks Schwester macht die Dienstpläne', 'Jannick'],
    ['wegen Svens Frau passiert hier nix', 'Sven'],
    ["Kemal'in kardeşi insan kaynaklarında", 'Kemal'],
    ["Oğuzhan'ın sevgilisi muhasebede, o yüzden", 'Oğuzhan'],
  ])('Should hide a name that owns someone: "%s"', (text, name) => expectHidden(text, name));

  it('Should keep the verb after a German "Frau" written small', () => {
    expect(redact('Svens Frau arbeitet in der Personalabteilung')).toBe(
      '[NAME]s Frau arbeitet in der Personalabteilung',
    );
  });

  it.each([
    ['had a shift with rosalind yesterday and she threw a box at me', 'rosalind'],
    ['reported it to gwendolyn twice and nothing happened', 'gwendolyn'],
    ['i told marisela about the mold and she laughed', 'marisela'],
    ['i was paired with octavia on line 3 and she kept pinching me', 'octavia'],
    ['complained to thaddeus about it, nothing', 'thaddeus'],
    ['trabajé con maripaz el sábado y me gritó frente a todos', 'maripaz'],
    ['hablé con yuliana y me dijo que no hay nada que hacer', 'yuliana'],
    ['falei com rosângela ontem e ela riu', 'rosângela'],
    ['ho lavorato con ornella ieri', 'ornella'],
  ])('Should hide a name written small after who it was done with: "%s"', (text, name) => expectHidden(text, name));

  it.each([
    ['vo rakesh hai na loading wala, roz late aata hai', 'rakesh'],
    ['woh sunaina thi jo chilla rahi thi', 'sunaina'],
    ['pinky ne mujhe sabke saamne daanta', 'pinky'],
    ['bittu ne meri complaint phaad di', 'bittu'],
    ['harjeet ne kaha ki shift double hogi', 'harjeet'],
  ])('Should hide a name written small in Hinglish: "%s"', (text, name) => expectHidden(text, name));

  it.each([
    ['короче, это всё витёк с погрузки, он спирт таскает', 'витёк'],
    ['это всё димон с приёмки, он ворует', 'димон'],
    ['надя из бухгалтерии всех достала', 'надя'],
    ['колян со склада опять пьяный', 'колян'],
    ['серёга из охраны спит на смене', 'серёга'],
  ])('Should hide a Russian familiar name written small: "%s"', (text, name) => expectHidden(text, name));

  it.each([
    ['a gabi e o thiago ficam de namoro no estoque', 'gabi'],
    ['o diogo e a juliana brigam todo dia', 'juliana'],
  ])('Should hide Portuguese first names after their article, and keep the verb: "%s"', (text, name) => {
    const out = redact(text);
    expect(out).not.toContain(name);
    expect(out).not.toMatch(/\[NAME\] (?:de namoro|todo dia)/);
  });

  it.each([
    ['anh tuan o kho hay chui nguoi', 'tuan'],
    ['chi lan ca dem hay mang do an ve nha', 'lan'],
    ['chu hung o kho lanh la nguoi xau', 'hung'],
    ['co huong ca sang hay di tre', 'huong'],
    ['em linh o kho hay bi la', 'linh'],
  ])('Should hide a Vietnamese given name after a kin word: "%s"', (text, name) => {
    expect(redact(text).split(/\s+/)).not.toContain(name);
  });

  it.each([
    ['he literally posts us on tiktok, his @ is forkliftfrankie_ go look', 'forkliftfrankie_'],
    ['his insta @ is big.sal.deals he sells our stock on there', 'big.sal.deals'],
    ['her @ is: nightshiftqueen', 'nightshiftqueen'],
    ['my username is dj_kev99', 'dj_kev99'],
    ['his handle is sal.the.boss', 'sal.the.boss'],
  ])('Should hide a handle said with its "@" or its word: "%s"', (text, handle) => expectHidden(text, handle));

  it.each([
    ['🅓🅐🅡🅝🅔🅛🅛 in receiving keeps grabbing people', '🅓🅐🅡🅝🅔🅛🅛'],
    ['🅺🅴🆅🅸🅽 keeps grabbing people', '🅺🅴🆅🅸🅽'],
    ['it was M.A.R.I.S.S.A. who took the cash', 'M.A.R.I.S.S.A'],
    ['ask t.r.e.m.a.i.n.e about the keys', 't.r.e.m.a.i.n.e'],
    ['L-A-T-O-N-Y-A stole my lunch', 'L-A-T-O-N-Y-A'],
  ])('Should hide a name spelled in enclosed or dotted letters: "%s"', (text, name) => expectHidden(text, name));

  it.each([
    ['よろしくお願いします\n高橋', '高橋'],
    ['以上です。\n渡辺', '渡辺'],
    ['お疲れ様です\n鈴木', '鈴木'],
    ['よろしくお願いします\n高橋より', '高橋'],
    ['夜勤の田中美咲ですが、休憩室が寒すぎます', '田中美咲'],
    ['倉庫の佐藤ですが、フォークリフトが壊れています', '佐藤'],
  ])('Should hide a Japanese name signed or introduced: "%s"', (text, name) => expectHidden(text, name));

  it.each([
    ['민준이랑 지호가 창고에서 담배 펴요', '민준'],
    ['수빈이랑 도윤이가 맨날 지각해요', '도윤'],
    ['서연이가 또 욕했어요', '서연'],
    ['하준한테 말했는데 무시했어요', '하준'],
    ['지민이는 맨날 늦어요', '지민'],
  ])('Should hide a Korean given name before a particle: "%s"', (text, name) => expectHidden(text, name));

  it.each([
    ['我们组长Li Wei天天骂人，受不了', 'Wei'],
    ['仓库的Zhang Min老是迟到', 'Zhang'],
  ])('Should hide a pinyin name run into Chinese, and keep the Chinese: "%s"', (text, name) => {
    const out = redact(text);
    expect(out).not.toContain(name);
    expect(out).toMatch(/[天老]/u);
  });

  it.each([
    ['lockers are busted again, mine is #212 and someone opened it', '212'],
    ['the desks got moved, mine is 4B now', '4B'],
    ['las taquillas están rotas, la mía es la 31', '31'],
  ])('Should hide the writer’s own locker or desk number: "%s"', (text, number) => expectHidden(text, number, '[ID]'));

  it.each([
    ['mail it to 58 cedar hollow dr, apt 12, springfield 65804 pls', 'cedar hollow'],
    ['mail it to 58 cedar hollow dr, springfield', 'cedar hollow'],
    ['send it to 58 cedar hollow drive', 'cedar hollow'],
    ['ship them to 4 oak ct, thanks', 'oak ct'],
    ['drop it at 221 maple ave', 'maple ave'],
  ])('Should hide a street written small where a thing is sent: "%s"', (text, street) =>
    expectHidden(text, street, '[ADDRESS]'),
  );

  it.each([
    ["born on the fourth of july '88 and still get no holiday lol", 'fourth of july'],
    ['my birthday is the twenty-first of March', 'twenty-first'],
    ['born on the first of may 1990', 'first of may'],
  ])('Should hide a birthday written in words: "%s"', (text, date) => expectHidden(text, date, '[ID]'));
});

describe('redaction, blind round 16b: near misses stay as written', () => {
  it.each([
    "Everyone's fault, nobody's job",
    'we got Ben & Jerry’s at the safety day',
    'des Chefs Frau ist nett',
    'i told everyone about it',
    'had a shift with nobody yesterday',
    'hablé con ganas y me fui',
    'vo banda hai na jo late aata hai',
    'maine ne mujhe kuch nahi bola',
    'товар с погрузки пропал',
    'a casa e o carro são da empresa',
    'anh ơi kho lạnh quá',
    'the handle is broken',
    'my username is wrong',
    'i will N.E.V.E.R. go back',
    'the U.S.A. is big',
    'answer a.b.c.d.e',
    '以上です。\nよろしく',
    '지금은 바빠요',
    'the lockers cost 20 bucks, mine is 3 years old',
    'lockers are busted, mine is fine',
    'send it to 12 people',
    'we drove 12 long days lane by lane',
    'the second of july shift was awful',
    'i was born on the fourth floor',
  ])('Should keep "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('redaction, blind round 16b: over-hiding', () => {
  it.each([
    'the Jack Daniels at the christmas party was warm, who buys that',
    'we need more Sharpies and Post-its at the packing desk',
    'bring back the Taco Bell catering, the new one is awful',
    'les bus Transdev arrivent en retard, on pointe en retard à Lyon',
    'công ty nên mua thêm nước Lavie cho công nhân',
    "İzmir deposunda klima yok, Ankara'da var",
    'de koffie van Douwe Egberts is op',
    'vi vill ha Marabou i automaten igen',
    'la Cluj se dau bonuri mai mari decât la noi',
    'we got Ben & Jerry’s at the safety day',
    'the Victoria line was down so half of nights came in late',
    'on veut du Nutella et des croissants le vendredi',
    'i colleghi da Bergamo guadagnano di più',
    'a Bari fa caldo e il magazzino non ha aria condizionata',
    'the Jubilee line was shut again',
    'we want some Oreos in the break room',
    'the Arriva buses never come on time',
    "Antalya'dan gelen işçiler daha çok kazanıyor",
    'a Napoli fa freddo in magazzino',
    'os colegas de Campinas ganham mais',
    "Marks & Spencer's sandwiches were free",
    'on veut du Coca et du Perrier',
  ])('Should keep "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([
    ['Jack Daniels from nights hit me', 'Jack Daniels'],
    ["Tom & Jerry's fault", 'Jerry'],
    ["Kevin'den duydum", 'Kevin'],
    ['ho parlato con Aria ieri', 'Aria'],
    ['on veut du Kevin', 'Kevin'],
  ])('Should still hide the person in "%s"', (text, name) => expectHidden(text, name));
});
