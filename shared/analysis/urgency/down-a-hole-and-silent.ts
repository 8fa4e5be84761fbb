import { EN_CALM, notOnItsLine } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * Someone gone down into a well, a pit, a tank, a manhole or a silo and not answering, told with what they went down
 * for (att43, u44a, 2026-12-07): "Jorge went down the well to unclog it and hasn't come up, we've been yelling",
 * "bumaba si Jun sa balon para ayusin ang bomba at hindi na sumasagot". gone-in-and-not-come-out.ts reads "went into
 * the tank" and "went down" standing alone; "went down the well" (no "into") and the purpose clause after it were
 * read by nothing, and a worker who may be overcome by gas at the bottom waited for the weekly digest.
 *
 * Each language: someone (not the writer) going down, climbing or crawling into a confined place, and within a
 * couple of sentences not come up, not answering, no reply. Calm beside them: "went down to the well for water",
 * children at a well who came back laughing: no one is missing.
 */

const toldInOne = (wentDown: string, notOut: string, calmAfter: string): string =>
  String.raw`${wentDown}[^]{0,160}?(?:${notOut})(?![^]{0,80}\b(?:${calmAfter}))${notOnItsLine(NOT_REAL)}`;

// A film, a game, a race, a video or a joke on its line: no one is down a hole.
// Each word bounded: notOnItsLine looks back from the match, and "haha\w*" read backwards would scan the whole text.
const NOT_REAL = String.raw`${EN_CALM}|youtube|tiktok|internet|race|races|racing|f1|lol|lmao|haha\w{0,12}|jaja\w{0,12}|kkk{1,12}|mdr|ahah\w{0,12}`;

const EN_PLACE = String.raw`wells?|pits?(?! (?:lane|stop|crew|bull)s?\b)|manholes?|sewers?|shafts?|tanks?|silos?|sumps?|cisterns?|vats?|hoppers?|culverts?|trenches?|vaults?|bins?|grain bins?|septic tanks?|(?<!rabbit )holes?|crawl ?spaces?|boreholes?|mine shafts?|inspection chambers?|tunnels?`;
export const ENGLISH_DOWN_A_HOLE_AND_SILENT: UrgencyRule = rule(
  'safety',
  toldInOne(
    String.raw`(?<!\b(?:i|we|you|u) )\b(?:went|goes|gone|climbed|crawled|dropped|lowered himself|lowered herself|was lowered|got lowered|jumped|headed) (?:back )?(?:down|into|in|inside)(?: into| in)? (?:the|a|that|this|our|an old|the old) (?:[\w-]+ ){0,2}?(?:${EN_PLACE})\b`,
    String.raw`\b(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|didn'?t|didnt|did not|never|isn'?t|isnt|not) (?:yet )?(?:come|came|got|gotten|been|climbed|surfaced)(?: back)? (?:out|up|back)\b|\b(?:not|isn'?t|isnt|aren'?t|arent|stopped|won'?t|wont) (?:answering|responding|replying|answer|respond|reply)\b|\bno (?:answer|response|reply|sound)\b|\b(?:can'?t|cant|cannot|couldn'?t) (?:hear|see|reach|raise) (?:him|her|them)\b|\b(?:can'?t|cant|cannot|couldn'?t) get (?:him|her|them) to (?:answer|respond|reply|talk|say anything|come up|come out)\b|\b(?:can'?t|cant|cannot|couldn'?t) get (?:an|any) (?:answer|response|reply)\b|\b(?:been|are|keep|kept) (?:yelling|shouting|calling) (?:for|down to|down at) (?:him|her|them)\b`,
    String.raw`came (?:back )?(?:out|up)|come (?:back )?up fine|(?:my|our) (?:texts?|calls?|messages?|emails?)|he'?s fine|she'?s fine|all good|back up now|lol|lmao|haha\w*|jk`,
  ),
);

export const ITALIAN_DOWN_A_HOLE_AND_SILENT: UrgencyRule = rule(
  'safety',
  toldInOne(
    String.raw`\b(?:e sces[oa]|sono scesi|e entrat[oa]|sono entrati|si e calat[oa]|si sono calati|si e infilat[oa]) (?:[\w']+ ){0,2}?(?:nel|nella|nello|in|dentro (?:al|il|la)|giu nel|giu nella) (?:[\w']+ )?(?:pozz[oi]|pozzett[oi]|cistern[ae]|vasc[ah]e?|serbato\w+|silos?|tombin[oi]|fogn[ae]|botol[ae]|foss[ae]|cunicol[oi]|scavo)\b`,
    String.raw`\bnon (?:risponde|rispondono|ha risposto|e (?:ancora |piu )?(?:risalit|uscit|tornat)\w*|sono (?:ancora |piu )?(?:risalit|uscit|tornat)\w*|si sente piu|lo sentiamo piu|la sentiamo piu)\b|\bnessuna risposta\b`,
    String.raw`e (?:risalit|uscit)\w* (?:subito|bene)|sta bene|ahah\w*`,
  ),
);

export const POLISH_DOWN_A_HOLE_AND_SILENT: UrgencyRule = rule(
  'safety',
  toldInOne(
    String.raw`\b(?:zszedl|zeszla|zeszli|wszedl|weszla|weszli|spuscil sie|spuscila sie|spuscili sie|wczolgal sie|zjechal) (?:[\w-]+ ){0,2}?(?:do|w|na dno) (?:[\w-]+ )?(?:studni|studzienki|studzienk\w+|kanalu|kanalow|zbiornika|silosu|szamba|wykopu|kanalizacji|dolu|szybu|cysterny|wlazu)\b`,
    String.raw`\bnie (?:odpowiada|odpowiadaja|odpowiedzial\w*|wyszedl|wyszla|wyszli|wrocil\w*|wychodzi|daje znaku zycia|odzywa sie|odezwal\w* sie)\b|\bbrak odpowiedzi\b|\bcisza\b`,
    String.raw`juz wyszedl|juz wyszla|wszystko ok|wszystko w porzadku|haha\w*`,
  ),
);

export const TAGALOG_DOWN_A_HOLE_AND_SILENT: UrgencyRule = rule(
  'safety',
  toldInOne(
    String.raw`\b(?:bumaba|lumusong|pumasok|sumisid|nilusong) (?:si [\w-]+ |sila |siya |yung [\w-]+ |ang [\w-]+ )?(?:sa|sa loob ng) (?:[\w-]+ )?(?:balon|hukay|tangke|tanke|imburnal|poso negro|silo|manhole|kanal|butas|septic)\b`,
    String.raw`\bhindi (?:na |pa )?(?:sumasagot|sumagot|umaahon|umahon|lumalabas|lumabas|bumabalik|bumalik|nakakaahon|nakaahon)\b|\bwala (?:pa |nang )?(?:sagot|sumasagot)\b`,
    String.raw`nakaahon na|umahon na|lumabas na|okay na siya|ok na siya|haha\w*`,
  ),
);
