import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { UrgencyCategory } from '../../../shared/analysis/urgency/types';

/*
 * What att48 (2026-12-07) still found calm or sent to one owner of two, read as classes (u51a): veiled sexual pressure
 * and touching in Russian (harassment); a slur beside a threat, where both owners must be told (discrimination and
 * threat); a guard or a fire exit told by what it is for, not by its name (safety); a fee to be paid before a start
 * date (fraud); trafficking told in Italian (harassment, as in Spanish and Portuguese); a machine started by itself
 * with only a first name after it, in German (safety). Each row: the kinds whose owners must be told, then the text.
 */

type Row = readonly [kinds: readonly UrgencyCategory[], text: string];

// Tuned on: att48's texts.
const TUNED: Row[] = [
  [['harassment'], 'начальник намекает что продление контракта будет если я приду к нему домой вечером'],
  [['harassment'], 'мастер сказал, если будешь поласковее, получишь премию'],
  [['discrimination', 'threat'], "назвав мене хохлом і сказав що вб'є мене"],
  [['discrimination', 'threat'], 'el supervisor me dijo pinche indio y que me va a partir la madre'],
  [['discrimination', 'threat'], 'tinawag akong bakla at sabi papatayin daw niya ako'],
  [['safety'], 'the thing they put on the saw so you dont lose fingers, they took it off to go faster'],
  [['safety'], 'the door at the back we run to when the bell rings, its got a padlock now'],
  [['fraud'], "400 dollars up front or you don't get a start date"],
  [['harassment'], 'ci hanno preso i passaporti e dicono che dobbiamo pagare il debito prima di andare via'],
  [['safety'], 'die Presse ist angesprungen, Jonas war noch drin'],
];

// Written before the rules changed, in other words and languages, never tuned on.
const HELD_BACK: Row[] = [
  [['harassment'], 'бригадир сказал что смену дадут только если я останусь с ним после работы наедине'],
  [['harassment'], 'директор постоянно трогает меня за грудь'],
  [['harassment'], 'начальник требует переспать с ним иначе уволит'],
  [['harassment'], 'менеджер предлагает премию за интим'],
  [['harassment'], 'он лапает девочек на складе каждый день'],
  [['discrimination', 'threat'], 'бригадир обозвал меня хачом и пообещал убить после смены'],
  [['discrimination', 'threat'], "він обзиває мене кацапом і каже що приб'є"],
  [['discrimination', 'threat'], 'me gritó indio de mierda y dijo que me va a romper la cara'],
  [['discrimination', 'threat'], 'sabi ng foreman bakla ka raw at babarilin daw niya ako'],
  [['discrimination', 'threat'], 'nazwał mnie czarnuchem i powiedział że mnie zabije'],
  [['discrimination', 'threat'], 'me chamou de macaco e disse que vai me matar na saída'],
  [['discrimination', 'threat'], 'o encarregado me chamou de viado e falou que vai me encher de porrada'],
  [['safety'], 'the cover that stops your hand going into the blades, somebody unscrewed it so the line runs faster'],
  [['safety'], 'lo que le ponen a la sierra para que no te cortes los dedos lo quitaron para ir más rápido'],
  [['safety'], 'aquela peça que impede a mão de entrar na prensa, tiraram pra ir mais rápido'],
  [['safety'], 'das Ding an der Säge, damit man sich nicht die Finger abschneidet, haben sie abgebaut'],
  [['safety'], "le truc sur la scie qui empêche de se couper les doigts, ils l'ont enlevé pour aller plus vite"],
  [['safety'], "the door we're supposed to use if there's a fire is chained shut"],
  [['safety'], 'la puerta por donde salimos cuando suena la alarma ahora tiene candado'],
  [['safety'], 'a porta que a gente usa pra fugir quando toca o alarme está trancada com cadeado'],
  [['safety'], 'die Tür, durch die wir bei Alarm rausmüssen, ist jetzt mit einem Vorhängeschloss zu'],
  [['safety'], "la porte par où on sort quand l'alarme sonne est fermée avec un cadenas maintenant"],
  [['fraud'], 'they want 300 bucks before my first day or no job'],
  [['fraud'], 'you have to pay the agency 250 before they give you a start date'],
  [['fraud'], 'tienes que pagar 500 pesos por adelantado o no te dan fecha de ingreso'],
  [['fraud'], 'tem que pagar 300 reais antes de começar senão não te chamam'],
  [['fraud'], 'trzeba zapłacić 500 zł z góry, inaczej nie dostaniesz daty rozpoczęcia pracy'],
  [['harassment'], 'ci hanno tolto i passaporti e ci chiudono a chiave nel dormitorio'],
  [
    ['harassment'],
    'il padrone tiene i nostri documenti e dice che dobbiamo ripagare il debito del viaggio, non possiamo andarcene',
  ],
  [['safety'], 'die Stanze ist von allein losgegangen und Mehmet stand noch dazwischen'],
  [['safety'], 'das Band ist plötzlich angelaufen, Petra hatte noch die Hand drin'],
];

// Written after the first rules and probed once (18 of 22 read right); the four misses (two in Russian, "me dice
// maricón … una madriza", "a grade … foi retirada") were then tuned on.
const SECOND_LOOK: Row[] = [
  [['harassment'], 'управляющий дал понять что повышение получу только если поеду с ним в сауну'],
  [['harassment'], 'он пишет мне по ночам и говорит что оставит на работе если я буду с ним спать'],
  [['harassment'], 'прораб хватает меня за задницу когда никто не видит'],
  [['discrimination', 'threat'], 'el encargado me dice maricón y que me va a dar una madriza saliendo'],
  [['discrimination', 'threat'], 'ele me chamou de macaco e falou que vai me quebrar todo'],
  [['discrimination', 'threat'], 'brygadzista wyzywa mnie od ciapatych i mówi że mnie zatłucze'],
  [['discrimination', 'threat'], 'мастер назвал меня узкоглазым и сказал что прибьет'],
  [['discrimination', 'threat'], 'il capo mi chiama terrone di merda e dice che mi spacca la faccia'],
  [['discrimination', 'threat'], 'sinabihan akong unggoy ka at bubugbugin daw ako mamaya'],
  [['safety'], 'the bar that keeps your hands out of the press got zip tied up so they can hit the numbers'],
  [['safety'], 'the emergency door we’re meant to use if theres a fire has a chain on it'],
  [['safety'], 'la tapa que protege los dedos en la cortadora la desmontaron ayer'],
  [['safety'], 'der Notausgang hinten, wo wir bei Feueralarm raus sollen, ist mit einer Kette zu'],
  [['safety'], "la sortie qu'on doit prendre en cas d'incendie est fermée à clé depuis lundi"],
  [['safety'], 'a grade que protege os dedos na serra foi retirada pelo encarregado'],
  [['fraud'], 'recruiter says 500 bucks or you dont get a start date, cash only'],
  [['fraud'], 'el contratista pide 2000 pesos antes de empezar a trabajar'],
  [['fraud'], 'cobram 500 reais pra começar a trabalhar'],
  [['fraud'], 'agencja każe zapłacić 800 zł zanim zaczniesz'],
  [['harassment'], 'le ragazze dormono sopra il ristorante, le chiudono a chiave e non prendono niente'],
  [['harassment'], 'pegaram nossos documentos e não deixam a gente ir embora até pagar a dívida'],
  [['safety'], 'der Roboter ist einfach angelaufen, Sven war noch in der Zelle'],
];

// Look-alikes that must stay calm.
const CALM: string[] = [
  'начальник намекает что премии в этом году не будет',
  'директор пригласил всю команду домой на ужин в пятницу',
  'если будешь стараться, получишь премию, сказал мастер',
  'el supervisor me dijo que el nuevo horario empieza el lunes',
  'papatayin ko na ang ilaw sa bodega',
  'the guard on the saw is back on and working',
  'the thing they put on the saw so you dont lose fingers is really good',
  'the door at the back we run to when the bell rings got a new coat of paint',
  'they put a padlock on the bike shed',
  'I paid 400 dollars up front for my car repair',
  'the start date is monday and the pay is 400 dollars a week',
  'pagué 500 pesos por adelantado para el curso de inglés',
  'paguei a inscrição do curso antes de começar',
  'zapłaciłem z góry za mieszkanie',
  'ho perso il passaporto in vacanza e devo rifarlo',
  'ho un debito con la banca per la macchina',
  'die Presse ist wieder angesprungen nach der Wartung, läuft super',
  'Jonas war noch drin im Meeting als die Kaffeemaschine anging',
  'мастер сказал что премия будет если план выполним',
  'начальник пригласил нас в сауну после корпоратива',
  'the emergency door alarm rings when someone opens it',
  'we locked the door at the back after the fire drill ended',
  'la renta cuesta 2000 pesos y hay que pagar antes de entrar al depa',
  'tuve que pagar 500 pesos antes de empezar el viaje',
  'die Maschine ist angelaufen, alles läuft wieder',
  'ho il passaporto scaduto e non posso partire per le vacanze',
];

const named = (rows: Row[]) => rows.map(([kinds, text]) => [`${kinds.join(' + ')}: ${text}`, kinds, text] as const);

describe('att48 leftovers as classes (u51a)', { timeout: 120_000 }, () => {
  it.each([...named(TUNED), ...named(HELD_BACK), ...named(SECOND_LOOK)])(
    'Should tell the owners of %s, as urgent',
    (_, kinds, text) => {
      const reading = detectUrgency(text);
      expect(reading.urgent).toBe(true);
      for (const kind of kinds) expect(reading.categories).toContain(kind);
    },
  );

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
