import { lazyPattern } from '../lazy-pattern';
import { fold } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * Hazing by a head pushed into water or a toilet: "os colegas enfiaram a cabeça do estagiário no balde e filmaram,
 * chamam de batismo", "they dunked the new kid's head in a mop bucket and filmed it, they call it initiation",
 * "les anciens ont mis la tête du nouveau dans les toilettes, c'est la tradition". The hazing tables
 * (initiation-rituals.ts) read newcomers tied, shut in, stripped, beaten or made to drink, but not a head held in a
 * bucket, and outside English not at all: the rules read nothing and the model said safety, so the report never
 * reached the owner of harassment (att42). A hazing is harassment and safety (docs/escalations.md: conduct of
 * co-workers against a newcomer, and a body put at risk, a head under water): here a newcomer, a ritual's name or
 * "the tradition", with a head or a person pushed into a bucket, a toilet, a sink, a tank or water, in one text, is
 * both, in every language read in full and in Ukrainian and Haitian Creole.
 *
 * Folded text: ASCII, Ukrainian in \u escapes. Each pattern starts with a word and bounds the words between.
 */

const NEWCOMER = [
  String.raw`\b(?:new (?:guys?|lads?|starters?|kids?|girls?|hires?|ones|boys|recruits?|apprentices?)|apprentices?|newbies?|newcomers?|juniors?|trainees?|interns?|rookies?|first[- ]years?|initiations?|initiated|hazing|hazed|rituals?|rite of passage|tradition|baptism|christening|welcome to the (?:crew|team|shift|family|gang))\b`,
  String.raw`\b(?:nuev[oa]s?|novat[oa]s?|novatadas?|aprendices?|aprendiz|becari[oa]s?|practicantes?|bautizo|bautismo|iniciacion|ritual|tradicion|recien llegad[oa]s?)\b`,
  String.raw`\b(?:nouveaux?|nouvelles?|nouveau venu|apprentis?|stagiaires?|bleus?|bizut\w*|bapteme|initiation|rituel|tradition)\b`,
  String.raw`\b(?:nov[oa]s?|novat[oa]s?|aprendiz(?:es)?|estagiari[oa]s?|calour[oa]s?|trote|batismo|iniciacao|ritual|tradicao)\b`,
  String.raw`\b(?:neue[nr]?|neuling\w*|azubis?|lehrlinge?|praktikant\w*|frischling\w*|aufnahmeritual\w*|ritual\w*|taufe|tradition)\b`,
  String.raw`\b(?:nuov[oie]|nuovi arrivati|apprendist[ia]|stagist[ia]|novellin[io]|reclute|nonnismo|battesimo|iniziazione|tradizione)\b`,
  String.raw`\b(?:nowi|nowych|nowym|nowego|nowa|nowej|nowicjusz\w*|praktykan\w*|stazyst\w*|swiezak\w*|fala|otrzesin\w*|chrzest|rytua\w*|tradycj\w*)\b`,
  String.raw`\b(?:bago(?:ng)? (?:empleyado|tao|pasok|trabahador|salta)|baguhan|initiation|hazing|tradisyon|ritwal|binyag)\b`,
  String.raw`\b(?:nouvo|nouvo anplwaye|apranti|estajye|inisyasyon|batem|tradisyon)\b`,
  // "новенький / новачок / стажер / практикант", "посвята", "хрещення", "традиція".
  String.raw`(?:\u043d\u043e\u0432\u0435\u043d\u044c\u043a|\u043d\u043e\u0432\u0430\u0447\u043a|\u043d\u043e\u0432\u0430\u0447\u043e\u043a|\u0441\u0442\u0430\u0436\u0435\u0440|\u043f\u0440\u0430\u043a\u0442\u0438\u043a\u0430\u043d\u0442|\u043f\u043e\u0441\u0432\u044f\u0442|\u0445\u0440\u0435\u0449\u0435\u043d|\u0442\u0440\u0430\u0434\u0438\u0446)`,
].join('|');

// A head (or the person) pushed into a vessel of water or a toilet.
const DUNKED = [
  String.raw`\b(?:dunk(?:ed|s|ing)?|dipped|submerged|shoved|stuck|pushed|held|forced|put|stuffed|plunged|flushed)\b(?: [^\s.!?]+){0,5} (?:in|into|under|down) (?:a|an|the|his|her|their)? ?(?:\w+ )?(?:buckets?|toilets?|bog|loo|sinks?|troughs?|tanks?|tubs?|bins?|water|grease traps?|barrels?|drums?|ice baths?|fryers?|mop buckets?)\b`,
  String.raw`\b(?:meten|metieron|metio|meter|hunden|hundieron|sumergen|sumergieron)(?: [^\s.!?]+){0,5} (?:en|dentro de) (?:el|la|un|una)? ?(?:cubo|balde|cubeta|inodoro|vater|retrete|taza|agua|tanque|pila|fregadero|barril)\b`,
  String.raw`\b(?:plong\w*|mis|mettent|mettre|enfonc\w*|tremp\w*)(?: [^\s.!?]+){0,5} (?:dans|sous) (?:le|la|les|un|une|l')? ?(?:seau|toilettes|cuvette|chiottes|eau|bac|evier|cuve|bassine|tonneau)\b`,
  String.raw`\b(?:enfi\w*|mergulh\w*|afund\w*|meteram|meter|colocaram|botaram|poem|poe)(?: [^\s.!?]+){0,5} (?:no|na|num|numa|dentro do|dentro da|em) ?(?:balde|privada|vaso|agua|tanque|pia|barril|tambor)\b`,
  String.raw`\b(?:drucken|druckten|gedruckt|tauchen|tauchten|getaucht|stecken|steckten|gesteckt)(?: [^\s.!?]+){0,5} (?:in|ins|unter) (?:den|die|das|einen|eine|ein)? ?(?:eimer|kubel|klo|toilette|wasser|becken|waschbecken|tonne|fass)\b`,
  String.raw`\b(?:infila\w*|ficca\w*|immerg\w*|mett\w*|spinto|spingono|tuffa\w*)(?: [^\s.!?]+){0,5} (?:nel|nella|in|sotto|dentro il|dentro la) ?(?:secchio|water|gabinetto|cesso|acqua|vasca|lavandino|bidone|tanica)\b`,
  String.raw`\b(?:wsadz\w*|wloz\w*|zanurz\w*|wepchn\w*|wcisn\w*)(?: [^\s.!?]+){0,5} (?:do|w|pod) ?(?:wiadra|wiadrze|kibla|kiblu|sedesu|toalety|wody|wodzie|zlewu|beczki|zbiornika)\b`,
  String.raw`\b(?:inilublob|ilublob|nilublob|nilulublob|isinubsob|sinubsob|inilubog|ilubog|linubog)(?: [^\s.!?]+){0,6} (?:sa )?(?:balde|inidoro|kubeta|tubig|drum|timba|lababo)\b`,
  String.raw`\b(?:fouye|plonje|mete|foure|pouse)(?: [^\s.!?]+){0,5} (?:nan|anba) ?(?:bokit|twalet|watedo|dlo|tank|barik|kivet)\b`,
  // "голову ... у відро / в унітаз / у воду".
  String.raw`\u0433\u043e\u043b\u043e\u0432(?: [\p{L}']+){0,4} (?:\u0443|\u0432|\u043f\u0456\u0434) (?:\u0432\u0456\u0434\u0440|\u0443\u043d\u0456\u0442\u0430\u0437|\u0432\u043e\u0434|\u0431\u043e\u0447\u043a|\u0440\u0430\u043a\u043e\u0432\u0438\u043d)`,
].join('|');

const NEWCOMERS = lazyPattern(NEWCOMER, 'u');
const DUNKING = lazyPattern(DUNKED, 'u');

/** The reading with harassment and safety added (and urgent) where a newcomer's head was dunked as a hazing. */
export function withHeadsDunked(text: string, reading: Reading): Reading {
  if (typeof text !== 'string') return reading;
  if (reading.categories.includes('harassment') && reading.categories.includes('safety')) return reading;
  const folded = fold(text);
  if (!DUNKING.get().test(folded) || !NEWCOMERS.get().test(folded)) return reading;
  return withKindsAdded(reading, 'harassment', 'safety');
}
