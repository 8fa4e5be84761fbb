// Blind round 12: everyday words of the languages the service hears that had no list here.
import { isEnglishWord } from './english-dictionary';

/*
 * Function words and the first hundreds of everyday words of Dutch, Swedish,
 * Danish, Norwegian, Turkish, Romanian, Indonesian/Malay and Hindi as written
 * in Latin letters. Many have the shape of a name somewhere: Dutch "dan"
 * (than, then) and "ben" (am), Indonesian "dan" (and), Swedish "men" (but),
 * Romanian "dar" (but), Hindi "main" (I). In a text of their language they are
 * the word, not the person.
 *
 * Written from the languages' core vocabularies (function words, frequent verbs
 * as conjugated, time words, the nouns of work), not from any evaluation text,
 * and kept free of words that are mostly given names there ("can", "deniz",
 * "budi"): those stay names when a cue says so.
 *
 * The language guess knows Dutch; the others it reads as some language it
 * knows (Danish as German, Indonesian as Tagalog). For those the text's own
 * words say the language: {@link everydayLanguageOfWords}.
 */
export const MORE_EVERYDAY_WORDS: Readonly<Record<string, string>> = {
  nl: `dan ben bent benen was wat waar wie ook nog net pas toch maar wel niet geen niks niets iets veel meer
    minst minder meest heel erg best beter slechter goed slecht nieuw nieuwe oud oude groot grote klein kleine lang
    lange kort korte eerst eerste laatste tweede derde vaak soms altijd nooit weer even zelf zelfs samen alleen
    elke iedere ieder alle allemaal beide ander andere anders zo zoals toen nu straks later vroeg laat vandaag
    morgen gisteren week weken maand maanden jaar jaren dag dagen uur uren nacht avond ochtend middag keer
    werk werken werkt werkte werkten baas chef collega collega's ploeg dienst pauze loon salaris geld contract
    rooster vakantie ziek zieke moe warm koud vies schoon gevaarlijk kapot mensen iedereen niemand hier daar
    waarom hoe omdat want dus als toen tot sinds door tegen tussen zonder binnen buiten boven onder achter voor
    na naast om per krijgen krijgt kreeg kregen moeten moet moest moesten mogen mag mocht kunnen kan kon konden
    willen wil wilde zullen zal zou zouden gaan gaat ging gingen komen komt kwam kwamen doen doet deed deden
    zeggen zegt zei zeiden geven geeft gaf nemen neemt nam zien ziet zag weten weet wist vinden vindt vond
    blijven blijft bleef staan staat stond zitten zit zat liggen ligt lag hebben heeft had hadden zijn is waren
    wordt worden werd werden graag jammer helaas bedankt dankjewel alsjeblieft sorry hoi doei`,
  sv: `och att det som en ett den de jag du han hon vi ni dom dem mig dig sig oss er min mitt mina din ditt
    sin sitt hennes deras vår vårt men eller för att när där här hur vad vem varför inte bara också redan
    aldrig alltid ofta ibland nu sen sedan då idag igår imorgon vecka veckor dag dagar timme timmar natt kväll
    morgon år mer mest mindre mycket lite många få bra dålig dåligt ny nya gammal stor liten lång kort första
    sista andra jobb jobbet jobbar jobbade arbete arbetar chef chefen kollega kollegor lön lönen pengar skift
    rast paus sjuk trött varmt kallt farligt folk alla ingen inget någon något man får fick kan kunde ska
    skulle vill ville måste går gick kommer kom gör gjorde säger sa tar tog ger gav är var blir blev har hade
    finns fanns med utan mot från till hos efter före över under genom om av på vid tack hej`,
  da: `og at det som en et den de jeg du han hun vi i dem mig dig sig os jer min mit mine din dit sin sit
    hendes deres vores men eller fordi når hvor her der hvordan hvad hvem hvorfor ikke kun også allerede aldrig
    altid ofte nogle gange nu så i dag i går i morgen uge uger dag dage time timer nat aften morgen år mere
    mest mindre meget lidt mange få god godt dårlig dårligt ny nye gammel stor lille lang kort første sidste
    anden arbejde arbejder arbejdede job chef chefen kollega kolleger løn lønnen penge vagt pause syg træt
    varmt koldt farligt folk alle ingen noget nogen man får fik kan kunne skal skulle vil ville må går gik
    kommer kom gør gjorde siger sagde tager tog giver gav er var bliver blev har havde med uden mod fra til
    hos efter før over under gennem om af på ved tak hej`,
  no: `og at det som en et ei den de jeg du han hun vi dere dem meg deg seg oss min mitt mine din ditt sin
    sitt hennes deres vår vårt men eller fordi når hvor her der hvordan hva hvem hvorfor ikke bare også
    allerede aldri alltid ofte noen ganger nå så i dag i går i morgen uke uker dag dager time timer natt kveld
    morgen år mer mest mindre mye litt mange få god godt dårlig ny nye gammel stor liten lang kort første siste
    andre jobb jobben jobber jobbet arbeid arbeider sjef sjefen kollega kolleger lønn lønna lønnen penger
    skift vakt pause syk trøtt varmt kaldt farlig folk alle ingen noe noen man får fikk kan kunne skal skulle
    vil ville må går gikk kommer kom gjør gjorde sier sa tar tok gir ga er var blir ble har hadde med uten
    mot fra til hos etter før over under gjennom om av på ved takk hei`,
  tr: `ve ile ama fakat ancak çünkü için gibi kadar daha çok az en bir bu şu o ben sen biz siz onlar bana
    sana bize size beni seni bizi onu onun benim senin bizim sizin onların ne neden niye nasıl nerede
    hangi her hiç hep bazen şimdi sonra önce bugün dün yarın hafta gün ay yıl saat gece sabah akşam var yok
    değil evet hayır iyi kötü yeni eski büyük küçük uzun kısa ilk son iş işte işyeri müdür şef amir usta
    maaş para mesai vardiya izin hasta yorgun sıcak soğuk tehlikeli herkes kimse hiçbir bir şey da de mi mı
    mu mü ki bile artık hala hâlâ yine sadece zaten lütfen teşekkürler sağol merhaba`,
  // Polish has its lists; these are what a person does, as written after their name ("zbyszek pije w pracy").
  pl: `pije pił pil piła pila pali palił palil kradnie kradł kradl bije bił bil krzyczy krzyczał krzyczal wrzeszczy
    drze śpi spi spał spal siedzi stoi chodzi robi pracuje przychodzi wychodzi spóźnia spoznia obraża obraza wyzywa
    molestuje dotyka zaczepia podrywa grozi straszy kłamie klamie śmieje smieje płacze placze jeździ jezdzi rzuca
    dręczy dreczy poniża nęka neka olewa ignoruje zwalnia karze zabiera`,
  // Romanian verbs as written after a name or "șeful nostru" ("șeful nostru țipă la noi").
  ro: `țipă tipa strigă striga urlă urla înjură injura jignește jigneste lovește loveste amenință ameninta fură
    fura fumează fumeaza minte râde rade plânge plange pleacă pleaca stă sta lucrează lucreaza muncește munceste
    vorbește vorbeste dă ține tine bea doarme întârzie intarzie umilește umileste hărțuiește hartuieste
    și si sau dar însă insa pentru că ca cu fără fara de la în in pe din prin pentru până pana după dupa
    înainte inainte eu tu el ea noi voi ei ele mă ma te se ne vă va îi ii le lui ei meu mea mei mele tău tau
    său sau nostru noastră noastra nostri vostru lor ce cine cum când cand unde de ce care nu da foarte
    mult multă multa puțin putin tot toți toti toate fiecare nimeni nimic ceva cineva acum apoi atunci mereu
    niciodată niciodata uneori azi astăzi astazi ieri mâine maine săptămână saptamana zi zile lună luna an ani
    oră ora ore noapte seara seară dimineața dimineata este e sunt era erau am ai are avem aveți au avea fost
    face fac facem spune zice merge vine vrea poate trebuie lucru lucrez lucrăm lucram muncă munca muncim șef
    sef șeful seful salariu salariul bani tură tura pauză pauza bolnav obosit cald frig periculos oameni toată
    toata bine rău rau bun bună buna nou nouă vechi mare mic mică lung scurt primul ultimul mersi mulțumesc
    multumesc salut`,
  id: `dan atau tapi tetapi karena untuk dengan tanpa dari ke di pada dalam oleh sampai setelah sebelum saya
    aku kamu anda dia kami kita mereka ini itu apa siapa mengapa kenapa bagaimana dimana kapan yang tidak tak
    bukan belum sudah sedang akan masih juga hanya saja sangat sekali banyak sedikit semua setiap tiap ada
    bisa boleh harus mau ingin perlu sekarang nanti tadi selalu sering kadang pernah hari minggu bulan tahun
    jam malam pagi siang sore kerja bekerja kerjaan kantor pabrik gudang bos atasan mandor gaji upah uang
    lembur shift libur cuti sakit capek panas dingin bahaya orang teman baik buruk baru lama besar kecil
    panjang pendek pertama terakhir lagi terus lebih kurang paling tolong terima kasih makasih halo
    bagian tanya nanya bertanya sama yg dr dgn utk krn tp sdh blm jg aja saja gak ga nggak enggak udah kalo kalau
    jd jadi tau tahu bilang kasih minta tim divisi kasir toko lantai kantin tutup buka jauh dekat`,
  hi: `main mein hum tum aap woh wo yeh ye mera meri mere tera teri tere uska uski uske hamara hamari hamare
    tumhara aapka aapki unka unki ka ki ke ko se par pe tak liye aur ya lekin magar kyunki kyonki agar toh to
    bhi hi nahi nahin na mat haan kya kaun kaise kahan kab kyun kyon sab koi kuch bahut zyada kam thoda roz
    aaj kal abhi phir pehle baad hamesha kabhi din raat subah shaam hafta mahina saal ghanta ghante hai hain
    tha thi the hoga hogi ho hota hoti hote raha rahi rahe karta karti karte karna kiya kar deta deti dete
    diya liya milta milti milte mila bolta bolti bolte bola kaam naukri paisa paise tankhwah salary sahab
    saab manager supervisor chhutti bimar garmi thand khatra log accha acha achha bura naya purana bada chota
    dhanyavaad shukriya namaste`,
};

/** How many distinct words of a language, none of them English, a text needs before its words count as that language's. */
const MIN_OWN_WORDS = 3;

const WORDS_OF = new Map<string, Set<string>>();
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, list] of Object.entries(MORE_EVERYDAY_WORDS)) {
  const words = new Set(list.split(/\s+/).filter(Boolean));
  WORDS_OF.set(language, words);
  for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);
}

/** The languages of {@link MORE_EVERYDAY_WORDS} in which `lower` is an everyday word, if any. */
export function moreEverydayLanguages(lower: string): readonly string[] | undefined {
  return LANGUAGES_OF.get(lower);
}

/**
 * Whether a text's own words show `language` (at least three distinct
 * everyday words of it that are no English words): what the language guess
 * cannot name ("saya dan teman saya" is Indonesian, read as Tagalog). English
 * words are left out so that "was", "even", "best" make no English text Dutch.
 */
export function wordsShowLanguage(language: string, lowerWords: readonly string[]): boolean {
  const words = WORDS_OF.get(language);
  if (!words) return false;
  const seen = new Set(lowerWords.filter((w) => words.has(w) && !isEnglishWord(w)));
  return seen.size >= MIN_OWN_WORDS;
}
