import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * A farewell for good said without the word (shared/analysis/urgency/veiled-farewells.ts): going to a better place, a
 * last goodbye, the others spared the writer, the means made ready with an end beside them. Blind round 37 found
 * these calm; they reach whoever handles self-harm. A better place to work or live, a last goodbye at a funeral, and
 * pills lined up for someone else stay calm.
 */
const clock = { now: () => new Date('2026-12-06T10:00:00Z') };
const read = (text: string) => detectUrgency(text, clock);

describe('urgency: a farewell for good said without the word is self-harm', () => {
  it.each([
    'going to a better place soon, goodbye everyone',
    "this is my last goodbye, you won't have to deal with me anymore",
    'got the pills lined up, friday night i am done',
    'Me despido de todos, me voy a un lugar mejor',
    'ya no van a tener que aguantarme, este es mi último adiós',
    "c'est mon dernier adieu, vous n'aurez plus à me supporter",
    'vocês não vão mais precisar me aguentar, esse é meu último adeus',
    'Am Freitag verabschiede ich mich für immer, die Tabletten liegen bereit',
    'non dovrete più sopportarmi, questo è il mio ultimo addio',
    'nie będziecie musieli mnie już znosić, to moje ostatnie pożegnanie',
    'Paalam na sa lahat, hindi nyo na ako makikita, pagod na akong mabuhay',
    'Прощавайте всі, більше ви мене не побачите, я втомився жити',
    'Orevwa tout moun, m pap la anko, m fatige viv',
  ])('self-harm: %s', (text) => {
    expect(read(text).categories).toContain('self-harm');
  });

  it.each([
    "we're moving to a better place with a garden next spring",
    "I left for a better place to work and I'm much happier now",
    'we said our last goodbye to Tom at the funeral on friday',
    'this is my last goodbye party invite, hope you all come friday!',
    "got grandma's pills lined up for the week, all sorted",
    'die Tabletten liegen bereit für Oma, Montag bringe ich sie vorbei',
    'm pap la ankò nan biwo a, m ap demenaje Miami',
    'ви мене більше не побачите в офісі, бо я переходжу на віддалену роботу',
  ])('calm: %s', (text) => {
    expect(read(text)).toEqual({ urgent: false, categories: [] });
  });
});
