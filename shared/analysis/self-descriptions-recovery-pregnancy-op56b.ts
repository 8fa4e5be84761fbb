/*
 * What few at a site share, said by the writer in forms the older readers miss (op56b, 2026-12-08 night, from the
 * blind operator attack op54's classes 6 and 7): leaving or going through rehab, and not drinking for a span, in es
 * fr pt it pl tl uk vi ("salí de rehabilitación", "je sors d'une cure de désintoxication", "sono appena uscito dalla
 * riabilitazione", "wyszedłem z odwyku", "anim na buwan na akong hindi umiinom", "я щойно вийшов з
 * реабілітаційного центру", "tôi mới ra trại cai nghiện", "tôi đi họp nhóm AA", "llevo ocho meses sin beber", "non
 * bevo più"); and a pregnancy in a conditional or the past in en es fr pt it ("when I was expecting, …", "si je
 * tombais enceinte", "se eu engravidasse", "se rimanessi incinta", "estaba esperando gemelos"). The preview names
 * them; the employee chooses.
 *
 * Each phrase holds its own first person (a verb's ending, "I", "je", "eu", "я", "tôi/em/mình", "ako"), a rehab's
 * own word or a span of time after not drinking: "mi hermano salió de rehabilitación", "la rehabilitación del
 * edificio", "non bevo caffè", "hindi ako umiinom ng kape", "when I was expecting the delivery" are not named.
 * Each span is bounded. Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */
import { lazyPattern } from './lazy-pattern';

const W = String.raw`[\p{L}\p{N}'\u2019]{1,14}`;
const FEW = (n: number) => String.raw`(?:[ \t]+${W}){0,${n}}?`;

// A rehab's own word in each language.
const REHAB = String.raw`(?:rehab\p{L}{0,3}|rehabilitaci[\u00f3o]n|desintoxicaci[\u00f3o]n|desintox|reabilita[\u00e7c][\u00e3a]o|desintoxica[\u00e7c][\u00e3a]o|riabilitazione|disintossicazione|comunit[\u00e0a][ \t]+(?:di[ \t]+recupero|terapeutica)|d[\u00e9e]sintoxication|d[\u00e9e]sintox|postcure|odwyk\p{L}{0,3}|terapi\p{L}{1,2}[ \t]+uzale\u017cnie\u0144|\u0440\u0435\u0430\u0431\u0456\u043b\u0456\u0442\u0430\u0446\p{L}{0,6})`;
// A verb of the writer's: left, was in, went into, finished, am doing.
const MY_VERB = [
  // es
  String.raw`sal[\u00ed]|sali|he[ \t]+salido|acabo[ \t]+de[ \t]+(?:salir|terminar)|estuve(?:[ \t]+internad[oa])?|estoy|entr[\u00e9]|termin[\u00e9]|hice|me[ \t]+internaron|me[ \t]+metieron`,
  // pt
  String.raw`sa[\u00ed]|acabei[ \t]+de[ \t]+sair|estive|estou|entrei|terminei|fiz|fa\u00e7o|fui[ \t]+internad[oa]`,
  // it
  String.raw`sono[ \t]+(?:appena[ \t]+)?(?:uscit[oa]|stat[oa]|entrat[oa])|sto[ \t]+facendo|ho[ \t]+(?:fatto|finito)|faccio|esco`,
  // fr
  String.raw`je[ \t]+sors|je[ \t]+suis[ \t]+(?:sorti|entr\u00e9)e?|j['\u2019]ai[ \t]+(?:fait|fini|suivi)|je[ \t]+(?:fais|suis|suivais)|j['\u2019]\u00e9tais`,
  // pl
  String.raw`wyszed\u0142em|wysz\u0142am|by\u0142em|by\u0142am|jestem|sko\u0144czy\u0142em|sko\u0144czy\u0142am|przeszed\u0142em|przesz\u0142am`,
  // uk: the past has no person, "я" says it is the writer.
  String.raw`\u044f(?:[ \t]+\p{L}{1,10})?[ \t]+(?:\u0432\u0438\u0439\u0448\u043e\u0432|\u0432\u0438\u0439\u0448\u043b\u0430|\u0431\u0443\u0432|\u0431\u0443\u043b\u0430|\u043f\u0440\u043e\u0439\u0448\u043e\u0432|\u043f\u0440\u043e\u0439\u0448\u043b\u0430|\u043b\u0435\u0436\u0430\u0432|\u043b\u0435\u0436\u0430\u043b\u0430)`,
].join('|');
const LEFT_REHAB = String.raw`(?:${MY_VERB})${FEW(4)}[ \t]+(?:(?:d[eoa]|dalla|dal|della|en|em|na|no|in|a|z|ze|w|\u0437|\u0437\u0456)[ \t]+)?${FEW(3)}[ \t]*${REHAB}`;

const PHRASES = [
  LEFT_REHAB,
  // fr "une cure de désintox", es "un programa de desintoxicación" already hold REHAB; vi: "tôi mới ra trại cai nghiện".
  String.raw`(?:t\u00f4i|em|m\u00ecnh)${FEW(3)}[ \t]+(?:ra[ \t]+)?(?:tr\u1ea1i[ \t]+)?cai[ \t]+(?:nghi\u1ec7n|r\u01b0\u1ee3u)`,
  // vi AA: "tôi đi họp nhóm AA".
  String.raw`(?:t\u00f4i|em|m\u00ecnh)${FEW(4)}[ \t]+(?:nh\u00f3m[ \t]+)?AA(?![\p{L}])`,
  // Not drinking for a span: "llevo ocho meses sin beber", "estou há oito meses sem beber", "non bevo più da otto
  // mesi", "je ne bois plus", "dejé de beber", "parei de beber", "ho smesso di bere", "j'ai arrêté de boire".
  String.raw`(?:llevo|hace)${FEW(3)}[ \t]+sin[ \t]+(?:beber|tomar|consumir|alcohol)|dej[\u00e9e][ \t]+(?:de[ \t]+(?:beber|tomar)|el[ \t]+alcohol|la[ \t]+bebida)|ya[ \t]+no[ \t]+(?:bebo|tomo)(?![ \t]+(?:caf|t[\u00e9e]|refresc|leche|agua))`,
  String.raw`(?:estou[ \t]+h[\u00e1a]|faz|h[\u00e1a])${FEW(3)}[ \t]+sem[ \t]+(?:beber|consumir|usar)|parei[ \t]+de[ \t]+(?:beber|usar)|j[\u00e1a][ \t]+n[\u00e3a]o[ \t]+bebo(?![ \t]+(?:caf|ch[\u00e1a]|refri|leite|[\u00e1a]gua))`,
  String.raw`non[ \t]+bevo[ \t]+pi[\u00f9u](?![ \t]+(?:caff|t[\u00e8e]|latte|acqua|bibite))|non[ \t]+bevo[ \t]+da[ \t]+|ho[ \t]+smesso[ \t]+di[ \t]+bere`,
  String.raw`je[ \t]+ne[ \t]+bois[ \t]+plus(?![ \t]+(?:de[ \t]+)?(?:caf|th[\u00e9e]|soda|lait|coca))|j['\u2019]ai[ \t]+arr\u00eat\u00e9[ \t]+(?:de[ \t]+boire|l['\u2019]alcool|la[ \t]+boisson)`,
  String.raw`przesta\u0142(?:em|am)[ \t]+pi\u0107|rzuci\u0142(?:em|am)[ \t]+(?:picie|alkohol)`,
  // tl: "anim na buwan na akong hindi umiinom", "hindi na ako umiinom".
  String.raw`(?:buwan|taon|linggo)[ \t]+(?:na[ \t]+)?(?:akong|ako)[ \t]+(?:hindi|di)[ \t]+(?:na[ \t]+)?umiinom|(?:hindi|di)[ \t]+na[ \t]+ako[ \t]+umiinom(?![ \t]+ng[ \t]+(?:kape|softdrinks|tubig|gatas))`,
  // en: a pregnancy in the past said as "expecting": "when I was expecting, …", "while I was expecting my son".
  String.raw`(?:when|while|since|before|after)[ \t]+i[ \t]+was[ \t]+expecting(?=[ \t]*[,.;!]|[ \t]*$|[ \t]+(?:my|our|a|the)[ \t]+(?:first|second|third|baby|son|daughter|twins|child|boy|girl|little)|[ \t]+(?:twins|again|with))`,
  // es: "estaba esperando gemelos", "cuando me quedé embarazada".
  String.raw`(?:estaba|estuve)[ \t]+esperando[ \t]+(?:(?:un|una|mi|a[ \t]+mi)[ \t]+)?(?:beb[\u00e9e]|hij[oa]|ni\u00f1[oa]|gemel\p{L}{1,3}|mellizos)`,
  // fr: "si je tombais enceinte", "quand je suis tombée enceinte".
  String.raw`(?:si|quand|lorsque)[ \t]+je[ \t]+(?:tombais|tombe|suis[ \t]+tomb\u00e9e|serais|deviens|devenais)[ \t]+enceinte`,
  // pt: "se eu engravidasse", "quando engravidei", "caso eu fique grávida".
  String.raw`(?:se|quando|caso)[ \t]+(?:eu[ \t]+)?(?:engravidasse|engravidar|engravidei|ficasse[ \t]+gr[\u00e1a]vida|ficar[ \t]+gr[\u00e1a]vida|fique[ \t]+gr[\u00e1a]vida)`,
  // it: "se rimanessi incinta", "quando sono rimasta incinta".
  String.raw`(?:rimanessi|restassi|rimango|resto|sono[ \t]+(?:rimasta|restata)|ero[ \t]+(?:rimasta|restata))[ \t]+incinta`,
];
const PHRASE = lazyPattern(String.raw`(?<![\p{L}])(?:${PHRASES.join('|')})(?![\p{L}])`, 'giu');

/** Each phrase in which the writer says they left or are in rehab, stopped drinking, or were or might be pregnant. */
export function recoveryAndPregnancyOp56b(text: string): string[] {
  if (
    !/rehab|reabil|riabil|intox|intoss|odwyk|uzale|\u0440\u0435\u0430\u0431|cai|AA|beb|tomar|consumir|boi|bere|bevo|pi\u0107|picie|alkohol|umiinom|expecting|esperando|enceinte|gravid|gr\u00e1vid|incinta|comunit/iu.test(
      text,
    )
  )
    return [];
  return [...text.matchAll(PHRASE.get())].map((m) => m[0]);
}
