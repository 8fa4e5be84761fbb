import { rule, type UrgencyRule } from './types';

/*
 * Waste, chemicals or oil dumped into a drain, a river or the ground ("they are dumping the waste solvent in the storm
 * drain at night"): an environmental crime, read as safety (whoever owns health and safety owns the environment too in
 * the example config; docs/escalations.md). "Dump the old files in the recycling bin" and "the storm drain is blocked
 * with leaves" are none. Tests: test/unit/analysis/urgency-attack-round-32-f32.test.ts.
 */

// Waste a site must not let out: chemicals, solvents, oil, slurry, paint, sewage.
const EN_WASTE = String.raw`(?:waste|used|dirty|old|spent)? ?(?:solvents?|chemicals?|oil|motor oil|hydraulic fluid|coolant|antifreeze|paint|thinners?|acid|bleach|pesticides?|slurry|sewage|effluent|toxic \w+|hazardous \w+|asbestos|diesel|fuel|waste ?water|grease|drums?|barrels?|waste)`;
const EN_OUTSIDE = String.raw`(?:storm ?drains?|drains?|sewers?|river|creek|stream|canal|lake|pond|ditch|ground|soil|field|woods|sea|bay|culvert|gutter|manhole)`;

export const ENGLISH_WASTE_DUMPED: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:dump(?:s|ed|ing)?|pour(?:s|ed|ing)?|tip(?:s|ped|ping)?|flush(?:es|ed|ing)?|drain(?:s|ed|ing)? off|releas(?:e|es|ed|ing)|discharg(?:e|es|ed|ing)|bur(?:y|ies|ied|ying)|let(?:ting)? out) (?:all )?(?:the |our |their |some |that |this |barrels of |drums of |gallons of |\d+ \w+ of )?${EN_WASTE}\b[^.!?\n]{0,30}?\b(?:in|into|down|onto|behind|out)(?: the| a| our| their)? (?:back )?${EN_OUTSIDE}\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:dump(?:s|ed|ing)?|pour(?:s|ed|ing)?|flush(?:es|ed|ing)?|discharg(?:e|es|ed|ing)) (?:it|them)\b[^.!?\n]{0,20}?\b(?:in|into|down)(?: the| a)? ${EN_OUTSIDE}\b[^.!?\n]{0,40}?\b(?:solvents?|chemicals?|oil|paint|acid|toxic|hazardous|sewage|waste)\b`,
  ),
];

export const SPANISH_WASTE_DUMPED: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:tiran|tiraron|echan|echaron|vacian|vaciaron|vierten|vertieron)\b (?:los |las |el |la )?(?:solventes?|quimicos?|aceites?|pintura|acido|residuos?(?: \w+)?|desechos?(?: \w+)?)\b[^.!?\n]{0,30}?\b(?:al|en el|en la|a la|por el) (?:drenaje|desague|alcantarilla|rio|arroyo|canal|suelo|coladera)\b`,
  ),
];

export const FRENCH_WASTE_DUMPED: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:ils|on) (?:deversent|versent|jettent|vident|ont (?:deverse|verse|jete|vide))\b (?:les |des |le |la )?(?:solvants?|produits chimiques|huiles?|peintures?|acides?|dechets(?: \w+)?)\b[^.!?\n]{0,30}?\b(?:dans|a) (?:l'|la |le |les )?(?:egouts?|bouches? d'egout|riviere|caniveau|ruisseau|sol)\b`,
  ),
];
