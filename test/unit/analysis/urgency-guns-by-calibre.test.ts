import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * A gun named by its calibre, its gauge or its street name and carried somewhere or brought on a day (attack att43,
 * 2026-12-07: "a 9mm in his lunchbox", "an AR to the parking lot", "my dads 12 gauge tmrw" were calm): a threat,
 * which picks the safety owner. Wire, sheet metal, sockets and drill bits by their gauge or size stay calm.
 */
const guns = [
  'dude has a 9mm in his lunchbox and keeps talking about the supervisor',
  "a coworker brought an AR to the parking lot and showed it to people, he's been fired this morning",
  'if they cut my hours again im bringing my dads 12 gauge tmrw',
  "he said he's bringing his .45 to work monday",
  'the new guy keeps a 38 special in his glove box',
  'carlos has a 20 gauge in the truck, said the manager will see',
];

const notGuns = [
  'we need 12 gauge wire for the new outlets on line 4',
  'he brought a 9mm socket to the job, the bolts are metric',
  'the shop keeps 20 gauge sheet metal in the back',
  'I have a 9 mm drill bit in my toolbox if you need it',
  'AR brought the invoices to the office today',
  'my dads 12 gauge wire spool is in the truck',
];

describe('a gun named by its calibre or gauge', () => {
  it.each(guns)('Should read %j as a threat', async (text) => {
    expect((await detectUrgency(text))?.categories ?? []).toContain('threat');
  });

  it.each(notGuns)('Should keep %j calm', async (text) => {
    expect((await detectUrgency(text))?.categories ?? []).toEqual([]);
  });
});
