import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * said37: a name redaction hides at one mention is hidden at its other mentions, where no rule reads the words around
 * them ("I've worked with Ed for a year. Last week Ed grabbed me"): one mention left visible points at the person.
 * The attacker's own texts, then look-alikes written to tune the rule (English, Spanish, German, French, Portuguese,
 * Tagalog and Polish; short and stop-word names; possessives, case endings, "@"), then look-alikes written at the same
 * time and held back (run once before the rule and once after it), then words that must stay as written: group and
 * faith words, brands, words in capitals, a firm everyone knows, and names that are words ("we may get", "In April",
 * "the Grace of God", "Hunter boots").
 */

describe('a name hidden at one mention, at its other mentions', () => {
  it.each([
    [
      "I've worked with Ed for a year. Last week Ed grabbed me",
      "I've worked with [NAME] for a year. Last week [NAME] grabbed me",
    ],
    ['Al is my lead. Yesterday Al yelled at me.', '[NAME] is my lead. Yesterday [NAME] yelled at me.'],
    ['Bo and I work nights. Bo hit me.', '[NAME] and I work nights. [NAME] hit me.'],
    [
      'Art from the warehouse hit me. Nobody believes me about Art.',
      '[NAME] from the warehouse hit me. Nobody believes me about [NAME].',
    ],
  ])('Should redact %j as %j (the texts that found the leak)', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    [
      'Our lead is Kwame. Everyone knows Kwame takes the tips home.',
      'Our lead is [NAME] knows [NAME] takes the tips home.',
    ],
    [
      'Dear HR, my manager Priyanka keeps shouting. Yesterday in the meeting Priyanka threw a stapler.',
      'Dear HR, my manager [NAME] keeps shouting. Yesterday in the meeting [NAME] threw a stapler.',
    ],
    [
      'Jo from nights pushed me. I reported it but they said Jo is a good worker.',
      '[NAME] from nights pushed me. I reported it but they said [NAME] is a good worker.',
    ],
    [
      'My supervisor Will keeps touching my back. When I complained, HR talked to Will and nothing changed.',
      'My supervisor [NAME] keeps touching my back. When I complained, HR talked to [NAME] and nothing changed.',
    ],
    [
      "Tariq from receiving yells at us. It's Tariq's fault the pallets fell.",
      "[NAME] from receiving yells at us. It's [NAME]'s fault the pallets fell.",
    ],
    [
      'Ask Dmitri about the overtime. @Dmitri never answers in the chat.',
      'Ask [NAME] about the overtime. [NAME] never answers in the chat.',
    ],
    [
      'Mi jefa se llama Guadalupe. Ayer Guadalupe me insultó delante de todos.',
      'Mi jefa se llama [NAME] me insultó delante de todos.',
    ],
    [
      'Trabajo con Chuy en el turno de noche. El lunes Chuy me empujó.',
      'Trabajo con [NAME] en el turno de noche. El lunes [NAME] me empujó.',
    ],
    [
      'Unser Schichtleiter Bernd schreit ständig. Gestern hat Bernd einen Kollegen geschubst.',
      'Unser Schichtleiter [NAME] schreit ständig. Gestern hat [NAME] einen Kollegen geschubst.',
    ],
    [
      'Ich arbeite mit Thorsten zusammen. Thorstens Witze sind sexistisch.',
      'Ich arbeite mit [NAME] zusammen. [NAME]s Witze sind sexistisch.',
    ],
    [
      "Mon chef s'appelle Gaëtan. Hier Gaëtan m'a insultée devant les clients.",
      "Mon chef s'appelle [NAME]. Hier [NAME] m'a insultée devant les clients.",
    ],
    [
      'A supervisora Graça grita com todo mundo. Ontem a Graça me chamou de burra.',
      'A supervisora [NAME] grita com todo mundo. Ontem a [NAME] me chamou de burra.',
    ],
    [
      'Ang supervisor namin si Jomar. Kahapon sinigawan ako ni Jomar.',
      'Ang supervisor namin si [NAME] sinigawan ako ni [NAME].',
    ],
    ['my lead is darnell. darnell keeps docking our hours.', 'my lead is [NAME]. [NAME] keeps docking our hours.'],
    [
      'Sue in payroll changed my hours. Then Sue laughed at me.',
      '[NAME] in payroll changed my hours. Then [NAME] laughed at me.',
    ],
    [
      'I complained about Hamid last month. Hamid still leers at the new girls.',
      'I complained about [NAME] last month. [NAME] still leers at the new girls.',
    ],
    [
      'Kierownik Grzegorz nas obraża. Wczoraj powiedziałam Grzegorzowi, że to mobbing.',
      'Kierownik [NAME] nas obraża. Wczoraj powiedziałam [NAME], że to mobbing.',
    ],
    [
      'Falei com o Reinaldo sobre o assédio. O Reinaldo riu de mim.',
      'Falei com o [NAME] sobre o assédio. O [NAME] riu de mim.',
    ],
    [
      "Le cariste Léo nous menace. J'ai parlé de Léo au RH.",
      "Le cariste [NAME] nous menace. J'ai parlé de [NAME] au RH.",
    ],
    [
      'Si Bong yung nagnakaw ng tools. Sinabi ko kay Bong na ibalik.',
      'Si [NAME] yung nagnakaw ng tools. Sinabi ko kay [NAME] na ibalik.',
    ],
    [
      'der vorarbeiter kalle schreit. gestern hat kalle mich geschubst.',
      'der vorarbeiter [NAME] schreit. gestern hat [NAME] mich geschubst.',
    ],
    [
      'La encargada Maripaz nos grita. La culpa es de Maripaz.',
      'La encargada [NAME] nos grita. La culpa es de [NAME].',
    ],
    ['Ravi keeps clocking me out early, @Ravi stop it', '[NAME] keeps clocking me out early, [NAME] stop it'],
    [
      'My supervisor Xolani never lets us sit. Everyone is afraid of Xolani.',
      'My supervisor [NAME] never lets us sit. Everyone is afraid of [NAME].',
    ],
    [
      'El capataz Yeferson nos grita. Nadie le dice nada a Yeferson.',
      'El capataz [NAME] nos grita. Nadie le dice nada a [NAME].',
    ],
    [
      'Die Vorarbeiterin Jovana schreit. Alle haben Angst vor Jovana.',
      'Die Vorarbeiterin [NAME] schreit. Alle haben Angst vor [NAME].',
    ],
    [
      "Le chef d'équipe Kylian nous insulte. Tout le monde a peur de Kylian.",
      "Le chef d'équipe [NAME] nous insulte. Tout le monde a peur de [NAME].",
    ],
    [
      'A supervisora Creuza grita. Todo mundo tem medo da Creuza.',
      'A supervisora [NAME] grita. Todo mundo tem medo da [NAME].',
    ],
    [
      'Ang foreman na si Jhunrey ay nananakit. Takot kami kay Jhunrey.',
      'Ang foreman na si [NAME] ay nananakit. Takot kami kay [NAME].',
    ],
    [
      'Li from QA grabbed me. Nobody listens when I complain about Li.',
      '[NAME] from QA grabbed me. Nobody listens when I complain about [NAME].',
    ],
    [
      'Our lead Chance keeps yelling. Nobody stands up to Chance.',
      'Our lead [NAME] keeps yelling. Nobody stands up to [NAME].',
    ],
    ['ask Kofi about the rota. @Kofi stop ignoring me', 'ask [NAME] about the rota. [NAME] stop ignoring me'],
    [
      'Der Schichtführer Ole brüllt. Oles Sprüche sind eklig.',
      'Der Schichtführer [NAME] brüllt. [NAME]s Sprüche sind eklig.',
    ],
  ])('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    [
      'I sit next to Oluwaseun. Oluwaseun keeps making racist jokes.',
      'I sit next to [NAME] keeps making racist jokes.',
    ],
    [
      'Our foreman Bill keeps skipping lockout. I asked Bill twice to stop.',
      'Our foreman [NAME] keeps skipping lockout. I asked [NAME] twice to stop.',
    ],
    [
      "Marisol on line 2 bullies the temps. Marisol's friends laugh along.",
      "[NAME] on line 2 bullies the temps. [NAME]'s friends laugh along.",
    ],
    [
      'my manager Siobhan ignores us. @Siobhan read your email!',
      'my manager [NAME] ignores us. [NAME] read your email!',
    ],
    [
      'El supervisor Anselmo toca a las chicas. Todas sabemos lo que hace Anselmo.',
      'El supervisor [NAME] toca a las chicas. Todas sabemos lo que hace [NAME].',
    ],
    [
      'Die Teamleiterin Svenja mobbt mich. Ich habe Svenja gebeten aufzuhören.',
      'Die Teamleiterin [NAME] mobbt mich. Ich habe [NAME] gebeten aufzuhören.',
    ],
    [
      'Notre responsable, Ludivine, nous humilie. Ludivine a encore crié ce matin.',
      'Notre responsable, [NAME], nous humilie. [NAME] a encore crié ce matin.',
    ],
    [
      'Je travaille avec Kévin depuis deux ans. Kévin me harcèle.',
      'Je travaille avec [NAME] depuis deux ans. [NAME] me harcèle.',
    ],
    [
      'O encarregado Josué me ameaçou. Contei pro RH mas o Josué continua.',
      'O encarregado [NAME] me ameaçou. Contei pro RH mas o [NAME] continua.',
    ],
    [
      'Yung team lead namin na si Rodel laging sumisigaw. Sinumbong ko na si Rodel.',
      'Yung team lead namin na si [NAME] laging sumisigaw. [NAME] ko na si [NAME].',
    ],
    [
      'Si Maricel ang nagnanakaw. Nakita ko si Maricel kahapon.',
      'Si [NAME] ang nagnanakaw. [NAME] ko si [NAME] kahapon.',
    ],
    [
      'Our lead Rose keeps changing the rota. I told Rose it was unfair.',
      'Our lead [NAME] keeps changing the rota. I told [NAME] it was unfair.',
    ],
    [
      'Mo in shipping made a pass at me. Then Mo blocked the door.',
      '[NAME] in shipping made a pass at me. Then [NAME] blocked the door.',
    ],
    [
      "Fernando took my badge. Fernando's locker is full of stolen stuff. @Fernando give it back",
      "[NAME] took my badge. [NAME]'s locker is full of stolen stuff. [NAME] give it back",
    ],
    [
      'Kierowniczka Bożena nas wyzywa. Zgłosiłam to, ale Bożena dalej krzyczy.',
      // "Zgłosiłam" is "I reported": a verb opening its sentence, no longer hidden as a name (op44b).
      'Kierowniczka [NAME] nas wyzywa. Zgłosiłam to, ale [NAME] dalej krzyczy.',
    ],
    [
      'die schichtleiterin jutta schreit. jutta hat mich geschubst.',
      'die schichtleiterin [NAME] schreit. [NAME] hat mich geschubst.',
    ],
    [
      'Working with Hope on nights is hell. Hope screams at the new starters.',
      'Working with [NAME] on nights is hell. [NAME] screams at the new starters.',
    ],
    [
      'el encargado fermín me grita. fermín no me deja ir al baño.',
      'el encargado [NAME] me grita. [NAME] no me deja ir al baño.',
    ],
    [
      'Ang bisor na si Jun-jun ay nangmamanyak. Sinabi ko kay Jun-jun na tumigil.',
      'Ang bisor na si [NAME] ay nangmamanyak. Sinabi ko kay [NAME] na tumigil.',
    ],
    [
      'Our shift boss Themba swears at us. We all avoid Themba now.',
      'Our shift boss [NAME] swears at us. We all avoid [NAME] now.',
    ],
    [
      'La jefa Yuridia nos humilla. Todos le tienen miedo a Yuridia.',
      'La jefa [NAME] nos humilla. Todos le tienen miedo a [NAME].',
    ],
    [
      'Der Lagerleiter Sven brüllt. Keiner traut sich, was gegen Sven zu sagen.',
      'Der Lagerleiter [NAME] brüllt. Keiner traut sich, was gegen [NAME].',
    ],
    [
      "Notre chef Enzo nous insulte. Personne n'ose rien dire à Enzo.",
      "Notre chef [NAME] nous insulte. Personne n'ose rien dire à [NAME].",
    ],
    [
      'O supervisor Cleiton me empurrou. Todo mundo tem medo do Cleiton.',
      'O supervisor [NAME] me empurrou. Todo mundo tem medo do [NAME].',
    ],
    [
      'Ang supervisor na si Jhayson ay laging galit. Ayaw namin kay Jhayson.',
      'Ang supervisor na si [NAME] ay laging galit. Ayaw namin kay [NAME].',
    ],
    ['Oz from loading hit me. Everyone covers for Oz.', '[NAME] from loading hit me. Everyone covers for [NAME].'],
    ['i share a shift with tyrone. tbh tyrone is a creep.', 'i share a shift with [NAME]. tbh [NAME] is a creep.'],
    ['Der Fahrer Timo rast. Timos Kumpel decken ihn.', 'Der Fahrer [NAME] rast. [NAME]s Kumpel decken ihn.'],
    ['@Kwesi ignores my messages. I went to HR about Kwesi.', '[NAME] ignores my messages. I went to HR about [NAME].'],
    [
      'My trainer Faith mocks my accent. Please speak to Faith.',
      'My trainer [NAME] mocks my accent. Please speak to [NAME].',
    ],
    [
      'We work under Rhys. It is Rhys who locks the fire exit.',
      'We work under [NAME]. It is [NAME] who locks the fire exit.',
    ],
  ])('Should redact %j as %j (held back)', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a word that is no one, beside a hidden name, at its other mentions', () => {
  it.each([
    [
      'Will from payroll fixed my pay. Will the new system be ready by May?',
      '[NAME] from payroll fixed my pay. Will the new system be ready by May?',
    ],
    [
      'Ahmed is Muslim and so am I. Ahmed gets abuse because he is Muslim.',
      '[NAME] is Muslim and so am [NAME] gets abuse because he is Muslim.',
    ],
    [
      'Kevin eats Eggo waffles every shift. Kevin leaves the Eggo box on my desk.',
      '[NAME] eats Eggo waffles every shift. [NAME] leaves the Eggo box on my desk.',
    ],
    [
      'Our supervisor Dana bought a new MAXIMO licence. The MAXIMO system is down.',
      'Our supervisor [NAME] bought a new MAXIMO licence. The MAXIMO system is down.',
    ],
    [
      'The Deloitte auditor Ramesh came in. Ramesh said Deloitte will be back.',
      'The Deloitte auditor [NAME] came in. [NAME] said Deloitte will be back.',
    ],
    [
      'May from HR said we may get a bonus. I may quit anyway.',
      '[NAME] from HR said we may get a bonus. I may quit anyway.',
    ],
    [
      'Mi compañero Al llega tarde. Fui al almacén y no estaba.',
      'Mi compañero [NAME] llega tarde. Fui al almacén y no estaba.',
    ],
    [
      'Art from IT fixed my laptop. The art on the walls is ugly.',
      '[NAME] from IT fixed my laptop. The art on the walls is ugly.',
    ],
    ['Sean is Irish and the Irish lads stick together.', '[NAME] is Irish and the Irish lads stick together.'],
    [
      'Our new hire April started last week. In April we had two accidents.',
      'Our new hire April started last week. In April we had two accidents.',
    ],
    [
      'Bill from finance is nice. The electricity bill went up.',
      '[NAME] from finance is nice. The electricity bill went up.',
    ],
    [
      'Great place. Manager Sandy is kind. Great Benefits, Great People.',
      'Great place. Manager [NAME] is kind. Great Benefits, Great People.',
    ],
    [
      'Grace in accounts is lovely. By the Grace of God I survived this job.',
      'Grace in accounts is lovely. By the Grace of God I survived this job.',
    ],
    [
      'Christian from the warehouse is kind. As a Christian I find the jokes offensive.',
      '[NAME] from the warehouse is kind. As a Christian I find the jokes offensive.',
    ],
    ['Nike from packing is great. The NIKE boxes are heavy.', 'Nike from packing is great. The NIKE boxes are heavy.'],
    [
      'Frank aus dem Lager ist nett. Ich sage es frank und frei.',
      'Frank aus dem Lager ist nett. Ich sage es frank und frei.',
    ],
    ['Rosa de ventas me ayuda. Compré una camisa rosa.', '[NAME] de ventas me ayuda. Compré una camisa rosa.'],
    [
      'Hunter from the night crew is fine. Hunter boots are required on site.',
      '[NAME] from the night crew is fine. Hunter boots are required on site.',
    ],
    ['Si Ligaya ang lead namin. Walang ligaya sa trabaho.', 'Si [NAME] ang lead namin. Walang ligaya sa trabaho.'],
    [
      'Our lead Hamza is Pakistani. The Pakistani staff eat together.',
      'Our lead [NAME] is Pakistani. The Pakistani staff eat together.',
    ],
    [
      'Jack in stores is decent. Use the Jack to lift the car.',
      '[NAME] in stores is decent. Use the Jack to lift the car.',
    ],
    ['Ask Summer in HR. The Summer rota is out.', 'Ask [NAME] in HR. The Summer rota is out.'],
  ])('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
