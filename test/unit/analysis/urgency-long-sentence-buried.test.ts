import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * A danger told in one long sentence (over twenty words) among friendly ones: the sentence was read only in
 * stretches of ten words, none of which says enough, so the whole note read calm though the sentence alone is a
 * report; and a stretch cut from the middle of a discrimination sentence read as another kind. What a reader sees:
 * the note is escalated, and to the people who handle that kind.
 */
const friendly = {
  en: ['Hope everyone had a good weekend.', 'The new rota is working out fine for most of us.'],
  after: ['The canteen soup was much better this week.', 'Parking is still a bit tight near the gate.', 'Thanks!'],
};
const buried = (danger: string) => [...friendly.en, danger, ...friendly.after].join(' ');

describe('a danger said in one long sentence in the middle of a friendly note', () => {
  it.each([
    [
      'safety',
      'Anyway, while I was down in the basement yesterday I noticed the boiler pressure gauge was well into the red and hissing, and the relief valve looks like someone taped it over.',
    ],
    [
      'safety',
      'Also, when I went down to the plant room this morning I saw the steam boiler gauge way up in the red and hissing loudly, and the relief valve has been taped over with duct tape.',
    ],
    [
      'discrimination',
      'But in the promotion round the director told two of us that "women with small children aren\'t leadership material" and gave both posts to men with less experience.',
    ],
  ])('Should escalate the note as %s: %s', (kind, danger) => {
    const read = detectUrgency(buried(danger));
    expect(read.urgent).toBe(true);
    expect(read.categories).toContain(kind);
  });

  it('Should escalate a note about the schedule, coffee and parking that tells of a boiler in the red as safety', () => {
    const read = detectUrgency(
      "Just wanted to give some feedback about the new schedule, it's mostly fine though Tuesdays are tough with the delivery window. Also the canteen coffee machine is slow. Anyway, while I was in the basement yesterday I noticed the boiler pressure gauge was well into the red and hissing, and the relief valve looks like it has been taped over. The parking situation is also a bit tight since the new building opened. Thanks for listening.",
    );
    expect(read).toEqual({ urgent: true, categories: ['safety'] });
  });

  it.each([
    'Anyway, while I was down in the basement yesterday I noticed the engineer had serviced the boiler, the pressure gauge is back in the green and the relief valve is brand new.',
    'In the promotion round the director told all of us that the posts go to whoever has the most experience and both went to colleagues who have been here for years.',
    'Anyway, the fire drill this morning went really well, everyone was out of the building in four minutes and then we all had coffee and cake together in the canteen.',
  ])('Should keep the friendly note calm: %s', (calm) => {
    expect(detectUrgency(buried(calm)).urgent).toBe(false);
  });
});
