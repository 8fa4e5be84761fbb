import { rule, type UrgencyRule } from './types';

/*
 * Fall gear worn through while people work at height, in German, Italian and Polish (the English and Spanish rules, and
 * an Italian one that reads only the plural "imbracature", are in worn-gear-and-smoking-machines.ts): "der Auffanggurt ist ausgefranst und wir arbeiten auf dem Gerüst", "szelki są
 * postrzępione a pracujemy na wysokości". A harness named for fall arrest is enough; a plain rope, belt or braces
 * ("Seil", "Gurt", "szelki" are also a flag pole's rope, a rucksack's strap, trouser braces) only with work at height
 * in the same sentence. Calm beside them: "die neuen Auffanggurte sind heute gekommen", "das Seil der Fahnenstange ist
 * ausgefranst", "nowe szelki przyszły dzisiaj". Folded text (lower case, no accents: "gerust", "wysokosci").
 */

// Worn: frayed, torn, chafed through, broken, rotten.
const DE_WORN = String.raw`(?:ausgefranst|zerfranst|durchgescheuert|angescheuert|gerissen|eingerissen|angerissen|zerrissen|kaputt|beschadigt|beschaedigt|verschlissen|poros|poroes|abgenutzt|morsch|durch)`;
const DE_HEIGHT = String.raw`(?:gerust|geruest|dach|dachern|hohe|hoehe|metern?|hubsteiger|hebebuhne|hebebuehne|steiger|kran|leiter|fassade|mast|silo|absturz)`;
const PL_WORN = String.raw`(?:postrzepion|przetart|porwan|podart|zniszczon|zuzyt|peknie|pekniet|uszkodzon|naderwan|rozerwan|przegnil|sparcial|rozpruw|strzep)\w*`;
const PL_HEIGHT = String.raw`(?:wysokos\w*|rusztowan\w*|dach\w*|podnosni\w*|zwyzk\w*|metr\w*|drabin\w*|maszt\w*|elewacj\w*|silos\w*)`;

export const GERMAN_WORN_FALL_GEAR: readonly UrgencyRule[] = [
  // A harness for fall arrest, worn: "der Auffanggurt ist ausgefranst", "das Verbindungsmittel ist eingerissen".
  rule(
    'safety',
    String.raw`\b(?:auffanggurt|sicherungsgurt|sicherheitsgurt|haltegurt|absturzsicherung|hohensicherung|hoehensicherung|verbindungsmittel|falldampfer|falldaempfer|sicherungsseil|rettungsseil)\w*\b[^.!?]{0,40}?\b${DE_WORN}\b`,
    { negatable: true },
  ),
  // A plain rope, belt or strap, worn, and work at height in the sentence: "das Seil vom Gurt ist durchgescheuert und
  // wir hängen in 10 Metern Höhe".
  rule(
    'safety',
    String.raw`\b(?:seil|seile|gurt|gurte|gurten|leine|leinen|schlinge|schlingen)\b[^.!?]{0,40}?\b${DE_WORN}\b[^.!?]{0,60}?\b${DE_HEIGHT}\b|\b${DE_HEIGHT}\b[^.!?]{0,60}?\b(?:seil|seile|gurt|gurte|gurten|leine|leinen)\b[^.!?]{0,40}?\b${DE_WORN}\b`,
    { negatable: true },
  ),
];

export const POLISH_WORN_FALL_GEAR: readonly UrgencyRule[] = [
  // A harness, a safety line or braces, worn, and work at height or the word for safety in the sentence: "szelki są
  // postrzępione a pracujemy na wysokości", "linka asekuracyjna jest przetarta a każą nam wchodzić na rusztowanie".
  rule(
    'safety',
    String.raw`\b(?:szelk\w*|uprzaz\w*|uprzez\w*|link[aiy]|lin[aey]|pas(?:y|ow)?|amortyzator\w*|zawiesi\w*)\b(?: (?:asekuracyjn|bezpieczenstw|ochronn)\w*)?[^.!?]{0,40}?\b${PL_WORN}\b[^.!?]{0,60}?\b(?:${PL_HEIGHT}|asekuracj\w*|bezpieczenstw\w*|zabezpiecz\w*)|\b(?:szelk\w*|uprzaz\w*|uprzez\w*|link[aiy]|lin[aey]|pas(?:y|ow)?) (?:asekuracyjn|bezpieczenstw|ochronn)\w*[^.!?]{0,40}?\b${PL_WORN}|\b${PL_HEIGHT}[^.!?]{0,60}?\b(?:szelk\w*|uprzaz\w*|uprzez\w*|link[aiy]|lin[aey])\b[^.!?]{0,40}?\b${PL_WORN}`,
    { negatable: true },
  ),
];

export const ITALIAN_WORN_FALL_GEAR: readonly UrgencyRule[] = [
  // A harness (singular or plural) or a lanyard worn: "l'imbracatura è sfilacciata e lavoriamo in quota", "il cordino è
  // strappato", "le imbracature sono tutte rovinate". Not a rope of everyday life ("la corda del bucato").
  rule(
    'safety',
    String.raw`\b(?:imbracatur[ae]|imbragatur[ae]|cordin[oi]|cordini di sicurezza|funi di sicurezza|fune di sicurezza|linea vita|linee vita|dissipator[ei])\b[^.!?]{0,40}?\b(?:rott[eaoi]|consumat[eaoi]|sfilacciat[eaoi]|logor[eaoi]|danneggiat[eaoi]|rovinat[eaoi]|strappat[eaoi]|lacerat[eaoi]|usurat[eaoi]|spezzat[eaoi])\b`,
    { negatable: true },
  ),
];
