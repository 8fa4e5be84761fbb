/*
 * Attack round 27: "ich bin der einzige Azubi in der Logistik" was stored "der einzige [NAME]". German writes every
 * noun with a capital, and the article-before-a-first-name rule (redact-names-placed-lower.ts: "die Svenja aus der
 * Logistik") takes a capitalised word no list knows that ends as German first names do (-i, -o, -y, -a …). These are
 * everyday nouns with such endings — people at work, short words of the workplace and of daily life — that the word
 * lists do not hold: after an article they are what someone is or has, not who. Nicknames made from them ("die Blondi",
 * "der Schatzi") are left to the rule: they point at one person.
 */
const GERMAN_NAME_SHAPED_NOUNS = new Set(
  `azubi azubis azubine azubinen hiwi hiwis studi studis ersti erstis profi profis promi promis sani sanis zivi zivis
  bufdi bufdis praktis kuli kulis kino kinos foto fotos konto kontos lotto euro euros mofa mofas handy handys auto autos
  büro büros buero taxi taxis radio radios video videos info infos demo demos memo memos logo logos limo limos deko
  disko kita kitas pizza kamera kameras firma schema thema drama klima pasta villa oma opa omi opi mutti vati papi
  mami hobby hobbys lobby party partys baby babys pony kiwi akku akkus kripo stasi nazi nazis chefi kollegi
  ossi ossis wessi wessis schupo sozi sozis grufti spasti tussi tussis depp trottel kumpel sicko`.split(/\s+/),
);

/** Whether `lower` is one of the everyday German nouns above. */
export function isGermanNameShapedNoun(lower: string): boolean {
  return GERMAN_NAME_SHAPED_NOUNS.has(lower);
}
