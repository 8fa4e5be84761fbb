import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { urgentTopicsReported } from '../../../shared/analysis/urgency/topic-keywords';
import { detectTopics } from '../../../shared/domain/topics';
import { caseEscalation } from '../../../shared/use-cases/escalate-if-needed';
import { analysisMessage } from '../../support/analysis-messages';
import { exampleConfig } from '../../support/fixtures';

/** What analysis raises for a text, as it reads it: keywords and the detector on the raw words. */
const escalationOf = (text: string, over: { topic?: string; escalate?: boolean } = {}) => {
  const urgentCategories = detectUrgency(text).categories;
  return caseEscalation(exampleConfig, {
    message: analysisMessage({ text, ...over }),
    sentiment: 'NEUTRAL',
    topics: [...new Set([...detectTopics(text, exampleConfig.topics), ...(over.topic ? [over.topic] : [])])],
    redactedText: text,
    urgentCategories,
  });
};

/**
 * A keyword names a topic; it makes a report urgent only where the words
 * report a problem with it. Praise, thanks, a fixed hazard, a course or app
 * named, the writer's joke: counted under the topic, never escalated as
 * "Urgent: Health and safety" with a 4-hour deadline.
 */
describe('an urgent topic’s keyword escalates only a report of a problem', () => {
  it.each([
    'The forklift training course was excellent',
    'the harassment training video was long but informative',
    'The new PPE vending machine is great',
    'Thanks for fixing the wet floor sign so quickly',
    'The anti-bullying workshop was well run',
    'We got new chemical storage cabinets, looks much tidier',
    'I got passed over for the raffle prize lol',
    'Our slippery tile in the lobby was fixed, thanks',
  ])('Should not escalate “%s”, but still count it under its topic', (text) => {
    expect(detectTopics(text, exampleConfig.topics).length).toBeGreaterThan(0);
    expect(escalationOf(text)).toBeUndefined();
  });

  it.each([
    ['Oil on the floor by press 4', 'safety'],
    ['I was threatened by a coworker', 'harassment'],
    ['The forklift in bay 3 has no working horn', 'safety'],
    ['Oil on the floor by press 4 thanks', 'safety'],
    ['wet floor near the canteen', 'safety'],
    ['The forklift training was great but the forklift in bay 3 has no horn', 'safety'],
    ['Thanks for the new PPE. The chemical cabinet is leaking again', 'safety'],
    ['I keep getting passed over because of my age', 'discrimination'],
    ['ＯＩＬ ＯＮ ＴＨＥ ＦＬＯＯＲ by the press', 'safety'],
    // A thing named near the keyword, not described by it: the keyword is still the trouble.
    ['oil on the floor near the training room', 'safety'],
    ['chemicals in the storage room are unlabelled', 'safety'],
    ['spill by the vending machines in hall B', 'safety'],
    // A course or sign judged badly is a report about it.
    ['forklift training is a joke, nobody checks licences', 'safety'],
    ['the harassment training was rushed and skipped half the content', 'harassment'],
  ])('Should still escalate “%s” as urgent', (text, topic) => {
    const escalation = escalationOf(text);
    expect(escalation?.reasons).toContain('urgent-topic');
    expect(escalation?.topics).toContain(topic);
  });

  it('Should still escalate praise when the employee chose an urgent topic or asked for it', () => {
    expect(escalationOf('The forklift training course was excellent', { topic: 'safety' })?.reasons).toEqual([
      'urgent-topic',
    ]);
    expect(escalationOf('The forklift training course was excellent', { escalate: true })?.reasons).toEqual([
      'requested',
    ]);
  });

  it('Should read any text without throwing, and find a keyword stated as a problem after any praise', () => {
    const keywords = exampleConfig.topics.filter((t) => t.urgent).flatMap((t) => t.keywords);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Array.isArray(urgentTopicsReported(text, exampleConfig.topics))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...keywords),
        fc.constantFrom('', 'The training was excellent, ', 'Thanks for the new app. ', 'lol '),
        (keyword, before) => {
          const text = `${before}there is a ${keyword} problem by press 4 and nobody came`;
          expect(urgentTopicsReported(text, exampleConfig.topics).length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

/**
 * Praise first never hides a hazard: trouble in the keyword's sentence, or in
 * the next one that refers back to it, makes the report one. And asking,
 * buying, selling, a figure of speech or a register named is not a report.
 */
describe('praise never cancels trouble near a keyword, and questions and purchases are not reports', () => {
  it.each([
    'Kudos on the new PPE station. Half of the shelves are empty by the grinders',
    'Lovely wet floor sign, nearly cracked my skull on the tiles anyway',
    'Great forklift refresher, shame my mate got pinned against the racking on Friday',
  ])('Should escalate “%s” as urgent, whatever praise comes first', (text) => {
    expect(escalationOf(text)?.reasons).toContain('urgent-topic');
  });

  it('Should read trouble in the sentence after the praise, where "it" or "they" points back at the keyword', () => {
    const keywords = exampleConfig.topics.filter((t) => t.urgent).flatMap((t) => t.keywords);
    fc.assert(
      fc.property(
        fc.constantFrom(...keywords),
        fc.constantFrom('Kudos on the', 'Loved the new', 'Thanks for the', 'Great job with the', 'lol nice'),
        fc.constantFrom('It is leaking', 'They are broken again', 'It nearly crushed someone', 'Nobody checks it'),
        (keyword, praise, trouble) => {
          expect(urgentTopicsReported(`${praise} ${keyword} training. ${trouble}.`, exampleConfig.topics)).not.toEqual(
            [],
          );
        },
      ),
    );
  });

  it.each([
    'could we order a third forklift before summer',
    'the chemical register should be reviewed every year',
    'the new forklift was delivered on Monday',
    'what a slippery slope this overtime rule is',
    'who should I talk to about a chemical safety course',
  ])('Should not escalate “%s”', (text) => {
    expect(escalationOf(text)).toBeUndefined();
  });

  it.each(['How do we log a near miss in the new system?', 'the injury figures should go on the notice board'])(
    'Should not read “%s” as reporting its urgent topic',
    (text) => {
      expect(urgentTopicsReported(text, exampleConfig.topics)).toEqual([]);
    },
  );
});

/*
 * Calm mentions an attacker found escalated, by class, each beside an urgent twin with the same keyword. And a
 * keyword after an elided article (French, Italian) is a keyword: "l'extincteur" names the extinguisher.
 */
describe('calm mentions of an urgent keyword, in more languages and shapes', () => {
  const withLocalKeywords = [
    ...exampleConfig.topics,
    {
      id: 'fire',
      name: 'Fire',
      urgent: true,
      keywords: ['extincteur', 'incendie', 'uscita di sicurezza', 'estintore'],
    },
  ];

  it.each([
    ["l'extincteur du quai 2 est vide", 'fire'],
    ['le panneau d\u2019incendie', 'fire'],
    ["l'uscita di sicurezza è bloccata", 'fire'],
    ["manca il cartello dell'estintore", 'fire'],
  ])('Should find the topic of a keyword after an elided article: %j', (text, topic) => {
    expect(detectTopics(text, withLocalKeywords)).toContain(topic);
  });

  it('Should read trouble with a keyword after an elided article as a report of it', () => {
    expect(urgentTopicsReported("l'extincteur du quai 2 est vide", withLocalKeywords)).toContain('fire');
    expect(urgentTopicsReported("merci pour l'extincteur neuf", withLocalKeywords)).toEqual([]);
  });

  it.each([
    ["don't forget the ppe", "doesn't split English words"],
    ["O'Brien's team", 'keeps names'],
  ])('Should leave other apostrophes as written: %j (%s)', (text) => {
    expect(detectTopics(text, [{ id: 'x', name: 'x', urgent: false, keywords: ['t', 'brien'] }])).toEqual([]);
  });

  it.each([
    ['the new PPE vests are comfortable', 'the new PPE vests are torn'],
    ['passed over for the raffle prize again haha', 'passed over for promotion again because of my age'],
    ['the harassment training video is outdated', 'the harassment training video is outdated and he still harasses me'],
    ['la formation incendie était très utile, merci', "la formation incendie était utile mais l'extincteur est vide"],
    ['¿dónde consigo un extintor nuevo para la oficina?', 'el extintor de la oficina está vacío'],
    [
      "l'accident de la rampe l'an dernier a abouti à une nouvelle barrière",
      "l'accident de la rampe: le cariste saigne",
    ],
    ['the accident counter says 200 days', 'the accident on line 3 crushed his hand'],
  ])('Should not escalate %j, and still escalate its twin %j', (calm, urgent) => {
    const topics = [
      ...withLocalKeywords,
      {
        id: 'kit',
        name: 'Kit',
        urgent: true,
        keywords: ['extintor', 'accident'],
        urgencyCategories: ['safety' as const],
      },
    ];
    expect(urgentTopicsReported(calm, topics)).toEqual([]);
    expect(urgentTopicsReported(urgent, topics)).not.toEqual([]);
  });
});
