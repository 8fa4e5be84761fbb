import { describe } from 'vitest';
import { detectRuleUrgency } from '../../../shared/analysis/urgency';
import { eachText, eachCategory } from '../../support/urgency-table';

// A negation that denies the hazard itself cancels it; one that denies
// something else (a verb: reported, stand, told) does not. Read by the
// phrase rules alone, so the learned model cannot hide a regression here.
describe('urgency rules and negation', () => {
  eachText(
    'Should not escalate a hazard that is denied: %j',
    [
      'The fire exit is not blocked',
      'The fire exit is not blocked anymore, thanks for sorting it',
      'there is no harassment here',
      'there was no sexual harassment, just a misunderstanding',
      'nobody was hurt',
      'La salida de emergencia no está bloqueada',
      'No hay ningún tipo de acoso en mi equipo',
      "La sortie de secours n'est pas bloquée",
      'Der Notausgang ist nicht blockiert',
      "L'uscita di emergenza non è bloccata",
      'Wyjście ewakuacyjne nie jest zablokowane',
      '消防通道没有被堵',
      'لا يوجد تحرش في القسم',
    ],
    detectRuleUrgency,
    'calm',
  );

  eachCategory(
    'Should still escalate %s when the negation is about something else: %j',
    [
      ['threat', 'I never reported the assault'],
      ['harassment', 'I never reported the harassment because I was scared'],
      ['harassment', 'No aguanto el acoso de mi jefe'],
      ['harassment', 'Nunca denuncié el acoso de mi supervisor'],
      ['harassment', "Je n'ai jamais signalé le harcèlement de mon chef"],
      ['safety', "the emergency door won't open"],
      ['safety', "we don't have harnesses on the roof"],
      ['safety', 'nobody can get out if there is a fire, the back door is chained'],
      ['safety', 'The fire exit is blocked'],
      ['safety', '消防通道被堵了'],
    ],
    detectRuleUrgency,
  );
});
