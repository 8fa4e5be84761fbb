import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { detectTopics } from '../../../shared/domain/topics';
import { routeToSponsor } from '../../../shared/domain/escalation';
import { caseEscalation } from '../../../shared/use-cases/escalate-if-needed';
import { analysisMessage } from '../../support/analysis-messages';
import { exampleConfig } from '../../support/fixtures';
import { escalateUnread } from '../../support/unanalysable-escalation';

/** Who at Plant 2 is emailed about a report, as analysis reads and routes it. */
const ownerAtPlant2 = async (text: string) => {
  const { escalated, queued } = await escalateUnread(
    exampleConfig,
    analysisMessage({ channel: 'web', site: 'plant2', escalate: false, text }),
  );
  expect(escalated).toBe(true);
  return { owner: routeToSponsor(exampleConfig, 'plant2', queued[0]!.topics).id, topics: queued[0]!.topics };
};

/** What analysis raises for a text, keywords and the detector on the raw words (urgent-topic-keywords.test.ts). */
const escalationOf = (text: string) =>
  caseEscalation(exampleConfig, {
    message: analysisMessage({ text, site: 'plant2' }),
    sentiment: 'NEUTRAL',
    topics: detectTopics(text, exampleConfig.topics),
    redactedText: text,
    urgentCategories: detectUrgency(text).categories,
  });

// Blind attack att40, F3: a friendly opening and an aside ("a tak w ogóle", "übrigens") before a danger chose its
// kind from the opening's words ("grafik", the schedule: fraud), and the report reached the CEO, not the plant's
// safety owner. The opening must not change whose it is.
describe('a danger told after an opening and an aside', { timeout: 60_000 }, () => {
  it.each([
    'Dzień dobry, mam pytanie o grafik\na tak w ogóle to Marek leży pod wózkiem widłowym i krzyczy',
    'Hallo, ich habe eine Frage zum Dienstplan. Übrigens liegt Jens unter dem Gabelstapler und schreit',
  ])('Should reach the plant’s health and safety owner, as the danger alone would: %j', async (text) => {
    const { owner, topics } = await ownerAtPlant2(text);
    expect(topics).toContain('safety');
    expect(owner).toBe('plant2-gm');
  });

  it('Should keep the kind of a danger told before the aside', () => {
    expect(
      detectUrgency('there is smoke coming out of the paint booth. btw the rota is wrong again').categories[0],
    ).toBe('safety');
  });
});

// F8: an armed man waiting in the car park went to the owner of harassment alone; he endangers whoever walks out.
describe('someone armed waiting on site', { timeout: 60_000 }, () => {
  it.each([
    'her husband is in the parking lot with a bat waiting for her to come out',
    'her ex is sitting in his truck in the lot with a machete, waiting for her shift to end',
    'su ex está en el estacionamiento con un bate esperando a que salga',
    'le mari de Sophie attend sur le parking avec une batte',
  ])('Should reach the plant’s health and safety owner: %j', async (text) => {
    const { owner, topics } = await ownerAtPlant2(text);
    expect(topics).toContain('safety');
    expect(owner).toBe('plant2-gm');
  });

  it.each([
    'waiting in the parking lot with a bat for softball practice',
    'the security guard sits in the parking lot with a gun every night, makes me feel safe',
  ])('Should not read a game or a guard as danger: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

// F4: praise in slang of work at a machine, and a cold room's door to repair with nobody inside, spent urgent
// safety emails. They are counted under their topic and escalate nothing; a real report beside them stays urgent.
describe('praise in slang and a repair asked for', () => {
  it.each([
    'the new guy is a beast on the forklift, fastest loader we have',
    'the new forklift drivers are killing it this month',
    'Maria is crushing it on the forklift, best picker on the shift',
    'Priya is an absolute machine on the forklift, 40 pallets before lunch',
  ])('Should not escalate %j, but count it under health and safety', (text) => {
    expect(detectTopics(text, exampleConfig.topics)).toContain('safety');
    expect(escalationOf(text)).toBeUndefined();
  });

  it.each([
    'the freezer door is jammed again, please fix it',
    'la puerta del congelador está atascada otra vez, arréglenla por favor',
    'walk-in cooler door keeps sticking, can maintenance look at it',
  ])('Should not escalate the repair %j', (text) => {
    expect(escalationOf(text)).toBeUndefined();
  });

  it.each([
    'the forklift driver is a beast, he nearly ran over Jose and laughed',
    'the freezer door is jammed and Ana is still inside, we cant get it open',
    'the freezer door is jammed from the inside, someone is locked in',
    'fire exit is jammed again, please fix it',
    'the forklift brakes are broken, please fix it before someone gets hurt',
  ])('Should still escalate %j', (text) => {
    expect(escalationOf(text)?.reasons).toContain('urgent-topic');
  });
});
