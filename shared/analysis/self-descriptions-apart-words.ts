/*
 * Words the op46c readers share (self-descriptions-said-apart.ts and its neighbours): how the writer says "I", what one
 * sees of a person, and where a clause ends. Kept apart from the older readers' lists so that a change here changes
 * only what op46c's readers name. Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */

/** Something one sees or hears of a person, in en es fr de pt it pl tl uk vi (an article or elision may come first). */
export const LOOK = [
  // English
  String.raw`tall|short|bald|fat|chubby|skinny|redhead(?:ed)?|ginger|blonde?|brunette|tattoo(?:s|ed)?|tatted|inked|pierced|piercings?|beard(?:ed)?|mustache|moustache|dreads|dreadlocks|locs|braids|mohawk|ponytail|afro|scars?|accent|limp|glasses|hearing[ \t]+aids?|wheelchair|cane|crutches|hijab|niqab|turban|headscarf|veil|nose[ \t]+ring|gold[ \t]+(?:tooth|teeth)|freckles|one[ \t]+(?:arm|leg|eye|hand)|cast|(?:gr[ae]y|pink|blue|purple|green|red|white|black|long|short)[ \t]+(?:hair|beard)`,
  // Spanish
  String.raw`alt[oa]|bajit[oa]|chaparrit?[oa]|calv[oa]|pel\u00f3n|pelona|gord[oa]|gordit[oa]|flac[oa]|flaquit[oa]|pelirroj[oa]|g\u00fcer[oa]|rubi[oa]|tatuajes?|tatuad[oa]|barba|barbud[oa]|bigote|acento|cicatriz|lentes|gafas|anteojos|trenzas|rastas|muletas|silla[ \t]+de[ \t]+ruedas|velo|hiyab|hijab|pa\u00f1uelo|aud\u00edfonos?|aparato[ \t]+auditivo|pelo[ \t]+(?:azul|rosa|morado|verde|rojo|largo|corto|blanco)|un[ \t]+solo[ \t]+brazo`,
  // French
  String.raw`grande?|petite?|chauve|grosse?|rousse|roux|blonde?|tatou(?:\u00e9e?|ages?)|barbe|barbu|moustache|accent|cicatrice|lunettes|tresses|b\u00e9quilles|fauteuil|voile|voil\u00e9e|foulard|pl\u00e2tre|appareils?[ \t]+auditifs?|cheveux[ \t]+(?:bleus|roses|violets|verts|rouges|blancs|courts|longs)`,
  // German
  String.raw`gro\u00dfe[nr]?|lange[nr]?|kleine[nr]?|glatzkopf|glatze|dicke[nr]?|rothaarige[nr]?|blonde[nr]?|t\u00e4towier\p{L}*|tattoos?|bart|schnurrbart|akzent|narbe|brille|z\u00f6pfen?|kr\u00fccken|rollstuhl|kopftuch|gips|h\u00f6rger\u00e4t\p{L}{0,2}|haaren`,
  // Portuguese
  String.raw`baixinh[oa]|careca|gordinh[oa]|magr[oa]|magrinh[oa]|ruiv[oa]|loir[oa]|tatuage(?:m|ns)|tatuad[oa]|bigode|sotaque|\u00f3culos|tran\u00e7as|cadeira[ \t]+de[ \t]+rodas|v\u00e9u|len\u00e7o|aparelho[ \t]+auditivo|cabelo[ \t]+(?:azul|rosa|roxo|verde|curto|comprido)|barba[ \t]+ruiva`,
  // Italian
  String.raw`bass[oa]|grass[oa]|biond[oa]|tatuagg\p{L}*|tatuat[oa]|barbut[oa]|baffi|accento|cicatrice|occhiali|trecce|stampelle|carrozzina|velo|apparecchio[ \t]+acustico|capelli[ \t]+(?:blu|rosa|viola|verdi|rossi|corti|lunghi|bianchi)`,
  // Polish
  String.raw`wysok\p{L}*|niski\p{L}*|\u0142ys\p{L}*|grub\p{L}*|rud\p{L}*|blondyn\p{L}*|tatua\u017c\p{L}*|kolczyk\p{L}*|brod\p{L}*|w\u0105s\p{L}*|akcent\p{L}*|blizn\p{L}*|okular\p{L}*|warkocz\p{L}*|w\u00f3zk\p{L}*|chust\p{L}*|aparat\p{L}*[ \t]+s\u0142uchow\p{L}*`,
  // Tagalog
  String.raw`matangkad|pandak|kalbo|mataba|payat|balbas|bigote|punto|salamin|peklat|may[ \t]+tattoo|tattoo|naka-?(?:hijab|salamin|wheelchair|saklay|belo|turban|tungkod)|kulot`,
  // Ukrainian
  String.raw`\u0432\u0438\u0441\u043e\u043a(?:\u0438\u0439|\u0430|\u043e\u0433\u043e|\u043e\u044e|\u0456\u0439|\u0438\u043c)|\u043d\u0438\u0437\u044c\u043a(?:\u0438\u0439|\u0430)|\u043d\u0438\u0437\u0435\u043d\u044c\u043a(?:\u0438\u0439|\u0430)|\u0440\u0443\u0434(?:\u0438\u0439|\u0430|\u043e\u0433\u043e|\u043e\u044e)|\u043b\u0438\u0441(?:\u0438\u0439|\u0430)|\u0442\u043e\u0432\u0441\u0442(?:\u0438\u0439|\u0430)|\u0431\u043e\u0440\u043e\u0434\p{L}*|\u0432\u0443\u0441\u0430\u043c\u0438|\u0442\u0430\u0442\u0443\u044e\u0432\u0430\u043d\p{L}*|\u043e\u043a\u0443\u043b\u044f\u0440\p{L}*|\u043f\u0456\u0440\u0441\u0438\u043d\u0433\p{L}*|\u0448\u0440\u0430\u043c\p{L}*|\u0445\u0456\u0434\u0436\u0430\u0431\p{L}*|\u0445\u0443\u0441\u0442\u043a\p{L}*|\u0445\u0443\u0441\u0442\u0446\u0456|\u0441\u043b\u0443\u0445\u043e\u0432\p{L}*|\u0432\u0456\u0437\u043a\p{L}*|\u043c\u0438\u043b\u0438\u0446\p{L}*|\u0431\u0456\u043b\u044f\u0432\p{L}*|\u0431\u043b\u043e\u043d\u0434\u0438\u043d\p{L}*|\u0430\u043a\u0446\u0435\u043d\u0442\p{L}*`,
  // Vietnamese (syllables apart): hair, glasses, beard, tattoo, tall, short, fat, thin, bald, scar, a headscarf, a
  // hearing aid, a wheelchair, crutches.
  String.raw`t\u00f3c|\u0111eo[ \t]+k\u00ednh|k\u00ednh[ \t]+c\u1eadn|r\u00e2u|x\u0103m|h\u00ecnh[ \t]+x\u0103m|cao[ \t]+to|cao|th\u1ea5p|l\u00f9n|m\u1eadp|b\u00e9o|g\u1ea7y|h\u00f3i|tr\u1ecdc[ \t]+\u0111\u1ea7u|s\u1eb9o|kh\u0103n[ \t]+tr\u00f9m|tr\u00f9m[ \t]+kh\u0103n|m\u00e1y[ \t]+tr\u1ee3[ \t]+th\u00ednh|xe[ \t]+l\u0103n|n\u1ea1ng|khuy\u00ean[ \t]+m\u0169i|gi\u1ecdng`,
].join('|');

/**
 * A superlative or an "only" in a description ("the oldest", "già nhất", "le seul", "pinakamatanda", "найстарша"):
 * with a person word it points to one person as a look does.
 */
export const OF_ONE = String.raw`only|sole|oldest|youngest|tallest|shortest|biggest|newest|\u00fanic[oa]|unic[oa]|seule?|unique|einzig\p{L}*|\u00e4lteste[nr]?|j\u00fcngste[nr]?|jedyn\p{L}*|naj\p{L}+|\u0454\u0434\u0438\u043d\p{L}*|\u043d\u0430\u0439\p{L}+|pinaka-?\p{L}+|nag-iisa\p{L}*|nh\u1ea5t`;

/** "In / on / at / with" and their kin: a place or a feature follows, which makes a person word a description. */
export const DESCRIBING_LINK = String.raw`in|on|at|with|from|en|con|del|de|dans|du|au|aux|\u00e0|avec|chez|im|am|auf|bei|mit|vom|aus|no|na|do|da|em|com|nel|nella|al|alla|col|w|z|ze|przy|\u0432|\u0443|\u043d\u0430|\u0437|\u0456\u0437|\u0437\u0456|\u0432\u0456\u0434|sa|may|\u1edf|t\u1ea1i|c\u00f3|\u0111eo|qu\u1ea7y|t\u1ed5|x\u01b0\u1edfng|kho|ca`;

/** A word that ends a clause the writer goes on with: "… is me and I …". */
export const CLAUSE_ENDS =
  /[.;:!?()\n]|[ \t](?:and|but|so|because|who|y|pero|porque|et|mais|parce|und|aber|weil|e|mas|ma|perch\u00e9|i|ale|kasi|at|pero|\u0456|\u0430\u043b\u0435|v\u00e0|nh\u01b0ng)(?=[ \t])/iu;

/** A word that says no: "it's not me", "no estoy embarazada", "không phải tôi". */
export const NEGATION = String.raw`not|never|no|nunca|pas|jamais|nicht|kein\p{L}*|n\u00e3o|non|mai|nie|\u043d\u0435|\u043d\u0456|kh\u00f4ng|hindi`;

/** A word that names someone close (the writer's mother, son, wife …): what follows is theirs, not the writer's. */
export const KIN = String.raw`mother|mom|mum|father|dad|husband|wife|son|daughter|sister|brother|partner|kid|kids|child|baby|girlfriend|boyfriend|friend|coworker|madre|mam\u00e1|padre|pap\u00e1|esposo|esposa|marido|mujer|hij[oa]s?|herman[oa]|novi[oa]|amig[oa]|compa\u00f1er[oa]|m\u00e8re|p\u00e8re|mari|femme|fils|fille|s\u0153ur|soeur|fr\u00e8re|copine?|coll\u00e8gue|Mutter|Vater|Mann|Frau|Sohn|Tochter|Schwester|Bruder|Kolleg\p{L}*|Freund\p{L}*|m\u00e3e|pai|filh[oa]|irm\u00e3o?|namorad[oa]|marito|moglie|figli[oa]|sorella|fratello|collega|mama|tata|m\u0105\u017c|\u017cona|syn|c\u00f3rka|siostra|brat|kolega|kole\u017canka|\u043c\u0430\u043c\u0430|\u0442\u0430\u0442\u043e|\u0447\u043e\u043b\u043e\u0432\u0456\u043a|\u0434\u0440\u0443\u0436\u0438\u043d\u0430|\u0441\u0438\u043d|\u0434\u043e\u043d\u044c\u043a\u0430|\u0441\u0435\u0441\u0442\u0440\u0430|\u0431\u0440\u0430\u0442|m\u1eb9|b\u1ed1|ch\u1ed3ng|v\u1ee3|con[ \t]+(?:t\u00f4i|g\u00e1i|trai)|nanay|tatay|asawa|anak|kapatid`;

/** The words of a clause, bounded: the first `max` words after `from`, to the clause's end. */
export function clauseFrom(text: string, from: number, max = 10): string {
  const rest = text.slice(from, from + 120);
  const stop = rest.search(CLAUSE_ENDS);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  const words = [...clause.matchAll(/\S+/gu)];
  const last = words[Math.min(words.length, max) - 1];
  return last ? clause.slice(0, last.index + last[0].length) : '';
}
