/*
 * Two languages the sponsor's email named wrongly (blind attack att40, F5): Haitian Creole "men gen yon dife nan depo a
 * kounye a" was "Written in English." (no letter profile is fitted for it, and its short words fit English's), and
 * Ukrainian "але в котельні сильно пахне газом і Іван знепритомнів" "Written in Russian." (Cyrillic was named Russian
 * by its script alone). On AWS the translation would start from the wrong language.
 *
 * Creole is named by its own function and everyday words, as Dutch is (language.ts, a language without a letter
 * profile: it must lead the profiled guess's words and be a share of the text's). Only words French, English and
 * Spanish do not use: "la", "men", "tout", "sa", "te" are left out.
 *
 * Ukrainian is Cyrillic with its own letters (і, ї, є, ґ) and none of Russian's (ы, э, ъ, ё): Russian never writes
 * і, ї or є, and Ukrainian never writes ы, э or ъ. Written as \u escapes (every non-analysis bundle is ASCII).
 */
export const HAITIAN_CREOLE_WORDS = `mwen nou pa gen nan ak yon kounye kounyea ki pou li ap pral kote konsa anpil paske kijan
  poukisa anba tankou fè kapab vle kay travay moun jodi isit sou bò lè gade toupatou lafimen dife malad pèsonn pesonn
  ankò anko toujou janm deja avèk avek sèlman selman byen bòs travayè chèf tonbe blese mouri ede èd
  prese frape menase vòlè kòb lajan manje dlo machin tèt vant pye bra kò zanmi fanm gason timoun manman papa`;

const UKRAINIAN_OWN = /[\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490]/u;
const RUSSIAN_OWN = /[\u044b\u044d\u044a\u0451\u042b\u042d\u042a\u0401]/u;

/** 'uk' for Cyrillic with Ukrainian's own letters and none of Russian's, else the language the script named. */
export const cyrillicLanguage = (text: string, named: string): string =>
  named === 'ru' && UKRAINIAN_OWN.test(text) && !RUSSIAN_OWN.test(text) ? 'uk' : named;
