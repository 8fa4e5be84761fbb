import { rule, type UrgencyRule } from './types';

/*
 * Discrimination told by what was done or said: pay set by race or nationality, monkey noises or bananas, a slur or
 * hate symbol written where someone works, age held against someone ("told me im too old to learn the new system",
 * "they said i was past it", "il capo ha detto che sono troppo vecchia"), a job given past someone to a younger,
 * white or male colleague, punished for speaking one's own language, a pregnancy or maternity leave held against
 * someone, being gay or trans held against someone, a slur called at someone in French.
 * Tests: test/unit/analysis/urgency-attack-round-30.test.ts, urgency-attack-round-31.test.ts,
 * urgency-attack-round-32.test.ts, urgency-reattack-round-32.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|lol|lmao|haha\w*`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// People named by race, colour or nationality, as workers talk about each other.
const EN_ORIGIN = String.raw`(?:mexican|black|white|brown|asian|hispanic|latino|latina|latinx|african|arab|indian|pakistani|filipino|polish|romanian|chinese|vietnamese|haitian|guatemalan|salvadoran|honduran|somali|nigerian|english|irish|scottish|welsh|german|french|italian|portuguese|brazilian|colombian|venezuelan|ukrainian|russian|turkish|kurdish|bangladeshi|nepali|korean|thai|caribbean|jamaican|ghanaian|kenyan|ethiopian|eritrean|sudanese|syrian|afghan|iraqi|iranian|immigrant|foreign|migrant|muslim|jewish|spanish[- ]speaking|english[- ]speaking|local|american|british|european)`;
const EN_WORKERS = String.raw`(?:guys|workers|lads|girls|women|men|ladies|folks|people|staff|employees|crew|ones|temps|drivers|pickers|packers|cleaners)`;
// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL_OR_LESSON = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
// A film, a joke or training around the words: no event here.
const EN_NOT_REAL_OR_EXAMPLE = String.raw`movie|film|show|series|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|haha|quiz|example|scenario|policy`;
// Family and friends, whose "you're too old for that" is no employer's.
const EN_FAMILY = String.raw`(?:my|our|her|his) (?:wife|husband|partner|kids?|children|son|daughter|mom|mum|mother|dad|father|parents|family|friends?|girlfriend|boyfriend|doctor|grandkids|sister|brother)`;
// What someone at work says.
const EN_SAYS = String.raw`(?:told|tells|telling|said|says|saying|keeps? saying|keeps? telling|hinted|suggested|implied|made it clear|asked (?:me|her|him) when)`;
// The writer, or a colleague they speak for.
const EN_IS_ONE = String.raw`(?:i'?m|im|i am|i was|i'?d be|we'?re|we are|she'?s|shes|she is|he'?s|hes|he is|they'?re|you'?re|ur)`;
// A language someone speaks.
const EN_LANGUAGE = String.raw`(?:spanish|my language|our language|(?:my|our|her|his|their) (?:own |native |first )?language|portuguese|polish|tagalog|vietnamese|arabic|chinese|mandarin|cantonese|french|creole|haitian creole|somali|hindi|punjabi|urdu|russian|ukrainian|romanian|korean|swahili|amharic|tigrinya|hmong|karen|burmese|nepali|bengali)`;
// What a manager does to someone.
const EN_PUNISHED_FOR = String.raw`(?:written up|wrote (?:me|us|her|him|them) up|write (?:me|us|her|him|them) up|fired|sacked|let go|suspended|disciplined|punished|docked|yelled at|screamed at|shouted at|told off|threatened|warned|sent home|reprimanded|given a warning|got a warning|got a write[- ]?up)`;
// A film, a joke or training around the words: no event here.
const EN_NOT_REAL_OR_HYPOTHETICAL = String.raw`movie|film|show|series|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|haha|quiz|example|scenario|policy|hypothetically`;
// What was done to someone at work that harms them: their shifts, their job, their place.
const EN_HARMED = String.raw`(?:stopped giving (?:me|her|us) (?:any )?(?:shifts|hours|work|overtime)|(?:cut|cutting|slashed|halved|reduced|took away|taking away|dropped) (?:all )?(?:my|her|our) (?:hours|shifts|overtime|pay|rota)|(?:fired|sacked|dismissed|demoted|let go|laid off|pushed out|forced out|got rid of|written up|wrote (?:me|her) up|punished|replaced|passed (?:me|her) over)(?! (?:the|a|an|some|it|that|this|up)\b)|(?:fired|sacked|dismissed|demoted|replaced|punished) (?:me|her)|let (?:me|her) go|took (?:me|her) off (?:the )?(?:rota|schedule|shifts|floor|front|till|tills|counter)|(?:moved|put|switched|sent) (?:me|her) (?:on|to|onto) (?:nights|night shift|nights only|the night shift|the worst shifts?|the back|the stockroom|part[- ]time)|no more shifts|(?:as|like) (?:a )?punishment)`;
// A pregnancy or a return from the leave that follows it, told to the employer.
const EN_PREGNANCY = String.raw`(?:(?:told|tell|telling|informed|let) (?:them|him|her|my (?:boss|manager|supervisor|team leader|line manager)|the (?:boss|manager|supervisor|team leader|office|agency|company))(?: that)? (?:i was|i'?m|im|i am|she was|she'?s|shes|we were|we'?re) (?:pregnant|expecting|having a baby)|(?:told|tell|telling|informed) (?:them|him|her|my \w+|the \w+) about (?:the|my|her|our) (?:baby|pregnancy)|(?:announced|mentioned|shared) (?:my|her) pregnancy|(?:i|she) (?:got|was|became|fell) pregnant|(?:i |she |we )?(?:went|go|going|was|were) on (?:my |her )?(?:maternity|pregnancy) leave|(?:i |she |we )?(?:came|come|got|coming|returned|went) back (?:to work )?(?:from|after) (?:my |her )?(?:maternity|paternity|parental|pregnancy) leave|(?:since|after) (?:my |her )?(?:maternity|pregnancy) leave)`;
// A word for a gay, lesbian, bisexual or trans person.
const EN_ORIENTATION = String.raw`(?:gay|gays|lesbian|lesbians|bi|bisexual|trans|transgender|queer|homosexual|homosexuals|lgbt\w*|nonbinary|non-binary)`;

export const ENGLISH_DISCRIMINATION_SAID: UrgencyRule[] = [
  // Pay or treatment set by race or nationality: "paying the mexican guys less than the white guys same job".
  rule(
    'discrimination',
    String.raw`(?:\b(?:pay(?:s|ing|ed)?|paid|give(?:s|n)?|giving|gave|get(?:s|ting)?|got|make(?:s)?|making|earn(?:s|ing)?)\b(?: (?:the|all the|us|them|our|those))? ${EN_ORIGIN}(?: ${EN_WORKERS})?(?: (?:get|gets|are|r|is|were|make|earn)(?: paid| getting paid| being paid)?)? (?:less|lower|more|higher|a lower \w+|a higher \w+|\$?\d+ (?:less|more))\b(?: (?:money|pay|wages?|rates?))?(?: (?:an hour|per hour|a week|hourly))? than (?:the |us |all the )?${EN_ORIGIN}\b|\b(?:the |all the |our )?${EN_ORIGIN} ${EN_WORKERS} (?:get|gets|are|r|were|get paid|are paid|are getting paid|make|earn)(?: paid)? (?:less|more|lower|higher)\b[^.!?\n]{0,30}\bthan (?:the |us |all the )?${EN_ORIGIN}\b|\b(?:pay(?:s|ing|ed)?|paid) (?:the |all the |our )?(?:women|ladies|girls|female (?:staff|workers|drivers|pickers))(?: \w+)? (?:less|lower \w+) than (?:the )?(?:men|guys|lads|blokes|male (?:staff|workers|drivers|pickers))\b|\b(?:pay(?:s|ing|ed)?|paid) (?:the |all the |our )?(?:men|guys|lads|male (?:staff|workers))(?: \w+)? (?:more|higher \w+) than (?:the )?(?:women|ladies|girls|female (?:staff|workers))\b|\b(?:the |all the )?${EN_ORIGIN} ${EN_WORKERS} (?:always |only |all |still )?(?:get|gets|got|are given|are put on|get put on|get stuck (?:on|with)|do|have to do) (?:all )?(?:of )?(?:the )?(?:worst|shittiest|crappiest|hardest|dirtiest|heaviest|most dangerous) (?:shifts?|jobs?|work|tasks?|hours|areas?|stations?|routes?)\b|\b(?:paid|pays?|paying) (?:us|them|me|him|her) less (?:because|cos|cuz|coz|since) (?:we'?re|they'?re|i'?m|he'?s|she'?s|we are|they are|i am|he is|she is) ${EN_ORIGIN}\b)${notAround(EN_NOT_REAL)}`,
  ),
  // Racial harassment without a slur: monkey noises or chants, bananas thrown or left for someone.
  rule(
    'discrimination',
    String.raw`\b(?:making|makes?|made|doing|does|did|do) (?:\w+ )?(?:monkey|ape|gorilla|chimp|jungle) (?:noises?|sounds?|chants?|gestures?|calls?)\b(?! (?:at|in|for) (?:the )?(?:zoo|kids?|baby|toddler|party|game|panto))|\b(?:monkey|ape|gorilla|chimp|jungle) (?:noises?|sounds?|chants?|gestures?)\b[^.!?\n]{0,30}\b(?:at|to|behind|towards?) (?:me|him|her|us|them|the (?:\w+ )?(?:guys?|girls?|lads?|workers?|colleagues?|new \w+))\b|\b(?:threw|throws?|throwing|chucked|chucks?|chucking) (?:a |some )?(?:bananas?|banana (?:skins?|peels?)) at (?:me|him|her|us|them|the (?:\w+ )?(?:guys?|girls?|lads?|workers?))\b`,
  ),
  // A slur or hate symbol written, drawn or left where someone works: "somebody wrote the n word on my locker".
  rule(
    'discrimination',
    String.raw`(?:\b(?:wrote|written|writes|writing|spray ?paint(?:ed|s)?|spraypainted|painted|drew|drawn|draws|carved|scratched|keyed|etched|scrawled|scribbled|tagged|graffitied|sharpied)\b (?:a |an |the |some |more )?(?:racial )?(?:n ?-?word|n-?word|n\*+\w*|n[i1!]gg\w*|slurs?|kkk|white power|sieg heil|heil hitler)(?![\w*])(?! (?:is|was) (?:offensive|banned|wrong|not ok))|\b(?:the )?(?:n ?-?word|n\*+\w*|n[i1!]gg\w*|racial slurs?|slurs?|kkk|white power)(?![\w*]) (?:was |is |got |has been |been )?(?:spray ?painted|painted|written|scrawled|carved|scratched|keyed|etched|drawn|tagged|scribbled) (?:on|in|into|across|all over|onto)\b(?! (?:my|his|her|your|their|our|the) (?:forehead|face|heads?|chest|eyes)))${notAround(EN_NOT_REAL_OR_LESSON)}`,
  ),
  // Age held against someone: "told me im too old to learn the new system", "says i should retire and make room".
  rule(
    'discrimination',
    String.raw`\b${EN_SAYS}(?: (?:me|her|him|us|them))?(?: that)? ${EN_IS_ONE} (?:too old|getting too old|past it|over the hill) (?:to (?:learn|keep up|do|work|lift|use|be|get|run|change|adapt|understand|handle)|for (?:this|the|that|a|these|new|promotion|training|the team|the job|this job|this place))\b|\b${EN_SAYS}(?: (?:me|her|him|us|them))?(?: that)? (?:i|she|he|we|you) (?:should|need to|needs to|ought to|had better|better|have to|has to|must) (?:just )?(?:retire|take (?:early )?retirement|make room for (?:the )?(?:young|younger)\w*)\b(?! (?:fund|plan|account|savings|party|age|date)\b)${notAround(`${EN_NOT_REAL_OR_EXAMPLE}|${EN_FAMILY}|when (?:i|you|she|he) (?:want|feel|are ready)|congratw*|happy|lucky|rich|lottery|soon as`)}`,
  ),
  // A job or promotion given past someone to a younger, white or male colleague.
  rule(
    'discrimination',
    String.raw`\b(?:passed (?:me|her|him|us) over|passed over|skipped (?:me|her|him|us)|overlooked|went over my head)\b[^.!?\n]{0,80}?\b(?:for|gave (?:it|the job|the promotion|the position|the role|the spot|the raise) to|and (?:gave|promoted|hired|picked|chose)\b[^.!?\n]{0,25}?) (?:a |an |the |some |this )?(?:(?:much |way |a lot )?younger|white|male|straight|christian|american|english|native)\b(?: \w+){0,3}${notAround(`${EN_NOT_REAL_OR_EXAMPLE}|bridge|river|road|ball|pass|crowd`)}`,
  ),
  // Punished for speaking one's own language: "written up for speaking spanish on break".
  rule(
    'discrimination',
    String.raw`\b${EN_PUNISHED_FOR}\b[^.!?\n]{0,30}?\b(?:for|because (?:i|we|she|he|they) (?:was|were|am|are|is)?) ?(?:speaking|talking(?: in)?|using|chatting in) ${EN_LANGUAGE}\b${notAround(`${EN_NOT_REAL_OR_EXAMPLE}|customers? (?:only|who)|on the (?:radio|phone) with customers`)}`,
  ),
  // A pregnancy held against someone, told in either order.
  rule(
    'discrimination',
    String.raw`\b${EN_HARMED}\b[^.!?\n]{0,80}?\b(?:once|after|since|when|because|as soon as|the day|the week|right after|straight after)\b[^.!?\n]{0,20}?\b${EN_PREGNANCY}\b${notAround(`${EN_NOT_REAL_OR_HYPOTHETICAL}|congrat\\w*|supportive|so kind|lighter duties|light duties`)}|\b(?:since|after|once|when|as soon as|ever since) ${EN_PREGNANCY}\b[^.!?\n]{0,80}?\b${EN_HARMED}${notAround(`${EN_NOT_REAL_OR_HYPOTHETICAL}|congrat\\w*|supportive|so kind|lighter duties|light duties`)}`,
  ),
  // Being gay or trans held against someone: "gay people make the customers uncomfortable", "cant work front desk
  // because im trans".
  rule(
    'discrimination',
    String.raw`(?:\b${EN_ORIENTATION}(?: (?:people|staff|men|women|guys|girls|folk|workers|employees|couples?|person|man|woman))?\b (?:make|makes|made|would make|will make)\b[^.!?\n]{0,20}?\b(?:customers?|clients?|guests?|patients?|people|others|the team|staff|everyone|residents?|parents|kids) (?:feel )?(?:uncomfortable|uneasy|nervous|awkward|weird|unsafe)|\b(?:because|since|as|coz|cause|for being) (?:i'?m|im|i am|she'?s|shes|he'?s|hes|they'?re|i was|she was|he was)? ?${EN_ORIENTATION}\b[^.!?\n]{0,30}?\b(?:cant|can'?t|cannot|not allowed to|wont let (?:me|her|him)|won'?t let (?:me|her|him)|banned from|kept (?:me|her|him) off|took (?:me|her|him) off|fired|sacked|moved)\b|\b(?:cant|can'?t|cannot|not allowed to|wont let (?:me|her|him)|won'?t let (?:me|her|him)|banned from|kept (?:me|her|him) off|took (?:me|her|him) off|fired|sacked|moved (?:me|her|him))\b[^.!?\n]{0,40}?\b(?:because|since|coz|cause|for being) (?:i'?m|im|i am|she'?s|shes|he'?s|hes|they'?re)? ?${EN_ORIENTATION}\b)${notAround(`${EN_NOT_REAL_OR_HYPOTHETICAL}|pride|bar|club|parade`)}`,
  ),
  // A role given to someone because they are younger, and being told one is past it.
  rule(
    'discrimination',
    String.raw`(?:\b(?:got|gets|given|gave|promoted|hired|picked|chose|chosen|went to)\b[^.!?\n]{0,50}?\b(?:because|since|as|coz|cause) (?:she'?s|shes|he'?s|hes|they'?re|she is|he is|they are|she was|he was|they were) (?:much |way |a lot )?younger\b|\b(?:said|says|told (?:me|her|him|us)|telling (?:me|her|him)|tells (?:me|her|him))(?: that)? (?:i was|i'?m|im|i am|she was|she'?s|shes|he was|he'?s|hes) (?:too old|past it|over the hill|too old now)\b(?! (?:for (?:this|that) (?:lol|haha|game|music|club)|to (?:party|go out|club|dance))))${notAround(`${EN_NOT_REAL_OR_HYPOTHETICAL}|my (?:kids?|son|daughter|wife|husband|partner|mum|mom|dad|friends?|grandkids?)|(?:i|we) (?:joked|laughed)`)}`,
  ),
];

export const FRENCH_DISCRIMINATION_SAID: UrgencyRule[] = [
  ...(['harassment', 'discrimination'] as const).map((category) =>
    rule(
      category,
      String.raw`\b(?:m'?|me |l'?|le |la |nous |les |t'?)\s?(?:appelle|appellent|appelait|appelaient|a appele|ont appele|traite|traitent|traitait|a traite|ont traite|surnomme|surnomment)(?: de| d'| comme)?(?: le| la| les| un| une| sale| espece de| gros| grosse| petit| petite)* ?(?:bougnoules?|bicots?|negres?|negresses?|youpins?|youpines?|bamboulas?|macaques?|ratons?|chinetoques?|bridees?|brides?|pedes?|gouines?|tapettes?|tarlouzes?|boukaks?|bounty|feujs?|niakoues?|romanos?|manouches?|melons?|crouillats?|bougnes?)\b(?![^.!?\n]{0,30}\b(?:film|chanson|livre|blague|mdr|ptdr|lol)\b)`,
    ),
  ),
];

export const ITALIAN_DISCRIMINATION_SAID: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`\b(?:detto|dice|dicono|diceva|dicevano|ripete|ripetono|fatto capire)(?: a me| mi)?(?: che)? (?:sono|ero|sei|sarei|e|era|siamo) (?:troppo (?:vecchi[oa]e?|anzian[oa]e?|avanti con gli anni)|vecchi[oa] per)\b(?! (?:per (?:le |la |il |queste |questa )?(?:discoteca|discoteche|feste|tiktok|videogiochi|giochi))\b)(?![^\n]{0,60}\b(?:ahah\w*|haha\w*|scherz\w*|lol|film|serie)\b)(?<!\b(?:mia (?:figlia|moglie|madre|sorella)|mio (?:figlio|marito|padre|fratello)|i miei (?:figli|nipoti|amici)|nipot[ei])\b[^\n]{0,60})`,
  ),
];

// Slurs that name no one but by what they are: called at someone, always both harassment and discrimination.
const EN_SLUR = String.raw`(?:nigger|niggers|faggot|faggots|fag|paki|chink|spic|kike|wetback|tranny|dyke|coon|gook|raghead|towelhead|sand nigger|n word|n\*{2,}[a-z]{0,2}|ni\*{2,}[a-z]{0,2}|f\*{2,}(?:t|ts|g|gs)|f[a@]g\*{1,}t)`;
// A slur written with stars is read as the slur, never as its in-group form: said by someone at work, it is the slur.
// In-group forms and the slur for disability, said among friends too: only when someone at work says them.
const EN_SLUR_AT_WORK = String.raw`(?:nigga|niggas|retard|retarded|n word)`;
const EN_AT_WORK = String.raw`(?:boss|supervisor|manager|foreman|team leader|team lead|shift lead|line manager|lead hand|gaffer|coworker|co-worker|colleague|customer|owner|chef|head chef|sup|mgr)`;
const EN_CALLS = String.raw`(?:calls?|called|calling|keeps? calling|kept calling|keeps? saying|said|says|whispered|shouted|yelled|screamed)`;
// A slur called at someone, "keeps calling me a n*****", "called me a stupid paki".
const EN_SLUR_CALLED = String.raw`\b${EN_CALLS} (?:me|her|him|us|them|my \w+)(?: a| an| the| his| her| their| that| this)?(?: \w+){0,2}? ${EN_SLUR}(?![a-z*])|\b${EN_AT_WORK}\b[^.!?\n]{0,40}?\b${EN_CALLS} (?:me|her|him|us|them)(?: a| an| the| his| her| their)?(?: \w+){0,2}? ${EN_SLUR_AT_WORK}\b${notAround(`${EN_NOT_REAL}|song|lyrics?|rap|rapper|rhyme`)}`;

/**
 * A slur called at someone is harassment of them and discrimination both. Rules that consume their words run first
 * (matchIn in matcher.ts: every consuming rule of every language the text is read in, in order, then the rest), and
 * a consuming rule can change what a plain slur rule reads ("supervisor keeps calling me a n***** when no one is
 * around" read harassment alone when these were plain rules, though the 924 eval rows holding a slur read the same;
 * which rule does it is not yet found): so these two are consuming rules placed first in English (en.ts), and match
 * no words at all (a lookahead), so that each finds its kind and every other rule still reads the whole text.
 */
export const ENGLISH_SLUR_CALLED: UrgencyRule[] = (['harassment', 'discrimination'] as const).map((category) =>
  rule(category, String.raw`(?=${EN_SLUR_CALLED})`, { consumes: true }),
);
