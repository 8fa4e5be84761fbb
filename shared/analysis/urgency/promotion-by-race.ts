import { rule, type UrgencyRule } from './types';

/*
 * Promotion, leads and raises kept for one race, sex or faith (ux33): "they only promote the white guys here, us black
 * workers never get the lead spots", "if you're not white you don't get promoted here", "the muslim staff never get the
 * lead positions". Calm beside them: "they only promote people from inside", "the black and white printer", "got
 * promoted to lead". Folded text (lower case, no accents).
 */

// Who, by race, sex, faith or origin (a plural group, or "us ... workers").
const GROUP_EN = String.raw`(?:white|black|brown|asian|hispanic|latino|latina|latinx|mexican|african|arab|indian|filipino|muslim|jewish|hindu|sikh|christian|immigrant|foreign|gay|trans|older|young|disabled|male|female)`;
const PEOPLE_EN = String.raw`(?:guys|men|women|girls|ladies|people|workers|staff|employees|folks|ones|lads|dudes|colleagues|coworkers|co-workers|nurses|drivers)`;
const GROUP_NOUN_EN = String.raw`(?:(?:the |us |we )?${GROUP_EN} ${PEOPLE_EN}|(?:the |us |we )?(?:men|women|whites|blacks|muslims|jews|hindus|sikhs|immigrants|foreigners|mexicans|latinos|latinas|asians|arabs|indians|filipinos|gays|males|females))`;
const ADVANCE_EN = String.raw`(?:promot\w*|the (?:lead|leads|good|senior|supervisor|manager|top|best) (?:spots?|roles?|positions?|jobs?|posts?|shifts?)|raises?|pay rises?|leads? (?:spots?|roles?|positions?|jobs?)|supervisor (?:spots?|roles?|positions?|jobs?)|bonus(?:es)?|training|overtime)`;

export const ENGLISH_PROMOTION_BY_RACE: readonly UrgencyRule[] = [
  // "They only promote the white guys", "only men get promoted", "just give raises to the white staff".
  rule(
    'discrimination',
    String.raw`\b(?:only|just|always)\b(?: \w+){0,2}? (?:promot\w*|give (?:the )?(?:raises?|leads?|lead (?:spots?|roles?|positions?)|promotions?) to|pick|picks|choose|chooses) (?:the )?${GROUP_NOUN_EN}\b|\b(?:only|just) ${GROUP_NOUN_EN} (?:get|gets|got|ever get|are|were) (?:promot\w*|picked|chosen|the (?:lead|good|senior|supervisor))\b`,
  ),
  // "Us black workers never get the lead spots", "the muslim staff never get promoted".
  rule(
    'discrimination',
    String.raw`\b${GROUP_NOUN_EN} (?:never|dont|don't|do not|can't|cant|cannot|won't|wont|rarely|hardly ever) (?:get|gets|got|be|are|ever get) (?:\w+ )?${ADVANCE_EN}\b`,
  ),
  // "If you're not white you don't get promoted", "unless you're a man you won't get a lead spot".
  rule(
    'discrimination',
    String.raw`\b(?:if you(?:'re| are|re) not|unless you(?:'re| are|re)) (?:a |an )?(?:${GROUP_EN}|man|woman|christian)\b[^.!?]{0,20}? (?:you )?(?:never|dont|don't|do not|won't|wont|can't|cant) (?:get|be) (?:\w+ )?${ADVANCE_EN}\b`,
  ),
];

export const FRENCH_PROMOTION_BY_RACE: readonly UrgencyRule[] = [
  // « Ils ne promeuvent que les blancs », « seuls les hommes sont promus ».
  rule(
    'discrimination',
    String.raw`\bne (?:promeu?v?\w*|nomment|nomme|choisissent|choisit) que les (?:blancs|noirs|arabes|hommes|femmes|francais|europeens|musulmans|juifs|chretiens|asiatiques|etrangers)\b|\bseul(?:e)?s les (?:blancs|hommes|francais|europeens) (?:sont|ont|obtiennent) (?:promu|les postes|une promotion|des promotions)`,
  ),
];
