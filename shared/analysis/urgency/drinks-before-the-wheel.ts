import { rule, type UrgencyRule } from './types';

/*
 * Drinking told as the act, not the state, by whoever drives or runs a machine, before or while they do it (u37b: "bus
 * driver takes a few shots before the school run", "our forklift guy knocks back a couple beers before every shift",
 * "el chofer se toma unos tragos antes de llevar a los niños"): safety, as drunk at the wheel is (drunk-at-the-wheel.ts
 * reads the state: "drunk", "high", "wasted"). The drink must be alcohol and the wheel must be there: "we had a few
 * shots after the shift on friday" has no driver, "the bus driver took a few shots of the sunset" no drink, a few
 * shots at the clinic are vaccines, "a couple of coffees before the morning run" no alcohol. Folded text.
 */

// Who drives or runs a machine, by the machine or by the job.
const EN_AT_THE_WHEEL = String.raw`(?:(?:bus|coach|van|truck|lorry|delivery|shuttle|school bus|minibus|taxi|cab|tram|train|forklift|crane|digger|excavator|tractor|reach truck|pallet truck|loader|dumper)(?: \w+)? (?:driver|operator|guy|man|lad|bloke|dude|girl|woman|fella)s?|drivers?|operators?|chauffeurs?|pilots?|captain|skipper|machinists?|the guy (?:on|driving|running) the \w+)`;
// Alcohol drunk as an act: shots (not "shots of the sunset"), beers, cans, a flask, spirits by name.
const EN_SPIRIT = String.raw`(?:vodka|whiske?y|tequila|rum|gin|jager\w*|liquor|booze|fireball|brandy|schnapps|bourbon|scotch|moonshine|sambuca)`;
// Shots for a photo, a video or a vaccine are no drink.
const NOT_A_DRINK = String.raw`(?![^.!?\n]{0,30}\b(?:photos?|pictures?|pics?|camera|video|selfies?|vaccines?|jabs?|flu|booster|tetanus|clinic|doctor|nurse|insta\w*|tiktok)\b)`;
const EN_A_DRINK = String.raw`(?:shots?${NOT_A_DRINK}(?! of (?!${EN_SPIRIT}\b))(?! (?:at|from|in|of) (?:the |a |his |her )?(?:clinic|doctor|gp|pharmacy|hospital|surgery|nurse|goal|hoop|basket|camera|range|sunset|view))|beers?|brews|cans|tinnies|tins|tallboys?|pints?|lagers?|ciders?|drinks|nips?|miniatures|mini bottles|${EN_SPIRIT}s?|(?:a|his|her|their) (?:flask|hip flask|bottle|hip-flask)|from (?:a|his|her|their) (?:flask|hip flask|bottle))`;
const EN_DRINKS = String.raw`(?:takes?|took|taking|has|had|having|does|did|doing|knocks? back|knocked back|knocking back|downs?|downed|downing|necks?|necked|necking|chugs?|chugged|chugging|sinks?|sank|sinking|slams?|slammed|throws? back|threw back|swigs?|swigged|swigging|sips?|sipped|sipping|pounds?|pounded|drinks?|drank|drinking|gets? through|got through)(?: \w+){0,3}? ${EN_A_DRINK}`;
// The wheel after or around the drink: the run, the route, the shift, the kids picked up, back on the machine.
const EN_THEN_AT_IT = String.raw`(?:the|his|her|their|morning|school|night|delivery|first|next|early|afternoon|evening|bus|van) (?:run|runs|route|routes|drop|drops|trip|shift|drive)|between (?:drops|runs|stops|loads|jobs)|(?:drops|deliveries|stops|loads)|every (?:shift|run|route|drop|morning)|(?:picks?|picking) up the (?:kids|children|pupils|students|residents|patients|passengers)|(?:drives?|driving|takes?|taking) the (?:kids|children|pupils|students|residents|passengers)|back (?:on|in|behind|into) the (?:\w+)|behind the wheel|at the wheel|gets? (?:behind|in|into) the (?:wheel|cab|truck|bus|van|forklift|crane)|(?:drives?|driving|operat\w+|gets? on)\b`;
// Said of a night out, after work, or at home: none.
const EN_OFF_DUTY = String.raw`after (?:the |our |my |his |her )?(?:shift|work)|day off|night out|at the (?:pub|bar|party)|party|wedding|stag|hen do|weekend off|on holiday|at home`;
const notOffDuty = String.raw`(?![^.!?\n]{0,60}\b(?:${EN_OFF_DUTY})\b)(?<!\b(?:${EN_OFF_DUTY})\b[^.!?\n]{0,60})`;

export const ENGLISH_DRINKS_BEFORE_THE_WHEEL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b${EN_AT_THE_WHEEL}\b[^.!?\n]{0,40}?\b${EN_DRINKS}\b[^.!?\n]{0,60}?\b(?:before|then|and then|while|on|during|between|and|every|at)\b[^.!?\n]{0,20}?\b(?:${EN_THEN_AT_IT})${notOffDuty}`,
  ),
];

// Spanish: "el chofer del bus se toma unos tragos antes de llevar a los niños", "el montacarguista se echa unas chelas
// y luego maneja".
const ES_AT_THE_WHEEL = String.raw`(?:chofer|chofe|chofer del \w+|conductor(?:a)?|camionero|trailero|montacarguista|gruista|gruero|operador(?:a)?|maquinista|piloto)`;
const ES_DRINKS = String.raw`(?:se (?:toma|tomo|echa|echo|mete|metio|avienta|empina|bebe|chinga)|toma|tomo|bebe|bebio|chupa|chupo)(?: \w+){0,2}? (?:tragos?|chelas?|cervezas?|caguamas?|shots?|caballitos?|copas?|tequilas?|mezcal\w*|aguardiente|guaro|ron|vodka|whisky|pisto|pistos|alcohol|la botella|una botella|de la botella|de una petaca|petaca)`;
const ES_THEN_AT_IT = String.raw`(?:antes de|y luego|y despues|y ya|y se pone a|mientras) (?:\w+ ){0,2}(?:manejar|maneja|conducir|conduce|llevar|lleva|operar|opera|la ruta|el turno|subirse|se sube|el camion|el montacargas|la grua|el bus|el autobus)`;
export const SPANISH_DRINKS_BEFORE_THE_WHEEL: UrgencyRule[] = [
  rule('safety', String.raw`\b${ES_AT_THE_WHEEL}\b[^.!?\n]{0,40}?\b${ES_DRINKS}\b[^.!?\n]{0,40}?\b${ES_THEN_AT_IT}\b`),
];
