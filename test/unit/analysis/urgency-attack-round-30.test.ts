import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Attack round 30: urgent reports in words the rules did not know yet, each a kind of danger, not one sentence
 * (shared/analysis/urgency/said-in-round-30.ts, and words-apart.ts for words split by commas). Each below read calm
 * before; each calm look-alike stays calm.
 */
describe('urgency: kinds of danger attack round 30 found calm', () => {
  it.each([
    // A sexual assault said in the passive.
    ['got groped in the locker room by the shift lead', 'harassment'],
    ['i got felt up by a customer in the cooler', 'harassment'],
    ['she was molested by the night manager', 'harassment'],
    ['been getting groped on nights by the forklift guy', 'harassment'],
    // A weapon in the hands of someone out of control.
    ["there's a dude tweaking out with a box cutter in the lot", 'safety'],
    ['some guy freaking out in the parking lot with a knife', 'safety'],
    ['a customer waving a machete and screaming', 'safety'],
    ['dude in the lot is tweakin with a blade', 'safety'],
    // Pay set by race or nationality.
    ['theyre paying the mexican guys less than the white guys same job', 'discrimination'],
    ['they pay the black workers less than the white ones', 'discrimination'],
    ['the polish guys get paid less than the english guys for the same work', 'discrimination'],
    ["paid us less because we're mexican", 'discrimination'],
    ['they pay the women less than the men for the same job', 'discrimination'],
    ['the black guys always get the worst shifts', 'discrimination'],
    // Racial harassment without a slur.
    ['sup keeps making monkey noises at me', 'discrimination'],
    ['he does monkey sounds whenever i walk past', 'discrimination'],
    ['they threw bananas at the new guys from ghana', 'discrimination'],
    // A child working.
    ['kid (like 14?) working the line on nights no papers', 'safety'],
    ["there's a 13 year old working nights on the press", 'safety'],
    ['kids like 12 working the line', 'safety'],
    ['kids as young as 13 working in the packing room', 'safety'],
    // Forced labour: papers held back, visas or deportation threatened for complaining.
    ['boss says we lose our visa if we complain about the overtime', 'threat'],
    ["they took our passports and won't give them back", 'threat'],
    ['the agency is holding our passports', 'threat'],
    ["they won't give us our passports back", 'threat'],
    ['boss keeps our passports in his safe', 'threat'],
    ["he said he'd get my visa cancelled if i told anyone", 'threat'],
    ['they confiscated our ids when we arrived', 'threat'],
    ['if we complain they will get us deported', 'threat'],
    // A fire typed fast: French, Italian, Vietnamese with and without tones.
    ['ya le feu dans lentrepot', 'safety'],
    ["y'a le feu au garage", 'safety'],
    ['il ya le feu partout', 'safety'],
    ['sta andando a fuoco il magazzino', 'safety'],
    ['stanno andando a fuoco i bancali', 'safety'],
    ['cháy kho rồi', 'safety'],
    ['chay kho roi cuu voi', 'safety'],
    ['chay xuong roi', 'safety'],
    ['đang cháy xưởng cứu với', 'safety'],
    ['yaa le feu au dépôt', 'safety'],
    ['sta prendendo fuoco il furgone', 'safety'],
    // Self-harm: German "Schluss mit allem", spoken Arabic "I want to die", words split by commas.
    ['ich mach bald schluss mit allem', 'self-harm'],
    ['ich mache schluss mit dem leben', 'self-harm'],
    ['بدي موت', 'self-harm'],
    ['عاوز اموت', 'self-harm'],
    ['ابي اموت', 'self-harm'],
    ['i, want, to, die', 'self-harm'],
    ['quiero, morirme', 'self-harm'],
    ['me, quiero, matar', 'self-harm'],
  ])('escalates %j (%s)', (text, category) => {
    const result = detectUrgency(text);
    expect(result.urgent).toBe(true);
    expect(result.categories).toContain(category);
  });

  it.each([
    'the new hire is fire',
    'the new guy is fire lol',
    'we took our passports to the embassy for the trip',
    'we took our passports to get photocopied for HR',
    'held my passport for the visa application',
    'the kid from marketing',
    'the kid from accounts is working on the report',
    'my 14 year old is working at the pool this summer',
    'paying less for parking than last year',
    'we pay less than the other warehouses',
    'the uk staff earn more than the us staff',
    'we pay the new guys less than the old guys',
    'new starters always get the worst shifts',
    'the dentist is paying the girls less than the guys lol jk',
    "the embassy won't give us our passports back until friday",
    'tôi đang chạy xưởng cứu đơn hàng',
    'the monkey bars at the park',
    'they did monkey noises at the zoo with the kids',
    'they leave bananas on my desk',
    'i want to die laughing',
    'i could die of embarrassment',
    'we watched a movie where she got groped',
    'the knife was sharp and the new guy was freaking out about the deadline',
    'box cutters were ordered, the team is losing it over the rota',
    'y a pas le feu au lac',
    'ya le feu vert pour le projet',
    'il magazzino sta andando a gonfie vele',
    'tôi chạy kho rồi lấy hàng',
    'chạy xe rồi',
    'schluss für heute',
    'bis morgen, schluss für heute',
    'schluss mit lustig',
    'بدي موت من الضحك',
    'بموت فيك',
    'clean, friendly, cheap',
    'good pay, long hours, nice people',
    'kill, time',
    '1,000 units, 2,000 boxes',
  ])('keeps %j calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('reads a wish to die with its words split by commas, however they are spaced', () => {
    const wishes = ['i want to die', 'i want to kill myself', 'quiero morirme', 'je veux mourir'];
    fc.assert(
      fc.property(fc.constantFrom(...wishes), fc.constantFrom(',', ', ', ' , ', ',  '), (wish, comma) => {
        expect(detectUrgency(wish.split(' ').join(comma)).urgent).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a list of calm single words calm, split by commas', () => {
    const calm = ['clean', 'friendly', 'cheap', 'pay', 'hours', 'canteen', 'parking', 'rota', 'team', 'good', 'slow'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...calm), { minLength: 2, maxLength: 6 }), (words) => {
        expect(detectUrgency(words.join(', ')).urgent).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('reads pay set by any origin against another as discrimination, and pay against last year as calm', () => {
    const origins = ['mexican', 'black', 'white', 'filipino', 'polish', 'indian', 'african', 'romanian'];
    fc.assert(
      fc.property(fc.constantFrom(...origins), fc.constantFrom(...origins), (a, b) => {
        expect(detectUrgency(`they pay the ${a} guys less than the ${b} guys for the same job`).categories).toContain(
          'discrimination',
        );
      }),
      { numRuns: 30 },
    );
  });
});
