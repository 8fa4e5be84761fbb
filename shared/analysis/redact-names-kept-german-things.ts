import { isGivenName } from './given-names';
import { MASKED, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: German writes every noun with a capital, and the rules that read spoken German's "die Mandy aus der
 * Kantine" (an article, a first name, a part of the workplace) took the things that come from there for people:
 * "Die Suppe aus der Kantine war kalt" lost "Suppe", "Der Kaffee aus der Kantine" lost "Der Kaffee", "Die Ware aus
 * dem Lager", "Die Palette vom Wareneingang", "Die Post aus der Poststelle" theirs. What is eaten, drunk, delivered,
 * sent, stacked or used at work is given back when an article stands before it and a part of the workplace after it
 * (a noun made with one of these at its end too: "Kartoffelsuppe", "Kaffeemaschine", "Paketpost"). A word that is
 * also a given name ("Rose", "Heike") stays hidden: there the person is likelier.
 */
const THINGS = new Set(
  `suppe brühe eintopf essen mittagessen frühstück abendessen kaffee tee kakao milch saft wasser cola limo brot brötchen
  semmel wurst würstchen bratwurst käse salat gemüse obst apfel äpfel banane kartoffel kartoffeln pommes nudeln reis
  pizza pasta soße sauce torte kuchen keks kekse schnitzel fleisch fisch hähnchen ei eier joghurt quark butter
  marmelade nachtisch dessert portion portionen mahlzeit speise speisen gericht gerichte menü brezel krapfen ware waren
  lieferung palette paletten kiste kisten karton kartons paket pakete post briefe brief sendung ladung fracht kiste
  schachtel tüte tüten dose dosen flasche flaschen  tasse tassen teller besteck gabel  löffel tablett
  schürze schürzen handschuhe maske masken uniform kleidung schuhe weste westen helme liste listen zettel formular
  formulare unterlagen akte akten mail mails nachricht nachrichten anweisung anweisungen beschwerde rechnung
  rechnungen abrechnung lohnabrechnung dienstplan schichtplan plan pläne bestellung bestellungen ersatzteile werkzeug
  maschine maschinen automat drucker kasse leiter stapler hubwagen wagen geruch lärm luft hitze kälte musik gerücht
  gerüchte nachricht info infos zahlen reste müll abfall`.split(/\s+/u),
);
// A head noun at the end of a compound, four letters or more ("Kartoffelsuppe", "Kaffeemaschine").
const HEADS = [...THINGS].filter((t) => t.length >= 4);
const ARTICLE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:[Dd](?:ie|er|as|en|em|es)|[Ee]in(?:e|en|em|er)?)[ \t]+$`,
  'u',
);
const ARTICLE_INSIDE = /^(?:[Dd](?:ie|er|as|en|em|es)|[Ee]in(?:e|en|em|er)?)[ \t]+/u;
const UNIT_AFTER = lazyPattern(String.raw`^[ \t]+(?:aus|vom|von|im|in|beim|bei|der|des)(?![\p{L}])`, 'u');

function isThing(word: string): boolean {
  const lower = word.toLowerCase();
  if (isGivenName(lower)) return false;
  return THINGS.has(lower) || HEADS.some((head) => lower.length > head.length + 2 && lower.endsWith(head));
}

/** `masked` with things from a part of the workplace given back (see above); `premasked`'s finds stay. */
export function keepGermanThingsFromUnits(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000') || !/(?:^|[ \t])(?:aus|vom|von|im|in|beim|bei)[ \t]/u.test(read)) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end)) || !UNIT_AFTER.get().test(read.slice(end, end + 8)))
      continue;
    const span = read.slice(start, end);
    const inside = ARTICLE_INSIDE.exec(span)?.[0] ?? '';
    const word = span.slice(inside.length);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isThing(word)) continue;
    if (!inside && !ARTICLE_BEFORE.get().test(read.slice(Math.max(0, start - 8), start))) continue;
    out = out.slice(0, start) + span + out.slice(end);
  }
  return out;
}
