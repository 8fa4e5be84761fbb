import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * Three reports att44 found calm (u46b):
 * - a note left for the family with a goodbye ("I left a note in my locker for my family. thanks for everything guys,
 *   goodbye"): a suicide farewell, self-harm. last-shift-farewells.ts reads a note with "goodbye everyone" or a message
 *   to pass on; a bare "goodbye" or "thanks for everything" beside a note for the family is the same farewell.
 * - a skull for "kill" ("i wanna 💀 myself fr"): emoji-words.ts reads 💀 as "dead", and "wanna dead myself" is no
 *   sentence the rules know. A skull between a wish or a plan and "myself" is self-harm.
 * - a workmate gone for days with their truck or car still in the lot ("my buddy hasnt shown up in 3 days and his
 *   truck is still in the lot since friday night"): someone missing, maybe hurt on site. Safety: someone must look.
 * Calm beside them: a note for the next shift, "that meme had me 💀", a workmate off on holiday. English, with the
 * skull and the missing workmate in Spanish, French and Portuguese too. Every gap is bounded.
 * Tests: test/unit/analysis/urgency-att44-u46b.test.ts.
 */

const FAMILY = String.raw`(?:kids|children|son|daughter|family|wife|husband|mum|mom|mother|dad|father|parents|girlfriend|boyfriend|partner|fiancee?)`;
const NOTE = String.raw`(?<!\b(?:he|she|they|mom|mum|dad|mother|father|sister|brother|wife|husband|someone|somebody) )\b(?:left|leaving|leave|wrote|written|writing|put)\b(?: \w+){0,2}? (?:a |the )?(?:notes?|letters?|envelopes?)\b(?: \w+){0,4}? (?:for|to) (?:my|our) ${FAMILY}\b(?!'s? (?:school|teacher|class|trip|party|birthday))(?! (?:reunion|dinner|party|trip|plans?|group|chat|business|photos?|album|tree|recipes?|meeting|holiday|vacation)\b)`;
const GOODBYE = String.raw`\b(?:goodbye|good-?bye|bye (?:guys|all|everyone|everybody|y'?all)|farewell|thanks? (?:you )?for everything|it was (?:nice|good|an honou?r) knowing (?:you|y'?all)|take care of (?:yourselves|each other)|i'?m sorry for everything|sorry for everything)\b`;
// A note for later: "bye guys see you monday".
const SEE_YOU = lazyPattern(
  String.raw`\b(?:see (?:you|ya|u|y'?all)|cya|later|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|be back|back (?:at|on|in)|shopping|groceries|dinner|lunch|birthday|anniversary|valentine\w*)\b`,
  'u',
);
const FAREWELL_NOTE = lazyPattern(`(?:${NOTE})[^\\n]{0,90}?(?:${GOODBYE})|(?:${GOODBYE})[^\\n]{0,90}?(?:${NOTE})`, 'u');

// A skull or crossbones between a wish or a plan and oneself: "i wanna 💀 myself", "me quiero 💀", "je vais me 💀".
const SKULL = String.raw`(?:[\u{1F480}\u{2620}]\u{FE0F}?){1,4}`;
// Laughing: "im gonna 💀 myself laughing".
const LAUGHING = lazyPattern(
  String.raw`\b(?:laugh\w*|lol|lmao|lmfao|haha\w*|jaja\w*|kkk\w*|mdr|dying|crying)\b|[\u{1F602}\u{1F923}\u{1F62D}]`,
  'u',
);
const SKULL_MYSELF = lazyPattern(
  String.raw`\b(?:wanna|want to|wants to|going to|gonna|finna|bout to|about to|gon|will|i'?ll|might|could|should|just|go|ready to|need to|tryna|trying to)\s{0,3}${SKULL}\s{0,3}(?:myself|my self|meself|me)\b|\b(?:me quiero|quiero|me voy a|voy a|me vou|vou me|quero me|je vais me|j'ai envie de me|je veux me)\s{0,3}${SKULL}`,
  'u',
);

// Gone for days, their vehicle or things still on site.
const MISSING = [
  {
    gone: String.raw`\b(?:hasn'?t|hasnt|has not|haven'?t|havent|didn'?t|didnt|nobody has|no one has|nobody'?s|noone has)\b(?: \w+){0,2}? (?:shown up|showed up|been seen|seen (?:him|her|them)|heard from (?:him|her|them)|come in|came in|answered|been in|been back|clocked (?:in|out))\b`,
    left: String.raw`\b(?:his|her|their)\b(?: \w+)? (?:truck|car|van|bike|motorbike|motorcycle|pickup|stuff|bag|phone|keys|lunch|jacket|coat|things)\b(?: \w+){0,2}? (?:is|are|has been|have been|was|were|sits|sitting|been sitting|still)\b(?: \w+){0,2}? (?:in|at|on|by) (?:the )?(?:lot|parking|parking lot|car park|carpark|yard|site|locker|lockers|break ?room|gate|dock|job ?site)\b`,
  },
  {
    gone: String.raw`\bno (?:ha|han|lo han|la han|le han)? ?(?:venido|aparecido|vuelto|contestado|visto|llegado)\b|\bnadie (?:lo|la|le) ha (?:visto|oido)\b|\bdesaparecid[oa]\b`,
    left: String.raw`\bsu (?:camioneta|carro|coche|auto|moto|mochila|telefono|celular|ropa|cosas)\b(?: \w+){0,3}? (?:sigue|esta|estan|siguen|lleva)\b(?: \w+){0,3}? (?:en|dentro de) (?:el |la )?(?:estacionamiento|parqueadero|aparcamiento|parking|patio|obra|casillero|planta)\b`,
  },
  {
    gone: String.raw`\b(?:n'est pas (?:venu|venue|revenu|revenue|reapparu)|personne ne l'a (?:vu|vue)|ne repond pas|a disparu|disparu)\b`,
    left: String.raw`\b(?:sa|son|ses) (?:voiture|camion|camionnette|moto|sac|telephone|affaires)\b(?: [\w']+){0,3}? (?:est|sont)\b(?: \w+){0,3}? (?:sur|dans|au|a) (?:le |la )?(?:parking|chantier|vestiaire|casier|cour)\b`,
  },
  {
    gone: String.raw`\b(?:nao (?:apareceu|veio|voltou|atende|responde)|ninguem (?:viu|ve)|sumiu|desaparecid[oa])\b`,
    left: String.raw`\b(?:o|a|os|as)? ?(?:caminhonete|carro|moto|mochila|celular|coisas|caminhao) dele\b(?: \w+){0,3}? (?:esta|ta|continua|ainda)\b(?: \w+){0,3}? (?:no|na) (?:estacionamento|patio|obra|armario|vestiario)\b`,
  },
];
const MISSING_PATTERN = lazyPattern(
  foldPattern(
    MISSING.map(({ gone, left }) => `(?:${gone})[^\\n]{0,100}?(?:${left})|(?:${left})[^\\n]{0,100}?(?:${gone})`).join(
      '|',
    ),
  ),
  'u',
);
// Away for a known reason: a holiday, sick leave, a day off, a new job.
const AWAY = lazyPattern(
  String.raw`\b(?:vacation|holiday|on leave|sick|day off|days off|quit|new job|fired|carpool\w*|rode with|said (?:he|she|they) (?:was|were|would|is|are)|told (?:us|me|the boss|his|her)|went|going|trip|out of town|fishing|hunting|camping|called in|texted|vacaciones|de baja|permiso|renuncio|vacances|conge|malade|ferias|de folga|atestado|doente|demitido)\b`,
  'u',
);

/** Which kind the folded text tells of those three, if any. */
export function goneOrLeftBehind(folded: string): 'self-harm' | 'safety' | undefined {
  if (
    (folded.includes('note') || folded.includes('letter') || folded.includes('envelope')) &&
    FAREWELL_NOTE.get().test(folded) &&
    !SEE_YOU.get().test(folded)
  )
    return 'self-harm';
  if (
    (folded.includes('\u{1F480}') || folded.includes('\u{2620}')) &&
    SKULL_MYSELF.get().test(folded) &&
    !LAUGHING.get().test(folded)
  )
    return 'self-harm';
  if (MISSING_PATTERN.get().test(folded) && !AWAY.get().test(folded)) return 'safety';
  return undefined;
}

/** The reading with the kind added (and urgent) where a farewell note, a skull for "kill" or a missing workmate is told. */
export function withGoneOrLeftBehind(text: string, reading: Reading): Reading {
  if (typeof text !== 'string') return reading;
  const kind = goneOrLeftBehind(fold(text));
  if (kind === undefined || reading.categories.includes(kind)) return reading;
  return withKindsAdded(reading, kind);
}
