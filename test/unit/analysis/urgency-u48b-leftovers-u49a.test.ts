import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { tellsKeptTraffickedOrPressed } from '../../../shared/analysis/urgency/kept-trafficked-and-pressed';
import { fold } from '../../../shared/analysis/urgency/normalise';
import { tellsPayToWork } from '../../../shared/analysis/urgency/pay-to-work-in-other-languages';
import { topicsForUrgency } from '../../../shared/domain/topics';

/*
 * What u48b left (u49a; docs/escalations.md): money taken by a middleman or a boss to be put on a list, a roster, given a
 * spot or a start date, or "to get on" (en), a fee demanded or "charged" for arranging work (pl), paid to be sent to
 * work or given the day shift (vi): fraud. A debt to the foreman held over a whole crew, "nobody may quit" (zh): debt
 * bondage, harassment. People kept locked in at night who get nothing for their work: trafficking, harassment, not
 * fraud alone. TUNED are u48b's held-back misses and were tuned on; HELD_BACK were written before any rule and never
 * tuned on (its count is asserted; the misses are named in docs/escalations.md); CALM must stay calm.
 */
const config = JSON.parse(readFileSync(new URL('../../../config/example.config.json', import.meta.url), 'utf8'));
type Kind = 'harassment' | 'fraud' | 'calm';

const TUNED: [Kind, string][] = [
  ['fraud', 'you gotta pay the temp agency guy 250 up front just to get put on the warehouse list'],
  ['fraud', 'pośrednik zażądał 1500 zł za załatwienie pracy w magazynie'],
  ['fraud', 'brygadzista kasuje 200 zł od każdego za dobre zmiany'],
  ['fraud', 'phải nộp cho môi giới 10 triệu mới được sang làm việc'],
  ['fraud', 'tổ trưởng đòi mỗi người 500 nghìn mới xếp ca ngày'],
  ['harassment', '我们都欠工头钱，他不让任何人辞工'],
  [
    'harassment',
    "they keep the new women from the agency in a room over the restaurant, they're locked in at night and get nothing for their work",
  ],
];

// Written before any rule; 6/15 before, 14/15 after (the miss is named in docs/escalations.md).
const HELD_BACK: [Kind, string][] = [
  ['fraud', 'the staffing guy wants 200 bucks from each of us to put our names on the roster'],
  ['fraud', 'had to give the crew boss $150 to get a spot on the van to the fields'],
  ['fraud', "the recruiter said it's 400 dollars up front or you don't get a start date"],
  ['fraud', 'you pay the foreman 100 bucks to get on, thats how it works here'],
  ['fraud', 'majster zażyczył sobie 300 zł za wpisanie na listę'],
  ['fraud', 'kierownik skasował ode mnie 500 zł żeby mnie wziąć na budowę'],
  ['fraud', 'phải đóng cho cai thầu 3 triệu mới được đi làm'],
  ['fraud', 'trưởng ca đòi 200 nghìn mới cho làm ca sáng'],
  ['harassment', '我们欠着中介费，老板说谁也不许离开'],
  ['harassment', '欠工头的钱还不上，他不放人'],
  ['harassment', '工人都欠包工头的债，他不准谁回家'],
  [
    'harassment',
    'the men he brought over sleep in the back of the warehouse, they are locked up every night and work for nothing',
  ],
  [
    'harassment',
    'a las nuevas las tienen encerradas de noche en el cuarto de atrás y no les dan ni un peso por su trabajo',
  ],
  [
    'harassment',
    'die neuen Frauen schlafen im Lager, werden nachts eingeschlossen und bekommen nichts für ihre Arbeit',
  ],
  ['harassment', 'les nouvelles dorment dans la réserve, enfermées la nuit, et ne touchent rien pour leur travail'],
];

const CALM: [Kind, string][] = [
  ['calm', 'the foreman collected 20 dollars from everyone for the birthday cake'],
  ['calm', 'pośrednik załatwił mi pracę w magazynie, nic nie płaciłem'],
  ['calm', 'brygadzista skasował mi zmianę w grafiku na sobotę'],
  ['calm', 'tổ trưởng đổi 2 người sang ca ngày'],
  ['calm', 'tôi làm việc ở đây 3 năm rồi'],
  ['calm', 'môi giới giới thiệu tôi sang làm việc ở nhà máy mới'],
  ['calm', '我们都欠工头一个人情'],
  ['calm', '老板不让任何人早退'],
  ['calm', '我欠同事五十块，明天还'],
  ['calm', 'we keep the new stock locked in the back room at night'],
  ['calm', 'the new women from the agency live in the staff house, they go out on weekends and get paid every friday'],
  ['calm', 'I got nothing for my birthday from work lol'],
];

// Calm texts the rules already alarmed before u49a (other classes): the pay-to-work and kept-or-trafficked readers must
// add nothing to them.
const ALREADY_ALARMED = [
  'the temp agency put me on the warehouse list for next week',
  'I paid 250 for my forklift license',
  'the agency guy put my name on the roster, no charge',
  'kierownik zażądał raportu ze zmiany do 15',
];

// Whether the report reaches its owner as urgent: the kind is read, and a harassment report goes to the topic that
// owns it.
const reachesItsOwner = (kind: Kind, text: string): boolean => {
  const { urgent, categories } = detectUrgency(text);
  if (kind === 'calm') return !urgent;
  if (!urgent || !categories.includes(kind)) return false;
  return kind === 'harassment' ? topicsForUrgency(config.topics, categories, []).includes(kind) : true;
};

beforeAll(() => {
  for (const text of ['warm up', '中介', 'brygadzista', 'tổ trưởng']) detectUrgency(text);
}, 180_000);

describe("reports u48b's rules left calm or misread reach the owner of their kind (u49a)", () => {
  it.each(TUNED)('Should read as %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it('Should read most held-back reports, in other words and languages, the same way', () => {
    const read = HELD_BACK.filter(([kind, text]) => reachesItsOwner(kind, text)).length;
    expect(read).toBeGreaterThanOrEqual(14);
  });

  it.each(ALREADY_ALARMED)('Should add no new reading to a calm text already alarmed: %j', (text) => {
    const folded = fold(text);
    expect([tellsPayToWork(folded), tellsKeptTraffickedOrPressed(folded)]).toEqual([false, false]);
  });

  it.each(CALM)('Should keep %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });
});
