import { rule, type UrgencyRule } from './types';

/*
 * Fall gear worn through, and machines giving off smoke (ux33): "nobody checks the harnesses anymore, half of them are
 * frayed and we work 30 feet up", "el compresor esta echando humo", "le compresseur fume". Calm beside them: "new
 * harnesses arrived today", "el jefe esta echando humo" (the boss is fuming: a person, not a machine), "il fume comme
 * un pompier". Folded text (lower case, no accents).
 */

const GEAR_EN = String.raw`(?:harness(?:es)?|lanyards?|lifelines?|safety lines?|fall arrest(?:ers?)?|ropes?|slings?|hoists?|ladders?)`;

// Gear of everyday life, not of work at height: "the lanyard for my keys is torn", "the rope on the tent is frayed",
// "my phone lanyard snapped". Read on each rule's gear word, before or after it.
const EVERYDAY = String.raw`(?:flag ?poles?|flags?|keys?|key ?rings?|keychains?|badges?|ids?|id cards?|phones?|cameras?|glasses|sunglasses|whistles?|blinds?|curtains?|washing|clothes ?lines?|tents?|skipping|tug of war|swings?|hammocks?|bags?|backpacks?|christmas tree|decorations?|bunting|banners?|balloons?)`;
const NOT_EVERYDAY_AFTER = String.raw`(?! (?:for|on|of|from) (?:the |my |our |his |her |a |an |your |their )?(?:\w+ )?${EVERYDAY}\b)`;
const NOT_EVERYDAY_BEFORE = String.raw`(?<!\b${EVERYDAY} )`;

// Worn gear already dealt with is no danger: "the old frayed ones were thrown away", "the torn lanyards got replaced".
const DEALT_WITH = String.raw`(?![^.!?]*\b(?:thrown (?:away|out)|binned|replaced|swapped (?:out)?|removed|taken out of (?:service|use)|tagged out|got rid of|gotten rid of|scrapped|in the (?:bin|skip|trash))\b)`;

export const ENGLISH_WORN_GEAR: readonly UrgencyRule[] = [
  // Worn fall gear, whichever is named first: "half of them are frayed", "the harnesses are frayed".
  rule(
    'safety',
    String.raw`${NOT_EVERYDAY_BEFORE}\b${GEAR_EN}\b${NOT_EVERYDAY_AFTER}[^.!?]{0,60}?(?<!\bold )\b(?:frayed|fraying|torn|ripped|worn (?:through|out|thin)|snapped|cracked|rotten|rotting|broken|busted|damaged|falling apart|coming apart|unravell?ing)\b${DEALT_WITH}`,
    { negatable: true },
  ),
  rule(
    'safety',
    String.raw`(?<!\bold )\b(?:frayed|torn|ripped|worn out|snapped|cracked|rotten|broken|busted|damaged) ${GEAR_EN}\b${NOT_EVERYDAY_AFTER}${DEALT_WITH}`,
    { negatable: true },
  ),
  // Gear nobody checks any more, used at height: "nobody checks the harnesses anymore".
  rule(
    'safety',
    String.raw`\b(?:nobody|no one|noone|no-one|never) (?:checks?|inspects?|tests?|checked|inspected|tested) (?:the |our )?${GEAR_EN}\b`,
  ),
];

const MACHINE_ES = String.raw`(?:compresor|maquina|motor|generador|montacargas|carretilla|toro|horno|freidora|cargador|bateria|transformador|cuadro electrico|enchufe|cables?|caldera|bomba|ventilador|extractor|taladro|amoladora|radial|sierra|prensa|cinta|transportadora|camion|furgoneta|impresora|secadora|lavadora)`;
const MACHINE_FR = String.raw`(?:compresseur|machine|moteur|generateur|chariot|fenwick|four|friteuse|chargeur|batterie|transformateur|tableau electrique|prise|cables?|chaudiere|pompe|ventilateur|perceuse|meuleuse|disqueuse|scie|presse|convoyeur|camion|camionnette|imprimante|seche-linge|lave-linge)`;
const MACHINE_IT = String.raw`(?:compressore|macchin(?:a|ario)|motore|generatore|muletto|carrello|forno|friggitrice|caricatore|batteria|trasformatore|quadro elettrico|presa|cavi|caldaia|pompa|ventilatore|trapano|smerigliatrice|flessibile|sega|pressa|nastro|camion|furgone|stampante|asciugatrice|lavatrice)`;

export const SPANISH_WORN_GEAR_AND_SMOKE: readonly UrgencyRule[] = [
  // "El compresor esta echando humo", "la maquina echa humo", "sale humo del compresor" (read already).
  rule(
    'safety',
    String.raw`\b(?:el|la|los|las|un|una|este|esta|ese|esa)? ?${MACHINE_ES}\b(?: \w+){0,3}? (?:esta |estan |empezo a |empieza a |sigue )?(?:echando|echa|echan|echo|sacando|saca|soltando|suelta) (?:mucho )?(?:humo|chispas)\b`,
  ),
  // "Los arneses estan rotos (desgastados, deshilachados)".
  rule(
    'safety',
    String.raw`\b(?:arneses|arnes|cuerdas?|eslingas?|lineas de vida|escaleras?|andamios?)\b[^.!?]{0,40}?\b(?:rot[oa]s?|desgastad[oa]s?|deshilachad[oa]s?|rajad[oa]s?|partid[oa]s?|danad[oa]s?|podrid[oa]s?)\b`,
    { negatable: true },
  ),
];

export const FRENCH_WORN_GEAR_AND_SMOKE: readonly UrgencyRule[] = [
  // « Le compresseur fume », « la machine fait de la fumée », « de la fumée sort du moteur ».
  rule(
    'safety',
    String.raw`\b${MACHINE_FR}\b(?: \w+){0,3}? (?:fume|fumait|fument|commence a fumer|fait de la fumee|degage de la fumee|crache de la fumee|fait des etincelles)\b`,
  ),
];

export const ITALIAN_WORN_GEAR_AND_SMOKE: readonly UrgencyRule[] = [
  // "Il compressore fa fumo", "la macchina fuma", "esce fumo dal motore".
  rule(
    'safety',
    String.raw`\b${MACHINE_IT}\b(?: \w+){0,3}? (?:fa fumo|fa scintille|fuma|fumava|sta fumando|butta fumo|manda fumo|emette fumo)\b|\besce fumo (?:dal|dalla|dallo|dai|dalle)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:imbracature?|imbragature?|funi|fune|corde?|cinghie|scale|ponteggi)\b[^.!?]{0,40}?\b(?:rott[eaoi]|consumat[eaoi]|sfilacciat[eaoi]|logor[eaoi]|danneggiat[eaoi])\b`,
    { negatable: true },
  ),
];
