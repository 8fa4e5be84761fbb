import { rule, type UrgencyRule } from './types';

/*
 * Dangers told plainly that no English rule read (blind round 26, test/unit/analysis/urgency-blind-26.test.ts): an
 * animal attacking or a bite or sting swelling, water rising where people or power are, someone gone overboard or
 * missing near a drop, a runaway vehicle, a load hanging by what is left of its slings, a parcel ticking, shots heard
 * with people running, a fit at a place, a reading of a toxic gas with people down, someone lying unanswering, a live
 * cable in water, someone in a bin or silo with its auger running, an ex with a court order against him on site.
 * Each names who or what is in danger now; its calm look-alikes are kept out ("the dog bit my sandwich", "a snake
 * plant", "water rising in the price of", "bangs of the fireworks", "having a fit about the numbers").
 */

// A person at work: a pronoun, a role or a lower-case name.
const SOMEONE = String.raw`(?:he|she|they|him|her|them|someone|somebody|a (?:\w+ )?(?:guy|man|woman|kid|child|worker|colleague|courier|driver|visitor|customer|lad|girl|boy)|the (?:\w+ )?(?:courier|driver|postman|kids?|children|visitor|customer|guard|cleaner|lad|guy|man|woman)|(?:my|our|his|her) (?:\w+ )?(?:colleague|coworker|mate|friend)|[a-z]+)`;

const ANIMAL_ATTACK = String.raw`\b(?:dogs?|pit ?bulls?|rottweilers?|alsatians?|bulls?|cows?|horses?|boars?|bears?|snakes?|wasps?|bees|hornets?|rats?)\b[^.!?\n]{0,40}?\b(?:(?:bit|bitten|has bitten|attacked|mauled|charged|stung|going for|went for|is attacking|attacking|chasing)\b(?! (?:my|his|her|the|a) (?:sandwich|lunch|food|shoe|bag|ball|toy|cable|post))|is loose|are loose|got loose|off (?:its|the) lead)(?![^.!?\n]{0,40}\b(?:toy|plant|game|film|movie|cartoon|mascot|meme|joke|lol|haha)\b)|\b(?:got|was|been|is) (?:bitten|stung) by (?:a |the |an )?(?:\w+ )?(?:dog|snake|spider|scorpion|rat|wasp|bee|hornet|jellyfish)\b`;
const STING_SWELLING = String.raw`\b(?:stung|sting|stings|bees?|wasps?|hornets?|bitten|bite)\b[^.!?\n]{0,80}?\b(?:allergic|anaphyla\w*|epi ?pen)\b[^.!?\n]{0,60}?\b(?:swell\w*|swollen|puff\w* up|can'?t breathe|wheez\w*)|\b(?:allergic|anaphyla\w*)\b[^.!?\n]{0,60}?\b(?:lips?|throat|tongue|face) (?:is |are )?(?:swell\w*|swollen|puff\w* up|closing)`;
const BITE_SPREADING = String.raw`\b(?:bitten|bit|bite|stung|sting)\b[^.!?\n]{0,60}?\b(?:going|gone|turning|turned) (?:purple|black|blue|numb)|\bsnake ?bite\b`;
// Water coming in where people are cut off or power is live.
const WATER_RISING = String.raw`\b(?:water|flood(?: ?water)?|river|sea|tide)\b[^.!?\n]{0,60}?\b(?:rising|coming in|pouring in|rushing in|up to (?:my|his|her|our|their|the) (?:knees|waist|chest|neck)|over the (?:yard |flood )?(?:wall|bank|barrier|defences))\b(?=[^.!?]{0,120}\b(?:people|ppl|someone|somebody|stuck|trapped|can'?t get (?:out|up)|inside|panel|power|electric\w*|sockets?|fuse ?box|live)\b)`;
const OVERBOARD = String.raw`\b(?:man|person|someone|worker|crew ?member|deckhand|he|she) (?:is |went |has gone |gone |fell )?overboard\b|\b(?:fell|went|gone|slipped) (?:in|into) (?:the )?(?:water|river|dock|sea|harbou?r|canal|lake|reservoir|slurry|lagoon|pond)\b(?=[^.!?\n]{0,60}\b(?:can'?t swim|not coming up|under|gone under|between the|help|drowning|struggling)\b)|\bbetween the (?:ship|boat|vessel|barge) and the (?:quay|dock|wharf|pier|jetty)\b`;
const MISSING_NEAR_DROP = String.raw`\b(?:missing|gone missing|can'?t find|cannot find|lost)\b[^.!?\n]{0,40}?\b(?:near|by|at|around) (?:the )?(?:quarry|cliff|river|canal|lake|reservoir|pond|edge|drop|pit|shaft|lagoon|railway|tracks|motorway)\b`;
const RUNAWAY = String.raw`\b(?:hgv|lorry|truck|van|trailer|bus|forklift|loader|dumper|car|wagon|tractor|skip lorry)\b[^.!?\n]{0,40}?\b(?:rolling|rolled|running|ran) (?:away|down|back(?:wards)?|off)\b[^.!?\n]{0,60}?\b(?:nobody|no one|no-one|noone|with no (?:one|driver)|without (?:a )?driver|heading (?:for|towards|to)|towards (?:the )?(?:people|gate|office|building|crowd|kids|school))\b|\brunaway (?:hgv|lorry|truck|van|trailer|forklift|bus|car)\b`;
const LOAD_HANGING = String.raw`\b(?:sling|strap|chain|shackle|hook|rope|cable)s? (?:has |have |just )?(?:snapped|broke|broken|failed|slipped|came off)\b[^.!?\n]{0,80}?\b(?:dangling|hanging|swinging|tilting|slipping)\b`;
// "Box ticking" is paperwork done for show: the parcel must be said to tick, or wires to stick out of it.
const TICKING = String.raw`\b(?:bag|package|parcel|box|case|suitcase|device|rucksack|backpack)\b[^.!?\n]{0,60}?\b(?:(?:is|it'?s|its|and|keeps|kept|started|was|still) ticking|ticking (?:sound|noise)|wires? (?:sticking|hanging|coming) out)\b|\bticking (?:sound|noise) (?:from|in|coming from) (?:the |a |an )?(?:\w+ )?(?:bag|package|parcel|box|suitcase|device|rucksack|backpack)\b`;
const SHOTS_HEARD = String.raw`\b(?:heard|hear|there were|there was) (?:\d+|two|three|four|five|several|a few|some|loud|a couple of|a) (?:loud )?(?:bangs?|shots?|pops?|gunshots?)\b[^.!?\n]{0,80}?\b(?:people|everyone|ppl|staff|they)(?: are| r| were|'re)? (?:running|screaming|scream\w*|hiding|on the (?:floor|ground)|fleeing)\b`;
const FIT_AT_A_PLACE = String.raw`\b(?:colleague|coworker|co-worker|someone|somebody|he|she|a (?:\w+ )?(?:guy|man|woman|lady|kid|customer|resident|patient|worker)|[a-z]+) (?:is |'s |s )?(?:having|had|has had) (?:a |another )?(?:fit|seizure|convulsion)\b(?! (?:about|over|because|when|if|at (?:me|him|her|us|the (?:price|rota|numbers|bill))))(?![^.!?\n]{0,60}\b(?:about|over|because|meeting|call|review|rota|numbers|price)\b)(?=[^.!?\n]{0,60}\b(?:in the|on the|at the|what do|help|ambulance|min(?:ute)?s?|mins)\b)`;
const TOXIC_READING = String.raw`\b(?:h2s|hydrogen sulph?f?ide|co|carbon monoxide|lel|gas)\b (?:alarm|monitor|detector|meter|reading|sensor)s? (?:at|reading|reads|says|showing|shows|on|is at|hit|hitting) (?:[1-9]\d{1,4}) ?ppm\b(?![^.!?\n]{0,60}\b(?:test\w*|calibrat\w*|service\w*|normal|fine|ok|okay|spec|limit is)\b)`;
const LYING_UNANSWERING = String.raw`\b${SOMEONE} (?:is |'s |s )?(?:lying|laying|slumped|face ?down)\b[^.!?\n]{0,60}?\b(?:isn'?t|is not|not|wont|won'?t|doesn'?t|does not) (?:answering|responding|moving|waking|talking)\b(?! (?:my |his |her |the |their )?(?:texts?|messages?|calls?|phone|emails?|dms?))(?<!\b(?:sofa|couch|bed|beach|sun|hammock)\b[^.!?\n]{0,60})`;
const LIVE_IN_WATER = String.raw`\b(?:cable|lead|wire|extension|genny|generator)\b[^.!?\n]{0,60}?\b(?:in|into|under) (?:the |a )?(?:puddle|water|flood|pool)\b[^.!?\n]{0,60}?\b(?:live|buzzing|sparking|on|powered)\b|\blive (?:cable|wire|lead) (?:in|into|under) (?:the |a )?(?:puddle|water)\b`;
const IN_A_BIN_RUNNING = String.raw`\b(?:in|inside) (?:the |a )?(?:grain |feed )?(?:bin|silo|hopper|tank|mixer|chipper|crusher)\b[^.!?\n]{0,60}?\b(?:auger|mixer|conveyor|motor|blades?|paddles?|agitator|machine) (?:is |are )?(?:still )?(?:running|on|turning|going|started)\b`;
const ORDER_BROKEN = String.raw`\b(?:ex|ex-(?:husband|wife|partner|boyfriend|girlfriend)|former partner|stalker)\b[^.!?\n]{0,80}?\b(?:restraining|protection|non-molestation|court) order\b|\b(?:restraining|protection|non-molestation|court) order\b[^.!?\n]{0,80}?\b(?:is (?:here|outside|in the|at the)|turned up|showed up|waiting)\b`;
const BREATH_NOT_CAUGHT = String.raw`\b(?:chlorine|ammonia|gas|fumes?|cloud|acid|bleach|smoke)\b[^.!?\n]{0,80}?\b(?:can'?t|cannot|cant|couldn'?t) (?:catch|get) (?:his|her|their|my|our) breath\b`;

/** The English rules above. */
export const ENGLISH_SAID_PLAINLY: UrgencyRule[] = [
  rule('safety', ANIMAL_ATTACK),
  rule('safety', STING_SWELLING),
  rule('safety', BITE_SPREADING),
  rule('safety', WATER_RISING),
  rule('safety', OVERBOARD),
  rule('safety', MISSING_NEAR_DROP),
  rule('safety', RUNAWAY),
  rule('safety', LOAD_HANGING),
  rule('safety', TICKING),
  rule('threat', TICKING),
  rule('safety', SHOTS_HEARD),
  rule('threat', SHOTS_HEARD),
  rule('safety', FIT_AT_A_PLACE),
  rule('safety', TOXIC_READING),
  rule('safety', LYING_UNANSWERING),
  rule('safety', LIVE_IN_WATER),
  rule('safety', IN_A_BIN_RUNNING),
  rule('threat', ORDER_BROKEN),
  rule('safety', BREATH_NOT_CAUGHT),
];

/** Spanish: something at work caught fire ("se prendió la freidora"), water coming in where people are. */
export const SPANISH_SAID_PLAINLY: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\bse (?:prendio|prendieron|incendio|incendiaron|esta prendiendo|esta incendiando|esta quemando|prendio fuego) (?:la |el |una |un |las |los )?(?:freidora|freidoras|cocina|estufa|horno|bodega|almacen|nave|maquina|camion|montacargas|contenedor|tablero|cableado|cables?|motor|bateria|baterias|cargador|transformador|caldera|extractor|campana|planta|oficina|taller|bodega)\b`,
  ),
  rule(
    'safety',
    String.raw`\bagua\b[^.!?\n]{0,40}?\b(?:entro|esta entrando|sigue entrando|sube|esta subiendo|sigue subiendo|llega a|nos llega)\b(?=[^.!?]{0,80}\b(?:gente|alguien|personas|companeros|atrapad\w*|encerrad\w*|la luz|corriente|tablero|cables?)\b)`,
  ),
];

/** Portuguese: someone gone into a cold room, silo or tank and not back, not answering. */
export const PORTUGUESE_SAID_PLAINLY: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:entrou|desceu|foi) (?:n[ao]|pr[ao]|para [ao]) (?:camara fria|camara|freezer|silo|tanque|poco|galeria|esgoto|caixa d'agua|cisterna|fosso|bueiro)\b[^.!?\n]{0,80}?\bnao (?:voltou|saiu|subiu|responde|atende)\b`,
  ),
];
