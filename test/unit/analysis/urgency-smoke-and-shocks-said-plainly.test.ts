import { describe } from 'vitest';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * Last session's leftovers (u44c): smoke said with Portuguese "há" ("there is", often typed "ha") and an electric
 * shock "taken" in French and Italian read calm, while "tem fumaça na cozinha", "levei um choque" and "prende la
 * scossa" paged the site's safety owner. Each is said plainly by someone on the spot, so it is urgent.
 */
const TUNED = ['há fumaça na cozinha', "j'ai pris un choc électrique", 'ho preso la scossa'];
// Written before the change, never tuned on: other places, people, tenses and spellings.
const HELD_BACK = [
  'ha fumaca no deposito, alguem vem ver',
  'Há muita fumaça na linha 3 agora',
  'há fumo no armazém, cheira a queimado',
  'elle a pris un gros choc électrique en touchant le câble',
  'on prend des chocs électriques sur la machine 4 depuis ce matin',
  'Marco ha preso una scossa dal quadro elettrico',
  'abbiamo preso una brutta scossa dal nastro',
];
// Look-alikes that must stay calm: a saying, a denial, a fright, a label, a feeling.
const CALM = [
  'onde há fumaça há fogo, alguém sabia da demissão',
  'não há fumaça no depósito, foi só vapor da máquina de café',
  "j'ai eu un choc en voyant ma fiche de paie",
  "j'ai pris un choc quand elle m'a annoncé la nouvelle",
  'ho preso una bella scossa emotiva',
  'não tem fumaça nenhuma, era só vapor',
];

describe('smoke and electric shocks said plainly in Portuguese, French and Italian', () => {
  safetyAndCalm([...TUNED, ...HELD_BACK], CALM);
});
