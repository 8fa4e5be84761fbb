import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Attack round 33 (rn33): names no list knows that an outside attacker read through redaction, each a class with
 * look-alikes in other wordings and languages that must lose the name (and keep the words around it), and texts
 * naming no one that must be stored as written (shared/analysis/redact-names-unlisted-acting.ts,
 * redact-handles-payment-named.ts).
 */

type Leak = readonly [text: string, hide: readonly string[], keep: readonly string[]];

function leaks(cases: readonly Leak[]): void {
  it.each(cases)('Should hide who in %j', (text, hide, keep) => {
    const out = redact(text);
    for (const secret of hide) expect(out.toLowerCase(), out).not.toContain(secret.toLowerCase());
    for (const word of keep) expect(out, out).toContain(word);
  });
}

function calm(texts: readonly string[]): void {
  it.each(texts)('Should store %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
}

describe('a pair neither of whose names a list knows, before a deed', () => {
  leaks([
    ['Kaitlyn & Haley are bullying me', ['Kaitlyn', 'Haley'], ['are bullying me']],
    ['Jo-Ann & Bettye in the office gossip about everyone', ['Jo-Ann', 'Bettye'], ['in the office gossip']],
    ['Tamika and Brayden were drinking on shift', ['Tamika', 'Brayden'], ['were drinking on shift']],
    ['Jaylen + Quinton keep stealing from the lockers', ['Jaylen', 'Quinton'], ['keep stealing']],
    ['Yesterday Kaylee and Shanice were laughing at me', ['Kaylee', 'Shanice'], ['Yesterday', 'laughing at me']],
    ['Destinee and Marquise at the dock threatened me', ['Destinee', 'Marquise'], ['threatened me']],
    ['Yesenia y Maricela me gritaron', ['Yesenia', 'Maricela'], ['me gritaron']],
    ['Yesenia y Maricela de almacén me insultaron', ['Yesenia', 'Maricela'], ['me insultaron']],
    ["Kévin et Jordy m'ont insulté", ['Kévin', 'Jordy'], ["m'ont insulté"]],
    ['Jannik und Mika haben mich gemobbt', ['Jannik', 'Mika'], ['haben mich gemobbt']],
    ['Kaitlyn&Haley keep harassing the new girl', ['Kaitlyn', 'Haley'], ['keep harassing']],
  ]);
  calm([
    'Paris and Rome were fighting over the deal',
    'Monday and Tuesday were laughing days',
    'Management and HR are ignoring us',
    'Security and Facilities keep ignoring the leak',
    'Salt and Pepper are missing from the canteen',
    'Google and Amazon keep stealing our data',
    'Madrid y Barcelona pelearon por el partido',
    'Lyon et Nantes ont perdu le match',
    'Berlin und Hamburg haben gewonnen',
    'Coffee and Tea were great this week',
  ]);
});

describe('one name no list knows, before "was/is + -ing" or a deed', () => {
  leaks([
    ['Quinton was fighting with someone at the dock', ['Quinton'], ['was fighting with someone']],
    ['Brayden keeps stealing', ['Brayden'], ['keeps stealing']],
    ['Destiny was yelling at me', ['Destiny'], ['was yelling at me']],
    ['Yesterday Quinton was yelling at the new guy', ['Quinton'], ['Yesterday', 'was yelling']],
    ['Kaitlyn Smith was yelling at me', ['Kaitlyn', 'Smith'], ['was yelling at me']],
    ['Jaylen is always harassing the interns', ['Jaylen'], ['is always harassing']],
    ['Shanice keeps grabbing me in the break room', ['Shanice'], ['keeps grabbing me']],
    ['Yesenia estaba gritando en la bodega', ['Yesenia'], ['estaba gritando']],
    ['Maricela siempre me grita', ['Maricela'], ['siempre me grita']],
    ["Kévin m'a insulté devant tout le monde", ['Kévin'], ["m'a insulté"]],
    ['Jannik hat mich angeschrien', ['Jannik'], ['hat mich angeschrien']],
  ]);
  calm([
    'Security was yelling at me',
    'Everyone is stealing',
    'Everything keeps breaking',
    'The printer was jamming again',
    'Benchmark is always pushed to achieve higher',
    'Dispatchers lie to drivers daily',
    "They'll tell you to come in early",
    'Didnt tell me when my shifts were',
    'Momma always told me I was crazy',
    'Die Kollegen haben mich wegen meiner Herkunft beleidigt',
    'El jefe siempre me grita',
    'Le chef me crie dessus',
  ]);
});

describe('a name after a word for a friend, or alone from a department', () => {
  leaks([
    ['his buddy Vince helps him steal', ['Vince'], ['his buddy', 'helps him steal']],
    ['my buddy Vince saw it', ['Vince'], ['my buddy', 'saw it']],
    ['her pal Quinton covers for her', ['Quinton'], ['her pal', 'covers for her']],
    ['his mate Jaylen clocks him in', ['Jaylen'], ['his mate', 'clocks him in']],
    ['su cuate Brayden le ayuda a robar', ['Brayden'], ['su cuate', 'le ayuda a robar']],
    ['mi amiga Yesenia lo vio todo', ['Yesenia'], ['mi amiga', 'lo vio todo']],
    ['son pote Kévin vole dans la caisse', ['Kévin'], ['son pote', 'vole']],
    ['Mac from receiving', ['Mac'], ['from receiving']],
    ['Quinton from shipping', ['Quinton'], ['from shipping']],
    ['ask Jaylen from dispatch', ['Jaylen'], ['from dispatch']],
    ['Brayden de logistics no ayuda', ['Brayden'], ['de logistics']],
  ]);
  calm([
    'my buddy list is full',
    'Coffee from receiving was cold',
    'the Mac from receiving is broken',
    'Pallets from shipping were late',
    'Abertawe Bro Morgannwg University Health Board',
    'a buddy system for new starters',
    'mi amigo invisible fue un desastre',
    'mon pote est malade',
    'Receivables in Finance were late',
    'Boxes from stores keep falling',
  ]);
});

describe('payment handles and names after a platform', () => {
  leaks([
    ['venmo me at Tiana-Wells', ['Tiana', 'Wells'], ['venmo me at']],
    ['paypal me at Tiana Wells', ['Tiana', 'Wells'], ['paypal me at']],
    ['zelle him at Marquise-Jones please', ['Marquise', 'Jones'], ['please']],
    ['cashapp $jdoe22', ['jdoe22'], ['cashapp']],
    ['find me on linkedin as tiana wells', ['tiana', 'wells'], ['find me on linkedin']],
    ['add me on fb: Tiana Wells', ['Tiana', 'Wells'], ['add me on fb']],
    ['my gmail tianaw92', ['tianaw92'], ['my gmail']],
    ['mi gmail yesi_ortiz88', ['yesi_ortiz88'], ['mi gmail']],
    ['búscame en linkedin como tiana wells', ['tiana', 'wells'], ['búscame en linkedin']],
    ['pásame por bizum a Yesenia Ortiz', ['Yesenia', 'Ortiz'], ['bizum']],
    ['ajoute-moi sur linkedin comme Kévin Moreau', ['Kévin', 'Moreau'], ['linkedin']],
    ['such mich auf xing als Jannik Berger', ['Jannik', 'Berger'], ['xing']],
  ]);
  calm([
    'venmo me at lunch',
    'find me on linkedin as well',
    'my gmail inbox is full',
    'add me on linkedin',
    'paypal me at the end of the month',
    'my gmail is down again',
    'búscame en linkedin',
    'pay it by venmo please',
    'ajoute-moi sur linkedin',
    'such mich auf xing',
  ]);
});
