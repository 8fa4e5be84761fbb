import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Badging for someone who is away (attack after u36b, class u37a): a card swiped, a clock punched or a badge tapped for
 * a friend, a relative or colleagues who are absent, at home, on holiday or in at noon, and a manager who makes staff
 * swipe the cards of those who are off ("buddy punching"). Fraud, as u36b and time-fraud.ts decided: hours paid for
 * time nobody worked, the owner of fraud's (docs/escalations.md). time-fraud.ts, time-fraud-clocked.ts and
 * time-cards-de-it-pl.ts read fixed wordings; these read three things in one sentence, in any order: the clocking,
 * someone else it is done for, and their absence, in en, es, fr, pt, de, it, pl and tl (folded text); Ukrainian and
 * Kreyòl are in their tables (other-languages/uk.ts, ht.ts).
 *
 * Calm beside them: a badge forgotten and security letting the writer in, a clock-in forgotten, a card lent for the
 * printer (nobody away), one's own card and a sick brother in different sentences.
 */

/** The clocking and the absence in one sentence, either order, with someone else it is done for in the same sentence. */
const clockedForTheAbsent = (clock: string, others: string, absent: string): UrgencyRule =>
  rule(
    'fraud',
    String.raw`(?:(?<=\b(?:${others})\b[^.!?\n]{0,120})|(?=[^.!?\n]{0,160}?\b(?:${others})\b))(?:${eitherOrder('latin', 80, clock, absent)})`,
  );

// Clocking: not "signed off sick" (a doctor's note), "fobbed off", a scandal or a tape.
const EN_CLOCK = String.raw`(?:clock|swip|badg|punch)\w*(?: (?:in|on|out))?|(?:tap(?:s|ped|ping)?|scan(?:s|ned|ning)?|sign(?:s|ed|ing)?|fob(?:s|bed|bing)?) (?:in|on)\b|(?:tap(?:s|ped|ping)?|scan(?:s|ned|ning)?) (?:\w+ ){0,3}?(?:cards?|badges?|fobs?|ids?)`;
const EN_GROUP = String.raw`(?:people|guys|workers|staff|colleagues?|co-?workers?|mates?|friends?|buddies|buddy|ones|those|folks|employees|whoever|anyone|someone|somebody|cousins?|relatives?|brothers?|sisters?|nephews?|nieces?|boy ?friends?|girl ?friends?|bf|gf|husband|wife|partner|sons?|daughters?|uncle|aunt|the absent)`;
const EN_OTHERS = String.raw`(?:for|of) (?:\w+ ){0,2}?${EN_GROUP}|${EN_GROUP}'?s (?:\w+ )?(?:cards?|badges?|fobs?|ids?|time ?cards?)|each other|one another|buddy[- ]?punch\w*`;
const EN_ABSENT = String.raw`(?:who|that|they|he|she) (?:are|is|were|was|'re|r|s) (?:\w+ )?(?:off|out|absent|away|sick|not (?:here|in|there|working)|on (?:vacation|holiday|leave|pto)|at home|home)|absent|on (?:vacation|holiday|leave|pto)|(?:not|nobody|no one|none of them) (?:even |actually )?(?:here|there|in)|(?:never|don'?t|dont|didn'?t|won'?t) (?:\w+ )?(?:show|come|turn)\w*|call(?:s|ed|ing)? in sick|no-?shows?|leaving|go(?:es|ing)? home|went home|(?:gets?|comes?|shows?|rolls?) (?:in|up) (?:at|after|around) (?:noon|lunch|1[0-2]|[1-9])`;
export const ENGLISH_CARDS_CLOCKED_FOR_THE_ABSENT: UrgencyRule[] = [
  clockedForTheAbsent(EN_CLOCK, EN_OTHERS, EN_ABSENT),
  // "Buddy punching" is the name of the fraud itself.
  rule('fraud', String.raw`\bbuddy[- ]?punch(?:ing|es|ed)?\b`),
];

const ES_CLOCK = String.raw`fich\w*|(?:marc|chec|registr|pas)\w* (?:la |el |las |los )?(?:tarjeta|entrada|asistencia|huella|reloj|ficha|gafete|credencial|badge)s?`;
const ES_OTHERS = String.raw`(?:por|de|a nombre de|en lugar de|en vez de|para) (?:\w+ ){0,2}?(?:novi[oa]s?|marido|espos[oa]s?|mujer|herman[oa]s?|prim[oa]s?|amig[oa]s?|compas?|compadre|cunad[oa]s?|hij[oa]s?|pareja|companer[oa]s?|colegas?|sobrin[oa]s?|otros|otras|los que|las que|quien(?:es)?|gente|trabajadores|faltistas|ausentes|el que|la que)`;
const ES_ABSENT = String.raw`(?:no|ni|nunca) (?:\w+ )?(?:vienen?|viene|vino|llega|llegan|aparece|aparecen|esta|estan|trabaja|trabajan)|lleg\w* (?:\w+ ){0,2}(?:a mediodia|al mediodia|tarde|a las \w+|despues de comer)|faltan|falta|faltaron|ausentes?|de vacaciones|de baja|enferm[oa]s?|en (?:su )?casa|de descanso|de franco`;
export const SPANISH_CARDS_CLOCKED_FOR_THE_ABSENT: UrgencyRule[] = [
  clockedForTheAbsent(ES_CLOCK, ES_OTHERS, ES_ABSENT),
];

const FR_CLOCK = String.raw`point(?:e|es|ent|er|ait|aient|ons|ez)|badg(?:e|es|ent|er|eait|eaient|eons|ez)|(?:pass|scann)\w* (?:la |le |sa |son |leur |les )?(?:carte|badge)s?`;
const FR_OTHERS = String.raw`(?:pour|a la place d(?:e|es|u)|au nom d(?:e|es|u)|de|des|du) (?:\w+ ){0,2}?(?:potes?|copains?|copines?|amis?|amies?|soeurs?|freres?|cousin\w*|mari|femme|collegues?|absents?|ceux|celles|les autres|l'autre|gens|ouvriers|salaries|neveux?|nieces?|fils|filles?)`;
const FR_ABSENT = String.raw`absents?|(?:n'est|ne sont|n'etait|n'etaient|est|sont) (?:\w+ )?(?:pas la|jamais la|chez (?:lui|elle|eux)|en conge\w*|en vacances|malade\w*|en arret)|arriv\w* (?:\w+ )?(?:a midi|l'apres-midi|a \d+ ?h\w*|en retard|apres (?:le )?(?:dejeuner|manger))|rest\w* (?:chez (?:lui|elle|eux)|a la maison|au lit)|ne vien\w* (?:jamais|pas)|en conge\w*|en vacances|en arret|malades?|chez (?:lui|elle|eux)`;
export const FRENCH_CARDS_CLOCKED_FOR_THE_ABSENT: UrgencyRule[] = [clockedForTheAbsent(FR_CLOCK, FR_OTHERS, FR_ABSENT)];

const PT_CLOCK = String.raw`(?:bat|bater|bate|batem|batia|registr|marc)\w* (?:o )?ponto|(?:pass|passa|passar|passam|passou)\w* (?:o |a )?(?:cartao|cartoes|cracha|crachas|digital)`;
const PT_OTHERS = String.raw`(?:d[oa]s?|pel[oa]s?|para|por|no lugar d[eoa]s?|de) (?:\w+ ){0,2}?(?:colegas?|amig[oa]s?|prim[oa]s?|namorad[oa]s?|marido|mulher|espos[oa]s?|irmaos?|irmas?|irmao|irma|cunhad[oa]s?|filh[oa]s?|parentes?|quem|os que|as que|outros|faltosos|ausentes|pessoal|galera|povo)`;
const PT_ABSENT = String.raw`falt\w*|(?:nem|nao|nunca) (?:\w+ )?(?:aparece\w*|vem|vieram|veio|chega\w*|esta|ta|trabalha\w*)|(?:de|em) folga|de ferias|ferias|de atestado|afastad\w*|doentes?|em casa|cheg\w* (?:\w+ ){0,2}(?:a tarde|tarde|ao meio-?dia|meio-?dia|depois do almoco)|ausentes?`;
export const PORTUGUESE_CARDS_CLOCKED_FOR_THE_ABSENT: UrgencyRule[] = [
  clockedForTheAbsent(PT_CLOCK, PT_OTHERS, PT_ABSENT),
];

const DE_CLOCK = String.raw`stempel\w*|(?:karte|chip|badge|ausweis|transponder|zeitkarte|stempelkarte)\w* (?:\w+ ){0,4}?(?:durchzieh\w*|durchgezogen|durch|scannen|scannt|gescannt|einlesen|einles\w*|vorhalt\w*|dranhalt\w*)|(?:durchzieh\w*|zieht|ziehen|scannen|scannt|gescannt) (?:\w+ ){0,3}?(?:karte|chip|badge|ausweis|transponder)\w*`;
// Someone else: "für seinen Kumpel", "die Chips der Leute"; not "der Kollege ist krank, ich stemple allein".
const DE_OTHERS = String.raw`(?:fur|fuer|statt|anstelle|anstatt|von|seines|ihres) (?:\w+ ){0,2}?(?:kolleg|kumpel|freund|bruder|schwester|cousin|mann|frau|leute|mitarbeiter|andere|abwesend)\w*|der (?:\w+ )?(?:leute|kollegen|kolleginnen|anderen|abwesenden|mitarbeiter)`;
const DE_ABSENT = String.raw`(?:nicht|nie|gar nicht|erst) (?:\w+ ){0,2}?(?:da|hier|kommt|kommen|erscheint|mittags|nachmittags|um \d+|anwesend|im betrieb)|zu hause|zuhause|daheim|im bett|im urlaub|krank\w*|abwesend\w*|blau macht|blaumacht`;
export const GERMAN_CARDS_CLOCKED_FOR_THE_ABSENT: UrgencyRule[] = [clockedForTheAbsent(DE_CLOCK, DE_OTHERS, DE_ABSENT)];

const IT_CLOCK = String.raw`timbr\w*|(?:pass|strisci)\w* (?:il |la |i |le )?(?:badge|tessera|tessere|cartellin\w*)`;
const IT_OTHERS = String.raw`(?:per|dei|degli|delle|del|della|al posto d(?:i|ei|egli|el|ella)|a nome d(?:i|ei|el)) (?:\w+ ){0,2}?(?:amic\w*|cugin\w*|fratell\w*|sorell\w*|marito|moglie|fidanzat\w*|ragazz\w*|colleghi|collega|colleghe|assenti|chi|quelli|gli altri|altri|parenti|nipot\w*|compagn\w*)`;
const IT_ABSENT = String.raw`assent\w*|in ferie|in malattia|malat\w*|a casa|(?:non|mai) (?:\w+ )?(?:viene|vengono|c'e|ci sono|si presenta\w*|lavora\w*)|arriv\w* (?:\w+ ){0,2}(?:a mezzogiorno|alle \d+|dopo pranzo|il pomeriggio|tardi)|in permesso`;
export const ITALIAN_CARDS_CLOCKED_FOR_THE_ABSENT: UrgencyRule[] = [
  clockedForTheAbsent(IT_CLOCK, IT_OTHERS, IT_ABSENT),
];

const PL_CLOCK = String.raw`(?:odbija\w*|odbij\w*|odbil\w*|przyklada\w*|przylozy\w*|zbija\w*|skanuj\w*|podbija\w*) (?:\w+ ){0,2}?(?:kart\w*|czytnik\w*|obecnosc\w*|wejsci\w*)|odbija\w* za|odbij\w* za`;
const PL_OTHERS = String.raw`(?:za|zamiast|dla) (?:\w+ ){0,2}?(?:kumpl\w*|kolez\w*|koleg\w*|brata|siostr\w*|chlopak\w*|dziewczyn\w*|meza|zone|szwagr\w*|kuzyn\w*|tych|innych|nieobecn\w*|ludzi|pracownik\w*)|kart\w* (?:\w+ )?(?:swojego|swojej|kolegi|kolegow|kolezank\w*|kumpla|chlopaka|dziewczyny|meza|zony|brata|siostry|innych|tych)`;
const PL_ABSENT = String.raw`(?:ktorych|ktorego|ktorej|kogo|ich|go|jej) (?:\w+ )?nie ma|nie ma (?:go|jej|ich)|nieobecn\w*|na urlopie|na zwolnieniu|na l4|chor\w*|w domu|przychodzi (?:\w+ ){0,2}(?:w poludnie|po poludniu|o \d+|pozniej|na \d+)|nie przychodzi|nigdy nie przychodzi|nie pracuje`;
export const POLISH_CARDS_CLOCKED_FOR_THE_ABSENT: UrgencyRule[] = [clockedForTheAbsent(PL_CLOCK, PL_OTHERS, PL_ABSENT)];

const TL_CLOCK = String.raw`(?:nag|mag|nagti|pina|pinapa|nagpa|ini|i|na)?-?(?:ta-?)?(?:time ?in|swipe|punch|bundy|log ?in|scan)\w*|sinwipe|pinunch`;
const TL_OTHERS = String.raw`(?:para sa|para kay|ng|ni|sa) (?:\w+ ){0,2}?(?:pinsan|kapatid|kaibigan|barkada|tropa|boyfriend|girlfriend|bf|gf|jowa|asawa|misis|mister|kasama|katrabaho|ka-?trabaho|mga absent|absent|mga naka-?leave|naka-?leave|wala)`;
const TL_ABSENT = String.raw`absent|naka-?leave|nasa bahay|wala (?:pa|naman|dito|sa trabaho)|hindi (?:pumapasok|pumasok|dumating|dumarating|nagpapakita)|tanghali na (?:dumarating|dumating|pumapasok)|late (?:na )?(?:dumarating|pumapasok)|nag-?absent|naka-?bakasyon|may sakit|tulog pa`;
export const TAGALOG_CARDS_CLOCKED_FOR_THE_ABSENT: UrgencyRule[] = [
  clockedForTheAbsent(TL_CLOCK, TL_OTHERS, TL_ABSENT),
];
