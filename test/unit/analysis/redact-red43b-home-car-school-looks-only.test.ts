import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * red43b (2026-12-07), from blind attacker op42's finds, with wordings of our own in en es fr pt de it pl tl vi ar.
 * What is stored: a home's street named without a number after a word for living there, and the number of the lot
 * the writer lives on or the space they park in, are hidden; "Jestem Polakiem" keeps its word. What the writer sees
 * before sending: the preview names their own looks, their car described, their child's school named, and "the only
 * …" with where someone is from, or with "only" after the person (Vietnamese, Arabic). Calm look-alikes stay as
 * written and are named by nothing.
 */
const preview = (text: string) => previewRedaction(text);

// The redactor and its lists load on the first preview: once, before the cases, so no case pays for it under load.
beforeAll(() => preview('I live on Oak Street'), 120_000);

describe('a home street with no number, and the lot or space the writer holds, are hidden', () => {
  it.each([
    ['Vivo en la calle Morelos, frente a la tortillería', 'Morelos', 'frente a la tortillería'],
    ['I live on Birchwood Drive, the blue house at the end', 'Birchwood', 'the blue house'],
    ["j'habite rue des Acacias, juste derrière la boulangerie", 'Acacias', 'boulangerie'],
    ['Moro na Rua das Flores, perto da padaria', 'Flores', 'padaria'],
    ['ich wohne in der Lindenstraße gegenüber vom Bäcker', 'Lindenstraße', 'Bäcker'],
    ['we live off Cedar Ln by the gas station', 'Cedar', 'gas station'],
    ['vivimos en la avenida Hidalgo junto al Oxxo', 'Hidalgo', 'junto al'],
    ['Abito in via Garibaldi, sopra il bar', 'Garibaldi', 'sopra il bar'],
    ['Mieszkam na ulicy Kwiatowej, obok apteki', 'Kwiatowej', 'obok apteki'],
    ['i live on oak st right by the laundromat', 'oak st', 'laundromat'],
    ['nakatira ako sa Rizal Street malapit sa palengke', 'Rizal', 'palengke'],
    ['je vis boulevard Voltaire depuis dix ans', 'Voltaire', 'depuis dix ans'],
    ['My wife and I live on Sycamore Court behind the church', 'Sycamore', 'behind the church'],
    ['wir wohnen in der Goethestraße neben der Schule', 'Goethestraße', 'neben der Schule'],
    ['I live in the Lakeview trailer park, lot 12', 'lot 12', 'lot [ID]'],
    ['I park in spot 14 every day', 'spot 14', 'spot [ID]'],
    ['ich parke immer auf Stellplatz 31', 'Stellplatz 31', 'Stellplatz [ID]'],
    ['my trailer is on lot 47 at Pine Acres', 'lot 47', 'lot [ID]'],
    ['I always park in space 88 by the fence', 'space 88', 'space [ID]'],
    ['je me gare toujours à la place 52', 'place 52', 'place [ID]'],
    ['estaciono na vaga 19 todo dia', 'vaga 19', 'vaga [ID]'],
    ['we live at Sunny Acres mobile home park, space 31', 'space 31', 'space [ID]'],
    ['parcheggio sempre al posto 12', 'posto 12', 'posto [ID]'],
  ])('Should hide what locates the home or the car in %j', async (text, hidden, kept) => {
    const { redactedText } = await preview(text);
    expect(redactedText).not.toContain(hidden);
    expect(redactedText).toContain(kept);
  });

  it.each([
    ['Jestem Polakiem', 'Polakiem'],
    ['Jestem Ukrainką', 'Ukrainką'],
    ['Jestem Wietnamczykiem', 'Wietnamczykiem'],
  ])('Should keep the word for where the writer is from in %j', async (text, word) => {
    expect((await preview(text)).redactedText).toContain(word);
  });
});

describe('the preview names the writer’s looks, car, child’s school, and "the only …" in more languages', () => {
  it.each([
    ['my car, a blue Tesla Model 3 with a Steelers sticker, in the staff lot', 'Tesla'],
    ['mi carro es una Tacoma roja con una calcomanía de los Dodgers', 'Tacoma'],
    ['I drive the white F-150 with the lift kit', 'F-150'],
    ['mein Auto, ein roter Golf mit Dachbox, steht auf P2', 'Golf'],
    ['mój samochód to czerwona Skoda z naklejką Legii', 'samochód'],
    ['ich fahre einen schwarzen BMW mit Aufkleber vom BVB', 'BMW'],
    ['My son is in third grade at Lincoln Elementary', 'Lincoln Elementary'],
    ["ma fille est en CE2 à l'école Jules Ferry", 'école'],
    ['mein Sohn geht in die 2. Klasse der Grundschule am Park', 'Grundschule'],
    ["my kid's in kindergarten at Roosevelt", 'Roosevelt'],
    ['mia figlia va alla scuola Don Milani', 'scuola'],
    ["I'm the tall guy with the neck tattoo on line 3", 'neck tattoo'],
    ['Soy la del acento cubano en contabilidad', 'acento cubano'],
    ['ich bin der Glatzkopf mit dem Bart in Halle 2', 'Glatzkopf'],
    ['Sono quella con i capelli blu del magazzino', 'capelli blu'],
    ['ako yung kalbo sa warehouse', 'kalbo'],
    ['tôi là người Việt duy nhất ở đó', 'duy nhất'],
    ['chị ấy là phụ nữ duy nhất trong ca đêm', 'phụ nữ duy nhất'],
    ['Ako lang ang Pilipina sa night shift', 'Pilipina'],
    ['أنا العامل الوحيد المسلم في الوردية الليلية', 'العامل الوحيد'],
    ['هي المرأة الوحيدة في قسم الصيانة', 'المرأة الوحيدة'],
    ['o único brasileiro no turno C', 'brasileiro'],
    ['la única colombiana del turno de noche', 'colombiana'],
    ['der einzige Syrer in der Spätschicht', 'Syrer'],
    ["I'm the only Haitian on the loading dock", 'Haitian'],
  ])('Should warn of %j', async (text, word) => {
    const { singledOut } = await preview(text);
    expect(singledOut.join(' | ')).toContain(word);
  });

  it.each([
    'the street outside the plant floods',
    'the parking lot has no lights',
    'our cars get scratched in lot B',
    'the school bus blocks the gate',
    "I'm tired of the new schedule",
    'the only microwave is broken',
    'The warehouse on Industrial Blvd has no heat again',
    'la calle frente a la planta está llena de baches',
    'I live paycheck to paycheck',
    'I live a long way from work',
    'my car broke down so I was late',
    'my son was sick so I missed a shift',
    'my kids are off school this week',
    'cái lò vi sóng duy nhất bị hỏng',
    'الحل الوحيد هو زيادة الرواتب',
    'ang tanging problema ay ang sweldo',
    "I'm short on hours this week",
    "I'm the one who always closes",
    'I park in lot 3 because it is closer',
    'I park on the street because the lot is full',
    'Ich wohne weit weg von der Arbeit',
    'the tall shelves in aisle 4 are unstable',
  ])('Should keep %j as written and name nothing', async (text) => {
    const { redactedText, singledOut } = await preview(text);
    expect(redactedText).toBe(text);
    expect(singledOut).toEqual([]);
  });
});
