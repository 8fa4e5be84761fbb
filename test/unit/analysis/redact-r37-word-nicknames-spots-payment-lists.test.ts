import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * r37 (blind attacker, 2026-12-06), redaction's leftovers worked as classes: ordinary words used as a person's
 * nickname; numbered spots a person holds in Polish, Ukrainian and Haitian Creole and glued to their word, and the
 * numbers of things and times that must stay; payment services named in a list. Each class holds the attacker's
 * own texts, wordings written to tune the rules, wordings held back (written before the rules, run once after
 * them), then the look-alikes that must stay as written.
 */

describe('payment services named in a list stay: firms, not who paid', () => {
  it.each([
    // the attacker's
    ['via Wise, Venmo or Google Pay', 'via Wise, Venmo or Google Pay'],
    // tuned
    ['send it with Zelle, Cash App or Venmo', 'send it with Zelle, Cash App or Venmo'],
    ['pay me back on Revolut, Monzo or PayPal', 'pay me back on Revolut, Monzo or PayPal'],
    ['páganos por Bizum, Nequi o PayPal', 'páganos por Bizum, Nequi o PayPal'],
    // held back
    ['GCash, Maya or PayMaya only', 'GCash, Maya or PayMaya only'],
    ['they only pay through Payoneer, Skrill and Wise', 'they only pay through Payoneer, Skrill and Wise'],
    ['manda no Pix, PicPay ou Nubank', 'manda no Pix, PicPay ou Nubank'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it.each([
    // a person listed with the services stays hidden, the services around it read
    ['Wise, Tom or Venmo', 'Wise, [NAME] or Venmo'],
    // a surname that is a service, written after a given name, is a person's
    ['John Wise keeps shouting at me', '[NAME] keeps shouting at me'],
    ['Venmo, Tom Wise or Zelle', 'Venmo, [NAME] [NAME] or Zelle'],
    // handles after a service stay hidden
    ['venmo @john-doe-42', 'venmo [ID]'],
  ])('a person beside them stays hidden: %s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe('a numbered spot a person holds, in Polish, Ukrainian and Haitian Creole, and glued to its word', () => {
  it.each([
    // the attacker's
    ['ten z szafki41', 'ten z szafki[ID]'],
    ['хлопець з каси №2', 'хлопець з каси №[ID]'],
    ['moun nan kès 4', 'moun nan kès [ID]'],
    // tuned
    ['ten z kasy3 ciągle mnie obraża', 'ten z kasy[ID] ciągle mnie obraża'],
    ['та з каси5 краде гроші', 'та з каси[ID] краде гроші'],
    ['fi nan kès #3 la ap joure m', 'fi nan kès #[ID] la ap joure m'],
    ['the guy on till4 keeps touching me', 'the guy on till[ID] keeps touching me'],
    ['ten w kasie 4 kradnie', 'ten w kasie [ID] kradnie'],
    // held back
    ['pani z kasy nr 7 krzyczy na klientów', 'pani z kasy nr [ID] krzyczy na klientów'],
    ['kierowca trasy 9 mnie popchnął', 'kierowca trasy [ID] mnie popchnął'],
    ['хлопець із шафки№33 вкрав мій телефон', 'хлопець із шафки№[ID] вкрав мій телефон'],
    ['gason nan kazye17 la pran bagay mwen', 'gason nan kazye[ID] la pran bagay mwen'],
    ['the woman at register3 yells at us', 'the woman at register[ID] yells at us'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it.each([
    // the attacker's: a thing's state, and "till" for "until"
    'locker 118 door is hanging off',
    'I work till 5 every day',
    // tuned
    'locker 22 lock is broken again',
    'desk 14 drawer is stuck',
    'szafka 12 ma zepsuty zamek',
    'worked till 11 yesterday and nobody paid it',
    'w kasie 4 nie ma papieru',
    // held back
    "locker 57's door fell off again",
    'desk 9 chair is wobbly',
    'Spind 12 Tür klemmt',
    'шафка 14 замок зламаний',
    'I stayed till 8 yesterday',
  ])('a thing or a time keeps its number: %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([
    ['locker 12 was broken into', 'locker [ID] was broken into'],
    ['my locker 31 door is hanging off', 'my locker [ID] door is hanging off'],
    ['the guy on till 4 every day steals from the drawer', 'the guy on till [ID] every day steals from the drawer'],
    ["I'm at till 4 every day", "I'm at till [ID] every day"],
  ])('whose spot it is stays hidden: %s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe("an everyday word used as someone's name is hidden where it acts or is addressed", () => {
  it.each([
    // the attacker's
    ['Tiny keeps grabbing the new girls', '[NAME] keeps grabbing the new girls'],
    ['ask Red, he saw it', 'ask [NAME], he saw it'],
    ['Tank threatened me', '[NAME] threatened me'],
    ['Ginger from nights', '[NAME] from nights'],
    ["Chopper said he'd sort me out", "[NAME] said he'd sort me out"],
    ['Boss Hog', '[NAME]'],
    // tuned
    ['ask Blue, she was there when it happened', 'ask [NAME], she was there when it happened'],
    ['Hammer threatened to stab me', '[NAME] threatened to stab me'],
    ["Spider said he'd sort me out if I talked", "[NAME] said he'd sort me out if I talked"],
    ['Big Dog grabbed her arm in the yard', '[NAME] grabbed her arm in the yard'],
    ['It was Rocket from days who pushed me', 'It was [NAME] from days who pushed me'],
    ['frag Hase, er hat alles gesehen', 'frag [NAME], er hat alles gesehen'],
    // held back
    ['speak to Sugar, she saw him do it', 'speak to [NAME], she saw him do it'],
    ['Hawk from nights keeps following me home', '[NAME] from nights keeps following me home'],
    ["Pork Chop said he'd make my life hell", "[NAME] said he'd make my life hell"],
    ['Tiger shoved me into the racking', '[NAME] shoved me into the racking'],
    ['yesterday Peanut groped a temp', 'yesterday [NAME] groped a temp'],
    ['Cookie de cocina nos insulta', '[NAME] de cocina nos insulta'],
    ['ask Pickle, she knows what happened', 'ask [NAME], she knows what happened'],
    ["Cobra said he'd wait for me after work", "[NAME] said he'd wait for me after work"],
    ['It was Gravy on nights who took my bag', 'It was [NAME] on nights who took my bag'],
    ["Kettle told me he'd get me sacked", "[NAME] told me he'd get me sacked"],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it.each([
    // the attacker's
    'the tank is leaking',
    'red paint on the wall',
    'a tiny crack in the floor',
    'ginger tea in the canteen',
    // tuned
    'Hammer drills are missing from the cage',
    'Tiger balm is gone from the first aid box',
    'ask HR, they know about it',
    "Security said they'd sort it out",
    'Management threatened us with cuts',
    'Stress hit me hard last month',
    "The rota said I'm off on Friday",
    'Customers threatened me at the till',
    'Feedback from nights was good',
    'Drivers keep grabbing the wrong pallets',
    'speak to Occupational Health about it',
    "Cleaning said she'd come tomorrow",
    'Planning told us the rota changes',
    'Speaker said we need to leave',
    'Big Data said nothing useful',
    "Chief Executive said we'd get a raise",
    'Bank told me my account is frozen',
    "Mechanic said he'd look at it",
    'Gardener threatened to quit',
    "Receptionist said she'd call",
    // held back
    'Sandwich from the canteen was stale',
    'Printer keeps jamming',
    'Snow kept us home',
    'ask Maintenance about the leak',
    "Electrician said he'd fix it Monday",
    "Landlord said he'd raise the rent",
    'Builder threatened to walk off the job',
    'Christmas from the office was fun',
  ])('a thing, a group, a trade or a feeling stays a word: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
