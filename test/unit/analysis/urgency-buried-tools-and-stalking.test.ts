import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * A report between two friendly sentences reads as the report alone reads (buried39, after the ra38b attack): a tool
 * or a safeguard damaged and used anyway is safety, stalking (followed home, turned up at home uninvited, a tracker)
 * is harassment, till sales voided and the cash kept is fraud, whatever praise, coffee or parking is around it, in a
 * voice-to-text ramble without full stops, or in a list. What a reader sees: the kind that picks the executive.
 */
const friendly: Record<string, [string, string]> = {
  en: ['love the new app.', 'The new aprons are nice, thanks for listening!'],
  es: ['me encanta la nueva app.', 'Los uniformes nuevos son bonitos, gracias!'],
  fr: ["j'adore la nouvelle appli.", 'Les nouveaux tabliers sont jolis, merci !'],
  pt: ['adorei o novo app.', 'Os aventais novos sao bonitos, obrigado!'],
  de: ['die neue App ist super.', 'Die neuen Schurzen sind schon, danke!'],
  it: ['adoro la nuova app.', 'I grembiuli nuovi sono belli, grazie!'],
  pl: ['nowa aplikacja jest super.', 'Nowe fartuchy sa ladne, dzieki!'],
  tl: ['ang ganda ng bagong app.', 'Ang ganda ng bagong apron, salamat!'],
};
const strip = (sentence: string) => sentence.replace(/[.!?]+$/u, '');
const around = {
  'between two friendly sentences': (language: string, report: string) =>
    `${friendly[language]![0]} ${report}. ${friendly[language]![1]}`,
  'in a ramble without full stops': (language: string, report: string) =>
    [friendly[language]![0], report, friendly[language]![1]].map(strip).join(' ').toLowerCase(),
  'in a list': (language: string, report: string) =>
    [friendly[language]![0], report, friendly[language]![1]].map((line) => `- ${strip(line)}`).join('\n'),
};

const reports: [string, string, string][] = [
  [
    'safety',
    'en',
    'the grinding wheel on bench 3 has a crack right across it and people keep using it because the spare is on order',
  ],
  ['safety', 'en', 'the angle grinder disc on line 2 is cracked and chipped but we still use it every shift'],
  ['safety', 'es', 'el disco de la amoladora esta rajado y lo seguimos usando porque no hay repuesto'],
  ['safety', 'fr', "le disque de la meuleuse est fendu et on continue a l'utiliser parce que le neuf n'est pas arrive"],
  ['safety', 'pl', 'tarcza w szlifierce jest peknieta a i tak wszyscy jej uzywaja bo nowej nie ma'],
  [
    'harassment',
    'en',
    "the trainer from head office keeps asking the new girls for their home address and showed up at one's house uninvited",
  ],
  ['harassment', 'en', 'he got my home address from the HR file and drives past my house every night'],
  ['harassment', 'de', 'mein Vorgesetzter ist mir nach Hause gefolgt und steht jetzt abends vor meiner Wohnung'],
  ['fraud', 'en', 'btw the night manager voids tickets after customers pay cash and keeps it, seen it like ten times'],
];

describe('a report inside a friendly note reads as the report alone', () => {
  for (const [where, write] of Object.entries(around))
    it.each(reports)(`Should escalate as %s (%s) ${where}: %s`, (kind, language, report) => {
      expect(detectUrgency(report).categories).toContain(kind);
      expect(detectUrgency(write(language, report)).categories).toContain(kind);
    });

  it('Should escalate the ra38b note about the night manager voiding tickets as fraud, not leave it calm', () => {
    expect(
      detectUrgency(
        'love the new app. btw the night manager voids tickets after customers pay cash and keeps it, seen it like ten times. the new aprons are nice',
      ),
    ).toEqual({ urgent: true, categories: ['fraud'] });
  });
});

describe('stalking in Ukrainian, in the table read for it', () => {
  it.each([
    'начальник зміни ходить за мною до самого дому і пише мені вночі',
    'новий додаток чудовий. майстер вже тиждень стоїть під моїми вікнами після зміни. Нові фартухи гарні.',
    'бригадир поставив трекер на мою машину',
    'nachalnyk zminy khodyt za mnoiu do samoho domu',
  ])('Should escalate as harassment: %s', (report) => {
    expect(detectUrgency(report).categories).toContain('harassment');
  });

  it.each([
    'начальник підвіз мене додому після нічної зміни, дуже мило',
    'моя машина стоїть біля мого будинку',
    'хтось має адресу Олени? хочемо привітати її з днем народження. дякую всім',
  ])('Should keep calm: %s', (note) => {
    expect(detectUrgency(note).urgent).toBe(false);
  });
});

describe('a report the learned model reads, between friendly sentences', () => {
  // The model read the report alone, and the praise around it ("me encanta la nueva app", "gracias por escuchar"),
  // weighed in by the sentence's guard, vetoed it: a whole sentence the model is sure of is now read as it alone reads.
  const note = (report: string) =>
    `me encanta la nueva app. El equipo ha estado genial este mes. ${report}. Los uniformes nuevos son bonitos. Gracias por escuchar!`;
  it.each([
    ['threat', 'me dejaron una nota en el casillero diciendo que soy mujer muerta'],
    ['safety', 'the scaffold on the north side sways in the wind and they still sent two lads up'],
  ])('Should escalate as %s: %s', (kind, report) => {
    expect(detectUrgency(report).categories).toContain(kind);
    expect(detectUrgency(note(report)).categories).toContain(kind);
  });
});

describe('friendly notes with a hazard gone or an address asked in kindness stay calm', () => {
  it.each([
    'Quick note: the cracked grinding wheel on bench 3 was replaced on Monday, thanks to maintenance for the speed. The new aprons are great too.',
    'love the new app. btw the saw guard that was missing is back on and tagged, nice work. the canteen soup is good',
    "Can someone share Maria's home address? We are planning a surprise party for her birthday on Saturday. The new schedule is fine.",
    "The supervisor texted me at night to say tomorrow's shift starts an hour later, which was helpful. Love the new rota.",
    'My manager drove me home after the late shift because my bus was cancelled, really kind of him. The team is great.',
    'We watched a film about a stalker who follows a woman home, scary stuff, anyway the new break room is lovely.',
    'Just wanted to say the new HR app is easy to use. My old phone screen is cracked but I still use it, ha. Keep it up.',
    'el disco rajado de la amoladora ya lo cambiaron, gracias. el nuevo horario esta bien y la cafeteria mejoro mucho',
    'hat jemand die Adresse von Jonas? wir wollen ihm zur Geburt eine Karte schicken. Schones Wochenende euch',
    'Love the new app. The night manager is really helpful with the cash up and always balances the till. Great team.',
  ])('Should keep calm: %s', (note) => {
    expect(detectUrgency(note).urgent).toBe(false);
  });
});
