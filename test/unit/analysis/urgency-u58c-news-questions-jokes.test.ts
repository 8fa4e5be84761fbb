import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Promise 1, u58c (from the att57 attack's false alarms): texts that page nobody, and the reports beside them that
 * still page.
 * - News of a fire or an accident elsewhere, outside English ("hubo un incendio en la fábrica de al lado según las
 *   noticias", "czytałem że w fabryce w łodzi był pożar"): urgency/news-of-harm-elsewhere.ts.
 * - "What do I do if…?" asked in the first person or in Polish and Tagalog ("¿qué hago si hay un incendio en el
 *   comedor?", "co robić jeśli ktoś zemdleje na linii?"): urgency/procedure-questions-more.ts.
 * - What to do if a colleague ever speaks of suicide, asked (en fr es): urgency/self-harm-asked-about.ts.
 * - Killing oneself said as an English joke ("killing myself laughing", "gonna kill myself if they play that song
 *   again"): urgency/self-harm-jokes.ts.
 * Tuned on att57's examples 0 -> 13 of 14 calm (the French "vu aux infos qu'il y a eu…" still reads as a threat: not
 * here). Held back, written after the first draft
 * of the rules and never tuned on: 5 -> 12 of 17 calm (the five that still page read as a threat, harassment or self-harm,
 * not safety: not here). Calm look-alikes 6 of 6 kept; still urgent 14 of 14.
 */

const TUNED_CALM = [
  'hubo un incendio en la fábrica de al lado según las noticias',
  'ho visto al tg che c’è stato un incendio in una fabbrica a milano',
  'czytałem że w fabryce w łodzi był pożar, straszne',
  'vieron las noticias del incendio en la fábrica de otra empresa?',
  '看新闻说广东一家工厂着火了，好可怕',
  '¿qué hago si hay un incendio en el comedor? ¿hay protocolo?',
  '¿cómo reporto si hay una fuga de gas?',
  'co robić jeśli ktoś zemdleje na linii?',
  'killing myself laughing at the christmas party photos',
  "i'm gonna kill myself if they play that song again",
  'that meeting made me want to jump out the window lmao',
  'what is the procedure if a coworker threatens suicide? asking for training',
  'que faire si un collègue parle de suicide ? c’est pour la formation',
];

// Written after the rules for the suicide question (urgency/self-harm-asked-about.ts).
const WRITTEN_AFTER_CALM = [
  '¿qué hago si un compañero habla de suicidio?',
  'what do i do if someone talks about killing themselves? asking for our toolbox talk',
  'quelle est la procédure si quelqu’un évoque le suicide ?',
];

const HELD_BACK_CALM = [
  'vi no jornal que teve um incêndio numa fábrica em campinas',
  'nabalitaan ko na may sunog sa pabrika sa valenzuela',
  'salió en el periódico que explotó una caldera en una planta de monterrey',
  'nel telegiornale hanno detto che è esploso un deposito a napoli',
  '¿qué debo hacer si alguien se desmaya en la línea?',
  "qu'est-ce que je fais si quelqu'un se coupe avec le cutter ?",
  'che faccio se qualcuno si sente male al reparto?',
  'was soll ich tun, wenn es in der halle brennt?',
  'co powinienem zrobić, jeśli ktoś się poparzy?',
  'ano ang gagawin ko kung may sunog sa bodega?',
  'i nearly killed myself laughing when he fell asleep in the meeting',
  "i'll shoot myself if they make us do that icebreaker again",
];

const CALM_LOOK_ALIKES = [
  'the fire drill is on friday at 10',
  '¿a qué hora es la reunión de mañana?',
  "j'ai vu aux infos que le match est reporté",
  'ich habe in den nachrichten gelesen, dass die tarife steigen',
  'w wiadomościach mówili, że będzie ładna pogoda',
  'that song is killing me lol',
];

// A fire or a collapse here, a question that is itself a report: the site's safety owner.
const STILL_SAFETY = [
  'hay un incendio en la nave 3',
  'what do I do, someone fainted on line 2??',
  '¿qué hago? hay humo saliendo del compresor y huele a quemado',
  '¿qué hago si hay un incendio en la nave 3 ahora?',
  "au secours il y a le feu dans l'atelier, qu'est-ce que je fais ?",
  'es brennt in halle 2, was mache ich?',
  'pali się w magazynie, co mam robić?',
  // "La prensa" is the press machine, not the papers.
  'a un operario se le quedaron los dedos en la prensa, sangra mucho',
];

// A plain self-harm statement, and news of one's own plant with a brother inside: someone is paged.
const STILL_SELF_HARM = [
  'i want to kill myself',
  "i'm going to kill myself tonight, i'm done",
  "i'll kill myself if they fire me",
  'what do I do, my coworker says he wants to kill himself',
  'mi compañero habla de suicidio, ¿qué hago?',
  'que faire ? mon collègue parle de se suicider',
];

describe('news elsewhere, procedure questions and jokes (u58c)', () => {
  it.each([...TUNED_CALM, ...HELD_BACK_CALM, ...WRITTEN_AFTER_CALM, ...CALM_LOOK_ALIKES])(
    'Should page nobody for %j',
    (text) => {
      expect(detectUrgency(text).urgent).toBe(false);
    },
  );

  it.each(STILL_SAFETY)('Should still page the site’s safety owner for %j', (text) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain('safety');
  });

  it.each(STILL_SELF_HARM)('Should still page the self-harm owner for %j', (text) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain('self-harm');
  });

  it('Should still page someone when the news is of our own plant with someone inside', () => {
    expect(
      detectUrgency('vi en las noticias que se está quemando nuestra planta y mi hermano sigue adentro').urgent,
    ).toBe(true);
  });
});
