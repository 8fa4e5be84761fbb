import { describe, expect, it } from 'vitest';
import { detectTopics } from '../../../shared/domain/topics';
import { exampleConfig } from '../../support/fixtures';

/*
 * The digest counts each report under the topics its words name. A time or a place that only says when or where
 * something happened ("on the night shift", "in the car park") named a second topic, so a safety report also filled
 * the scheduling row a sponsor reads as people asking about their rota.
 */
const topicsOf = (text: string) => detectTopics(text, exampleConfig.topics).sort();

describe('a topic named only as when or where something happened', () => {
  it.each([
    ['There was an injury on the night shift and the guard rail is still broken', ['safety']],
    ['Oil on the floor by the loading dock during the late night shift', ['safety']],
    ['Someone threatened me in the break room yesterday', ['harassment']],
    ['My supervisor keeps bullying the new hires every shift', ['harassment', 'management']],
    ['We are understaffed over the weekend, nobody covers breaks', ['workload']],
    // A part of the occasion ("the end of", "the middle of") frames it as much as "on the" does.
    ['The parking lot lights are out and it is dark at the end of the late shift', ['facilities']],
    ['The heating in the break room is off by the start of my shift', ['facilities']],
    ['Someone was threatened in the middle of the night shift', ['harassment']],
    ['There was a spill at the back of the warehouse near the end of every shift', ['safety']],
  ])('Should not count "%s" under the time or place it happened in', (text, topics) => {
    expect(topicsOf(text)).toEqual(topics);
  });

  it.each([
    ['The night shift rota is posted two days before it starts', ['scheduling']],
    ['During my shift nobody tells us when the next one is', ['scheduling']],
    ['I hate working on the weekend and my manager never asks', ['management', 'scheduling']],
    ['Shifts change depending on the week, overtime pay is late', ['pay', 'scheduling', 'workload']],
    ['The break room heating has been off for a week', ['facilities']],
    ['Parking is full by 7am, safety cones block half of it', ['facilities']],
    ['At the end of the week the rota is still not posted', ['scheduling']],
    ['The end of the shift rota keeps changing, we never know when we finish', ['scheduling']],
  ])('Should still count "%s" under the time or place it is about', (text, topics) => {
    expect(topicsOf(text)).toEqual(topics);
  });

  it('Should keep an urgent topic however it is named, so no urgent report loses its sponsor', () => {
    const safety = exampleConfig.topics.find((t) => t.id === 'safety')!;
    const topics = [...exampleConfig.topics, { ...safety, id: 'server-room', keywords: ['server room'] }];
    expect(detectTopics('Someone was bullied in the server room', topics)).toContain('server-room');
  });
});
