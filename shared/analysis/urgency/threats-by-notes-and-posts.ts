import { lazyPattern } from '../lazy-pattern';
import { rule, type UrgencyRule } from './types';

/*
 * Threats told by what was written, posted or brought, not said to a face (att44, M5): a note on a windshield or in
 * a locker ("note in my locker: ur dead", "found a note on my windshield \"we know where your kids go to school\"",
 * "watch your back bitch, thats what he wrote on my locker"), guns posted with words about work ("hes posting rifles
 * on instagram with captions about work"), something promised to be brought to end everyone ("one day im gonna bring
 * something and end all of yall"), and a gun kept at hand "just in case they fire me". Each was calm, or only
 * harassment, and reached nobody as a threat.
 *
 * What was written must be a threat itself (dead, next, watch your back, we know where your kids go to school, your
 * days are numbered); the note or the post only says how it came: "a note in my locker saying happy birthday", "he
 * posts pictures of his fishing trips" and "watch your back on the ice" (said, not written) stay calm.
 *
 * Folded text: lower case, no accents, ASCII. Tests: test/unit/analysis/urgency-att44-u46c.test.ts.
 */

// How the threat came: written, left, stuck or posted somewhere.
const CARRIED = String.raw`(?:notes?|post-?its?|sticky ?notes?|letters?|cards?|messages?|graffiti|wrote|written|writes|writing|scratched|carved|keyed|spray[- ]?painted|sprayed|painted|scrawled|taped|stuck|pinned|left (?:a|me|this|that|it)|post(?:s|ed|ing)?|caption\w*|comments?|commented)`;
// A threat as it is written: dead, next, watch your back, we know where your kids go to school. "Dead" or "next" ends
// what was written, or is said to someone: "ur dead battery", "you're next in line" and "dead tired" are none.
const ENDS_IT = String.raw`(?=\s*(?:$|[^\w\s']|(?:bitch\w*|b\*+\w*|snitch|rat|punk|loser|man|woman|meat|soon|if|when|by|after|and|too|now|homie|bro|dude|lol)\b))`;
const WRITTEN_THREAT = String.raw`(?:(?:you'?re|you are|youre|ur|u r|u are|your|ure) (?:so |gonna be |going to be )?(?:dead|next|a dead (?:man|woman|bitch|girl|boy))${ENDS_IT}|(?:you'?ll|you will|ull|u will|u'?ll|you gonna|u gonna) (?:be dead|die)${ENDS_IT}|watch (?:your|ur|yo|ya) back(?! (?:when|while|lifting|and lift|with|by|posture|health|muscles|pain|strain))|(?:your|ur|yo) days (?:are|r) numbered|sleep with one eye open|(?:we|i|they) know where (?:you|u|your \w+|ur \w+) (?:live|lives|sleep|sleeps|park|parks|go to school|goes to school|stay|stays)|(?:we|i|they) know where (?:you|u) (?:and|&) (?:your|ur) \w+ (?:live|are)|(?:we'?re|we are|i'?m|im|i am) (?:watching|coming for) (?:you|u)${ENDS_IT})`;
// A gun, as it is posted or kept.
const GUN = String.raw`(?<!\b(?:nail|staple|glue|heat|spray|paint|caulk|grease|price|pricing|label|scan|scanner|temp|temperature|massage|water|nerf|radar|tag|rivet|air|foam|sealant|silicone|tattoo|toy|hot|bb|cap|squirt|hair) )(?:rifles?|guns?|shotguns?|pistols?|handguns?|ar-?15s?|ak(?:-?47)?s?|ak'?s|glocks?|firearms?|revolvers?|ammo|bullets|a piece|his piece|his strap|his pole|weapons?)`;

// A gun kept at hand against a firing.
const GUN_KEPT_FOR_A_FIRING = String.raw`\b${GUN}\b[^.!?\n]{0,80}?\b(?:just )?(?:in case|for (?:the day|when|if)|for whenever) (?:they|management|the (?:boss|manager|company|supervisor)|hr|anyone|anybody|someone|somebody) (?:ever )?(?:\w+ )?(?:fire|fires|sack|sacks|can|cans|let (?:me|him|her|us) go|lets (?:me|him|her|us) go|lay (?:me|him|her|us) off|lays (?:me|him|her|us) off)\b`;

export const ENGLISH_THREATS_BY_NOTES_AND_POSTS: UrgencyRule[] = [
  // A threat written where the writer finds it, the note named before or after: "note in my locker: ur dead",
  // "watch your back bitch, thats what he wrote on my locker".
  rule(
    'threat',
    String.raw`\b${CARRIED}\b[^.!?\n]{0,60}?\b${WRITTEN_THREAT}\b|\b${WRITTEN_THREAT}\b[^.!?\n]{0,50}?\b(?:that'?s|thats|this is|is) what (?:he|she|they|someone|somebody|some1|sum1|it) (?:wrote|written|scratched|carved|keyed|painted|sprayed|posted|left|put)\b`,
  ),
  // Guns posted with words about work: "hes posting rifles on instagram with captions about work".
  rule(
    'threat',
    String.raw`\b(?:post(?:s|ed|ing)?|shar(?:es|ed|ing)|upload(?:s|ed|ing)?|put(?:s|ting)? up|instagram|insta|ig|tiktok|facebook|fb|snapchat|snap|twitter)\b[^.!?\n]{0,40}?${GUN}\b[^.!?\n]{0,60}?\b(?:caption\w*|comments?|saying|says|said|talk(?:s|ing)? about|about|tagg(?:ed|ing)|@)\b[^.!?\n]{0,30}?\b(?:work|this (?:job|place)|the (?:job|plant|office|warehouse|site|shop|store|company|boss|manager|supervisor)|management|(?:our|my) (?:boss|manager|supervisor|shift|crew|team|job)|coworkers?|co-workers?|everyone (?:here|at work))\b`,
  ),
  // Something promised to be brought in to end everyone: "one day im gonna bring something and end all of yall".
  rule(
    'threat',
    String.raw`\b(?:bring|bringing|brought|brings)\b (?:(?:something|somethin|smth|sumn|sumthin|a little something|my (?:piece|toy|strap|heat|heater|friend)|it|the (?:piece|strap|heat)) )(?:(?:in|to work|here|one day|someday|tomorrow|on monday) )?[^.!?\n]{0,25}?\b(?:end|finish|take out|wipe out|get rid of) (?:all of (?:yall|y'all|you|u|ya|them|em|this place)|yall|y'all|everyone|everybody|every one of (?:you|yall|them)|this (?:whole )?(?:place|shift|crew)|the whole (?:place|shift|crew|office|team|lot of (?:you|them)))\b`,
  ),
  // A gun kept at hand against a firing: "a rifle in the back of his truck and he said \"just in case they fire me\"".
  rule('threat', GUN_KEPT_FOR_A_FIRING),
];

const GUN_FOR_A_FIRING = lazyPattern(GUN_KEPT_FOR_A_FIRING, 'u');
/**
 * Whether the folded text tells of a gun kept against a firing ("a rifle in his truck, just in case they fire me"):
 * kind-of-wrong.ts reads the firing as a threat to the job and, blanking it, would drop the threat its words read.
 */
export const keepsAGunForAFiring = (folded: string): boolean => GUN_FOR_A_FIRING.get().test(folded);
