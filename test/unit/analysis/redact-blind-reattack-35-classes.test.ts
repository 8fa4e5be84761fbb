import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * ra35's blind re-attack (2026-12-06), the redaction leftovers worked as classes by helper r36: numbered spots one
 * person holds, in nine languages; two-letter names in prose; initials said to be initials or single in brackets;
 * nicknames set off by dashes or before a unit's code; word-names and days before a surname or doing what people do;
 * and words the names rules took (plants in a decoration, a verb after a role's small given name). Each class holds
 * ra35's own texts, wordings written to tune the rules and wordings held back (written before the rules, run once
 * after them), then the look-alikes that must stay as written.
 */

describe('a numbered spot where a person is placed', () => {
  it.each([
    ['whoever runs till #4 on sundays is short every week', 'whoever runs till #[ID] on sundays is short every week'],
    [
      'room 318 on the night shift nurse station, the nurse there yells at patients',
      'room [ID] on the night shift nurse station, the nurse there yells at patients',
    ],
    ['o motorista da rota 17 dirige bêbado', 'o motorista da rota [ID] dirige bêbado'],
    ['der Mitarbeiter an Kasse 3 beleidigt Kunden', 'der Mitarbeiter an Kasse [ID] beleidigt Kunden'],
    ['ten z szafki nr 41 kradnie narzędzia', 'ten z szafki nr [ID] kradnie narzędzia'],
    ['той, хто з шафки 77, краде', 'той, хто з шафки [ID], краде'],
    ['moun ki nan chanm 9 la ap fè bri', 'moun ki nan chanm [ID] la ap fè bri'],
    ['quem está no beliche 14 assedia as meninas', 'quem está no beliche [ID] assedia as meninas'],
    ['der Fahrer von Tour 22 trinkt', 'der Fahrer von Tour [ID] trinkt'],
    ['the guy on till five is pocketing cash', 'the guy on till [ID] is pocketing cash'],
    [
      'whoever works on till 6 on weekends keeps shorting the drawer',
      'whoever works on till [ID] on weekends keeps shorting the drawer',
    ],
    ['the cashier on register 9 insults customers', 'the cashier on register [ID] insults customers'],
    ['the girl at Kasse 5 steals from the drawer', 'the girl at Kasse [ID] steals from the drawer'],
    ['der Typ von Tour 14 fährt betrunken', 'der Typ von Tour [ID] fährt betrunken'],
    ['o motorista da rota 23 bate nos colegas', 'o motorista da rota [ID] bate nos colegas'],
    ['a moça do beliche 7 é assediada todas as noites', 'a moça do beliche [ID] é assediada todas as noites'],
    ['ta osoba z szafki nr 12 kradnie', 'ta osoba z szafki nr [ID] kradnie'],
    ["хлопець із шафки 31 б'є новеньких", "хлопець із шафки [ID] б'є новеньких"],
    ['moun nan chanm 14 la vòlè', 'moun nan chanm [ID] la vòlè'],
    [
      'the nurse in room 412 on nights shouts at the patients',
      'the nurse in room [ID] on nights shouts at the patients',
    ],
    ['whoever is on checkout three keeps groping people', 'whoever is on checkout [ID] keeps groping people'],
    ['the driver on route twelve drinks on the job', 'the driver on route [ID] drinks on the job'],
    ['la cajera de la caja 4 nos roba', 'la cajera de la caja [ID] nos roba'],
    ['le gars de la caisse 6 vole dans le tiroir', 'le gars de la caisse [ID] vole dans le tiroir'],
    ['chi sta alla cassa 2 ruba', 'chi sta alla cassa [ID] ruba'],
    ['die Frau an Kasse drei klaut', 'die Frau an Kasse [ID] klaut'],
    ['that creep on till 2 keeps staring at the girls', 'that creep on till [ID] keeps staring at the girls'],
    ['the lady who runs register 7 is always drunk', 'the lady who runs register [ID] is always drunk'],
    ['o cara do beliche 3 rouba as coisas dos outros', 'o cara do beliche [ID] rouba as coisas dos outros'],
    ['quem dirige a rota 9 chega bêbado', 'quem dirige a rota [ID] chega bêbado'],
    ['der Kollege an Kasse 7 schreit die Azubis an', 'der Kollege an Kasse [ID] schreit die Azubis an'],
    ['der Fahrer auf Tour 31 rast immer', 'der Fahrer auf Tour [ID] rast immer'],
    ['gość z szafki 18 zaczepia dziewczyny', 'gość z szafki [ID] zaczepia dziewczyny'],
    ['чоловік з шафки номер 9 погрожує', 'чоловік з шафки номер [ID] погрожує'],
    ['nèg ki nan chanm 22 a bat madanm li', 'nèg ki nan chanm [ID] a bat madanm li'],
    [
      'the patient in room 214 is being neglected by the night nurse',
      'the patient in room [ID] is being neglected by the night nurse',
    ],
    ['guy on till seven never gives right change', 'guy on till [ID] never gives right change'],
    ['the one at caja 3 me acosa', 'the one at caja [ID] me acosa'],
    ['whoevr is on checkout 5 is a thief lol', 'whoevr is on checkout [ID] is a thief lol'],
    ['la persona della cassa 4 mi insulta', 'la persona della cassa [ID] mi insulta'],
  ])('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'desk 12 has a broken chair, facilities ticket raised',
    'desk 12 has a broken chair',
    'Kasse 3 ist kaputt',
    "till 4 keeps jamming, the drawer won't open",
    'room 318 has no heating since monday',
    'a rota 17 foi cancelada por causa da chuva',
    'Tour 12 fällt morgen aus',
    'szafka nr 5 jest zepsuta',
    'шафка 12 зламана',
    'i stayed till five and nobody paid me',
    'the meeting is in room 4 at 10',
    'chanm 3 a pa gen limyè',
    'we are open till 10 every night',
    'till 3 is broken again, please fix it',
    'Kasse 2 hat kein Wechselgeld',
    'room 101 is too cold for meetings',
    'we stay open till 9 on fridays',
    'szafki nr 1 do 20 są do wymiany',
    'a rota 5 tem muito trânsito',
    'chanm 4 la sal anpil',
    'I worked till seven and nobody paid the overtime',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('two-letter names in prose', () => {
  it.each([
    ['Ed said no, Ty said go, and Bo just left', '[NAME] said no, [NAME] said go, and [NAME] just left'],
    ['Bo and I were on the same team', '[NAME] and I were on the same team'],
    ['Ng from accounts keeps taking credit for my work', '[NAME] from accounts keeps taking credit for my work'],
    ['Al told me to lie on the form', '[NAME] told me to lie on the form'],
    ['Jo and I were both written up', '[NAME] and I were both written up'],
    ['me and Cy got yelled at again', 'me and [NAME] got yelled at again'],
    ['Ng in shipping keeps taking credit', '[NAME] in shipping keeps taking credit'],
    ['Li said the audit was faked', '[NAME] said the audit was faked'],
    ['Yesterday Bo pushed the new guy', 'Yesterday [NAME] pushed the new guy'],
    ['ask Ty, he saw everything', 'ask [NAME], he saw everything'],
    ['Vi and Mo were sent home without pay', '[NAME] and [NAME] were sent home without pay'],
    ['Ed keeps grabbing the girls in the freezer', '[NAME] keeps grabbing the girls in the freezer'],
    ['i told Jo to stop but Jo laughed', 'i told [NAME] to stop but [NAME] laughed'],
    ['Bo said the boss knew about the leak', '[NAME] said the boss knew about the leak'],
    ['Ty and me saw him take the money', '[NAME] and me saw him take the money'],
    ['Ng in payroll changed my hours', '[NAME] in payroll changed my hours'],
    ['Di from the bakery was crying after the meeting', '[NAME] from the bakery was crying after the meeting'],
    ['Eli and Ed were laughing at her', '[NAME] and [NAME] were laughing at her'],
    ['Lu keeps calling me names on the floor', '[NAME] keeps calling me names on the floor'],
    ['then Al grabbed my arm', 'then [NAME] grabbed my arm'],
    ['Jo, Bo and Ty all signed the complaint', '[NAME], [NAME] and [NAME] all signed the complaint'],
  ])('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Go to HR if you need help',
    'No one listens to us',
    'So we waited two hours',
    'Ok so we talked to IT and they said no',
    'Al final nadie vino a ayudar',
    'Do we get paid for the training?',
    'Me and my team were sent home',
    'Hi, I work in the warehouse',
    'Up until last week it was fine',
    'ng mga tao sa bodega ay pagod na',
    'Ok I said no and he said go',
    'TV in the break room is broken',
    'By the time we left it was dark',
    'If we complain they cut our hours',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('initials said to be initials, or single, in brackets', () => {
  it.each([
    ['nurse (R.M.) steals meds', 'nurse ([NAME]) steals meds'],
    ['a colleague (initials AB) harasses me', 'a colleague (initials [NAME]) harasses me'],
    ['the two of them (S. and T.) harassed me', 'the two of them ([NAME] and [NAME]) harassed me'],
    ['the supervisor (K.L.) keeps docking our pay', 'the supervisor ([NAME]) keeps docking our pay'],
    ['a coworker (initials JT) keeps touching me', 'a coworker (initials [NAME]) keeps touching me'],
    ['two managers (P. and D.) lied to HR', 'two managers ([NAME] and [NAME]) lied to HR'],
    ['the cook (initials: M.B.) drinks on shift', 'the cook (initials: [NAME]) drinks on shift'],
    ['la encargada (M.J.) nos grita', 'la encargada ([NAME]) nos grita'],
    ['mein Vorgesetzter (T.K.) schreit', 'mein Vorgesetzter ([NAME]) schreit'],
    ['the guard (L.) searched my bag', 'the guard ([NAME]) searched my bag'],
    ['the driver (A.C.) was drunk again', 'the driver ([NAME]) was drunk again'],
    ['(S. & T.) keep harassing me', '([NAME] & [NAME]) keep harassing me'],
    ['my lead (initials are GH) yells at us', 'my lead (initials are [NAME]) yells at us'],
    ['a lead (D.B.) keeps threatening us', 'a lead ([NAME]) keeps threatening us'],
    ['my team leader (initials KW) shouts', 'my team leader (initials [NAME]) shouts'],
    ['both of them (J. and M.) were drinking on shift', 'both of them ([NAME] and [NAME]) were drinking on shift'],
    ['le chef (F.R.) nous insulte', 'le chef ([NAME]) nous insulte'],
    ['a supervisora (A.P.) humilha todo mundo', 'a supervisora ([NAME]) humilha todo mundo'],
    ['one of the cooks (initials: TB) spat in the food', 'one of the cooks (initials: [NAME]) spat in the food'],
    ['the nurse (C.) was rough with patients', 'the nurse ([NAME]) was rough with patients'],
    ['the two supervisors (R.B. and K.T.) lied', 'the two supervisors ([NAME] and [NAME]) lied'],
  ])('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'we need more PPE (gloves, masks)',
    'overtime (O.T.) is never paid',
    'see section (a) and (b) of the policy',
    'our hours (M-F) got cut',
    'hired as a CNA (certified nursing assistant)',
    'vitamins (B and C) in the vending machine are expired',
    'the list (A to Z) is posted by the door',
    'P.S. (sorry) nobody reads these',
    'the building (B.) has no heat',
    'shift (A and B) rotation is unfair',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("nicknames set off by dashes or before a unit's code", () => {
  it.each([
    ['Pitbull — maintenance team — threatens everyone', '[NAME] — maintenance team — threatens everyone'],
    ['Tiny from unit 7 bullies the interns', '[NAME] from unit 7 bullies the interns'],
    ['Bulldog — night shift — shoves people around', '[NAME] — night shift — shoves people around'],
    ['Moose - loading dock - grabbed my arm', '[NAME] - loading dock - grabbed my arm'],
    ['Tank from bay 3 keeps yelling at the temps', '[NAME] from bay 3 keeps yelling at the temps'],
    ['Sarge – line 2 – calls us names', '[NAME] – line 2 – calls us names'],
    ['Spider from aisle 9 keeps touching the girls', '[NAME] from aisle 9 keeps touching the girls'],
    ['el Gordo — turno de noche — nos amenaza', 'el [NAME] — turno de noche — nos amenaza'],
    ['Rocky from station 4 steals tips', '[NAME] from station 4 steals tips'],
    ['Shorty -- dispatch -- threatens the drivers', '[NAME] -- dispatch -- threatens the drivers'],
    ['Bear — warehouse — pushed me into the racking', '[NAME] — warehouse — pushed me into the racking'],
    ['Ghost from unit 12 never does his work and bullies us', '[NAME] from unit 12 never does his work and bullies us'],
    ['Hammer - night crew - threatens to hit people', '[NAME] - night crew - threatens to hit people'],
    ['Tiger from line 6 grabs the new girls', '[NAME] from line 6 grabs the new girls'],
    ['Buzz — security — searches only the women', '[NAME] — security — searches only the women'],
    ['Smiley from pod 3 spat at me', '[NAME] from pod 3 spat at me'],
    ['le Grand — équipe de nuit — nous menace', 'le [NAME] — équipe de nuit — nous menace'],
    ['Red from dock 5 keeps calling me slurs', '[NAME] from dock 5 keeps calling me slurs'],
  ])('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Safety — night shift — is a joke',
    'Parking — building 2 — is full every day',
    'Coffee from unit 7 tastes awful',
    'Training — all staff — starts Monday',
    'Overtime from line 3 was never paid',
    'Lunch – canteen – was cold again',
    'Heating from bay 4 is broken',
    'Tiny parts from line 2 keep falling on the floor',
    'Noise — night shift — is unbearable',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('word-names and days before a surname or doing what people do', () => {
  it.each([
    ['Sunday Adeyemi is the one stealing', '[NAME] [NAME] is the one stealing'],
    ['Blessing Okafor keeps shouting at us', '[NAME] [NAME] keeps shouting at us'],
    ['Godswill Eze took my tips', '[NAME] [NAME] took my tips'],
    ['Patience Mensah is being bullied', '[NAME] [NAME] is being bullied'],
    ['Precious cried after the meeting', '[NAME] cried after the meeting'],
    ['Mercy reported it and got fired', '[NAME] reported it and got fired'],
    ['Charity works nights and the manager harasses her', '[NAME] works nights and the manager harasses her'],
    ['Friday Okon stole from the till', '[NAME] [NAME] stole from the till'],
    ['Gift was forced to work unpaid', '[NAME] was forced to work unpaid'],
    ['Favour Adebayo is scared of the supervisor', '[NAME] [NAME] is scared of the supervisor'],
    ['Comfort said the boss touched her', '[NAME] said the boss touched her'],
    ['Memory Banda got sent home without pay', '[NAME] [NAME] got sent home without pay'],
    ['Peace Obi has been crying in the toilets', '[NAME] [NAME] has been crying in the toilets'],
    ['Innocent keeps stealing from the stock room', '[NAME] keeps stealing from the stock room'],
    ['Happiness Moyo was slapped by the chef', '[NAME] [NAME] was slapped by the chef'],
    ['Wisdom told HR and nothing happened', '[NAME] told HR and nothing happened'],
    ['Marvel Okeke threatened me', '[NAME] [NAME] threatened me'],
    ['Loveth was shouted at in front of everyone', '[NAME] was shouted at in front of everyone'],
    ['Monday Etim drinks on shift', '[NAME] [NAME] drinks on shift'],
    ['Trust and Blessing both quit because of him', '[NAME] and [NAME] both quit because of him'],
  ])('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Sunday shifts are never paid properly',
    'Patience is running out with this management',
    'Mercy is not something this company knows',
    'Charity events are mandatory now',
    'Friday meetings run too long',
    'Gift cards instead of a raise, seriously',
    'Peace and quiet in the break room would be nice',
    'Trust is gone after the layoffs',
    'Memory of the old boss is fading',
    'Comfort breaks are too short',
    'Monday mornings are chaos in receiving',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('words a person did not write as a name', () => {
  it.each([
    ['la supervisora lucía empuja a los nuevos', 'la supervisora [NAME] empuja a los nuevos'],
    ['Holly and Ivy from HR ignore complaints', '[NAME] and [NAME] from HR ignore complaints'],
    ['el encargado marcos grita a todos', 'el encargado [NAME] grita a todos'],
    ['la jefa rosa insulta a las chicas', 'la jefa [NAME] insulta a las chicas'],
    ['la supervisora marta empuja a las nuevas', 'la supervisora [NAME] empuja a las nuevas'],
    ['el jefe ramón golpea la mesa cuando grita', 'el jefe [NAME] golpea la mesa cuando grita'],
    ['Ivy and Holly in the warehouse keep mocking me', '[NAME] and [NAME] in the warehouse keep mocking me'],
  ])('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Holly and Ivy decorations are up in the lobby',
    'we put up holly and ivy for christmas',
    'the Holly and Ivy wreaths cost a fortune',
    'Rose and Lily bouquets for the reception desk',
    'Holly and Ivy garlands all over the canteen',
    'Iv learned how to run different types of machines',
    'my training Gm was let go two months later',
    '5 Governments of 3-4 Ss chose 6 rights',
    'Role Flexibility, Smart Coworkers, Hard Work',
    'Sunday drinks at the pub were fun',
    'we had Heineken drinks after work',
    'post Ge opted to move out',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
