import { LISTED_NAME, NOT_A_PERSON, NOT_AN_ABSTRACT } from './named-attacker';
import { rule, type UrgencyRule } from './types';

/*
 * Reports u32 found read calm, each read as a kind and not as the sentence quoted
 * (test/unit/analysis/urgency-round-32-classes.test.ts):
 *  - a blow by someone named, told with where it happened or what it was done with after it ("Summer pushed me at
 *    the dock", "Hope pushed me in the stairwell", "Sonia hit me with a pallet jack handle", "Bill from packing hit
 *    me"): a name that is a word too (Summer, Hope, Bill) is a person once a part of the workplace, a tool or the team
 *    they work in is told with the blow;
 *  - a blow told in the passive with who did it after ("got slapped by my team leader today"), or with a time word
 *    between the deed's words ("der Schichtleiter hat mich heute geschlagen");
 *  - a blow misspelt ("he puched me", "she slaped me", "he hitt me");
 *  - someone lifted or carried on a forklift's forks;
 *  - hours clocked for someone who is not there (time fraud), and money paid to get or keep a job;
 *  - a bomb said to be brought to work, with or without a laugh.
 * Calm look-alikes are kept out by what they name: "Summer pushed me to work harder", "Hope hit me when I saw the rota",
 * "got hit by a car on holiday", "the pallet on the forks", "I forgot to clock in", "I had to pay for my own boots",
 * "that song is the bomb lol".
 */

// Where a subject stands: the text's start, a clause's, or after a word that opens one.
const OPENS = String.raw`(?:^|[.!?,;:()"]\s*|\n\s*|\b(?:and|but|so|then|today|yesterday|tonight|earlier|just|literally|honestly|lol|omg|guess what|fyi|ok|okay|wait|when|because|cos|said|think) )`;
// Names that are words too: seasons, months, virtues, flowers, and men's names that are nouns or verbs.
const WORD_NAME = String.raw`(?:summer|winter|autumn|spring|hope|joy|faith|grace|june|april|may|august|dawn|sky|storm|rain|sunny|star|river|ocean|destiny|honey|misty|heather|rose|daisy|ivy|holly|hazel|jasmine|violet|brook|robin|sandy|rusty|buddy|chance|will|mark|rob|bill|frank|pat|art|ray|sonny|colt|hunter|drew|chip|rich|chase|miles|wade|hank|jack|penny|ruby|amber|crystal|misty|autumn|harmony|melody|liberty|justice|trinity|precious|patience|prudence|mercy|charity|constance|sterling|cash|bob|don|gene|lance|guy|grant|reed|doug|dean|nick)`;
// Anyone named: a name the redaction knows, a word that is a name, or a word in a subject's place that is no thing.
const NAMED = String.raw`(?:${LISTED_NAME}|${WORD_NAME}|(?!${NOT_A_PERSON}\b)${NOT_AN_ABSTRACT}[a-z][a-z'-]{1,20})`;
// The team or place they work in, said after the name: "Bill from packing", "Will on nights", "Sam in goods in".
const OF_TEAM = String.raw`(?: (?:from|in|on|at) (?:the )?(?:[\w-]+ ){0,1}[\w-]+)?`;
const HOW = String.raw`(?: (?:just|then|literally|actually|deliberately|purposely|suddenly|violently|also))?`;
const DEED = String.raw`(?:hit|hits|pushed|pushes|shoved|shoves|punched|punches|slapped|slaps|kicked|kicks|smacked|whacked|thumped|headbutted|head-butted|elbowed|kneed|tripped|decked|socked|struck|battered|beat up|beat|attacked|assaulted|choked|strangled)`;
const WHOM = String.raw`(?:me|him|her|us|them|someone|somebody|(?:my|our|a|an|the) (?:[\w-]+ )?(?:coworker|co-worker|colleague|workmate|mate|friend|lad|girl|guy|temp|picker|packer|driver|apprentice|trainee))`;
// Parts of a workplace where a blow is told to have happened.
const WORKPLACE = String.raw`(?:dock|docks|loading (?:bay|dock)|goods in|bays?|ramp|stairwell|stairs|staircase|steps|corridor|hallway|break ?room|staff ?room|canteen|kitchen|office|warehouse|yard|car ?park|parking (?:lot|garage)|locker ?room|lockers|toilets?|bathroom|restroom|changing rooms?|shop floor|floor|aisles?|line|till|tills|counter|freezer|cooler|chiller|cold ?room|store ?room|stock ?room|back room|backroom|lift|elevator|entrance|exit|gate|smoking (?:area|shelter)|depot|site|plant|factory|packing(?: area| bench)?|mezzanine|platform|van|truck|lorry|cab|lobby|reception|racking|pick face|forklift|conveyor|machine|bench|workstation|station|kitchen|pass|prep area|cellar|basement|fire escape|loading area|dispatch|despatch|shipping|receiving|trailer|container|shed|workshop|garage|hangar|ward|corridor)`;
const PLACED = String.raw` (?:at|in|on|by|near|behind|inside|outside|round|around|in front of|next to|down|up|beside|by the side of) (?:the|our|my|a|an|that|this) (?:[\w-]+ ){0,2}?${WORKPLACE}\b`;
// What a blow is done with: a tool, a thing at hand, a part of the body. News, questions and bills are none.
const TOOL = String.raw`(?:handle|pallet jack|pallet truck|jack|bar|pipe|broom|mop|stick|bat|hammer|mallet|wrench|spanner|tool|box ?cutter|knife|chair|stool|tray|clipboard|scanner|radio|board|plank|pole|brush|shovel|spade|bottle|can|tin|pan|pot|belt|cable|chain|hose|crate|box|pallet|trolley|cage|door|book|binder|folder|keys|phone|fist|fists|elbow|knee|boot|boots|foot|head|helmet|hard ?hat|torch|flashlight|rake|crowbar|rod|lid|tape gun|stapler|ruler|cup|mug|plate|ladle|rolling pin|baton|cane|umbrella|hose|strap|rope|whip|brick|rock|stone|block)s?`;
const WIELDED = String.raw` with (?:a|an|the|his|her|their|some|my|our|a big|a metal|a wooden) (?:[\w-]+ ){0,3}?${TOOL}\b`;

const ENGLISH_BLOWS_PLACED: UrgencyRule[] = [
  // Not a push to work harder, told where it was said: "Dave pushed me on the line to go faster".
  rule(
    'threat',
    String.raw`${OPENS}${NAMED}${OF_TEAM}${HOW} ${DEED} ${WHOM}(?:${PLACED}|${WIELDED})(?! to \w| so (?:i|we) \w)`,
    {
      negatable: true,
    },
  ),
  // A name that is a word too, made a person by the team they work in: "Bill from packing hit me".
  rule(
    'threat',
    String.raw`${OPENS}(?:${WORD_NAME}|${LISTED_NAME}) (?:from|in|on) (?:the )?(?:[\w-]+ )?(?:packing|picking|goods in|goods out|dispatch|despatch|shipping|receiving|returns|accounts|payroll|hr|it|sales|security|maintenance|cleaning|catering|kitchen|warehouse|stores|quality|qa|production|assembly|logistics|transport|admin|reception|nights|days|lates|earlies|weekends|my team|our team|the team|my shift|our shift|the line|line \d+|bay \d+|aisle \d+|section \d+|(?:[\w-]+ )?(?:team|shift|department|dept|crew|section))${HOW} ${DEED} ${WHOM}(?=\s*(?:$|[.!?,;:)(\n"]|-|(?:and|then|again|today|yesterday|twice|so hard|hard|for no reason|on purpose|in the|on the|at the|with)\b))`,
    { negatable: true },
  ),
];

// A role that does the job beside the writer: who a blow "by" in the passive is from.
const ROLE = String.raw`(?:team ?leader|team ?lead|shift ?leader|shift ?lead|line ?leader|line ?lead|lead|leader|manager|boss|supervisor|sup|foreman|forewoman|gaffer|chargehand|coworker|co-worker|colleague|workmate|customer|client|driver|chef|head chef|sous chef|owner|director|guard|security guard|agency (?:guy|worker|manager)|contractor|trainer|area manager|store manager|duty manager|floor manager|resident|patient|visitor|guest|passenger|tenant|another (?:worker|driver)|picker|packer|loader|operator|cleaner|porter|nurse|doctor|carer|teacher|temp)`;
const PASSIVE_DEED = String.raw`(?:hit|punched|slapped|kicked|pushed|shoved|smacked|whacked|thumped|headbutted|head-butted|elbowed|kneed|beaten(?: up)?|beat up|attacked|assaulted|choked|strangled|bitten|spat on|scratched|knocked (?:down|over|out)|tripped|grabbed|groped)`;

const ENGLISH_PASSIVE: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:got|get|gets|getting|was|were|been|being|am|is|i'?m|im) (?:just |literally |actually |physically )?${PASSIVE_DEED}(?: (?:${'in|on|across'}) the (?:face|head|chest|back|stomach|arm|leg|neck|mouth|nose|jaw))? by (?:my|our|the|a|an|his|her|their|one of (?:the|my|our)|another|some) (?:[\w-]+ ){0,2}?${ROLE}\b(?! (?:of|about|at) (?:a|the) (?:game|match|paintball))(?! (?:to \w|towards?\b|into \w+ing\b))`,
    { negatable: true },
  ),
];

/*
 * Blows misspelt ("he puched me", "she slaped me", "he hitt me"): each deed's spellings with a letter left out,
 * doubled, or two swapped, "ch" as "sh" and "ck" as "k", unless the spelling is a word of its own ("sacked",
 * "shoed").
 */
const DEEDS_SPELT = ['punched', 'slapped', 'kicked', 'pushed', 'shoved', 'smacked', 'whacked', 'headbutted', 'choked'];
function misspellings(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i < word.length; i += 1) {
    out.add(word.slice(0, i) + word.slice(i + 1)); // a letter left out
    out.add(word.slice(0, i) + word[i] + word.slice(i)); // a letter doubled
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)); // two swapped
  }
  out.add(word.replace('ch', 'sh'));
  out.add(word.replace('ck', 'k'));
  out.add(word.replace(/ed$/, 't'));
  out.add(word.replace(/ed$/, 'd'));
  out.add(word.replace('pp', 'p'));
  return [...out].filter((spelling) => spelling !== word && spelling.length > 3 && !WORDS_OF_THEIR_OWN.has(spelling));
}
// Spellings above that are words of their own ("he sacked me" is fired, not struck). The dictionary of English words
// (english-dictionary.ts) holds common misspellings too ("slaped"), so it cannot say which these are.
const WORDS_OF_THEIR_OWN = new Set(['sapped', 'shoed', 'shove', 'sacked', 'coked', 'choke', 'pushed', 'punches']);
const MISSPELT = [...DEEDS_SPELT.flatMap(misspellings), 'hitt', 'hited', 'hitted', 'hiit', 'htt']
  .sort((a, b) => b.length - a.length)
  .join('|');
const WHO_DID = String.raw`(?:he|she|they|someone|somebody|(?:my|our|the|a|an|this|that) (?:[\w-]+ )?(?:boss|manager|supervisor|lead|leader|foreman|coworker|co-worker|colleague|customer|driver|guy|man|woman|chef|owner))`;

const ENGLISH_MISSPELT: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b${WHO_DID} (?:just |then |literally )?(?:${MISSPELT}) (?:me|him|her|us|them|someone|my \w+)\b(?! (?:up|out|off|back|down)\b)`,
    { negatable: true },
  ),
];

// A person, as workers say it.
const EN_PERSON = String.raw`(?:someone|somebody|some1|people|ppl|(?:the|a) (?:new |young |other )?(?:girl|boy|lad|guy|temp|starter|apprentice|trainee|kid)|a (?:guy|man|woman|girl|worker|person|lad|bloke|dude|picker|packer|coworker|co-worker|colleague|temp|kid)|(?:my|our|his|her|the) (?:[\w-]+ )?(?:coworker|co-worker|colleague|mate|friend|buddy|supervisor|manager|boss|lead|foreman|picker|packer|temp|apprentice)|him|her|them|me|us|(?:two|three|\d+) (?:guys|people|ppl|lads|workers))`;

const ENGLISH_FORKS: UrgencyRule[] = [
  // Someone lifted, carried or riding on a forklift's forks: "he drove the forklift with someone on the forks".
  rule(
    'safety',
    String.raw`\b${EN_PERSON}(?: (?:was|were|is|are|being|get|got|gets|getting|still))?(?: [\w-]+){0,3}? (?:on|onto|on top of|up on|sat on|stood on|standing on|riding|ride|rides|ridden) (?:the|a|his|its|their) (?:pallet |fork ?lift |forklift |reach truck |truck )?(?:forks|tines|tynes)\b(?! (?:training|course|video|game)\b)`,
  ),
  rule(
    'safety',
    String.raw`\b(?:lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|g[ia]ve (?:\w+ )?(?:a )?rides?|giving (?:\w+ )?rides?) ${EN_PERSON} (?:up )?(?:on|with|in) (?:the|a|his|its) (?:pallet |fork ?lift |forklift |reach truck )?(?:forks|tines|tynes)\b`,
  ),
];

// Not there: absent, at home, never coming in.
const EN_NOT_THERE = String.raw`(?:who |that )?(?:isn'?t|isnt|is not|aren'?t|arent|are not|wasn'?t|was not|weren'?t|doesn'?t|doesnt|does not|don'?t|dont|do not|didn'?t|never|is never|are never)(?: even| ever| actually| really)? (?:here|there|in|on site|at work|working|work|works|come in|comes in|came in|come|comes|show up|shows up|showed up|turn up|turns up|turned up|exist|exists)\b|\bwho (?:is|are|was|were) (?:at home|on holiday|abroad|in bed|off sick|not even here|not here)\b`;
const ENGLISH_FRAUD_32: UrgencyRule[] = [
  // Hours clocked for someone not there: "clocking in hours for his mate who isn't here".
  rule(
    'fraud',
    String.raw`\b(?:clock\w*|punch(?:es|ed|ing)? in|swip\w*|sign(?:s|ed|ing)? in|badg\w*|scan(?:s|ned|ning)? in|(?:puts?|putting|adds?|added|adding|logs?|logged|logging|enters?|entered|entering|writes?|wrote|writing) (?:in )?(?:fake |extra |full )?(?:hours|shifts|time))\b[^.!?\n]{0,50}?\bfor (?:his|her|their|my|a|an|the|some|these|those|people|workers|guys|friends|mates|relatives|family|someone|somebody)(?: [\w'-]+){0,2} ${EN_NOT_THERE}`,
  ),
  // Money paid or taken to get or keep a job: "had to pay the recruiter to get this job". Whom or how much is said:
  // "decent pay for the job" is a wage.
  rule(
    'fraud',
    String.raw`\b(?:pay|paid|pays|paying|give|gave|giving|hand(?:ed)? over|bribe[ds]?|bribing)(?=(?: (?:the|a|an|my|our|his|her|their) (?:[\w-]+ )?(?:recruiter|agent|agency|supervisor|manager|boss|foreman|hr|lead|gangmaster|broker|middleman|contractor|owner|guy|man|woman)| (?:a fee|fees|money|cash|a bribe|a cut|bribes|(?:[$\u00a3\u20ac])?\d)))(?: (?:the|a|an|my|our|his|her|their) (?:[\w-]+ )?(?:recruiter|agent|agency|supervisor|manager|boss|foreman|hr|lead|gangmaster|broker|middleman|contractor|owner|guy|man|woman))?(?: (?:a fee|fees|money|cash|a bribe|a cut|bribes|(?:[$\u00a3\u20ac])?\d[\d,.]*\w*)(?: (?:a|per|every|each) (?:week|month|shift|day))?)? (?:just )?(?:to (?:get|keep|be given|land|secure) (?:this|the|a|my|our|their|his|her) (?:job|jobs|position|start|shifts?|hours|contract|place|spot|work)|to (?:get|be) hired|for (?:this|the|a|my) (?:job|position|contract|start))\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:charg(?:e|es|ed|ing)|took|takes|taking|asks? for|asked for|wants?|wanted|demand(?:s|ed)?) (?:me|us|new \w+|people|workers|them|him|her|everyone|each of us)(?: (?:a fee|fees|money|cash|a bribe|(?:[$\u00a3\u20ac])?\d[\d,.]*\w*))?(?: [\w-]+){0,2} (?:to|for) (?:get|getting|keep|keeping|give|giving|land|landing)(?: (?:me|us|them|him|her))? (?:this|the|a|my|our|their|his|her) (?:job|jobs|start|position|shifts?|contract|work)\b`,
  ),
];

// A bomb said to be brought or set off at work, whoever laughs: "he said he would bring a bomb to work lol". It is a
// threat, and a danger to everyone on site: a laugh takes the threat away (playful.ts), never the danger.
const EN_BOMB = String.raw`\b(?:bring|brings|bringing|brought|plant|plants|planting|put|leave|leaving|set off|setting off|make|making|build|building|carry|carrying|has|have|got) (?:a |an |his |the |some )?(?:real )?(?:bomb|pipe ?bomb|explosives?|ied|grenade|dynamite)s? (?:to|into|in|at|under|inside) (?:the |our |this |my |his )?(?:work|office|site|warehouse|plant|factory|store|shop|depot|building|canteen|meeting|shift|place|car ?park)\b`;
const dangerToAll = (source: string): UrgencyRule[] => [rule('threat', source), rule('safety', source)];
const ENGLISH_BOMB: UrgencyRule[] = dangerToAll(EN_BOMB);

/** English. */
export const ENGLISH_SAID_32: UrgencyRule[] = [
  ...ENGLISH_BLOWS_PLACED,
  ...ENGLISH_PASSIVE,
  ...ENGLISH_MISSPELT,
  ...ENGLISH_FORKS,
  ...ENGLISH_FRAUD_32,
  ...ENGLISH_BOMB,
];

// German: a blow with a time word between its words ("hat mich heute geschlagen"), someone on the forks, hours
// stamped for someone absent, a bomb brought along.
const DE_WHEN = String.raw`(?:(?:im|in der|in dem|am|an der|auf dem|auf der|hinter der|hinter dem|vor der|vor dem|beim|bei der|neben der|neben dem) (?:\w+ )?\w+|heute|gestern|vorgestern|vorhin|eben|gerade|grade|schon wieder|wieder|nochmal|erneut|heute (?:morgen|fruh|frueh|mittag|nachmittag|abend)|gestern (?:abend|morgen)|letzte woche|diese woche|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|in der (?:pause|schicht|halle|kantine)|vor allen|einfach|absichtlich|mit der faust|ins gesicht)`;
export const GERMAN_SAID_32: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:hat|haben|hatte|hatten) (?:mich|ihn|sie|uns|einen kollegen|eine kollegin|meinen kollegen|meine kollegin)(?: ${DE_WHEN}){1,3} (?:geschlagen|geohrfeigt|getreten|geschubst|gestossen|gesto\u00dfen|verprugelt|verpruegelt|gewurgt|gewuergt|angegriffen|geboxt|bespuckt|angespuckt)\b`,
    { negatable: true },
  ),
  rule(
    'safety',
    String.raw`\b(?:mit|und) (?:einem |einer |dem |der |zwei )?(?:kollegen?|kollegin|mitarbeiter(?:in)?|leuten|person|menschen|jemand(?:em|en)?|mann|frau|azubi)\b[^.!?\n]{0,30}?\bauf (?:der|den|die) (?:gabel|gabeln|gabelzinken|zinken)\b|\b(?:kollegen?|kollegin|jemand(?:en)?|leute|person)[^.!?\n]{0,30}?\b(?:auf die gabel|auf den gabeln|auf der gabel)\b(?: (?:gehoben|gestellt|hochgehoben|gefahren|mitgenommen))?`,
  ),
  rule(
    'fraud',
    String.raw`\bstempel\w* (?:\w+ )?(?:fur|fuer|f\u00fcr) (?:seinen|seine|ihren|ihre|einen|eine|den|die|meinen|meine) \w+(?: ein)?\b[^.!?\n]{0,25}?\b(?:der|die|obwohl|weil|wenn)\b[^.!?\n]{0,25}?\b(?:nicht|nie|gar nicht) (?:da|hier|anwesend|kommt|arbeitet|erscheint)\b`,
  ),
  // A bomb brought to work: a threat, and a danger to everyone on site that no laugh takes away.
  ...dangerToAll(
    String.raw`\b(?:bringt|bringe|bringen|mitbringen|bringt (?:\w+ )?mit|legt|legen|zundet|zuendet|zunden|zuenden) (?:\w+ ){0,2}(?:eine |die |ne )?(?:bombe|sprengsatz|sprengstoff|granate)\b|\b(?:bombe|sprengsatz|sprengstoff)\b[^.!?\n]{0,25}\b(?:mitbringen|mitnehmen|mit zur arbeit|in die firma|zur arbeit|legen|zunden|zuenden)\b`,
  ),
];

// Spanish: someone lifted on the forks, money paid for the job, a bomb brought to work.
export const SPANISH_SAID_32: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:a un companero|a una companera|a alguien|a una persona|a la gente|gente|personas?|un companero|una companera|companeros|alguien|un chavo|un muchacho|un trabajador)\b[^.!?\n]{0,30}?\b(?:en|sobre|arriba de) (?:las|los|la) (?:unas|horquillas|horquilla|cuchillas|palas|tenedores|horcas)\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:pagar(?:le)?|pague|pagamos|pagan|pagarle|dar(?:le)? dinero|darle una mordida|soltar dinero) (?:\w+ ){0,3}(?:al|a la|a los) (?:\w+ )?(?:reclutador|reclutadora|agencia|encargado|supervisor|jefe|capataz|contratista|gerente|coyote|enganchador)\b[^.!?\n]{0,20}?\bpara (?:conseguir|tener|entrar (?:a|en)|obtener|que me (?:dieran|den|diera)|mantener|conservar) (?:este|el|un|mi|esta|la) (?:trabajo|empleo|puesto|chamba|plaza|turno)\b`,
  ),
  // A bomb brought to work: a threat, and a danger to everyone on site that no laugh takes away.
  ...dangerToAll(
    String.raw`\b(?:traer|traigo|trae|traeria|trajo|va a traer|poner|pone|pondra|va a poner|dejar|deja|meter|mete|colocar) (?:una |la |unas )?(?:bomba|bombas|explosivos?|granada|dinamita) (?:al|a la|en el|en la|dentro del|en) (?:trabajo|oficina|fabrica|almacen|bodega|planta|tienda|obra|empresa|nave)\b`,
  ),
];

// French.
export const FRENCH_SAID_32: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:un collegue|une collegue|quelqu'un|des gens|des collegues|un gars|un mec|une personne|des personnes|un interimaire|un cariste)\b[^.!?\n]{0,30}?\b(?:sur|dans) (?:les|la) (?:fourches|fourche)\b`,
  ),
  rule(
    'fraud',
    String.raw`\bpointe\w* (?:\w+ )?pour (?:son|sa|ses|leur|leurs|un|une|des|mon|ma) \w+ qui (?:n'est|ne vient|ne viennent|n'y est|n'est jamais|ne sont|n'y sont|ne travaille)\b|\b(?:payer|paye|paie|paye|donner de l'argent|verser) (?:[\w']+ ){0,3}(?:le|la|au|a la|l') ?(?:\w+ )?(?:recruteur|recruteuse|agence|chef|responsable|contremaitre|patron|gerant|intermediaire)\b[^.!?\n]{0,20}?\bpour (?:avoir|obtenir|garder|decrocher|entrer dans) (?:ce|le|un|mon|cette|la) (?:poste|travail|boulot|emploi|contrat|job|place)\b`,
  ),
  // A bomb brought to work: a threat, and a danger to everyone on site that no laugh takes away.
  ...dangerToAll(
    String.raw`\b(?:faire sauter|faire exploser) (?:l'usine|le boulot|l'entrepot|le bureau|l'atelier|le depot|le magasin|la boite|le site|l'entreprise|tout le monde)\b|\b(?:apporter|ramener|amener|poser|mettre|apporte|ramene|amene|pose) (?:une |la |des )?(?:bombe|bombes|explosifs?|grenade) (?:au|a la|dans l'|dans le|dans la|a l') ?(?:travail|boulot|usine|bureau|entrepot|atelier|magasin|boite|site)\b`,
  ),
];

// Portuguese.
export const PORTUGUESE_SAID_32: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:um colega|uma colega|alguem|pessoas|gente|um cara|um trabalhador|os colegas)\b[^.!?\n]{0,30}?\b(?:nos|nas|em cima dos|em cima das|sobre os) (?:garfos|garfo|pas|forquilhas)\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:pagar|paguei|pagamos|pagam|paga|dar dinheiro)(?: \w+){0,3} (?:o|a|ao|a|para o|pro|pra) (?:\w+ )?(?:recrutador|recrutadora|agencia|encarregado|supervisor|chefe|gerente|empreiteiro|gato|intermediario)\b[^.!?\n]{0,20}?\bpara (?:conseguir|ter|entrar|manter|ganhar) (?:esta|essa|a|uma|este|esse|o|um|meu|minha) (?:vaga|emprego|trabalho|posto|turno|contrato)\b`,
  ),
  // A bomb brought to work: a threat, and a danger to everyone on site that no laugh takes away.
  ...dangerToAll(
    String.raw`\b(?:trazer|traz|traria|trouxe|vai trazer|colocar|coloca|por|botar|deixar) (?:uma |a )?(?:bomba|bombas|explosivos?|granada|dinamite) (?:pro|pra|para o|para a|no|na|ao|a) (?:trabalho|escritorio|fabrica|armazem|galpao|loja|obra|empresa|firma|servico)\b`,
  ),
];
