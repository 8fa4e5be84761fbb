import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// An outside attacker (ux33) found reports read as calm, or as the wrong kind, in five classes. Each class is checked
// with look-alikes in other wordings and languages (English, Spanish, French, Italian), urgent and calm, so the rules
// (stolen-hours-and-false-records.ts, promotion-by-race.ts, worn-gear-and-smoking-machines.ts, a-plan-for-it.ts,
// kill-after-firing.ts) read the class and not the quoted sentence.

describe('wages taken by the clock, safety records written false', () => {
  it.each([
    'manager is clocking out people early and pocketing the difference, been going on for months',
    'my supervisor clocks us out an hour early every friday and keeps the extra pay',
    'shift lead makes us fake the temperature logs for the health inspector',
    'boss wants me to backdate the forklift inspection reports',
    'el jefe nos obliga a falsificar los registros de seguridad',
    'on nous oblige à falsifier le registre de sécurité',
    "il capo ci timbra l'uscita prima e si tiene la differenza",
    'supervisor edits our timesheets to cut our hours and keeps the money',
    'boss changes our punch times so we dont get paid for the overtime',
    'my boss makes me lie on the safety inspection checklist',
    "we're told to sign off the forklift checks without doing them",
    'the lead fills in the fire extinguisher log without ever checking them',
    'el encargado nos marca la salida antes de tiempo y se queda con la diferencia',
    'mi jefe me obliga a mentir en la hoja de inspeccion de seguridad',
    'le chef nous fait pointer la sortie plus tôt et garde la différence',
    "mon patron m'oblige à mentir sur la fiche d'inspection de sécurité",
    'il capo mi fa mentire sulla lista dei controlli di sicurezza',
  ])('is urgent, fraud: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('fraud');
  });
  it.each([
    'my manager lets us clock out early on fridays',
    'the safety inspection checklist is too long, can we shorten it',
    'we can keep the difference when we swap shifts',
    'olvidé marcar la salida ayer, pueden corregirlo',
    "j'ai oublié de pointer hier soir",
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('promotion kept for one race, sex or faith', () => {
  it.each([
    'they only promote the white guys here, us black workers never get the lead spots',
    'only the white staff get promoted here',
    'women never get the supervisor roles here',
    'they only ever promote men to team lead',
    'solo promueven a los hombres blancos',
    'ils ne nomment que des hommes aux postes de chef',
    'only men get promoted to supervisor here, women never do',
    'the hispanic guys always get the worst shifts and never get raises',
    "if you're not white you don't get promoted here",
    "they passed me over for promotion because I'm black",
    'the muslim staff never get the lead positions',
    'solo ascienden a los blancos, a los latinos nunca nos dan puestos de encargado',
    'aquí solo ascienden a los hombres, las mujeres nunca',
    "ici ils ne promeuvent que les blancs, les noirs n'ont jamais les postes de chef",
    "on ne m'a pas donné la promotion parce que je suis noir",
  ])('is urgent, discrimination: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('discrimination');
  });
  it.each([
    'they only promote people from inside, never hire outside leads',
    "only the best people get promoted, that's fair",
    'the white board in the break room is always full',
    'got promoted to lead this week!',
    'the black and white printer is broken again',
    'ils ne promeuvent que les anciens',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('fall gear worn through, machines giving off smoke', () => {
  it.each([
    'nobody checks the harnesses anymore, half of them are frayed and we work 30 feet up',
    'half the lanyards are frayed',
    'the generator is smoking in the back',
    'la carretilla esta echando humo',
    'la machine fume depuis ce matin',
    'il motore sta fumando',
    'los arneses están deshilachados y trabajamos a 10 metros',
    'the lanyards are torn and we still have to use them on the roof',
    'the rope for the hoist is frayed',
    'the ladder on the loading bay is broken',
    'scaffold planks are cracked and nobody fixes them',
    'the compressor is smoking',
    'smoke coming out of the forklift engine',
    'el compresor esta echando humo',
    'los arneses estan rotos y trabajamos en altura',
    'sale humo del motor de la carretilla',
    'le compresseur fume',
    'les harnais sont usés et on travaille à 10 mètres',
    'il compressore fa fumo',
  ])('is urgent, safety: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });
  it.each([
    'the smoking area is too far away',
    'we got new harnesses, the old frayed ones were thrown away',
    'the torn lanyards got replaced last week',
    // Gear of everyday life, not of work at height (a fresh re-attack's false alarms).
    'the rope for the flag pole is frayed',
    'the lanyard for my keys is torn',
    'my phone lanyard snapped again lol',
    'the rope on the tent is frayed, camping was still fun',
    'the ropes for the bunting are all frayed',
    'my badge lanyard is falling apart, can we get new ones',
    'the old frayed harness is in the bin, new ones are great',
    'he smokes every break',
    'new harnesses arrived today, thanks',
    'the harness training was good',
    'el jefe esta echando humo porque llegamos tarde',
    'los arneses nuevos llegaron hoy',
    'il fume comme un pompier pendant la pause',
    'le compresseur fait beaucoup de bruit',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('a plan with no object and a day', () => {
  it.each([
    'idk who else to tell but i have a plan and im going to do it this weekend',
    'i have a plan. im doing it this weekend',
    'ive got a plan!! gonna do it tonight',
    'dont know who to talk to but ive got a plan and ill do it after my shift',
    'i have my plan ready, doing it friday',
    'tengo un plan y lo hago mañana',
    "j'ai tout prévu, je le fais demain",
    'i have it all planned out, im going to do it tonight',
    "i've decided, i'm going to end it this weekend",
    "i've made my plan and i'm doing it on sunday",
    'ya tengo un plan y lo voy a hacer este fin de semana',
    'no se a quien decirle pero ya lo tengo decidido, este fin de semana lo hago',
    "j'ai un plan et je vais le faire ce week-end",
    "je ne sais pas à qui le dire mais c'est décidé, je le fais ce soir",
  ])('is urgent, self-harm: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('self-harm');
  });
  it.each([
    'i have a plan for the project and im going to do it this weekend',
    'I have a plan. The team is going to do it tomorrow',
    "i have a plan and we're going to do it this weekend",
    "i have a plan for the rota and i'm going to do it tomorrow",
    "we have a plan for the move and we're doing it this weekend",
    "I have a plan to get fit and I'm going to start this weekend",
    'idk who else to tell but the coffee machine is broken',
    'tengo un plan para el inventario y lo voy a hacer este fin de semana',
    "j'ai un plan pour le rangement et je vais le faire ce week-end",
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('a safety record written false is fraud and a danger', () => {
  it.each([
    'my boss makes me lie on the safety inspection checklist',
    'the lead fills in the fire extinguisher log without ever checking them',
    'shift lead makes us fake the temperature logs for the health inspector',
    'boss wants me to backdate the forklift inspection reports',
    'mi jefe me obliga a mentir en la hoja de inspeccion de seguridad',
    'el jefe nos obliga a falsificar los registros de seguridad',
    "mon patron m'oblige à mentir sur la fiche d'inspection de sécurité",
    'on nous oblige à falsifier le registre de sécurité',
    'il capo mi fa mentire sulla lista dei controlli di sicurezza',
  ])('%s', (text) => {
    expect(detectUrgency(text).categories).toEqual(['safety', 'fraud']);
  });
});

describe('a threat to kill the writer is a threat, not their wish to die', () => {
  it.each([
    "il m'a dit qu'il va me renvoyer et me tuer",
    "mon chef a dit qu'il allait me tuer",
    'il va me tuer',
    'mi ammazza',
    'lui mi ammazza, aiutatemi',
    'il capo ha detto che mi ammazza',
    'dijo que me va a despedir y matar',
  ])('is a threat, never self-harm: %s', (text) => {
    const { categories } = detectUrgency(text);
    expect(categories).toContain('threat');
    expect(categories).not.toContain('self-harm');
  });
  it.each([["il m'a dit qu'il va me renvoyer et me tuer"], ['dijo que me va a despedir y matar']])(
    'a threat to fire and to kill is harassment and a threat: %s',
    (text) => {
      expect(detectUrgency(text).categories).toEqual(['harassment', 'threat']);
    },
  );
  it.each(['je vais me tuer', 'mi ammazzo', 'me voy a matar'])(
    "the writer's own wish to die stays self-harm: %s",
    (text) => {
      expect(detectUrgency(text).categories).toContain('self-harm');
    },
  );
  it.each([
    'questo caldo mi ammazza',
    'il capo mi ammazza se arrivo in ritardo',
    'il capo mi uccide con tutte queste riunioni',
    'ce travail me tue',
  ])('a thing that "kills" the writer stays a complaint: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
