import { lazyPattern } from './lazy-pattern';

/*
 * How the writer looks, said of themselves (red43b, from op42): "I'm the tall guy with the neck tattoo on line 3",
 * "Soy la del acento cubano en contabilidad". Said of someone else, "the tall redhead on nights" was already named
 * (self-descriptions-rare-traits.ts); said by the writer of themselves it points back at them as surely, and nothing
 * named it. The writer ("I'm", "soy", "je suis", "ich bin", "sou", "sono", "jestem", "ako yung"), an article or a
 * "the one" word, then within six words something one sees or hears of a person: height or build, hair, a tattoo, a
 * piercing, a beard, glasses, an accent, a scar, a limp, an aid. Not "I'm tired of the new schedule", "soy la del
 * turno de noche", "I'm the shift lead" (nothing seen), nor "I'm short on hours" (no article). A word redaction hid
 * may stand between ("Sou a [NAME] de óculos").
 *
 * Letters outside ASCII are \u escapes, as in the other self-descriptions files (test/infra/bundles.test.ts).
 */

const SELF = String.raw`i[ \t]*['\u2019]?[ \t]*m|i[ \t]+am|(?:yo[ \t]+)?soy|(?:eu[ \t]+)?sou|je[ \t]+suis|j['\u2019][ \t]*suis|ich[ \t]+bin|(?:io[ \t]+)?sono|jestem|ako`;
const ARTICLE = String.raw`the|that|el|la|los|las|le|les|celui|celle|der|die|das|derjenige|diejenige|o|a|il|lo|quello|quella|quel|ten|ta|tym|t\u0105|yung|iyong|yong|ang`;
// Words that start another clause between the article and the look: "I'm the one who pays for the fat bonuses".
const NOT_BETWEEN = String.raw`who|that|which|whose|que|qui|dont|welche[rs]?|che|kt\u00f3r\p{L}*|and|but|y|et|und|e|ale|at|because|porque|parce|weil|perch\u00e9|pays|paid`;
const LOOK = [
  // English
  String.raw`tall|bald|fat|chubby|skinny|redhead(?:ed)?|ginger|blonde?|brunette|tattoo(?:s|ed)?|tatted|inked|pierced|piercings?|beard(?:ed)?|mustache|moustache|dreads|dreadlocks|locs|braids|mohawk|ponytail|afro|scars?|accent|limp|glasses|hearing[ \t]+aids?|wheelchair|cane|crutches|hijab|turban|headscarf|nose[ \t]+ring|gold[ \t]+(?:tooth|teeth)|freckles|(?:gr[ae]y|pink|blue|purple|green|red)[ \t]+hair`,
  // Spanish
  String.raw`alt[oa]|bajit[oa]|chaparrit?[oa]|calv[oa]|pel\u00f3n|pelona|gord[oa]|gordit[oa]|flac[oa]|flaquit[oa]|pelirroj[oa]|g\u00fcer[oa]|rubi[oa]|tatuajes?|tatuad[oa]|barba|barbud[oa]|bigote|acento|cicatriz|lentes|gafas|anteojos|trenzas|rastas|muletas|silla[ \t]+de[ \t]+ruedas|velo|hiyab|pelo[ \t]+(?:azul|rosa|morado|verde|rojo)`,
  // French
  String.raw`grande?|chauve|grosse?|rousse|roux|blonde?|tatou(?:\u00e9e?|ages?)|barbe|barbu|moustache|accent|cicatrice|lunettes|tresses|b\u00e9quilles|fauteuil|voile|cheveux[ \t]+(?:bleus|roses|violets|verts|rouges)`,
  // German
  String.raw`gro\u00dfe[nr]?|glatzkopf|glatze|dicke[nr]?|rothaarige[nr]?|blonde[nr]?|t\u00e4towier\p{L}*|tattoos?|bart|schnurrbart|akzent|narbe|brille|z\u00f6pfen?|kr\u00fccken|rollstuhl|kopftuch|haaren`,
  // Portuguese
  String.raw`baixinh[oa]|careca|gordinh[oa]|magr[oa]|magrinh[oa]|ruiv[oa]|loir[oa]|tatuage(?:m|ns)|tatuad[oa]|bigode|sotaque|\u00f3culos|tran\u00e7as|cadeira[ \t]+de[ \t]+rodas|cabelo[ \t]+(?:azul|rosa|roxo|verde)`,
  // Italian
  String.raw`bass[oa]|grass[oa]|biond[oa]|tatuagg\p{L}*|tatuat[oa]|barbut[oa]|baffi|accento|cicatrice|occhiali|trecce|stampelle|carrozzina|capelli[ \t]+(?:blu|rosa|viola|verdi|rossi)`,
  // Polish
  String.raw`wysok\p{L}*|\u0142ys\p{L}*|grub\p{L}*|rud\p{L}*|blondyn\p{L}*|tatua\u017c\p{L}*|kolczyk\p{L}*|brod\p{L}*|w\u0105s\p{L}*|akcent\p{L}*|blizn\p{L}*|okular\p{L}*|warkocz\p{L}*|w\u00f3zk\p{L}*`,
  // Tagalog
  String.raw`matangkad|pandak|kalbo|mataba|payat|balbas|bigote|punto|salamin|peklat|may[ \t]+tattoo`,
].join('|');

const OWN_LOOKS = lazyPattern(
  String.raw`(?<![\p{L}])(${SELF})[ \t]+((?:${ARTICLE})(?![\p{L}])(?:[ \t]+(?!(?:${NOT_BETWEEN})(?![\p{L}]))[\p{L}\p{M}'\u2019/.\[\]-]+){0,6}?[ \t]+(?:${LOOK})(?![\p{L}]))`,
  'giu',
);
// Where what follows the look ends: a clause's punctuation or a word that opens another clause.
const ENDS =
  /[.,;:!?()\n]|[ \t](?:and|but|so|because|who|y|pero|porque|que|et|mais|qui|und|aber|weil|e|mas|ma|i|ale|kasi|at)(?=[ \t])/iu;
const GATE = /(?:i[ \t]*['\u2019]?[ \t]*m|i[ \t]+am|soy|sou|suis|bin|sono|jestem|ako)/iu;

/** Each phrase in which the writer says how they look ("I'm the tall guy with the neck tattoo on line 3"), as written. */
export function ownLooks(text: string): string[] {
  if (!GATE.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(OWN_LOOKS.get())) {
    // "I'm a fat ho" (an eval row): in English an indefinite "a" says what kind, not which one ("the tall guy").
    if (/^i/iu.test(m[1]!) && /^an?(?![\p{L}])/iu.test(m[2]!)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const stop = after.search(ENDS);
    found.push((m[2]! + (stop < 0 ? after : after.slice(0, stop))).trimEnd());
  }
  return found;
}
