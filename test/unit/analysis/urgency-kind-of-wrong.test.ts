import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { withKindOfWrong } from '../../../shared/analysis/urgency/kind-of-wrong';
import { topicsForUrgency } from '../../../shared/domain/topics';

// The example config's topics: harassment and discrimination are the CHRO's, safety the COO's.
const config = JSON.parse(readFileSync(new URL('../../../config/example.config.json', import.meta.url), 'utf8'));
const topicsOf = (text: string): string[] => topicsForUrgency(config.topics, detectUrgency(text).categories, []);

// A slur at someone, or a people run down as a people: discrimination, the owner of discrimination's to read.
const SLURS = [
  'kierownik mowi na mnie czarnuch przy wszystkich',
  'me llaman mojada y beaner todos los dias en la linea',
  'el encargado me grita sudaca delante de todos cada turno',
  'my lead keeps calling me a wetback in front of the crew',
  'the supervisor calls the filipino guys chinks every shift',
  'der Vorarbeiter nennt mich jeden Tag Kanake vor allen',
  "le chef d'équipe m'appelle sale arabe devant tout le monde",
  'brygadzista wyzywa nas od ciapatych codziennie',
  'my manager told me go back to your country when i asked for a break',
  'la supervisora dice que todos los mexicanos son flojos y ladrones',
  'the foreman says all you immigrants are thieves and animals',
  'mi jefe me dice que los mexicanos are lazy y que nos va a deportar if we complain',
];

// A threat to someone's job or papers: retaliation, harassment's owner's to read, not a danger to anyone's safety.
const JOB_THREATS = [
  'to ma ngu nhu heo, quan doc chui tui em hoai, con doa duoi viec',
  "my manager said if i take my fmla he'll make sure i dont have a job",
  'supervisor roz gaali deta hai aur kehta hai ki complaint ki toh naukri se nikaal dunga',
  'el jefe dijo que nos va a correr si hablamos con recursos humanos',
  'kierownik powiedział że mnie zwolni jak pójdę na L4',
  "le manager a dit qu'il allait me virer si je prends mon congé maternité",
  'my supervisor told me he will fire me if i go to hr',
  'quản lý nói sẽ đuổi việc hết nếu ai khiếu nại',
  'si te quejas te vas a quedar sin trabajo me dijo el gerente',
];

describe('a slur or a threat to the job reaches the owner of discrimination and harassment, not of safety', () => {
  it.each(SLURS)('reads a slur as discrimination: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('discrimination');
    expect(topicsOf(text)).not.toContain('safety');
  });

  it.each(JOB_THREATS)('reads a threat to the job as harassment: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('harassment');
    expect(categories).not.toContain('threat');
    expect(topicsOf(text)).not.toContain('safety');
  });

  it.each([
    ['he called me a beaner and then punched me in the face', 'discrimination'],
    ['the supervisor said he will fire me and then he will kill me', 'harassment'],
  ])('keeps a real threat beside the slur or the job threat: %s', (text, kind) => {
    const { categories } = detectUrgency(text);
    expect(categories).toContain(kind);
    expect(categories).toContain('threat');
  });

  it('keeps a danger told beside a job threat', () => {
    expect(detectUrgency('my supervisor threatened to fire me if i report the injury').categories).toContain('safety');
  });
});

describe('words that only look like a slur or a job threat leave the kind alone', () => {
  const rules = () => ({ urgent: false, categories: [] });
  it.each([
    'they fired up the new oven today and it works great',
    'we need to fire the kiln on monday',
    'el jefe corre cada mañana antes del turno',
    'mi hermano va a despedir a su novia en el aeropuerto',
    'the pedal on forklift 3 is sticky, please look at it',
    'nos van a echar una mano con el inventario',
    'kierownik powiedział że zwolni tempo linii w piątek',
    'the mexican food at the canteen was great',
    'la clase de inglés para inmigrantes es el jueves',
    'le nouveau chef va virer de bord sur les horaires',
    'the dykes along the river flooded the car park',
  ])('%s', (text) => {
    const reading = { urgent: true, categories: ['threat' as const] };
    expect(withKindOfWrong(text, reading, rules)).toEqual(reading);
  });

  it('never makes a calm text urgent', () => {
    const calm = { urgent: false, categories: [] };
    expect(withKindOfWrong('they call me beaner', calm, rules)).toBe(calm);
  });
});
