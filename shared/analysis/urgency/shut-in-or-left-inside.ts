import { rule, type UrgencyRule } from './types';

/*
 * Someone shut in a cold room, a freezer, a container or a lift, or people still inside a place, said as a detail
 * (attack fx37u, an SMS attacker): "the door of the walk in cooler is stuck and I am inside", "I am with him too, the
 * door of cold room 2 is stuck", "hay dos personas adentro todavia", "siguen dos compañeros adentro del almacén". These
 * often come as a second text with no hazard word: a person shut in a walk-in freezer is in danger by itself, and
 * people still inside a storehouse or a plant are the detail the first text's fire or gas needs. Safety.
 * fire-back-and-people-left-inside.ts reads "still inside" beside a fire or a confined space; these read a door stuck
 * shut with someone in (either order, across a sentence: texts come in pieces) and the word orders it missed ("adentro
 * todavia", "siguen … adentro del almacén", "jeszcze w środku"), in en, es, fr, pt, de, it and pl (folded text); the
 * Ukrainian, Tagalog and Kreyòl tables take the strings exported below.
 *
 * Calm beside them: "I'm inside the break room if you need me", "two people are still inside the meeting", "the
 * cooler door sticks a bit, can someone oil it", "the freezer door is stuck open": no door stuck shut with someone
 * in, and no one still inside a place that can shut them in.
 */

// A door stuck shut and a person in, either order, within a text's few lines.
const shutIn = (door: string, person: string): UrgencyRule =>
  rule('safety', String.raw`(?:${door})[^]{0,120}?(?:${person})|(?:${person})[^]{0,120}?(?:${door})`);

// Places that shut a person in.
const EN_SHUTS = String.raw`(?:walk-?in(?: cooler| freezer| fridge| chiller)?|coolers?|freezers?|fridges?|cold ?rooms?|cold stores?|chillers?|blast chillers?|containers?|lifts?|elevators?|tanks?|silos?|vaults?|cold storage|meat locker|reefers?|trailers?)`;
const EN_STUCK = String.raw`(?:is |'s |s |got |has |was )?(?:stuck|jammed|locked|shut|frozen shut|wont open|won'?t open|will not open|doesn'?t open|does not open|isn'?t opening|not opening|wont budge|won'?t budge|broke|broken)\b(?! open)`;
const EN_DOOR = String.raw`\b(?:door|hatch|lid|handle|latch)s? (?:of|to|on|for) (?:the |a |our |that |this )?(?:[\w-]+ ){0,2}?${EN_SHUTS}\b(?: (?:no\.? ?)?\d+)?(?: door)? ${EN_STUCK}|\b${EN_SHUTS}(?: (?:no\.? ?)?\d+)? (?:door|hatch|lid|handle|latch)s? ${EN_STUCK}|\b(?:lift|elevator)s? (?:is |'s |s |got |has |just )?(?:stuck|jammed|stopped|broken down|broke down)\b(?! open)`;
const EN_PERSON = String.raw`\b(?:i am|i'm|im|i m|we are|we're|were stuck|he is|he's|hes|she is|she's|shes|they are|they're|theyre|someone is|somebody is|some1 is)\b (?:\w+ )?(?:inside|in here|in there|in it|stuck inside|trapped|locked in|shut in|with (?:him|her|them))\b|\bcan'?t get (?:out|him out|her out|them out)\b|\b(?:stuck|trapped|locked) (?:in here|inside)\b`;
export const ENGLISH_SHUT_IN: UrgencyRule[] = [shutIn(EN_DOOR, EN_PERSON)];

const ES_SHUTS = String.raw`(?:camara\w*(?: fria| frigorifica| de (?:frio|congelacion))?|cuarto frio|congelador\w*|frigorifico|refrigerador|hielera|walk ?in|contenedor|elevador|ascensor|tanque|silo|bodega fria)`;
const ES_DOOR = String.raw`\bpuerta (?:de|del|de la) (?:\w+ )?${ES_SHUTS}\b(?: \d+)?[^.!?\n]{0,20}?\b(?:atascad\w*|trabad\w*|atorad\w*|cerrad\w* (?:por fuera|con llave)|no (?:se )?abre|no quiere abrir|se atoro|se trabo|se atasco|se cerro)|\b${ES_SHUTS} (?:no abre|no se abre|se (?:atoro|trabo|atasco|cerro))`;
const ES_PERSON = String.raw`\b(?:estoy|estamos|esta|estan|sigo|seguimos|quede|quedamos|quedo|quedaron)\b (?:\w+ )?(?:adentro|dentro|encerrad\w*|atrapad\w*|con el|con ella|con ellos)\b|\bno (?:puedo|podemos|puede|pueden) salir\b`;
// Still inside, said after: "hay dos personas adentro todavia", "siguen dos compañeros adentro del almacén".
const ES_PLACE = String.raw`(?:almacen|bodega|nave|camara\w*|cuarto frio|congelador|frigorifico|tanque|silo|contenedor|cisterna|elevador|ascensor|pozo|horno|edificio|planta|fabrica|galera|tunel|zanja|taller|cocina)`;
const ES_END = String.raw`(?=\s*(?:$|[.!,;:\n-]|por favor|ayuda|rapido|urgente))`;
export const SPANISH_SHUT_IN: UrgencyRule[] = [
  shutIn(ES_DOOR, ES_PERSON),
  rule(
    'safety',
    String.raw`\b(?:siguen?|quedan?|quedaron|hay|tenemos)\b (?:\w+ ){0,3}?(?:adentro|dentro|ahi dentro|alla dentro) (?:todavia|aun|todavia hay|aun hay)${ES_END}|\b(?:siguen|quedan|quedaron)\b (?:\w+ ){0,3}?(?:adentro|dentro|atrapad\w*|encerrad\w*) (?:del|de la|de los|en el|en la) (?:\w+ )?${ES_PLACE}\b|\b(?:todavia|aun) (?:hay|quedan?|siguen?|estan?) (?:\w+ ){0,3}?(?:adentro|dentro) (?:del|de la|de los|en el|en la) (?:\w+ )?${ES_PLACE}\b`,
  ),
];

const FR_SHUTS = String.raw`(?:chambre froide|chambre frigorifique|congelateur|frigo|conteneur|container|ascenseur|cuve|citerne|reserve froide|cellule froide|silo)`;
const FR_DOOR = String.raw`\bporte (?:de la |du |de l'|des )?${FR_SHUTS}\b(?: \d+)?[^.!?\n]{0,20}?\b(?:est |s'est )?(?:bloquee?|coincee?|fermee? a cle|fermee? a clef|ne s'ouvre (?:plus|pas)|s'ouvre (?:plus|pas)|veut pas s'ouvrir|refermee?)\b`;
const FR_PERSON = String.raw`\b(?:je suis|j'suis|chui|on est|nous sommes|il est|elle est|ils sont|suis)\b (?:\w+ )?(?:dedans|a l'interieur|enferme\w*|coince\w*|bloque\w*|avec (?:lui|elle|eux))\b|\b(?:peux|peut|pouvons|peuvent) (?:pas |plus )?sortir\b`;
export const FRENCH_SHUT_IN: UrgencyRule[] = [shutIn(FR_DOOR, FR_PERSON)];

const DE_SHUTS = String.raw`(?:kuhlraum\w*|kuehlraum\w*|kuhlzelle\w*|kuehlzelle\w*|gefrierraum\w*|tiefkuhl\w*|tiefkuehl\w*|gefrierzelle\w*|container\w*|aufzug\w*|fahrstuhl\w*|tank\w*|silo\w*)`;
const DE_DOOR = String.raw`\b(?:tur|tuer) (?:vom|von der|von dem|des|der|zum|zur|am|an der) (?:\w+ )?${DE_SHUTS}\b(?: \d+)?[^.!?\n]{0,20}?\b(?:klemmt|blockiert|geht nicht (?:mehr )?auf|lasst sich nicht (?:mehr )?offnen|laesst sich nicht (?:mehr )?oeffnen|ist zu|verklemmt|abgeschlossen|zugefallen)\b|\b${DE_SHUTS}(?:tur|tuer)\b[^.!?\n]{0,20}?\b(?:klemmt|blockiert|geht nicht (?:mehr )?auf|verklemmt|zugefallen|abgeschlossen)\b`;
const DE_PERSON = String.raw`\b(?:ich bin|wir sind|er ist|sie ist|sie sind|bin)\b (?:\w+ )?(?:drin|drinnen|eingesperrt|eingeschlossen|gefangen|bei ihm|bei ihr)\b|\b(?:komme|kommen|kommt) (?:\w+ )?nicht (?:mehr )?raus\b`;
export const GERMAN_SHUT_IN: UrgencyRule[] = [shutIn(DE_DOOR, DE_PERSON)];

const IT_SHUTS = String.raw`(?:cella\w*(?: frigo\w*)?|frigo\w*|congelatore|freezer|container|ascensore|cisterna|serbatoio|silos?)`;
const IT_DOOR = String.raw`\bporta (?:della|del|dello|dell'|dell) ?${IT_SHUTS}\b(?: \d+)?[^.!?\n]{0,20}?\b(?:bloccat\w*|incastrat\w*|non si apre (?:piu)?|chius\w* a chiave|si e chiusa)\b`;
const IT_PERSON = String.raw`\b(?:sono|siamo|e|sta|stanno)\b (?:\w+ )?(?:dentro|chius\w* dentro|bloccat\w*|intrappolat\w*|con lui|con lei)\b|\b(?:riesco|riusciamo|riesce) (?:piu )?a uscire\b`;
export const ITALIAN_SHUT_IN: UrgencyRule[] = [shutIn(IT_DOOR, IT_PERSON)];

const PT_SHUTS = String.raw`(?:camara\w*(?: fria| frigorifica)?|freezer|frigorifico|congelador|container|conteiner|elevador|tanque|silo)`;
const PT_DOOR = String.raw`\bporta (?:da|do) (?:\w+ )?${PT_SHUTS}\b(?: \d+)?[^.!?\n]{0,20}?\b(?:travou|travad\w*|emperrou|emperrad\w*|nao abre|trancad\w*|fechou)\b`;
const PT_PERSON = String.raw`\b(?:estou|estamos|esta|estao|to|tamo|ta)\b (?:\w+ )?(?:dentro|la dentro|pres[oa]s?|trancad\w*|com ele|com ela)\b|\bnao (?:consigo|conseguimos|consegue) sair\b`;
export const PORTUGUESE_SHUT_IN: UrgencyRule[] = [shutIn(PT_DOOR, PT_PERSON)];

const PL_SHUTS = String.raw`(?:chlodni\w*|mrozni\w*|zamrazark\w*|kontener\w*|windy|windzie|zbiornik\w*|silos\w*)`;
const PL_DOOR = String.raw`\bdrzwi (?:od |do )?(?:\w+ )?${PL_SHUTS}\b(?: \d+)?[^.!?\n]{0,20}?\b(?:sie )?(?:zaciel\w*|zablokowan\w*|nie otwieraja|nie (?:chca|da) sie otworzyc|zatrzasnel\w*|zamkniet\w*)\b`;
const PL_PERSON = String.raw`\b(?:jestem|jestesmy|jest|sa|siedze|siedzimy)\b (?:\w+ ){0,2}?(?:w srodku|zamknie\w*|uwiezion\w*|z nim|z nia)\b|\bnie (?:moge|mozemy|moze) wyjsc\b`;
// Still inside, said after: "dwóch kolegów jest jeszcze w środku".
const PL_WHO = String.raw`(?:\d+|dwoch|dwie|dwoje|dwaj|trzech|troje|trzy|kilku|kilka|ludzie|ktos|kolega|kolezanka|koledzy|kolegow|pracownik\w*|osob\w*|osoby|chlopaki|chlopakow)`;
export const POLISH_SHUT_IN: UrgencyRule[] = [
  shutIn(PL_DOOR, PL_PERSON),
  rule(
    'safety',
    String.raw`\b${PL_WHO}\b (?:\w+ ){0,2}?(?:jeszcze|nadal|wciaz|dalej|ciagle) (?:jest |sa |zostal\w* |siedz\w* )?(?:w srodku|wewnatrz|uwiezien\w*|zamknie\w*)(?=\s*(?:$|[.!,;:\n-]|(?:w|na) (?:magazynie|hali|chlodni|mrozni|zbiorniku|budynku|piwnicy)))`,
  ),
];

// The tables' phrases (other-languages/uk.ts, tl.ts is full; ht.ts): people still inside, someone shut in.
// JavaScript's \b knows no Cyrillic: the words are stems the table bounds by its own word edges.
export const UKRAINIAN_SHUT_IN = String.raw`(?:люди|людей|хтось|колег\p{L}*|двоє|троє|двох|трьох|працівник\p{L}*|хлопц\p{L}*) (?:\S+ ){0,2}?(?:ще|досі|залишил\p{L}*|лишил\p{L}*|лишають\p{L}*) (?:\S+ )?(?:всередині|усередині|заблокован\p{L}*|замкнен\p{L}*)|(?:двер\p{L}*) (?:\S+ ){0,2}?(?:морозильн\p{L}*|холодильн\p{L}*|ліфт\p{L}*|контейнер\p{L}*) (?:\S+ ){0,2}?(?:заклинил\p{L}*|заблокован\p{L}*|не відчиня\p{L}*)`;
export const TAGALOG_SHUT_IN: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:may|mayroon|meron|merong|may natitira(?:ng)?|natitira(?:ng)?|naiwan(?:g)?)\b (?:\w+ ){0,3}?pa (?:rin )?(?:sa loob|nasa loob|nakulong|naiwan sa loob)(?=\s*(?:$|[.!,;:\n-]|ng (?:bodega|warehouse|freezer|cold room|planta|gusali|tangke|container|elevator)))|\b(?:na-?lock|nakulong|naipit|nakakulong|naka-?lock) (?:\w+ )?(?:sa loob|sa) (?:ng |sa )?(?:freezer|cold room|chiller|container|elevator|tangke|walk-?in)\b`,
  ),
];
export const HAITIAN_SHUT_IN = String.raw`\b(?:gen|genyen|rete|ret)\b (?:\S+ ){0,3}?(?:toujou|anko|ankò) (?:anndan|ladan)\b|\b(?:moun|de|twa|kat|koleg|anplwaye|nonm|fanm)\b (?:\S+ ){0,2}?(?:toujou|anko|rete) (?:anndan|ladan)\b|\b(?:mwen|m|nou|li|l|yo)\b (?:\S+ )?(?:femen|bloke|kwense|kole|prizonye|pran) (?:\S+ )?(?:anndan|ladan)\b[^.!?\n]{0,30}\b(?:frize|frizer|chanm fret|chanm frèt|kontene|asanse|tank|frijide|frijide)\b`;
