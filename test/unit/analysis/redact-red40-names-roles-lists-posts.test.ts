import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * red40 (promise 2: nobody can tell who said what): what a user now reads in place of each text, for the three
 * classes left by the last session. Each class holds look-alikes written for it before the rules, in several
 * languages: tuned (run while the rules were written), held back (written with them, run once before and once after),
 * and a second held-back set written after the rules and run once. Then texts that must stay as they are: places,
 * products, words, a post said of no one. A wording still wrong is written as it comes out under "left", so that a
 * change to it is seen.
 */

describe('a given name no list holds, where only a person stands, or in a list with a hidden one', () => {
  it.each([
    // tuned
    ['kobby said the rota was fixed', '[NAME] said the rota was fixed'],
    ['ask tam about it, she knows', 'ask [NAME] about it, she knows'],
    ['Raj told me to lie about the hours', '[NAME] told me to lie about the hours'],
    ['I mentioned it to Ana and nothing happened', 'I mentioned it to [NAME] and nothing happened'],
    ['Sierra and Bronwyn always bully the new girls', '[NAME] and [NAME] always bully the new girls'],
    ['Tomasz, Jo and Vik took all the overtime', '[NAME], [NAME] and [NAME] took all the overtime'],
    ['según Nando, el jefe ya lo sabe', 'según [NAME], el jefe ya lo sabe'],
    ["Bo said we can't take breaks", "[NAME] said we can't take breaks"],
    ["j'ai demandé à Loïc, il dit non", "j'ai demandé à [NAME], il dit non"],
    ['frag mal Kalle, der weiß es', 'frag mal [NAME], der weiß es'],
    ['chiedi a Pino, lui lo sa', 'chiedi a [NAME], lui lo sa'],
    ['Zeze disse que não vai pagar', '[NAME] disse que não vai pagar'],
    ['sabi ni Jun-jun bawal daw mag break', 'sabi ni [NAME] bawal daw mag break'],
    ['my lead Dallas never shows up', 'my lead [NAME] never shows up'],
    ['our supervisor Sierra screams at us', 'our supervisor [NAME] screams at us'],
    ['i told kip and he laughed at me', 'i told [NAME] and he laughed at me'],
    // held back
    ['tobi said no overtime this week', '[NAME] said no overtime this week'],
    ['talk to Ade about it, he runs the rota', 'talk to [NAME] about it, he runs the rota'],
    ['Eko told HR I was late', '[NAME] told HR I was late'],
    ['I told Pax and he just laughed', 'I told [NAME] and he just laughed'],
    ['our team lead Reno ignores complaints', 'our team lead [NAME] ignores complaints'],
    ['Rio, Fen and Mags got the good shifts', '[NAME], [NAME] and [NAME] got the good shifts'],
    ['le dije a Tito que no y me castigó', 'le dije a [NAME] que no y me castigó'],
    ["Mimi a dit que c'est interdit", "[NAME] a dit que c'est interdit"],
    ['chiedete a Gigi, lei sa tutto', 'chiedete a [NAME], lei sa tutto'],
    ['frag doch Ole, der hat den Schlüssel', 'frag doch [NAME], der hat den Schlüssel'],
    ['falei com o Duda sobre isso e nada', 'falei com o [NAME] sobre isso e nada'],
    ['zeg het tegen Sjaak, hij regelt het', 'zeg het tegen [NAME], hij regelt het'],
    ['ask Lu about the missing cash', 'ask [NAME] about the missing cash'],
    // held back, written after the rules
    ['ask dex about the missing pallets', 'ask [NAME] about the missing pallets'],
    ['I texted Ify and she never answered', 'I texted [NAME] and she never answered'],
    ['talk to Zu about it, she has the keys', 'talk to [NAME] about it, she has the keys'],
    ['Lola, Bex and Tam always leave early', '[NAME], [NAME] and [NAME] always leave early'],
    ['Marlon and Brook keep stealing tips', '[NAME] and [NAME] keep stealing tips'],
    ['Fifi ha detto che non si può', '[NAME] ha detto che non si può'],
    ['Chacho me ha dicho que no hay pago', '[NAME] me ha dicho que no hay pago'],
    ['Jojo hat gesagt, wir müssen bleiben', '[NAME] hat gesagt, wir müssen bleiben'],
    ['check with nox about the rota', 'check with [NAME] about the rota'],
    ['I told Vee and she laughed', 'I told [NAME] and she laughed'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a name that is also a place or a word, after a role someone holds, before what a person does', () => {
  it.each([
    // tuned
    ['my manager Dallas yells at us', 'my manager [NAME] yells at us'],
    ['la jefa Paz no nos deja salir', 'la jefa [NAME] no nos deja salir'],
    ['il capo Fortunato urla sempre', 'il capo [NAME] urla sempre'],
    ['my supervisor Austin keeps docking pay', 'my supervisor [NAME] keeps docking pay'],
    ['our lead Brooklyn takes credit for everything', 'our lead [NAME] takes credit for everything'],
    ['mi supervisor Lucero nos grita', 'mi supervisor [NAME] nos grita'],
    ['le chef Marin nous crie dessus', 'le chef [NAME] nous crie dessus'],
    ['a gerente Vitória humilha a equipe', 'a gerente [NAME] humilha a equipe'],
    ['my boss Hope never answers', 'my boss [NAME] never answers'],
    ['unser Schichtleiter Wolf brüllt immer', 'unser Schichtleiter [NAME] brüllt immer'],
    // held back
    ['my shift lead Phoenix steals tips', 'my shift lead [NAME] steals tips'],
    ['our manager Savannah lies about the schedule', 'our manager [NAME] lies about the schedule'],
    ['el encargado Santiago nos amenaza', 'el encargado [NAME] nos amenaza'],
    ['la supervisora Luz grita a todos', 'la supervisora [NAME] grita a todos'],
    ['il responsabile Sole ci insulta', 'il responsabile [NAME] ci insulta'],
    ['ma responsable Rose nous harcèle', 'ma responsable [NAME] nous harcèle'],
    ['my supervisor Jordan is a creep', 'my supervisor [NAME] is a creep'],
    ['o supervisor Cruz grita com todos', 'o supervisor [NAME] grita com todos'],
    ['my team leader Denver pushed me', 'my team leader [NAME] pushed me'],
    ['la encargada Soledad nos trata mal', 'la encargada [NAME] nos trata mal'],
    // held back, written after the rules
    ['my supervisor Memphis screams at the girls', 'my supervisor [NAME] screams at the girls'],
    ['our lead Cairo never signs the sheets', 'our lead [NAME] never signs the sheets'],
    ['my boss Sunny always blames me', 'my boss [NAME] always blames me'],
    ['la jefa Victoria nos humilla', 'la jefa [NAME] nos humilla'],
    ['il mio capo Felice mi urla', 'il mio capo [NAME] mi urla'],
    ['notre chef Ange nous ment', 'notre chef [NAME] nous ment'],
    ['my manager Summer lied about my hours', 'my manager [NAME] lied about my hours'],
    ['mein Chef Adler schreit ständig', 'mein Chef [NAME] schreit ständig'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("a post's number typed wrong, with a job between the person and the post, or guarded; titles without article", () => {
  it.each([
    // tuned
    ['the cashier at chekout 3 steals from the till', 'the cashier at chekout [ID] steals from the till'],
    ['the woman who cleans room 214 took my bag', 'the woman who cleans room [ID] took my bag'],
    ['the security at gate 7 is drunk again', 'the security at gate [ID] is drunk again'],
    ['el que limpia la sala 3 me insulta', 'el que limpia la sala [ID] me insulta'],
    ['the girl who does nails at station 6 is rude', 'the girl who does nails at station [ID] is rude'],
    ['teh nures at bed 5 is rough with patients', 'teh nures at bed [ID] is rough with patients'],
    ['Supervisor Okafor said we cant leave', 'Supervisor [NAME] said we cant leave'],
    ['Chef Ramos yells at the cooks', 'Chef [NAME] yells at the cooks'],
    ['Doctora Ruiz se burla de nosotros', '[NAME] se burla de nosotros'],
    ['Manager Quill lied to us', 'Manager [NAME] lied to us'],
    ['la femme qui nettoie la chambre 12 me vole', 'la femme qui nettoie la chambre [ID] me vole'],
    ['der Typ, der Kasse 4 macht, klaut', 'der Typ, der Kasse [ID] macht, klaut'],
    // held back
    ['the guy who runs register 5 is rude', 'the guy who runs register [ID] is rude'],
    ['the man who works booth 9 harasses girls', 'the man who works booth [ID] harasses girls'],
    ['the cahsier on till 2 shorts us', 'the cahsier on till [ID] shorts us'],
    ['el señor que atiende la caja 6 grita', 'el señor que atiende la caja [ID] grita'],
    ['la chica que limpia la habitación 8 roba', 'la chica que limpia la habitación [ID] roba'],
    ['Foreman Bartek shouts at everyone', 'Foreman [NAME] shouts at everyone'],
    ['Nurse Adaeze is cruel to the aides', 'Nurse [NAME] is cruel to the aides'],
    ['Profesora Méndez nos humilla', '[NAME] nos humilla'],
    ['Ingeniero Salazar nos amenaza', 'Ingeniero [NAME] nos amenaza'],
    ['Coach Darnell bullies the new guys', 'Coach [NAME] bullies the new guys'],
    ['o cara que opera a máquina 3 bebe no trabalho', 'o cara que opera a máquina [ID] bebe no trabalho'],
    ['il tizio che pulisce la stanza 5 ruba', 'il tizio che pulisce la stanza [ID] ruba'],
    // held back, written after the rules
    ['the cashier on regsiter 4 is always rude', 'the cashier on regsiter [ID] is always rude'],
    ['the guy at chekcout 2 steals', 'the guy at chekcout [ID] steals'],
    ['the man who mops the bathroom 3 stares at us', 'the man who mops the bathroom [ID] stares at us'],
    ['the lady who handles window 6 shouts at customers', 'the lady who handles window [ID] shouts at customers'],
    ['la señora que atiende la ventanilla 2 nos grita', 'la señora que atiende la ventanilla [ID] nos grita'],
    ['le type qui fait la caisse 5 vole', 'le type qui fait la caisse [ID] vole'],
    ['die Frau, die Zimmer 12 putzt, klaut', 'die Frau, die Zimmer [ID] putzt, klaut'],
    ['the security on door 2 let his friends in free', 'the security on door [ID] let his friends in free'],
    ['the waitres at table 9 is rude', 'the waitres at table [ID] is rude'],
    // left: "salę" (Polish accusative) is no room of the table, and "która" (who) is taken for a name, as before
    ['pani która sprząta salę 4 kradnie', 'pani [NAME] sprząta salę 4 kradnie'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('places, products, words and posts said of no one stay as written', () => {
  it.each([
    // tuned
    ['Dallas office closed early again', 'Dallas office closed early again'],
    ['the Austin site has no heat', 'the Austin site has no heat'],
    ['we shipped to Phoenix and Dallas late', 'we shipped to Phoenix and Dallas late'],
    ['la paz del equipo se rompió', 'la paz del equipo se rompió'],
    ['Sierra Nevada beer in the fridge is gone', 'Sierra Nevada beer in the fridge is gone'],
    ['I said it was fine', 'I said it was fine'],
    ['ask about it at the front desk', 'ask about it at the front desk'],
    ['the machine at gate 7 is broken', 'the machine at gate 7 is broken'],
    ['room 214 has mold', 'room 214 has mold'],
    ['checkout 3 scanner is down', 'checkout 3 scanner is down'],
    ['the Supervisor said nothing', 'the Supervisor said nothing'],
    ['ask HR about it', 'ask HR about it'],
    ['tell management about it', 'tell management about it'],
    ['we talked to Amazon about it', 'we talked to Amazon about it'],
    ['our lead time is 3 weeks', 'our lead time is 3 weeks'],
    ['my manager said no', 'my manager said no'],
    ['la jefa dijo que no', 'la jefa dijo que no'],
    ['the cleaning of room 214 is overdue', 'the cleaning of room 214 is overdue'],
    ['our supervisor Teams chat is dead', 'our supervisor Teams chat is dead'],
    ['my manager Slack messages at 2am', 'my manager Slack messages at 2am'],
    ['Chef salad is gone from the menu', 'Chef salad is gone from the menu'],
    // held back
    ['flights to Paris and Rome were cancelled', 'flights to Paris and Rome were cancelled'],
    ['the Orlando warehouse is cold', 'the Orlando warehouse is cold'],
    ['el que limpia bien gana más', 'el que limpia bien gana más'],
    ['the printer at gate 3 jams', 'the printer at gate 3 jams'],
    ['said it twice, nobody listens', 'said it twice, nobody listens'],
    ['ask him about it', 'ask him about it'],
    ['my manager Monday meeting ran long', 'my manager Monday meeting ran long'],
    ['our supervisor WhatsApp group is toxic', 'our supervisor WhatsApp group is toxic'],
    ['el jefe de Madrid no contesta', 'el jefe de Madrid no contesta'],
    ['il capo reparto ci ignora', 'il capo reparto ci ignora'],
    ['Chef knives are dull', 'Chef knives are dull'],
    ['the toilet in room 12 is broken', 'the toilet in room 12 is broken'],
    ['I talked to Sales about it', 'I talked to Sales about it'],
    ['our supervisor Zoom call got cancelled', 'our supervisor Zoom call got cancelled'],
    ['la sala 3 está sucia', 'la sala 3 está sucia'],
    // held back, written after the rules
    ['the security at gate 7 is weak', 'the security at gate 7 is weak'],
    ['who mops room 4 this week? nobody did', 'who mops room 4 this week? nobody did'],
    ['our manager Memphis trip got cancelled', 'our manager Memphis trip got cancelled'],
    ['Cairo and Dubai offices are closed', 'Cairo and Dubai offices are closed'],
    ['the bathroom 3 sink is broken', 'the bathroom 3 sink is broken'],
    ['the water at table 9 is dirty', 'the water at table 9 is dirty'],
    ['talk to Payroll about it', 'talk to Payroll about it'],
    ['I told Amazon and they refunded me', 'I told Amazon and they refunded me'],
    ['la ventanilla 2 está cerrada', 'la ventanilla 2 está cerrada'],
    ['my manager Christmas party was cancelled', 'my manager Christmas party was cancelled'],
    ['our lead Summer schedule is posted', 'our lead Summer schedule is posted'],
    ['we ship to Paris, Rome and Berlin', 'we ship to Paris, Rome and Berlin'],
    // left, as before this round: "Google" asked about is read as a person
    ['ask Google about it', 'ask [NAME] about it'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
