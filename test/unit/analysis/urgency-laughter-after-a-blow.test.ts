import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Laughter after a blow (u31, urgency/playful.ts). A threat with a laugh is play; a blow told as done is not made
 * play by a laugh alone ("he punched me lol": people laugh off what hurt them). It is play when the text says so in
 * words: playing, messing around, a play fight, as a joke, for fun ("lol he punched me in the arm playing").
 */
describe('laughter after a blow', () => {
  it.each([
    'he punched me lol',
    'he punched me lol my eye is swollen',
    "lol he actually punched me and i'm bleeding",
    'he slapped me haha and nobody did anything',
    'she kicked me lmao and it hurt so much',
    'Dave hit me lol',
    'me pegó un puñetazo jaja',
    "il m'a frappé mdr j'ai un bleu",
    'er hat mich geschlagen haha',
    'ele me deu um soco kkkk',
    'he shoved me into the racking 😂',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'lol he punched me in the arm playing',
    'we were play fighting and he punched me lol',
    'haha he punched me in the arm messing around',
    'he jokingly punched my shoulder lol',
    'lol she kicked me as a joke while we were messing around',
    'he slapped me on the back haha, good game',
    'jaja me pegó jugando',
    "mdr il m'a frappé pour rire",
    'haha er hat mich aus Spaß geboxt',
    'kkkk ele me deu um soco de brincadeira',
    "I'll kill you if you eat my lunch lol",
    'jaja me pegó jugando al fútbol en el descanso',
    'je vais te tuer si tu manges mon gâteau mdr',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
