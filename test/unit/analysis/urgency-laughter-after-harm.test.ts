import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Attack round 31: a laugh anywhere in a report ("lol", "haha", "jk", "😂") took the threat category away whenever no
 * weapon word was named, so nervous laughter about a blow that landed, or about a threat to shoot up the workplace,
 * ended "analysed" with no email. Laughter may still excuse a threat over lunch; it never excuses harm done or a
 * threat against everyone on site. Read by the whole detector, in the languages it reads in full.
 */
describe('laughter beside harm done or a threat against everyone', { timeout: 60_000 }, () => {
  it.each([
    'my lead threw a wrench at me lol',
    'haha my lead threw a wrench at me lol',
    'lol the boss slapped me today haha',
    'my supervisor punched me in the arm lmao',
    'he shoved me into the racking lol im fine',
    'el jefe me pegó jajaja',
    'mi supervisor me dio una cachetada jajaja',
    'o encarregado me empurrou kkkk',
    'le chef m’a giflée mdr',
    'der Vorarbeiter hat mich geschlagen haha',
    'il capo mi ha picchiato ahahah',
    'brygadzista mnie uderzył hahaha',
    'tổ trưởng đánh tôi haha',
    'sinampal ako ng supervisor haha',
    '主管打了我 哈哈',
    'المشرف ضربني هههه',
  ])('Should escalate a blow that landed, laughed about: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'lol dave said hed shoot up the place if he gets fired',
    'lmao dave said hed shoot up the place if he gets fired, not sure if joking',
    'jk but he said he will blow up the plant if they cut his hours',
    'hahaha he said one day he will bomb this office if they fire him',
  ])('Should escalate a threat to shoot up or blow up the workplace, laughed about: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'if you eat my lunch again I’ll kill you lol',
    'he said he’ll hit me if i take his parking spot haha',
    'anh ấy dọa giết tôi nếu tôi ăn hết bánh, đùa thôi haha',
    'die Kollegin droht damit, Kuchen mitzubringen, wenn wir gewinnen',
  ])('Should still read a threat made in play as calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});

// Attack round 31: arson and shooting were read as intentions, bombing was not ("he said he will bomb the office").
describe('a threat to bomb or blow up the workplace', { timeout: 60_000 }, () => {
  it.each([
    'he said he will bomb the office',
    'he said he would blow up the plant',
    'he said one day he will bomb this office if they fire him',
    'gonna blow this place up if they cut my hours',
    'my coworker keeps saying he is going to blow up the warehouse',
  ])('Should escalate: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'we are going to blow up the balloons for the party',
    'my phone will blow up with emails after the meeting',
    'they said they will bomb the exam lol',
    'the new product launch is going to blow up, in a good way',
  ])('Should stay calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
