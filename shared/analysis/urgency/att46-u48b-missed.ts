import { withGasWiringOrLockedIn } from './gas-wiring-and-locks-zh-pl-uk-vi';
import { withKeptTraffickedOrPressed } from './kept-trafficked-and-pressed';
import type { Reading } from './kinds-added';
import { withPayToWorkInOtherLanguages } from './pay-to-work-in-other-languages';

/*
 * The readings the att46 attack found missing or misrouted (u48b), each adding its kind to the reading: money paid to a
 * middleman or a boss to be hired or given shifts (fraud), debt bondage in Chinese, trafficking told by its conditions,
 * veiled sexual pressure outside English and a firing promised in German for calling an authority (harassment), gas
 * hissing, wiring charred and workers locked in, in Chinese, Polish, Ukrainian and Vietnamese (safety). `read` is the
 * rules' reading of a text, asked when a harassment read beside a bribe may be only the bribe misread.
 * Tests: test/unit/analysis/urgency-att46-u48b.test.ts.
 */
export function withReadingsAtt46U48b(text: string, reading: Reading, read: (text: string) => Reading): Reading {
  if (typeof text !== 'string' || !text) return reading;
  const paid = withPayToWorkInOtherLanguages(text, reading, read);
  return withGasWiringOrLockedIn(text, withKeptTraffickedOrPressed(text, paid));
}
