import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';
import {
  GENITIVE_POSTS,
  GENITIVE_WORKERS,
  isThingNotWorker,
  POST_LINKS,
  POST_MODIFIER,
  POSTS,
  WORKERS,
} from './redact-ids-spot-posts';

/*
 * ra35 (blind re-attack), numbered spots: a till, a register, a room, a route, a bunk, a locker, named by its
 * number where a person is placed at it, in any of the languages employees write ("whoever runs till #4", "the guy
 * on till five", "der Mitarbeiter an Kasse 3", "der Fahrer von Tour 22", "o motorista da rota 17", "quem est\u00e1 no
 * beliche 14", "ten z szafki nr 41", "\u0442\u043e\u0439, \u0445\u0442\u043e \u0437 \u0448\u0430\u0444\u043a\u0438 77", "moun ki nan chanm 9 la", "la cajera de la caja 4"). Whoever reads the rota knows who
 * holds that spot, so its number (figures or a word) is hidden as [ID]. Named without a person it is a thing and
 * stays: "Kasse 3 ist kaputt", "till 4 keeps jamming", "room 318 has no heating", "a rota 17 foi cancelada"; "till"
 * before a time is "until" ("open till 9", "worked till seven").
 *
 * Read as a table, not as examples: a person (a noun for someone at work, or "whoever", "quem", "wer", "chi",
 * "\u0445\u0442\u043e", "ki"), up to three small words that place them (a verb of being or working there, a preposition, an
 * article), a place one person holds, and its number. The English-only form of this (a few people words with
 * at/in/on) is redact-ids-held-spots.ts; the writer's own desk or locker is redact-personal-places.ts.
 */

// Someone at work, in English, German, Portuguese, Spanish, French, Italian, Polish, Ukrainian and Haitian Creole
// (singular: "people on till 4" are many); sp37: post, delivery and counter staff, Kreyòl and Tagalog (Taglish) people
// words. Some only with their own prepositions (LOCAL_PERSON_LINKS).
export const PERSON = String.raw`(?:guy|man|woman|lady|girl|boy|lad|bloke|dude|chick|creep|person|one|someone|somebody|whoever|whoevr|whoeva|who|patient|resident|tenant|worker|colleague|co-?worker|employee|driver|cashier|checker|clerk|teller|nurse|carer|cook|waiter|waitress|server|guard|tech|operator|picker|agent|attendant|staffer|temp|mitarbeiter(?:in)?|kolleg(?:e|in)|fahrer(?:in)?|kassierer(?:in)?|typ|kerl|frau|mann|dame|junge|m\u00e4dchen|wer|motorista|cara|mo\u00e7[ao]|rapaz|menin[ao]|pessoa|quem|colega|funcion\u00e1ri[ao]|homem|mulher|caixa|cajer[ao]|chic[ao]|tipo|se\u00f1or(?:a)?|persona|quien|qui\u00e9n|compa\u00f1er[ao]|conductor(?:a)?|chofer|ch\u00f3fer|gars|type|mec|meuf|caissi(?:er|\u00e8re)|coll\u00e8gue|chauffeur|femme|fille|homme|celui|celle|qui|chi|tizi[ao]|ragazz[ao]|cassier[ea]|autista|quell[ao]|signor[ae]?|ten|ta|go\u015b\u0107|facet|osoba|kolega|kole\u017canka|kierowca|kasjer(?:ka)?|pracownik|pracownica|kto|pani|pan|ch\u0142opak|dziewczyna|kobieta|m\u0119\u017cczyzna|kole\u015b|typek|\u0442\u043e\u0439|\u0442\u0430|\u0445\u0442\u043e|\u0445\u043b\u043e\u043f\u0435\u0446\u044c|\u0447\u043e\u043b\u043e\u0432\u0456\u043a|\u0436\u0456\u043d\u043a\u0430|\u0434\u0456\u0432\u0447\u0438\u043d\u0430|\u0432\u043e\u0434\u0456\u0439|\u043a\u0430\u0441\u0438\u0440(?:\u043a\u0430)?|\u043f\u0440\u0430\u0446\u0456\u0432\u043d\u0438\u043a|\u043a\u043e\u043b\u0435\u0433\u0430|\u043f\u0430\u043d\u0456|\u043f\u0430\u043d|\u0442\u0438\u043f|\u043c\u0443\u0436\u0438\u043a|\u0442\u0456\u0442\u043a\u0430|\u0434\u044f\u0434\u044c\u043a\u043e|moun|n\u00e8g|madanm|msye|neg|fi|gason|ch\u00f2f\u00e8|kesye|postman|postwoman|postie|mailman|carrier|courier|rider|officer|cop|warden|conductor|bagger|porter|dispatcher|loader|packer|repartidor(?:a)?|cartero|cartera|facteur|factrice|livreu(?:r|se)|guicheti(?:er|\u00e8re)|postin[oa]|corriere|fattorino|commess[oa]|sportellista|carteir[oa]|entregador(?:a)?|atendente|zusteller(?:in)?|postbot(?:e|in)|brieftr\u00e4ger(?:in)?|kurier(?:in|ka)?|listonosz(?:ka)?|dor\u0119czyciel(?:ka)?|urz\u0119dni(?:k|czka)|sprzedawc(?:a|zyni)|ochroniarz|\u043a\u0443\u0440['\u2019]\u0454\u0440|\u043b\u0438\u0441\u0442\u043e\u043d\u043e\u0448\u0430|\u043f\u043e\u0448\u0442\u0430\u0440(?:\u043a\u0430)?|\u043f\u0440\u043e\u0434\u0430\u0432(?:\u0435\u0446\u044c|\u0447\u0438\u043d\u044f)|\u043e\u0445\u043e\u0440\u043e\u043d\u0435\u0446\u044c|ch[o\u00f2]f\u00e8|chofe|madan|fanm|nonm|mesye|kesy\u00e8z|anplwaye|travay\u00e8|kuya|manong|manang|babae|lalaki|kahera|kahero|tindera|tindero|drayber|gwardya|guwardiya|${WORKERS})`;
// sp37: words that are a person only before their own prepositions (LOCAL_PERSON_LINKS), never before "there".
const LOCAL_PERSON = String.raw`(?:el|la|o|a|der|die|dam|yung|iyong)`;
// What places a person at a spot: being, sitting, working, running or driving there; a preposition; an article.
const LINK = String.raw`(?:is|'s|was|are|who|that|works?|worked|working|runs?|ran|running|sits?|sat|sitting|stands?|standing|drives?|drove|driving|mans|manning|covers|has|had|uses|usually|always|on|at|in|from|of|behind|the|ist|war|sitzt|arbeitet|steht|f\u00e4hrt|hat|an|am|von|vom|auf|aus|bei|beim|im|der|die|dem|den|est\u00e1|esta|fica|dirige|trabalha|que|\u00e9|da|do|na|no|de|em|a|o|trabaja|maneja|es|la|el|del|en|est|travaille|conduit|tient|du|au|\u00e0|sta|lavora|della|dello|del|alla|allo|al|dalla|dal|\u00e8|e|z|ze|w|we|od|przy|spod|jest|ma|siedzi|pracuje|\u0437|\u0456\u0437|\u0437\u0456|\u0432\u0456\u0434|\u0431\u0456\u043b\u044f|\u043d\u0430|\u0432|\u0443|\u044f\u043a\u0438\u0439|\u044f\u043a\u0430|\u0449\u043e|\u043f\u0440\u0430\u0446\u044e\u0454|\u0441\u0438\u0434\u0438\u0442\u044c|ki|nan|sou|kote|travay|chita|ap|te|sa|nasa|ng|${POST_LINKS})`;
// A place one person holds at a time. "till" is one only after on/at/the or before "#" or "number" ("open till 9",
// "worked till seven" are times). sp37: lanes, counters, windows, routes, rounds, beats, zones and districts in the
// nine languages and Tagalog; a round or a beat only after "on" or "the" ("who beat 2 guys", "in round 2" of a game).
export const PLACE = String.raw`(?:(?<=(?:on|at|the|runs|ran|running|mans|manning|behind)[ \t]+)till(?=[ \t]*(?:#|no\.?|number|n[or]\.?)?[ \t]*(?:\d|\p{L}))|till(?=[ \t]*(?:#|number))|register|checkout|counter|station|room|route|bunk|bed|locker|cubicle|booth|pod|window|seat|cabin|trailer|stall|kiosk|truck|van|bus|kasse|tour|zimmer|spind|schalter|theke|bett|stube|rota|beliche|caixa|quarto|cama|arm\u00e1rio|cacifo|balc\u00e3o|guich\u00ea|caja|ruta|litera|cuarto|habitaci\u00f3n|taquilla|casillero|mostrador|ventanilla|caisse|tourn\u00e9e|chambre|lit|casier|guichet|couchette|cassa|giro|stanza|camera|letto|armadietto|sportello|postazione|szafk[aiec\u0119\u0105]|kas[aye\u0119]|kasie|tras[ay]|pok\u00f3j|pokoju|\u0142\u00f3\u017ck[ao]|stanowisk[ao]|\u0448\u0430\u0444\u043a[\u0430\u0438\u0443]|\u0448\u0430\u0444\u0446\u0456|\u043a\u0430\u0441[\u0430\u0438\u0456]|\u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0443?|\u043a\u0456\u043c\u043d\u0430\u0442[\u0430\u0438\u0456]|\u043b\u0456\u0436\u043a[\u043e\u0430]|\u043f\u0430\u043b\u0430\u0442[\u0430\u0438\u0456]|chanm|k\u00e8s|kabann|kazye|(?:checkout|check-out|till|express)[ \t]+lane|lane|wicket|(?<=(?:on|the)[ \t]+)round|(?<=(?:on|the|walks|walking|patrols|patrolling)[ \t]+)beat|zone|district|zona|sector|reparto|comptoir|secteur|setor|bezirk|revier|okienk(?:o|a|u)|rejon(?:u|ie)?|rewir(?:u|ze)?|stref(?:a|y|\u0119|ie)|\u0432\u0456\u043a\u043e\u043d(?:\u0446[\u0435\u044f\u044e\u0456]|\u0435\u0447\u043a[\u043e\u0430\u0443])|\u0440\u0430\u0439\u043e\u043d[\u0443\u0456]?|\u0434\u0456\u043b\u044c\u043d\u0438\u0446[\u044f\u0456\u044e]|\u0437\u043e\u043d[\u0430\u0438\u0456\u0443]|wout|gich\u00e8|giche|kontwa|fen\u00e8t|z\u00f2n|kaha|bintana|pwesto|puwesto|${POSTS})`;
// Its number after "number", "nr", "#", "\u043d\u043e\u043c\u0435\u0440" and the like: figures with a letter at most, or a number from two to twelve
// in words ("one", "un", "uno" are too often something else; "once" is English, "sei" Italian "you are").
export const MARKER = String.raw`(?:(?:number|no\.?|nr\.?|n[\u00b0\u00ba]\.?|num[\u00e9e]ro|n[\u00fau]mero|nummer|numer|\u043d\u043e\u043c\u0435\u0440|\u2116|#)[ \t]*)?`;
const NUMBER_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zwei|drei|vier|f\u00fcnf|sechs|sieben|acht|neun|zehn|zw\u00f6lf|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|dois|duas|tr\u00eas|quatro|sete|oito|nove|dez|doze|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|due|tre|quattro|cinque|sette|otto|dieci|dodici)`;
export const NUMBER = String.raw`(\d{1,4}[a-z]?|${NUMBER_WORD})(?![\p{L}\p{N}]|[ \t]*(?::\d|[.,]\d|%|[ap]\.?m(?![\p{L}])|o'?clock|(?:minutes?|mins?|hours?|hrs?|days?|nights?|nites?|shifts?|evenings?|mornings?|weekends?|weeks?|months?|years?|times?|people|noches|turnos|nuits|notti|noites|n\u00e4chte|schichten|of[ \t]+us|dollars?|euros?|bucks|quid|pounds?|horas?|uhr|heures?|ore|godzin\p{L}*)(?![\p{L}])))`;

const SPOT_OF_PERSON = lazyPattern(
  String.raw`(?:(?<=(?<![\p{L}])[ldLD]['\u2019])|(?<![\p{L}\p{N}'\u2019]))(?:${PERSON}|${LOCAL_PERSON})(?:['\u2019]s)?(?:[ \t]*,)?(?:[ \t]+${LINK}){1,3}[ \t]+(?:${POST_MODIFIER}[ \t]+)?(?:[ld]['\u2019])?${PLACE}[ \t]*${MARKER}${NUMBER}`,
  'giu',
);
// "room 318 on the night shift nurse station, the nurse there yells": the spot first, then the person there.
const PERSON_THERE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${PLACE}[ \t]*${MARKER}${NUMBER}(?=[^.!?\n]{0,60}?(?<![\p{L}])${PERSON}[ \t]+(?:there|in[ \t]+there|in[ \t]+it|dort|da[ \t]+drin|ah\u00ed|all\u00ed|l\u00e0|l\u00ec|tam|\u0442\u0430\u043c)(?![\p{L}]))`,
  'giu',
);
// A cheap gate: figures or a number word, and a place word.
const ANY_NUMBER = lazyPattern(String.raw`\d|(?<![\p{L}])${NUMBER_WORD}(?![\p{L}])`, 'iu');
// spot39: every reading below ends in a place and its number, so a text with no place right before a number (its
// marker between) is passed by at once; spot39's many more places and people made the readings themselves dearer.
// r37: no end after the place's word: "шафки№33" is read "шафкиNo33" (NFKC), its word glued to the marker.
const PLACE_THEN_NUMBER = lazyPattern(
  String.raw`(?<![\p{L}])${PLACE}[ \t]*${MARKER}(?:\d|${NUMBER_WORD}(?![\p{L}]))`,
  'iu',
);
// Some people words are a person only before their own language's prepositions: Polish and Ukrainian pronouns ("ten
// z szafki", "\u0442\u043e\u0439, \u0445\u0442\u043e \u0437"), "ten" being a number in English; sp37: the article standing for "the one" in
// Spanish, Portuguese and German ("el de la caja 4", "a do guich\u00ea 3", "die an Kasse 3"), Kreyòl "dam" (a lady, and an
// English dam), Tagalog "yung" ("the one", "yung nasa window 2").
const LOCAL_PERSON_LINKS: readonly [RegExp, RegExp][] = [
  [
    /^(?:ten|ta|\u0442\u043e\u0439|\u0442\u0430)$/iu,
    /^[ \t]*,?[ \t]*(?:z|ze|w|we|na|od|przy|spod|\u0445\u0442\u043e|\u0437|\u0456\u0437|\u0437\u0456|\u0432\u0456\u0434|\u0431\u0456\u043b\u044f)(?![\p{L}])/iu,
  ],
  [/^(?:el|la)$/iu, /^[ \t]+(?:de|del|que)(?![\p{L}])/iu],
  [/^(?:o|a)$/iu, /^[ \t]+(?:da|do|das|dos|que)(?![\p{L}])/iu],
  [/^(?:der|die)$/iu, /^[ \t]+(?:an|am|von|vom|bei|beim|aus)(?![\p{L}])/iu],
  [/^dam$/iu, /^[ \t]+(?:nan|sou|kote|ki)(?![\p{L}])/iu],
  [/^(?:yung|iyong)$/iu, /^[ \t]+(?:sa|nasa|ng)(?![\p{L}])/iu],
];

const spotOfPerson = maskMatches(
  SPOT_OF_PERSON,
  'ID',
  (m) => {
    const person = /^\p{L}+/u.exec(m[0])![0];
    // spot39: "the guard on press 4" is the press's guard, "the dust collector on machine 4" a thing.
    if (isThingNotWorker(person, m[0], m.input.slice(0, m.index))) return false;
    const local = LOCAL_PERSON_LINKS.find(([word]) => word.test(person));
    if (!local) return true;
    // "Kunden, die an Kasse 3 warten": after a comma, German "der"/"die" is "who", of many.
    if (/^(?:der|die)$/iu.test(person) && /,[ \t]*$/u.test(m.input.slice(0, m.index))) return false;
    return local[1].test(m[0].slice(person.length));
  },
  1,
  true,
);
const personThere = maskMatches(PERSON_THERE, 'ID', () => true, 1);
/*
 * r37: Polish and Ukrainian say whose spot with no word between, the spot in the genitive ("kierowca trasy 9", "the
 * driver of route 9"; sp37: and Kreyòl, "chofè wout 6"; "kasjerka kasy 3", "\u0432\u043e\u0434\u0456\u0439 \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0443 14"): a person of those languages right before the place.
 */
const GENITIVE_PERSON = String.raw`(?:pani|pan|ch\u0142opak|dziewczyna|kobieta|m\u0119\u017cczyzna|kole\u015b|typek|go\u015b\u0107|facet|osoba|kolega|kole\u017canka|kierowca|kasjer(?:ka)?|pracownik|pracownica|\u043f\u0430\u043d\u0456|\u043f\u0430\u043d|\u0442\u0438\u043f|\u043c\u0443\u0436\u0438\u043a|\u0445\u043b\u043e\u043f\u0435\u0446\u044c|\u0447\u043e\u043b\u043e\u0432\u0456\u043a|\u0436\u0456\u043d\u043a\u0430|\u0434\u0456\u0432\u0447\u0438\u043d\u0430|\u0432\u043e\u0434\u0456\u0439|\u043a\u0430\u0441\u0438\u0440(?:\u043a\u0430)?|\u043f\u0440\u0430\u0446\u0456\u0432\u043d\u0438\u043a|\u043a\u043e\u043b\u0435\u0433\u0430|kurier(?:ka)?|listonosz(?:ka)?|dor\u0119czyciel(?:ka)?|urz\u0119dni(?:k|czka)|\u043a\u0443\u0440['\u2019]\u0454\u0440|\u043b\u0438\u0441\u0442\u043e\u043d\u043e\u0448\u0430|\u043f\u043e\u0448\u0442\u0430\u0440(?:\u043a\u0430)?|ch[o\u00f2]f\u00e8|chofe|kesye|kesy\u00e8z|madanm|madan|fanm|nonm|msye|mesye|n\u00e8g|fi|gason|dam|anplwaye|${GENITIVE_WORKERS})`;
const GENITIVE_SPOT = String.raw`(?:szafki|kasy|trasy|pokoju|\u0142\u00f3\u017cka|stanowiska|\u0448\u0430\u0444\u043a\u0438|\u043a\u0430\u0441\u0438|\u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0443|\u043a\u0456\u043c\u043d\u0430\u0442\u0438|\u043b\u0456\u0436\u043a\u0430|\u043f\u0430\u043b\u0430\u0442\u0438|okienka|rejonu|rewiru|strefy|\u0432\u0456\u043a\u043e\u043d\u0446\u044f|\u0440\u0430\u0439\u043e\u043d\u0443|\u0434\u0456\u043b\u044c\u043d\u0438\u0446\u0456|\u0437\u043e\u043d\u0438|wout|gich\u00e8|giche|k\u00e8s|kontwa|fen\u00e8t|kazye|chanm|kabann|${GENITIVE_POSTS})`;
const SPOT_OWNED_BY_PERSON = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${GENITIVE_PERSON}[ \t]+${GENITIVE_SPOT}[ \t]*${MARKER}${NUMBER}`,
  'giu',
);
const spotOwnedByPerson = maskMatches(SPOT_OWNED_BY_PERSON, 'ID', () => true, 1);

/** Whether a place of the table above stands right before a number (the gate of every reading of a held spot). */
export const hasPlaceThenNumber = (text: string): boolean =>
  ANY_NUMBER.get().test(text) && PLACE_THEN_NUMBER.get().test(text);

/** Masks the number of a till, room, route, bunk or locker where a person is placed (see above). */
export const maskSpotsPeopleHold: Rule = (text) => {
  if (!hasPlaceThenNumber(text)) return text;
  return spotOwnedByPerson(personThere(spotOfPerson(text)));
};
