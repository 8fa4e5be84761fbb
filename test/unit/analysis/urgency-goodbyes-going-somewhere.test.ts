import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * A goodbye that names where the writer goes next (home, a city, another branch, a new job, retirement, maternity
 * leave, studies, the last day at work) is a colleague leaving, not a farewell for good
 * (shared/analysis/urgency/goodbyes-going-somewhere.ts). Blind round 37 found such goodbyes escalated as self-harm
 * to the executive who handles it. A goodbye with a plan, a means or hopelessness anywhere in the text stays self-harm,
 * next step or not.
 */
const clock = { now: () => new Date('2026-12-06T10:00:00Z') };
const read = (text: string) => detectUrgency(text, clock);

describe('urgency: a goodbye with somewhere to go is calm, in ten languages', () => {
  it.each([
    "I'm moving back home on sunday, I wrote letters to my family to tell them",
    'I wrote farewell letters to my team, I start my new job in Austin next month',
    'El viernes es mi último día, me despido de todos con cariño',
    'me despido de todos, me mudo a Monterrey con mi familia el mes que viene',
    'Despeço-me de todos, vou me mudar para o Porto no sábado',
    'Am Sonntag verabschiede ich mich von meiner Familie, ich ziehe nach Berlin',
    'Ich verabschiede mich von euch allen, ich gehe in Rente. Danke für alles',
    'Paalam na sa lahat, lilipat na ako sa ibang branch sa Biyernes',
    'Huling araw ko na bukas, uuwi na ako sa probinsya. Paalam sa inyong lahat',
    "c'est mon dernier jour, je pars en congé maternité, au revoir à tous",
    'Oggi è il mio ultimo giorno, mi trasferisco a Milano. Ciao a tutti!',
    'Żegnam się z wszystkimi, przeprowadzam się do Gdańska w przyszłym tygodniu',
    'Прощаюся з усіма, переїжджаю до Львова в неділю',
    'Orevwa tout moun, m ap deplase nan lot branch la lendi',
  ])('calm: %s', (text) => {
    expect(read(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    "I won't be around after friday, I wrote letters to everyone",
    "moving back home on sunday but honestly i won't be around much longer, wrote letters to my family",
    'les dejo mis cosas, ya no voy a estar',
    'me mudo a casa de mis padres el domingo, pero ya les dejé las cartas, ya no voy a estar',
    'Ich ziehe nach Berlin, aber eigentlich will ich nicht mehr leben. Lebt wohl',
    "Je pars à Lyon mais j'ai les médicaments, ce soir j'en finis. Adieu",
    'Vi saluto tutti, non ci sarò più dopo venerdì, ho già scritto le lettere',
    'Żegnam się ze wszystkimi, nie będzie mnie już, nie mam po co żyć',
    'Despeço-me de todos, não vou estar mais aqui na segunda, já deixei as cartas escritas',
  ])('self-harm still: %s', (text) => {
    expect(read(text).categories).toContain('self-harm');
  });

  it('a report beside the goodbye is still read', () => {
    expect(read("my supervisor punched me, so I'm moving to the Leeds branch on monday. Goodbye everyone").urgent).toBe(
      true,
    );
  });
});
