import { rule, type UrgencyRule } from '../types';
import { DE_PLACE } from './fire-and-rooms';

/*
 * Smoke and emergencies said with the fewest words, in an order the other rules did not read (att46, u48a):
 * - German with the verb first, as a cry or a question-shaped statement: "ist hier Rauch im Lager", "es ist Rauch in
 *   der Halle", "da ist Qualm in der Werkstatt" ("Rauch im Lager" alone paged; the "ist" before it hid it).
 * - Tagalog "may usok sa stockroom" (there is smoke in …): "may sunog sa" was read, smoke was not, so "tulong po plss
 *   may usok sa stockroom" paged only with a comma after the cry.
 * - English "emergency in warehouse pls help": an emergency at a place at work with help asked for (with a comma and
 *   "please" the cry was read alone; without them, nothing was).
 * Calm beside them: a question ("ist hier Rauchen erlaubt?"), a drill, smoke from a grill, a cigarette or cooking, a
 * laugh after it, an emergency exit, contact or meeting. Patterns run on folded text.
 * Tests: test/unit/analysis/urgency-att46-u48a.test.ts.
 */

const safety = (...sources: string[]): UrgencyRule[] => sources.map((source) => rule('safety', source));

// A drill, a test or a joke in the same clause.
const NOT_A_DRILL_OR_A_JOKE = String.raw`(?![^.!?\n]{0,60}(?:\b(?:ubung|uebung|probealarm|training|schulung|test|drill|practice|pagsasanay|haha\w*|hehe\w*|lol|jk|lmao)\b|:\)|;\)|:d\b))`;

const DE = String.raw`\b(?:es ist|ist|hier ist|da ist|dort ist|es gibt|gibt es)(?: (?:hier|da|dort|ganz|so|viel|total|uberall)){0,3} (?:rauch|qualm|feuer|ein feuer|ein brand|brand)${NOT_A_DRILL_OR_A_JOKE}(?: (?:hier|da|dort|uberall))? (?:im|in der|in dem|in|am|an der|auf der|beim|bei der|hinter der|neben der|aus der|aus dem) (?:\w+ )?${DE_PLACE}\b(?![^.!\n]{0,40}\?)`;

const TL_WHERE = String.raw`(?:kusina|bodega|bodegahan|opisina|pabrika|planta|warehouse|stockroom|stock room|storage(?: room)?|cr|banyo|kwarto|silid(?: \w+)?|gusali|bubong|tindahan|kantina|canteen|basement|makina|trak|site|workshop|pagawaan|imbakan|loading (?:area|bay)|production|office|kitchen|garahe|elevator|hagdan\w*|pasilyo|hallway|likod|taas|baba|linya|line \d{1,3})`;
const TL = String.raw`\b(?:may|merong|mayroong|meron|maraming|makapal na) (?:makapal na |maraming |malaking |itim na )?usok${NOT_A_DRILL_OR_A_JOKE} (?:sa|dito sa|doon sa|dun sa|galing sa|mula sa|lumalabas sa) (?:\w+ )?${TL_WHERE}\b(?![^.!?\n]{0,40}\b(?:kalan|ihaw\w*|uling|pugon|lutuan|niluluto|nagluluto|luto|sigarilyo|yosi|vape|prito|sinaing)\b)`;

const EN_WHERE = String.raw`(?:warehouse|kitchen|canteen|cafeteria|office|plant|factory|yard|shop|stockroom|storeroom|store room|basement|loading (?:bay|dock)|break ?room|freezer|cold ?room|paint (?:shop|booth)|workshop|lab|site|(?:bay|aisle|dock|line|gate|unit|zone|area|room|floor|level|cell|hall) ?\d{1,3}[a-z]?)`;
const EN = String.raw`(?<!\b(?:no|not an?|any|in case of an?|in an?) )\bemergency${NOT_A_DRILL_OR_A_JOKE} (?:in|at|on|by|near) (?:the |our )?(?:\w+ )?${EN_WHERE}\b[^.!?\n]{0,20}?\b(?:help|hlp|hurry|come now|come quick|asap|911|999|112|send (?:help|someone))\b`;

/** The rules by language, read after each language's own (gravest/index.ts). */
export const SMOKE_AND_EMERGENCIES_SAID_BARE: Record<string, UrgencyRule[]> = {
  de: safety(DE),
  tl: safety(TL),
  en: safety(EN),
};
