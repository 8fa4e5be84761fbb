import { isEnglishWord } from './english-dictionary';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 18: "Ayşegül'ün yaptığı yüzünden herkes ceza aldı" showed the name. Turkish marks whose a thing is
 * with a genitive ending after the apostrophe ('ın 'in 'un 'ün, 'nın 'nin 'nun 'nün after a vowel), and the thing
 * owned with a possessive ending ("yaptığı" what she did, "masası" her desk, "kararı" her decision). Round 16 read
 * known names, and unknown ones only before a relative or a fault (redact-names-possessive.ts); a name no list knows
 * is as often before what was done or said. Towns and firms take the same endings ("İstanbul'un trafiği",
 * "Migros'un indirimi"): the provinces, the largest towns and the firms people work for or buy from stay.
 */
const PLACES_AND_FIRMS = new Set(
  `adana adıyaman afyon afyonkarahisar ağrı amasya ankara antalya artvin aydın balıkesir bilecik bingöl bitlis bolu
  burdur bursa çanakkale çankırı çorum denizli diyarbakır edirne elazığ erzincan erzurum eskişehir gaziantep giresun
  gümüşhane hakkari hatay ısparta isparta mersin istanbul i̇stanbul izmir i̇zmir kars kastamonu kayseri kırklareli
  kırşehir kocaeli konya kütahya malatya manisa kahramanmaraş maraş mardin muğla muş nevşehir niğde ordu rize sakarya
  samsun siirt sinop sivas tekirdağ tokat trabzon tunceli şanlıurfa urfa uşak van yozgat zonguldak aksaray bayburt
  karaman kırıkkale batman şırnak bartın ardahan ığdır yalova karabük kilis osmaniye düzce gebze kadıköy üsküdar
  beşiktaş şişli bakırçay bodrum alanya fethiye marmaris çorlu esenyurt pendik kartal maltepe bağcılar avcılar
  ataşehir ümraniye beylikdüzü bornova karşıyaka çankaya keçiören türkiye avrupa almanya amerika i̇ngiltere ingiltere
  fransa rusya çin japonya migros bim a101 şok trendyol hepsiburada turkcell vodafone getir yemeksepeti arçelik vestel
  koç sabancı thy pegasus garanti akbank ziraat halkbank vakıfbank yapıkredi i̇şbank işbank ford renault toyota
  şişecam aselsan tüpraş petrol ofisi shell opet carrefour carrefoursa metro teknosa mediamarkt ikea lcw koton defacto
  mavi boyner apple google amazon microsoft samsung sgk i̇şkur işkur ramazan kurban`.split(/\s+/),
);
// A capitalised word, its genitive ending, and a word with a possessive ending after it.
const GENITIVE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Lu}\p{Ll}{2,})['’]n?[ıiuü]n[ \t]+\p{Ll}*(?:[ıiuü]|s[ıiuü]|[ıiuü]n[ıiuü]|ları|leri|lar[ıi]n[ıi]|ğ[ıiuü]|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü])(?![\p{L}])`,
  'gu',
);

/** Hides a capitalised word no place or firm before a Turkish genitive and what it owns: "Ayşegül'ün yaptığı". */
export const maskTurkishGenitiveNames: Rule = (text) => {
  if (!/['’]n?[ıiuü]n[ \t]/u.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(GENITIVE.get())) {
    const name = m[1]!;
    const lower = name.toLocaleLowerCase('tr');
    if (PLACES_AND_FIRMS.has(lower) || PLACES_AND_FIRMS.has(name.toLowerCase()) || isEnglishWord(name.toLowerCase()))
      continue;
    out = out.slice(0, m.index) + mask('NAME', name.length) + out.slice(m.index + name.length);
  }
  return out;
};
