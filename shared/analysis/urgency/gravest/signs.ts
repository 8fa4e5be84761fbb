import { rule, type UrgencyRule } from '../types';

/*
 * Emergencies told by what the writer sees rather than named (blind round 18): the signs of a stroke (slurring and a
 * face drooping), of a heart attack (clutching the chest and sweating), a person found not moving and cold, people
 * inside a lift stuck between floors, smoke "seen coming out of" a room, a fight with a tool for a weapon, a scaffold
 * swaying with workers on it, children run into a machine area. Each needs two signs, or a sign and a person: slurring
 * at the Christmas party, a banner drooping, "found the queue not moving", the lift stuck again (no one in it), smoke
 * in a drill and "fighting with the printer" stay calm. Patterns are folded text: no accents, lower case.
 */
const safety = (...sources: string[]): UrgencyRule[] => sources.map((source) => rule('safety', source));

// A person as colleagues name them: a pronoun, a role, "a guy in the warehouse".
const PERSON = String.raw`(?:him|her|them|someone|somebody|(?:a|an|the|one of (?:the|our|my)|our|my|two of (?:the|our)|two|2|this|that) (?:[\w-]+ ){0,2}(?:guys?|m[ae]n|wom[ae]n|lady|ladies|person|people|blokes?|lads?|kids?|child|boys?|girls?|workers?|colleagues?|coworkers?|co-workers?|drivers?|guards?|residents?|patients?|customers?|cleaners?|operators?|contractors?|tenants?|nurses?|carers?|staff|porters?|pickers?|packers?|supervisors?|managers?|boss|lead|teammates?|security|electricians?|technicians?|welders?|mechanics?|apprentices?|temps?|visitors?|agency workers?))`;
// Within one sentence.
const NEAR = String.raw`[^.!?\n]{0,80}?`;
// A drill, a course or a screen: what happens there is played.
const NOT_PLAYED = String.raw`(?![^.!?\n]{0,80}\b(?:drill|exercise|scenario|simulation|simulated|training|course|video|film|movie|show|episode|game|photo|picture|bbq|barbecue|bonfire|fireworks|fireplace|candles?)\b)`;

// Stroke: a face drooping on one side; or slurred speech with a second sign (a face, an arm, a side, confusion).
const FACE_DROOPING = String.raw`\b(?:one side of (?:his|her|their|the) (?:face|mouth)|(?:his|her|their|[\w-]+'s) (?:face|mouth|smile)(?: on one side)?) (?:is |was |has |had |started |starting |seems |looks |went |has gone |is all )?(?:drooping|droopy|drooped|sagging|sagged|lopsided|dropping|dropped|droops)\b`;
const SLURRING = String.raw`\b(?:slurr(?:ing|ed|s) (?:(?:his|her|their) )?(?:words|speech)|(?:his|her|their) speech (?:is |was |went |has gone |got )?(?:slurred|slurry|funny|weird)|slurred speech)\b`;
const STROKE_SIGN = String.raw`\b(?:face|mouth|one side|left side|right side|arm|leg|confused|dizzy|can'?t (?:lift|raise|move|feel)|cant (?:lift|raise|move|feel)|numb|weak|drooping|droopy)\b`;
const ONE_SIDE_WEAK = String.raw`\b(?:(?:his|her|their) (?:left|right) (?:side|arm|leg)|(?:left|right|one) side of (?:his|her|their) (?:body|face)) (?:is |has |went |has gone |seems |feels |is all )?(?:numb|weak|limp|paraly[sz]ed|floppy|gone dead|dead)\b`;

// Heart attack: the chest clutched, with sweating, breathlessness, a collapse or pain in the same sentence.
const CHEST = String.raw`\b(?:clutch(?:ing|ed|es)?|grabb(?:ing|ed)|grabs|gripp(?:ing|ed)|clasp(?:ing|ed)|holding|held) (?:at )?(?:his|her|their) (?:chest|heart|left arm)\b|\bchest pains?\b`;
const HEART_SIGN = String.raw`\b(?:sweating|sweaty|clammy|pale|grey|gray|can'?t breathe|cant breathe|cannot breathe|struggling to breathe|short of breath|out of breath|gasping|collapsed|collapsing|fell (?:down|over)|went down|on the floor|dizzy|vomiting|throwing up|left arm|jaw)\b`;

// Found not moving or cold: "found one of the night guards not moving in the stairwell".
const STILL = String.raw`(?:not moving|isn'?t moving|unresponsive|motionless|lifeless|not responding|not breathing|not waking up|won'?t wake up|ice cold|cold and (?:still|stiff|blue|grey|gray))`;

// People inside a lift that stopped between floors or is stuck.
const LIFT_PEOPLE = String.raw`(?:(?:with|w/) (?:\S+ ){0,2}(?:people|persons?|guys|staff|workers|colleagues|passengers|residents|patients|kids|children|someone|somebody|a (?:\w+ )?(?:guy|man|woman|lady|person|kid|child|resident|patient|worker|colleague|wheelchair user))(?: (?:inside|in it|in there|trapped|stuck))?|(?:people|someone|somebody|\d+ (?:\w+ )?(?:people|persons|guys|staff|workers|of us|of them|colleagues|passengers|residents)|(?:he|she|they)(?:'s| is| are|'re)) (?:\S+ )?(?:inside|in it|in there|trapped|stuck inside))`;

// A tool used as a weapon in a fight.
const FIGHT_WEAPON = String.raw`(?:tire iron|tyre iron|crowbar|baseball bat|bat|hammer|metal pipe|pipe|iron bar|metal bar|wrench|spanner|broken bottle|bottle|shovel|spade|machete|axe|box ?cutter|stanley knife|knife|knives|screwdriver|chain|brick|plank|pallet slat)`;
const FIGHTERS = String.raw`\b(?:(?:two|2|three|3|some|a couple of|couple of|these|those|the|a few) (?:[\w-]+ )?(?:guys|men|blokes|lads|workers|drivers|people|customers|staff|employees|colleagues|coworkers|co-workers|women|girls|boys|kids|pickers|loaders|of them|of the \w+)|(?:he|she|they|someone|somebody)) (?:are |were |is |was |'re |'s |got |started |have been |has been )?(?:fighting|brawling|going at it|attacking each other|scrapping)\b`;
const DOWN = String.raw`\b(?:one|one of them|one guy|the other (?:one|guy)|he|she|someone) (?:is|'s|was|went|got) (?:on the (?:ground|floor)|down|bleeding|knocked out|out cold|unconscious|not moving)\b`;

const englishSigns: UrgencyRule[] = safety(
  String.raw`${FACE_DROOPING}${NOT_PLAYED}|${SLURRING}${NEAR}${STROKE_SIGN}|${STROKE_SIGN}${NEAR}${SLURRING}|${ONE_SIDE_WEAK}`,
  String.raw`(?:${CHEST})${NEAR}${HEART_SIGN}|${HEART_SIGN}${NEAR}(?:${CHEST})`,
  String.raw`\bfound ${PERSON} (?:[\w'-]+,? ){0,4}?${STILL}\b|\b(?:he|she|they)(?:'s| is| are|'re|s) (?:\w+ )?(?:cold and (?:not moving|unresponsive|blue|stiff)|not moving and (?:cold|blue|not breathing))\b|\b(?:can'?t|cant|couldn'?t|cannot) wake (?:him|her|them) up\b`,
  String.raw`\b(?:lift|elevator)s?\b[^.!?\n]{0,40}\b(?:stuck|jammed|stopped|broke down|broken down|stalled)\b[^.!?\n]{0,60}?${LIFT_PEOPLE}`,
  String.raw`\b(?:smoke|flames?|sparks|a fire) (?:was|were|is|are|has been|have been|had been|being|just|got) (?:just )?(?:seen|spotted|noticed|observed|reported) (?:coming|pouring|billowing|rising|in|from|out|at|near|behind|inside|under|above|on|around)\b${NOT_PLAYED}`,
  String.raw`${FIGHTERS}${NEAR}\bwith (?:a |an |the |some |his |their )?${FIGHT_WEAPON}\b|${FIGHTERS}${NEAR}${DOWN}|\b(?:fighting|brawling|attacking) each other with (?:a |an |the )?${FIGHT_WEAPON}\b`,
);

/*
 * A farewell with no future in it (blind round 18: "won't be needing my shift next week or any week after ... this is
 * goodbye"): the end of every shift to come, and a goodbye, with no reason to leave given (a new job, retiring,
 * moving, a last day), which would make it a leaver's thanks.
 */
const NO_FUTURE = String.raw`\b(?:won'?t|wont|will not|shan'?t) (?:be )?(?:needing|need) (?:my|the|a|any) (?:\w+ )?(?:shifts?|locker|rota|badge|desk|spot|uniform|job|hours|cover|overtime)\b[^.!?\n]{0,40}?\b(?:or any (?:\w+ )?after|or ever|ever again|any ?more|any longer)\b|\b(?:won'?t|wont|will not) be (?:around|here|coming (?:in|back)|needing anything) (?:\S+ ){0,3}?(?:any ?more|any longer|ever again|after (?:this|today|tonight|friday|this week))\b`;
const GOODBYE = String.raw`\b(?:this is (?:my )?goodbye|goodbye (?:everyone|all|for good|forever)|take care of (?:yourselves|each other)|you won'?t have to (?:deal with|put up with|worry about) me)\b`;
const LEAVER = String.raw`\b(?:new (?:job|role|position|chapter|adventure)|leaving|left the company|retir\w*|resign\w*|notice|moving (?:to|away|abroad)|relocat\w*|last day|farewell (?:drinks|party|do)|leaving (?:do|party|card)|handover|contract (?:ends?|is up)|maternity|paternity|sabbatical|transfer\w*|promot\w*|graduat\w*|university|uni)\b`;
const farewell = String.raw`(?<!${LEAVER}[\s\S]{0,300})(?:${NO_FUTURE}[\s\S]{0,200}?${GOODBYE}|${GOODBYE}[\s\S]{0,200}?${NO_FUTURE})(?![\s\S]{0,300}${LEAVER})`;

const englishFarewell: UrgencyRule[] = [rule('self-harm', farewell)];

// A scaffold swaying, cracked or giving way with people still on it, in the other rule languages.
const ON_IT = {
  pt: String.raw`\b(?:tem|com|ha|estao|esta|ainda|tao|ta) (?:\S+ ){0,3}(?:em cima|la em cima|trabalhando nele|pedreiros?|operarios?|trabalhadores?|gente|pessoas|colegas|pessoal|funcionarios)\b`,
  es: String.raw`\b(?:hay|con|estan|esta|todavia|aun|siguen) (?:\S+ ){0,3}(?:encima|arriba|trabajando|albaniles?|obreros?|trabajadores?|gente|personas|companeros)\b`,
  fr: String.raw`\b(?:il y a|y a|avec|sont|encore|toujours) (?:\S+ ){0,3}(?:dessus|en haut|ouvriers?|gars|gens|personnes|collegues|macons?)\b`,
  it: String.raw`\b(?:ci sono|c'e|con|sono|ancora) (?:\S+ ){0,3}(?:sopra|su|operai|muratori|gente|persone|colleghi)\b`,
  de: String.raw`\b(?:sind|ist|mit|noch) (?:\S+ ){0,3}(?:drauf|darauf|oben|arbeiter|leute|kollegen|maurer|mitarbeiter)\b`,
};
const SWAYING = {
  pt: String.raw`\b(?:andaimes?|escoramentos?|laje|marquise)\b (?:\S+ ){0,4}(?:balancando|balanca|balancou|rachou|rachando|rachado|cedendo|cedeu|tremendo|entortando|entortou|afundando|desabando|caindo|soltando|soltou|inclinando|tombando|torto)\b`,
  es: String.raw`\b(?:andamios?|apuntalamientos?)\b (?:\S+ ){0,4}(?:se mueve|se tambalea|tambaleandose|tambaleando|agrietado|se agrieto|se rajo|rajado|cediendo|cedio|se esta cayendo|se dobla|doblado|inclinado|se inclina|balanceandose|se balancea)\b`,
  fr: String.raw`\b(?:echafaudages?|etaiements?)\b (?:\S+ ){0,4}(?:bouge|tangue|oscille|fissure|s'est fissure|se fissure|cede|a cede|penche|se penche|tremble|se plie|plie|s'affaisse)\b`,
  it: String.raw`\b(?:ponteggi?o?|impalcatur[ae])\b (?:\S+ ){0,4}(?:oscilla|traballa|si muove|crepato|si e crepato|cede|sta cedendo|ha ceduto|si piega|piegato|inclinato|si inclina|trema)\b`,
  de: String.raw`\b(?:gerust\w*)\b (?:\S+ ){0,4}(?:wackelt|schwankt|hat risse|ist gerissen|gibt nach|bricht|neigt sich|sackt ab|verbogen|knickt)\b`,
};
const scaffold = (code: keyof typeof SWAYING): UrgencyRule =>
  rule(
    'safety',
    String.raw`${SWAYING[code]}[^.!?\n]{0,80}?${ON_IT[code]}|${ON_IT[code]}[^.!?\n]{0,60}?${SWAYING[code]}`,
  );

export const OTHER_SIGNS: Record<string, UrgencyRule[]> = {
  en: [
    ...englishSigns,
    ...englishFarewell,
    rule(
      'safety',
      String.raw`\bscaffold(?:ing|s)? (?:\S+ ){0,3}(?:is |was |'s )?(?:swaying|wobbling|wobbly|cracked|cracking|buckling|buckled|leaning|collapsing|giving way|shaking|moving|bending|bent)\b[^.!?\n]{0,80}?\b(?:with|and|while|still) (?:\S+ ){0,3}(?:guys|men|workers|people|lads|someone|somebody|roofers|brickies|bricklayers|painters|colleagues|crew|\d+ of (?:us|them)|them|us)\b(?: (?:\S+ ){0,2}(?:on it|on top|up there|on there|working))?`,
    ),
  ],
  pt: [scaffold('pt')],
  es: [scaffold('es')],
  fr: [scaffold('fr')],
  it: [scaffold('it')],
  de: [scaffold('de')],
  // Children run into a machine area, or there with no one watching ("mấy đứa trẻ con chạy vào khu máy cắt").
  vi: [
    rule(
      'safety',
      String.raw`\b(?:tre con|tre em|may dua tre|dua tre|may dua nho|con nit|dua be|em be|chau be|dua con)\b[^.!?\n]{0,30}?\b(?:chay|vao|leo|choi|bo|di|lang thang|mo) (?:\S+ ){0,3}?(?:khu may|khu vuc may|gan may|canh may|may cat|may ep|may xay|may nghien|may dap|bang chuyen|day chuyen|khu san xuat|khu xe nang|cho xe nang)\b`,
    ),
  ],
};
