import { rule, type UrgencyRule } from './types';

/*
 * German threats the rules did not read (att46 and u46c's leftovers, u48c):
 *
 * - A threat left on a note, a windshield or a locker ("Zettel an der Windschutzscheibe: ich weiß wo dein Auto
 *   steht", "jemand hat mir einen Zettel an die Windschutzscheibe geklebt: wir wissen wo deine Kinder wohnen"): the
 *   English rules read "note on my windshield … we know where you live" (threats-by-notes-and-posts.ts); German had
 *   none, and the model read the first as calm, the second as safety. The note must say it knows where the writer,
 *   their car or their children are, that they are dead or next, or that their days are counted; "auf dem Zettel
 *   stand: bitte nicht hier parken" stays calm.
 * - A death promised by a person ("sagt er bringt mich um", "ich stech dich ab", "ich mach dich kalt"): only the model
 *   read it, and beside a slur ("nennt mich Schwuchtel und sagt er bringt mich um") the rules read the slur and the
 *   model was not asked, so the threat was lost. Said by a person only: "die Hitze bringt mich um" stays calm.
 *
 * Folded text: lower case, no accents, ß as ss. Tests: test/unit/analysis/urgency-att46-u48c.test.ts.
 */

const CARRIED = String.raw`(?:zettel\w*|notiz\w*|briefe?|nachricht\w*|karte|post-?it|windschutzscheibe|scheibenwischer|spind\w*|graffiti|geschrieben|hingeschrieben|gekritzelt|gesprayt|gespruht|geklebt|hinterlassen|gepostet)`;
const WRITTEN = String.raw`(?:(?:ich|wir) (?:wei(?:ss|s)|wissen) (?:genau )?wo (?:du|ihr|dein\w* \w+|euer \w+|eure \w+) (?:wohn\w*|steh\w*|park\w*|schlaf\w*|zur schule|in die schule|in den kindergarten|arbeit\w*|bist|ist|sind|sitz\w*)|du bist (?:so gut wie |schon )?tot|du bist (?:der|die) nachste|(?:deine|eure) tage sind gezahlt|wir kriegen dich|das wirst du bereuen|wir (?:beobachten|sehen) dich)`;

export const GERMAN_NOTES_AND_DEATHS_PROMISED: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b${CARRIED}\b[^.!?\n]{0,80}?\b${WRITTEN}\b|\b${WRITTEN}\b[^.!?\n]{0,40}?\b(?:stand|stand da|stand drauf|stand auf|war auf|hat \w+ (?:geschrieben|hingeschrieben))\b`,
  ),
  rule(
    'threat',
    String.raw`\b(?:er|ich|wir|sie) (?:bringt|bringe|bringen|bring) (?:mich|dich|ihn|euch|uns) (?:noch |heute |morgen |spater |nach der schicht )?um\b|\b(?:er|sie) (?:will|wollen|wird|werden) (?:mich|uns) umbringen\b|\bdroht\w* (?:mir|mich|uns)\b[^.!?\n]{0,20}?\bumzubringen\b|\b(?:ich|wir) (?:mach|mache|machen) (?:dich|euch) kalt\b|\b(?:ich|wir) (?:stech|steche|stechen) (?:dich|euch) ab\b`,
  ),
];
