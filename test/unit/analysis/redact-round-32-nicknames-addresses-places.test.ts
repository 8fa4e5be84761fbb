import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { stillReadable } from '../../support/still-readable';

/*
 * Round 32 (helper r32): what round 31 and its attack left readable or over-hidden, each taken as a class and written
 * out first in other wordings and in Spanish, German, French, Italian or Portuguese before any rule was written: a
 * nickname before a part of the workplace ("Smiley from the canteen"), a given name that is a word written small where
 * only a person stands ("I told rusty to stop", "the night supervisor is rob"), a name before "'s been" ("Pat's been
 * drinking"), initials in brackets after a word for a person ("the driver (jb)"), a vehicle's VIN, a home's street
 * written small ("7 the paddocks", "am lindenweg 3", "via roma 10"), a name spelled with commas ("S, A, R, A, H"); and
 * places, shops and things named like people given back ("from John Lewis", "the Henry hoover", "Victoria Park",
 * "Bishop Auckland", "Olli vom Wareneingang").
 */

interface Leak {
  text: string;
  /** What must not be readable in what is stored. */
  hide: readonly string[];
  /** Words beside it that must stay as written. */
  keep: readonly string[];
}
const leak = (text: string, hide: string | readonly string[], ...keep: string[]): Leak => ({
  text,
  hide: typeof hide === 'string' ? [hide] : hide,
  keep,
});

const LEAKS: Record<string, readonly Leak[]> = {
  'a nickname before a part of the workplace or a shift, then what a person does': [
    leak('Smiley from the canteen spat in my food', 'Smiley', 'from the canteen spat'),
    leak('Shorty from goods in grabbed me', 'Shorty', 'from goods in grabbed'),
    leak('Bear on nights keeps shouting at the temps', 'Bear', 'on nights keeps'),
    leak('Ginger from the loading bay keeps touching the girls', 'Ginger', 'from the loading bay'),
    leak('Smudge in the canteen spat in the soup', 'Smudge', 'in the canteen'),
    leak('Lofty on the late shift threatened me', 'Lofty', 'on the late shift'),
    leak('Chalky from dispatch stole my tools', 'Chalky', 'from dispatch'),
    leak('Stretch from the stores nicked the cash', 'Stretch', 'from the stores'),
    leak('Sunny from the canteen laughed at my accent', 'Sunny', 'from the canteen'),
    leak('Tiny from the warehouse punched a temp', 'Tiny', 'from the warehouse'),
    leak('Smiley aus der Kantine hat mich geschubst', 'Smiley', 'aus der Kantine'),
    leak("Smiley de la cantine m'a poussé", 'Smiley', 'de la cantine'),
    leak('Smiley de la cantina me empujó', 'Smiley', 'de la cantina'),
    leak('Smiley della mensa mi ha spinto', 'Smiley', 'della mensa'),
  ],
  'a given name that is a word, written small, where only a person stands': [
    leak('lucky in shipping grabbed me', 'lucky', 'in shipping grabbed me'),
    leak('I told rusty to stop', 'rusty', 'I told', 'to stop'),
    leak('will pushed me', 'will', 'pushed me'),
    leak('the night supervisor is rob', 'rob', 'the night supervisor is'),
    leak('I asked sunny to stop texting me', 'sunny', 'to stop texting'),
    leak('we told buddy to back off', 'buddy', 'to back off'),
    leak('our team leader is dawn and she hates me', 'dawn', 'our team leader is'),
    leak('the day manager is bill, he never listens', 'bill', 'the day manager is'),
    leak('chip in dispatch threatened me', 'chip', 'in dispatch threatened'),
    leak('may slapped her in the canteen', 'may', 'slapped her'),
    leak('then will grabbed her arm', 'will', 'grabbed her arm'),
    leak('le dije a rusty que parara', 'rusty', 'le dije a'),
    leak("j'ai dit à rusty d'arrêter", 'rusty', "j'ai dit à"),
    leak('ich hab rusty gesagt, er soll aufhören', 'rusty', 'ich hab'),
    leak('el supervisor de noche es rob', 'rob', 'el supervisor de noche es'),
    leak('der Schichtleiter ist rob', 'rob', 'der Schichtleiter ist'),
  ],
  'a name before "\'s been" and what a person has been doing': [
    leak("Pat's been drinking on shift", 'Pat', "'s been drinking"),
    leak("Rob's been stealing from the tills", 'Rob', "'s been stealing"),
    leak("Bill's been groping the new girls", 'Bill', "'s been groping"),
    leak("Will's been texting her at night", 'Will', "'s been texting"),
    leak("Dawn's been bullying the temps", 'Dawn', "'s been bullying"),
    leak("Chip's been selling pills in the car park", 'Chip', "'s been selling"),
    leak("Rusty's been sleeping in the cab", 'Rusty', "'s been sleeping"),
    leak("Sandy's been lying about our hours", 'Sandy', "'s been lying"),
    leak('Pat\u2019s been drunk all week', 'Pat', 'been drunk'),
    leak("and Frank's been following her home", 'Frank', "'s been following"),
    leak('Pat has been drinking again', 'Pat', 'has been drinking'),
    leak('Pat ha estado bebiendo en el turno', 'Pat', 'ha estado bebiendo'),
    leak('Pat a bu pendant son service', 'Pat', 'a bu pendant'),
    leak('Pat hat die ganze Woche getrunken', 'Pat', 'hat die ganze Woche'),
  ],
  'initials in brackets after a word for a person': [
    leak('the forklift driver (jb) was drunk', 'jb', 'the forklift driver', 'was drunk'),
    leak('my supervisor (JB) keeps shouting', 'JB', 'my supervisor', 'keeps shouting'),
    leak('the guy on nights (j.b.) grabbed her', 'j.b', 'grabbed her'),
    leak('the agency lad (tk) steals from lockers', 'tk', 'the agency lad'),
    leak('the cleaner (mk) spat at me', 'mk', 'the cleaner'),
    leak('our team lead (r.s.) leaked it', 'r.s', 'our team lead'),
    leak('the new guy (dk) pushed me', 'dk', 'the new guy'),
    leak('mi jefe (jb) me grita', 'jb', 'mi jefe'),
    leak('mein Chef (JB) schreit mich an', 'JB', 'mein Chef'),
    leak('mon chef (jb) crie tout le temps', 'jb', 'mon chef'),
    leak('il capo (gb) ci urla contro', 'gb', 'il capo'),
  ],
  "a vehicle's VIN": [
    leak('VIN 1HGCM82633A004352 is his car', '1HGCM82633A004352', 'is his car'),
    leak("his van's VIN is 1FTFW1ET5DFC10312", '1FTFW1ET5DFC10312', "his van's VIN is"),
    leak('chassis number WVWZZZ1JZXW000001', 'WVWZZZ1JZXW000001', 'chassis number'),
    leak('the car with vin 2t1burhe0jc123456 hit me', '2t1burhe0jc123456', 'hit me'),
    leak('Fahrgestellnummer WDB2110421A123456', 'WDB2110421A123456', 'Fahrgestellnummer'),
    leak('numéro VIN VF1RFB00X12345678', 'VF1RFB00X12345678', 'numéro VIN'),
    leak('número de bastidor VSSZZZ6JZ9R123456', 'VSSZZZ6JZ9R123456', 'número de bastidor'),
    leak('his truck 1M8GDM9AXKP042788 was parked in the fire lane', '1M8GDM9AXKP042788', 'his truck'),
    leak('VIN: JH4KA7561PC008269', 'JH4KA7561PC008269', 'VIN'),
    leak('the van (VIN 5YJSA1E26HF000337) blocks the exit', '5YJSA1E26HF000337', 'blocks the exit'),
    leak('telaio ZFA22300005556777 della sua macchina', 'ZFA22300005556777', 'della sua macchina'),
  ],
  "a home's street written small": [
    leak('he lives at 7 the paddocks', '7 the paddocks', 'he lives at'),
    leak('her house is 12 the willows', '12 the willows', 'her house is'),
    leak('go round to 3 the maltings after work', '3 the maltings', 'after work'),
    leak('she lives at 7 the old maltings', '7 the old maltings', 'she lives at'),
    leak('she lives at 21 the coppice, near the school', '21 the coppice', 'she lives at'),
    leak('sie wohnt am lindenweg 3', 'lindenweg 3', 'sie wohnt am'),
    leak('er wohnt im birkenweg 14', 'birkenweg 14', 'er wohnt im'),
    leak('seine Adresse ist rosenstraße 9', 'rosenstraße 9', 'seine Adresse ist'),
    leak('abita in via roma 10', 'via roma 10', 'abita in'),
    leak('sta in viale marconi 22 al terzo piano', 'viale marconi 22', 'sta in'),
    leak('vive en calle mayor 5', 'calle mayor 5', 'vive en'),
    leak('il habite 12 rue des lilas', '12 rue des lilas', 'il habite'),
    leak('mora na rua augusta 45', 'rua augusta 45', 'mora na'),
  ],
  'a name spelled with commas or other marks between its letters': [
    leak('her name is S, A, R, A, H', 'S, A, R, A, H', 'her name is'),
    leak('his name: J, O, H, N', 'J, O, H, N', 'his name'),
    leak('it was k, e, v, i, n from packing', 'k, e, v, i, n', 'from packing'),
    leak('S , A , R , A , H from payroll hit me', 'S , A , R , A , H', 'from payroll'),
    leak('d,a,v,e from packing', 'd,a,v,e', 'from packing'),
    leak('the supervisor is M; A; R; K', 'M; A; R; K', 'the supervisor is'),
    leak('se llama M, A, R, I, A', 'M, A, R, I, A', 'se llama'),
    leak('er heißt J, A, N, N, I, K', 'J, A, N, N, I, K', 'er heißt'),
    leak("elle s'appelle C, L, A, R, A", 'C, L, A, R, A', "elle s'appelle"),
    leak('si chiama G, I, U, L, I, A', 'G, I, U, L, I, A', 'si chiama'),
  ],
};

// Texts beside each class naming no one: every word must stay.
const CLEAN: Record<string, readonly string[]> = {
  'things and words before a part of the workplace': [
    'Soup from the canteen spilled everywhere',
    'Pizza from the canteen made me sick',
    'Stock from goods in went missing',
    'Pallets from goods in blocked the exit',
    'Everyone from the canteen left early',
    'Nobody from dispatch answered',
    'Overtime on nights pays more',
    'La soupe de la cantine est froide',
    'La comida de la cantina me enfermó',
    'Staff from the warehouse pushed for a raise',
  ],
  'words written small where a name could stand': [
    'I told everyone to stop',
    'we asked management to stop',
    'the night supervisor is new',
    'the night supervisor is rude',
    'my supervisor is off sick',
    'the manager is frank with us',
    'will push back on this',
    'lucky in the end nobody was hurt',
    'may be in shipping tomorrow',
    'the problem is will they pay us',
    'le dije a todos que pararan',
    'el supervisor de noche es nuevo',
    'der Schichtleiter ist neu',
    'the day manager is bilingual',
  ],
  'words before "\'s been"': [
    "It's been raining all week",
    "Work's been hell lately",
    "Summer's been busy",
    "Payroll's been wrong three months running",
    "Everything's been fine",
    "Traffic's been bad on the ring road",
    "Management's been useless",
    "Stock's been going missing",
    "Life's been hard since the cuts",
    "Overtime's been cancelled again",
    'Summer has been busy',
    'Stock has been going missing',
  ],
  'letters in brackets that are no one': [
    'the forklift (fl2) is broken',
    'the report (pdf) was sent',
    'the new system (sap) is down',
    'the driver (hgv) licence check is due',
    'our shift (am) starts early',
    'the manager (HR) said no',
    'the guy (lol) was fine',
    'the supervisor (ok) signed it',
    'my boss (tbh) is fine',
    'the lead (uk) team',
    // Found in the eval set's reviews: a role's own abbreviation, bracketed after it or used again alone.
    'they combined the role into one District Brand Leader (DBL) and the DBL role went to her',
    'we now answer to the Store Brand Leader (SBL). So what is next for us?',
    'depending on your supervisor (CSS), support is great or non-existent; depending on your CSS',
    'our Shift Team Lead (STL) is fine',
  ],
  'long codes that are no vehicle': [
    'order 12345678901234567 shipped',
    'reference ABCDEFGHJKLMNPRST in the subject',
    'model SM-G991B keeps freezing',
    'tracking 1Z999AA10123456784 arrived',
    'the hash is 9f86d081884c7d659a2f',
  ],
  'numbers and words that are no street': [
    'at 7 the doors open',
    'by 10 the bus had gone',
    '3 the hard way',
    'we did 12 the whole week',
    'am lindenweg gibt es einen Park',
    'via email 10 times this week',
    'in via di principio 3 persone',
    'vive en la calle, lo vi ayer',
  ],
  'letters with commas that are no name': [
    'options A, B, C, D, E',
    'grades a, b, c, d',
    'sizes S, M, L, XL',
    'shifts A, B, C and D',
    'rows A, B, C, D, E, F',
    'bays A, D, E, F are shut',
    'zones a, b, c, d, e are cold',
    'Schichten A, B, C, D',
    'les équipes A, B, C, D',
    'los turnos A, B, C, D',
  ],
};

// Places, shops and things named like people: given back.
const GIVEN_BACK: Record<string, readonly string[]> = {
  'a shop with a full name, where things are bought': [
    'I bought it from John Lewis',
    'ordered a sofa from John Lewis',
    'a voucher from John Lewis for Christmas',
    'the delivery from John Lewis was late',
    'returns from John Lewis pile up in goods in',
    'got my boots from Ted Baker',
    'a bet with William Hill',
    'ich habe es bei John Lewis gekauft',
    "je l'ai acheté chez John Lewis",
    'lo compré en John Lewis',
  ],
  'a machine named like a person': [
    'the Henry hoover is broken',
    'the Henry vacuum needs a new bag',
    'we need a new Henry hoover',
    'a Henry hoover in every cupboard',
    'the Hetty hoover is missing',
    'der Henry Staubsauger ist kaputt',
    "l'aspirateur Henry est cassé",
    'el aspirador Henry está roto',
    'the Billy bookcase in the office fell over',
    'our Henry hoovers are all broken',
  ],
  'a park or a town named like a person': [
    'we met at Victoria Park',
    'the bus to Victoria Park is always late',
    'the depot near Victoria Park has no heating',
    'walk through Victoria Park to the site',
    'I live near Bishop Auckland',
    'moved to Bishop Auckland last year',
    'the Bishop Auckland depot is cold',
    'the depot in Bishop Auckland is cold',
    'the site at Albert Park floods',
    'nos vimos en Victoria Park',
    'wir wohnen am Victoria Park',
  ],
  'a part of the workplace written with a capital after "vom"': [
    'Olli vom Wareneingang klaut',
    'Tina vom Versand schreit uns an',
    'Jens vom Lager klaut Werkzeug',
    'Sven vom Empfang lügt',
    'Olli vom Warenausgang schubst die Neuen',
    'Anja vom Einkauf hat meine Beschwerde weitergegeben',
    'Mehmet vom Fuhrpark fährt betrunken',
    'Kai vom Kundendienst beleidigt uns',
    'Olli vom Wareneingang hat mich geschubst',
    'der Olli vom Wareneingang klaut',
  ],
};

// The look-alike naming a person beside each give-back: still hidden.
const STILL_HIDDEN: readonly Leak[] = [
  leak('I got a text from John Lewis last night', 'John Lewis', 'I got a text from'),
  leak('John Lewis from packing groped her', 'John Lewis', 'from packing'),
  leak('Henry hoovers the office every night and steals', 'Henry', 'hoovers the office'),
  leak('Henry from HR hit me', 'Henry', 'from HR'),
  leak('Victoria Park from HR hit me', ['Victoria', 'Park'], 'from HR'),
  leak('I texted Victoria Park about it', ['Victoria', 'Park'], 'I texted'),
  leak('Victoria Park yelled at me', ['Victoria', 'Park'], 'yelled at me'),
  leak('Olli vom Wareneingang klaut', 'Olli', 'vom Wareneingang klaut'),
  leak('Tina vom Versand schreit uns an', 'Tina', 'vom Versand schreit'),
  leak('Herr Vom Bauer schreit', 'Bauer', 'schreit'),
];

// Found while writing the look-alikes: "Die Suppe aus der Kantine war kalt" lost "Suppe". Given back in round 33
// (redact-round-33-set-off-names-spoken-codes-give-backs.test.ts, German things from a part of the workplace).

function expectHidden({ text, hide, keep }: Leak): void {
  const out = redact(text);
  for (const secret of hide) expect(stillReadable(secret, out), `${secret} in ${out}`).toBe(false);
  for (const word of keep) expect(out, `${word} lost`).toContain(word);
}

describe('redaction round 32: names, nicknames, initials, VINs and streets still readable, as classes', () => {
  for (const [name, leaks] of Object.entries(LEAKS)) {
    it(`Should hold at least 10 wordings of ${name}, 3 of them in other languages`, () => {
      expect(leaks.length).toBeGreaterThanOrEqual(10);
    });
    it.each(leaks.map((l) => [l.text, l] as const))(`${name}: should hide who in %j`, (_text, l) => expectHidden(l));
  }
  for (const [name, texts] of Object.entries(CLEAN))
    it.each(texts)(`${name}: should store %j as written`, (text) => {
      expect(redact(text)).toBe(text);
    });
});

describe('redaction round 32: places, shops, machines and departments named like people are given back', () => {
  for (const [name, texts] of Object.entries(GIVEN_BACK)) {
    it(`Should hold at least 10 wordings of ${name}`, () => {
      expect(texts.length).toBeGreaterThanOrEqual(10);
    });
    it.each(texts.filter((t) => !t.includes(' vom ')))(`${name}: should store %j as written`, (text) => {
      expect(redact(text)).toBe(text);
    });
  }
  // After "vom", the person stays hidden and the part of the workplace stays as written.
  it.each(GIVEN_BACK['a part of the workplace written with a capital after "vom"']!)(
    'Should hide who and keep where they work in %j',
    (text) => {
      const out = redact(text);
      const [who, , unit] = text.replace(/^der /, '').split(' ');
      expect(stillReadable(who!, out), out).toBe(false);
      expect(out).toContain(`vom ${unit}`);
    },
  );
  it.each(STILL_HIDDEN.map((l) => [l.text, l] as const))('Should still hide who in %j', (_text, l) => expectHidden(l));
});
