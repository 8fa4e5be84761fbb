import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { topicsForUrgency } from '../../../shared/domain/topics';

/*
 * Urgent reports the att44 attack found calm or sent to the wrong owner (u46b; docs/escalations.md): a debt that keeps
 * workers from leaving, with or without their passports held (forced labour: harassment, the CHRO in the example
 * config, never self-harm), workers locked in from outside on a shift (safety), sexual pressure said in veiled words
 * (harassment), a firing promised for reporting (retaliation: harassment), a farewell note, a skull for "kill".
 * Each pair is the kind the report must be read as, then the text. TUNED are the attacker's and were tuned on;
 * HELD_BACK were written before any rule and never tuned on (its count is asserted, the misses are named in
 * docs/escalations.md); CALM must stay calm.
 */
const config = JSON.parse(readFileSync(new URL('../../../config/example.config.json', import.meta.url), 'utf8'));
type Kind = 'harassment' | 'self-harm' | 'safety' | 'threat' | 'fraud' | 'calm';

const TUNED: [Kind, string][] = [
  ['harassment', 'the agency has our passports and says we owe 3000 before we can leave'],
  ['harassment', 'we have to pay back the recruitment fee, its more than a year of wages, cant quit'],
  ['harassment', 'they dont pay us, just food and a bed, and say we owe them for the visa'],
  ['harassment', 'the recruiter still has my passport, says I get it back when my debt is paid off'],
  ['harassment', 'der Vermittler hat meinen Reisepass behalten und will ihn nicht rausgeben'],
  ['harassment', 'роботодавець забрав паспорти і каже що ми винні гроші'],
  ['harassment', 'الكفيل ماخذ جوازي وما بخليني أسافر'],
  ['harassment', 'الشركة ماخذة جوازاتنا وبتقول إنا مديونين'],
  ['safety', 'they lock the doors from outside during the night shift so nobody steals, we cant get out'],
  ['safety', 'doors locked from outside on night shift, we cant leave till 6am'],
  ['safety', 'they lock the gate at night so nobody can go out, even in an emergency'],
  ['harassment', 'he always asks me to stay late alone in his office and shuts the door and stands real close'],
  ['harassment', 'the manager promised me the lead job if i "make him happy" this weekend'],
  ['harassment', 'my boss sends me heart emojis at 2am and asks if im alone'],
  ['harassment', 'el jefe dijo que el que llame a la inspección se va a la calle'],
  ['harassment', '老板说谁去劳动局投诉就开除谁'],
  ['harassment', 'المدير قال اللي بيشتكي بينطرد'],
  ['self-harm', 'I left a note in my locker for my family. thanks for everything guys, goodbye'],
  ['self-harm', 'i wanna 💀 myself fr'],
  ['safety', 'my buddy hasnt shown up in 3 days and his truck is still in the lot since friday night'],
];

const HELD_BACK: [Kind, string][] = [
  // Debt bondage, papers held, in other words and languages.
  ['harassment', 'the contractor says we still owe him for the flights so none of us can quit'],
  ['harassment', 'my employer keeps my ID and says i cant go home until i pay off what i owe'],
  ['harassment', 'la agencia dice que le debemos 2000 euros y no podemos irnos hasta pagar'],
  ['harassment', 'el patrón tiene nuestros pasaportes y dice que le debemos el viaje'],
  ['harassment', "l'agence garde nos passeports et dit qu'on lui doit 3000 euros avant de pouvoir partir"],
  ['harassment', 'on doit rembourser les frais de recrutement, on ne peut pas démissionner'],
  ['harassment', 'o empreiteiro diz que devemos a passagem e não podemos sair até pagar'],
  ['harassment', 'der Chef sagt wir haben Schulden bei ihm und dürfen nicht gehen bis sie bezahlt sind'],
  ['harassment', "l'agenzia dice che abbiamo un debito e non possiamo andarcene finché non paghiamo"],
  ['harassment', 'pośrednik mówi że mamy dług i nie możemy odejść dopóki nie spłacimy'],
  ['harassment', 'бригадир каже, що ми винні за дорогу і не можемо піти, поки не відпрацюємо'],
  ['harassment', 'الكفيل ماسك جوازاتنا وما بيرضى يرجعها'],
  ['harassment', 'sabi ng agency may utang kami kaya hindi kami makaalis'],
  // Locked in from outside.
  ['safety', 'the supervisor locks us in the building overnight, we cant get out till morning'],
  ['safety', 'nos encierran con llave durante el turno de noche y no podemos salir'],
  ['safety', 'ils ferment les portes à clé de l’extérieur pendant le service de nuit, on ne peut pas sortir'],
  ['safety', 'eles trancam a gente por fora no turno da noite, ninguém consegue sair'],
  ['safety', 'der Chef schließt uns in der Nachtschicht von außen ein, wir kommen nicht raus'],
  ['safety', 'ci chiudono dentro a chiave durante il turno di notte, non possiamo uscire'],
  ['safety', 'zamykają nas na klucz od zewnątrz na nocnej zmianie, nie możemy wyjść'],
  // Veiled sexual pressure.
  ['harassment', 'my supervisor keeps calling me into his office alone, locks the door and stands way too close'],
  ['harassment', 'the foreman said the promotion is mine if I keep him happy after work'],
  ['harassment', 'my manager texts me at 3am asking what im wearing'],
  ['harassment', 'my boss messages me at midnight with kiss emojis asking if im in bed'],
  // A firing promised for reporting.
  ['harassment', 'el encargado dijo que al que denuncie lo despide'],
  ['harassment', "le chef a dit que celui qui appelle l'inspection du travail est viré"],
  ['harassment', 'o chefe disse que quem denunciar vai pra rua'],
  ['harassment', 'der Meister sagt, wer sich beim Betriebsrat beschwert, fliegt raus'],
  ['harassment', "il capo ha detto che chi chiama l'ispettorato viene licenziato"],
  ['harassment', 'kierownik powiedział, że kto zgłosi to do inspekcji, wylatuje'],
  ['harassment', '经理说谁敢举报就让谁滚蛋'],
  ['harassment', 'المدير قال اللي بيبلغ عن اي شي بينفصل'],
  // A farewell note, a skull, someone missing.
  ['self-harm', 'left a letter for my wife in the truck. thank you all, goodbye'],
  ['self-harm', 'im bout to 💀 myself'],
  ['safety', 'nobody has seen carlos since monday and his car has been in the parking lot for two days'],
];

const CALM: [Kind, string][] = [
  ['calm', 'I still owe the agency my timesheet before I can leave for the weekend'],
  ['calm', 'I have to pay back the training fee if I quit within a year, its in the contract'],
  ['calm', 'the bank says we owe 3000 on the car loan'],
  ['calm', 'HR has my passport to make a copy, I get it back tomorrow'],
  ['calm', 'we cant leave till 6am, the night shift is long'],
  ['calm', 'le debo 20 euros a Juan del almuerzo'],
  ['calm', 'we lock the gate at night so nobody can get in'],
  ['calm', 'they lock the doors from outside after everyone has gone home'],
  ['calm', 'I locked myself out of the office again lol'],
  ['calm', 'cerramos la puerta con llave por fuera cuando nos vamos'],
  ['calm', 'the escape room locked us in for an hour, so fun'],
  ['calm', 'my boss asked me to stay late to finish the inventory'],
  ['calm', 'the manager asked me to stay late alone to close up the store'],
  ['calm', 'our goal is to make the customer happy'],
  ['calm', 'the manager promised me the lead job if I hit my targets this quarter'],
  ['calm', 'my boss sent a heart emoji on my post about my new baby'],
  ['calm', 'my coworker asked if im alone on the shift tonight, they might send help'],
  ['calm', 'el que llegue tarde se queda sin bono'],
  ['calm', 'he got fired after the labour inspection found the problems'],
  ['calm', 'I left a note in my locker for the next shift. thanks guys, goodbye'],
  ['calm', 'that meme had me 💀 fr'],
  ['calm', 'my buddy hasnt shown up for 3 days, he is on vacation in spain'],
  // Found while probing the new rules, after the lists above: each kept calm by a guard.
  ['calm', 'we lock the door from the outside when we leave at night'],
  ['calm', 'we owe the client 3 reports before we can leave on friday'],
  ['calm', 'lol im gonna 💀 myself laughing'],
  ['calm', 'he hasnt shown up for 2 days, his car is in the lot but he said he was going fishing with his brother'],
  ['calm', 'chi chiama il sindacato viene ascoltato'],
];

// Whether the report reaches its owner as urgent: the kind is read, and a harassment or safety report goes to the topic
// that owns it; forced labour and retaliation never read as self-harm or as a threat alone.
const reachesItsOwner = (kind: Kind, text: string): boolean => {
  const { urgent, categories } = detectUrgency(text);
  if (kind === 'calm') return !urgent;
  if (!urgent || !categories.includes(kind)) return false;
  if (kind === 'harassment' && categories.includes('self-harm')) return false;
  const topics = topicsForUrgency(config.topics, categories, []);
  return kind === 'harassment' || kind === 'safety' ? topics.includes(kind) : true;
};

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', 'الكفيل', '老板', 'роботодавець']) detectUrgency(text);
}, 180_000);

describe('reports att44 found calm or misrouted reach the owner of their kind (u46b)', () => {
  it.each(TUNED)('Should read as %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it('Should read most held-back reports, in other words and languages, the same way', () => {
    const read = HELD_BACK.filter(([kind, text]) => reachesItsOwner(kind, text)).length;
    expect(read).toBeGreaterThanOrEqual(33);
  });

  it.each(CALM)('Should keep %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it('Should send a firing promised for calling the inspector to the owner of harassment, not as a threat alone', () => {
    const { categories } = detectUrgency('el jefe dijo que el que llame a la inspección se va a la calle');
    expect(topicsForUrgency(config.topics, categories, [])).toContain('harassment');
    expect(categories).not.toContain('threat');
  });
});
