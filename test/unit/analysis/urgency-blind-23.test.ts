import { describe, expect, it } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Blind round 23: 232 messages written before the detector's word lists were read, as employees send them by SMS,
 * web form or kiosk (urgency-blind-23.jsonl: text, urgent, category, language, why), in 22 languages with slang,
 * typos, emoji, all caps and code-switching. 149 urgent: injuries, fire, blocked exits, gas, chemicals, violence and
 * weapons, sexual harassment, self-harm, someone missing, trapped or unconscious, a child or a care resident in
 * danger, unsafe vehicles, forced unpaid work and signed checks nobody did; 83 calm look-alikes: figures of speech,
 * drills, courses, praise, questions, old accidents put right.
 *
 * The labels were decided before the first run, but for one kind: an extinguisher "expired" was written calm (an
 * English row of round 22 called an inspection tag run out paperwork) while de, es, fr, it, pt, pl, tl, zh and ar
 * already read it as urgent. Decided once, for every language: urgent. It is the one thing at hand when a fire starts,
 * "expired" is how people say it may not work, and checking it today costs the sponsor a walk; a tag, label or the
 * paperwork run out stays calm. The eight rows were relabelled to match. Reversed in session 41 (calm41, the lead's
 * brief: "a maintenance item, no danger now", a false alarm that spends a sponsor's urgent mail): the seven rows in en,
 * es, fr, pt, de, it and pl are calm again; an empty, missing or used extinguisher, or one beside a fire, stays urgent.
 *
 * Before any change: 139 of 149 urgent found and 6 of 83 calm flagged (on the labels as they stand).
 */
const rows = readBlindRows(new URL('./urgency-blind-23.jsonl', import.meta.url));

/*
 * The one known miss of this round, an errand to a colleague's truck after a shift that the learned model read as
 * harassment and a threat, was fixed in round 24 (an errand fetching things from a colleague's vehicle is not the
 * model's to read; being told to get in is): it is held to its label now.
 */
const KNOWN = new Map<string, string>();

describe('urgency blind round 23', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 190, urgentShare: [0.55, 0.7], minLanguages: 20 });
});

/*
 * Each miss and false alarm was fixed as a kind of report, not as its phrase: other wordings of each kind, in the
 * language that missed it and its neighbours, and the calm look-alikes each fix must leave alone.
 */
describe('urgency blind round 23: the kinds fixed', () => {
  it.each([
    // Someone gone into a silo, bin or tank and not back after a time said (the known gap of earlier rounds).
    'jose went into the silo to clear it, still not back, 45 min',
    'Kev climbed into the hopper at 3, its been 40 minutes and hes not back out',
    'Pedro se metió al silo hace 40 minutos y no ha vuelto',
    "Marc est descendu dans la cuve il y a 40 minutes et il n'est toujours pas revenu",
    // An extinguisher empty, a safeguard gone (one past its date is calm since session 41: below).
    'the extinguisher is empty',
    // A charging area sparking; people still inside a fire; someone grey and sweaty; a vehicle with no beeper.
    'the battery room is sparking and nobody has shut it off',
    'fire in unit 4, two guys still in there',
    'the driver is pale and sweaty and says his arm is numb',
    'the reach truck has no reversing alarm and they still send it down the pedestrian aisle',
    // Self-harm started again; jumping from a bridge said in the present; a wish not to live in Hindi.
    "i've been self harming again since the review",
    'hoy me tiro del puente, ya no puedo',
    'ce soir je me jette du pont',
    'मुझे अब जीना नहीं है',
    // A weapon someone has, in German.
    'Der Kunde am Schalter hat ein Messer',
  ])('Should read %s as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    // Waiting that is a lift or an errand; money bleeding; results not back.
    'he will wait outside',
    'my ride will be waiting outside the gate at 6',
    'the company is bleeding customers and nobody cares',
    'he is bleeding money on that van of his',
    'the tank results are still not back, 2 hours now',
    'el informe del tanque todavía no ha vuelto',
    // An extinguisher past its date is a maintenance item, no danger now (calm41, session 41, reversing this round's
    // decision in en es fr pt de it pl); its tag or paperwork run out is a record to update; one that is fine is fine.
    'the extinguisher is expired',
    'fire extinguishers on the mezzanine are all out of date',
    'gaśnica przy wejściu jest przeterminowana, proszę wymienić',
    'el extintor está vencido, hay que cambiarlo',
    'the extinguisher tag in the canteen expired last month, can someone update the paperwork',
    'the extinguisher is not expired, I checked',
    // A course about a danger; a shop that "opened" with a fire emoji; burnt toast's smoke; an old spill put right.
    'The active shooter awareness session was actually useful, please run more of those',
    'the new cafe opened 🔥🔥 best coffee in town',
    'smoke alarm went off because someone burned popcorn again, all fine',
    'back in 2023 there was a diesel spill in the yard; the new interceptor has worked well ever since',
    // Cutting costs, jumping into a project, a cook's knife, a swimming pool.
    "i've been cutting costs again this quarter",
    'je me lance dans un nouveau projet',
    'Er hat ein neues Messer gekauft',
    'me tiro a la piscina, hace calor',
    'मुझे जीना है',
  ])('Should read %s as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
