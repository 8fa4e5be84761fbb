import { rule, type UrgencyRule } from './types';

/*
 * Dangers this session's outside attacker found read calm (test/unit/analysis/urgency-attack-round-32-f32.test.ts),
 * each read as a shape, not as the sentence quoted:
 *  - someone drunk or high at a machine or a vehicle, in Spanish as in English ("el montacarguista anda borracho desde
 *    la manana", "el operador de la grua sigue pedo"): safety;
 *  - waste, chemicals or oil dumped into a drain, a river or the ground ("they are dumping the waste solvent in the
 *    storm drain at night"): an environmental crime, read as safety (whoever owns health and safety owns the
 *    environment too in the example config; docs/escalations.md).
 * Calm look-alikes are kept out by what they name: "dump the old files in the recycling bin", "the storm drain is
 * blocked with leaves", "el borracho de la pelicula", "we poured the coffee down the sink".
 */

// Waste a site must not let out: chemicals, solvents, oil, slurry, paint, sewage.
const EN_WASTE = String.raw`(?:waste|used|dirty|old|spent)? ?(?:solvents?|chemicals?|oil|motor oil|hydraulic fluid|coolant|antifreeze|paint|thinners?|acid|bleach|pesticides?|slurry|sewage|effluent|toxic \w+|hazardous \w+|asbestos|diesel|fuel|waste ?water|grease|drums?|barrels?|waste)`;
const EN_OUTSIDE = String.raw`(?:storm ?drains?|drains?|sewers?|river|creek|stream|canal|lake|pond|ditch|ground|soil|field|woods|sea|bay|culvert|gutter|manhole)`;

export const ENGLISH_SAID_F32: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:dump(?:s|ed|ing)?|pour(?:s|ed|ing)?|tip(?:s|ped|ping)?|flush(?:es|ed|ing)?|drain(?:s|ed|ing)? off|releas(?:e|es|ed|ing)|discharg(?:e|es|ed|ing)|bur(?:y|ies|ied|ying)|let(?:ting)? out) (?:all )?(?:the |our |their |some |that |this |barrels of |drums of |gallons of |\d+ \w+ of )?${EN_WASTE}\b[^.!?\n]{0,30}?\b(?:in|into|down|onto|behind|out)(?: the| a| our| their)? (?:back )?${EN_OUTSIDE}\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:dump(?:s|ed|ing)?|pour(?:s|ed|ing)?|flush(?:es|ed|ing)?|discharg(?:e|es|ed|ing)) (?:it|them)\b[^.!?\n]{0,20}?\b(?:in|into|down)(?: the| a)? ${EN_OUTSIDE}\b[^.!?\n]{0,40}?\b(?:solvents?|chemicals?|oil|paint|acid|toxic|hazardous|sewage|waste)\b`,
  ),
];

// A machine or vehicle, and who runs it, as Spanish-speaking workers say it.
const ES_AT_MACHINE = String.raw`(?:montacarguista|montacarguero|operador(?:a)?(?: de \w+)?|chofer|chofer|conductor(?:a)?|camionero|gruista|el de la grua|el del montacargas|el del forklift|maquinista|tractorista|el que maneja \w+)`;
const ES_DRUNK = String.raw`(?:borrach[oa]|ebri[oa]|pedo|pedisimo|tomad[oa]|bebid[oa]|drogad[oa]|colocad[oa]|marihuanad[oa]|pachec[oa]|crudo|enfiestad[oa]|hasta atras)`;

export const SPANISH_SAID_F32: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b${ES_AT_MACHINE}\b[^.!?\n]{0,25}?\b(?:anda|andaba|sigue|seguia|va|iba|esta|estaba|llego|vino|trabaja|opera|maneja|manejando|operando|trabajando)\b (?:bien |muy |re |todo )?${ES_DRUNK}\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:anda|andan|sigue|siguen|esta|estan|va|van) (?:bien |muy |todo )?${ES_DRUNK}\b[^.!?\n]{0,30}?\b(?:manejando|operando|en el montacargas|en la grua|en el forklift|en la maquina|con el montacargas|con la grua|con el camion|en el camion)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:tiran|tiraron|echan|echaron|vacian|vaciaron|vierten|vertieron)\b (?:los |las |el |la )?(?:solventes?|quimicos?|aceites?|pintura|acido|residuos?(?: \w+)?|desechos?(?: \w+)?)\b[^.!?\n]{0,30}?\b(?:al|en el|en la|a la|por el) (?:drenaje|desague|alcantarilla|rio|arroyo|canal|suelo|coladera)\b`,
  ),
];

export const FRENCH_SAID_F32: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:le cariste|le chauffeur|le conducteur|le grutier|l'operateur|le cariste de nuit)\b[^.!?\n]{0,25}?\b(?:est|etait|conduit|travaille|bosse)\b (?:completement |encore |deja )?(?:bourre|saoul|soul|ivre|defonce|torche)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:ils|on) (?:deversent|versent|jettent|vident|ont (?:deverse|verse|jete|vide))\b (?:les |des |le |la )?(?:solvants?|produits chimiques|huiles?|peintures?|acides?|dechets(?: \w+)?)\b[^.!?\n]{0,30}?\b(?:dans|a) (?:l'|la |le |les )?(?:egouts?|bouches? d'egout|riviere|caniveau|ruisseau|sol)\b`,
  ),
];
