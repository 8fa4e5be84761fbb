import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Someone gone into a tank, a silo or a freezer and not come out, the place, the going in and the time told in
// separate sentences or texts (SMS are read together: split-report.ts). A blind attacker's three texts reached nobody
// (att40, F9). gone-in-and-not-come-out.ts reads the three across sentences and lines.

const URGENT: [string, string][] = [
  ['en', 'the grain bin on the north side needs sweeping out\nLuis climbed in at 2\nits 4 now and hes not answering'],
  ['en', 'the vat in room 3 is being scrubbed\nKev climbed inside at noon\nno answer when we bang on it'],
  ['en', 'Jose went into the tank to clean it an hour ago. nobody has seen him come out since'],
  ['en', 'Jo went in at 10 to clean the tank. its 1pm and she hasnt come out'],
  ['es', 'la cisterna del patio hay que limpiarla\nJuan entró a las 9\nya son las 12 y no ha salido'],
  ['fr', "le silo 3 doit être nettoyé\nMarc est descendu dedans à 8h\nil n'a toujours pas remonté, il ne répond plus"],
  [
    'de',
    'der Tank in Halle 2 muss gereinigt werden\nJan ist um 10 reingestiegen\njetzt 13 Uhr und er meldet sich nicht',
  ],
  ['pt', 'o tanque 4 precisa de limpeza\no Zé entrou às 10\njá é 1h e ele não saiu'],
];

const CALM = [
  'the tank needs cleaning, Jose went in at 10 and came out at 11',
  'Mike went in the freezer to grab ice and came out 2 min later, fine',
  'the freezer is a mess. I went in at 6 and nobody has seen the manager since',
  'the silo was emptied. Tom went in to check and came out fine, no answer from the office about the bonus though',
  'the walk-in is freezing lol, Amy went in for the milk and no answer from her texts',
  'the freezer broke again. Sam went in this morning, still no reply from maintenance about the fix',
  'la cisterna está limpia, Juan entró a las 9 y ya salió, todo bien',
];

describe('someone gone into a confined place and not come out, told in parts', () => {
  it.each(URGENT)('Should read the %s report as urgent safety: %j', (_language, text) => {
    const urgency = detectUrgency(text);
    expect(urgency.urgent).toBe(true);
    expect(urgency.categories).toContain('safety');
  });

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
