import type { OtherLanguage } from './table';

/*
 * Swahili, as texted in East Africa (blind round 29): "Moto! Kuna moto ghalani", "msaada haraka", "anavuja damu",
 * "amezimia", "amepigwa na umeme". Its verbs carry who does what to whom in their prefixes ("ananipiga": is hitting me,
 * "anampiga": is hitting him), so a phrase is a whole word. "Moto" alone is no fire ("mechi ilikuwa moto sana": the
 * match was hot), and "anampiga simu" is a phone call, not a beating.
 */
export const swahili: OtherLanguage = {
  code: 'sw',
  name: 'Swahili',
  words:
    'kuna hakuna moto moshi msaada tafadhali haraka sasa hivi hapa huyu mwenzangu wenzangu mfanyakazi wafanyakazi msimamizi meneja mlinzi walinzi bado ndani nje kwenye juu chini sana lakini pia leo jana usiku asubuhi kazini jikoni ghalani kiwandani ofisini mashine maji damu gesi harufu umeme bunduki kisu panga silaha amezimia wamezimia ameanguka anaanguka hapumui hawezi kupumua hasemi hana fahamu anavuja anatoka amenaswa umenaswa imenaswa amekwama wamekwama wamo yumo wako yuko amezama anazama wamezama amepigwa anampiga ananipiga amenipiga amempiga wanampiga anatishia ananitishia kuniua kukuua kumuua kuwaua atakuua nitakuua kujiua nataka sitaki kuishi nimechoka maisha mkono mguu kichwa kifua mtoto mtu watu wawili watatu polisi zimamoto ambulensi hospitali umewaka unawaka imeungua inaungua tena zoezi mshahara uchovu mechi timu ilikuwa kulikuwa kila kitu kiko sawa imerekebishwa mwaka anapiga kelele getini tangi paa amebaki wamebaki amebakia wamebakia kingono ananinyanyasa mwingi',
  bounds: 'word',
  negation: String.raw`hakuna|si|sio|siyo|bila|hakukuwa na`,
  story: String.raw`filamu\w*|tamthilia\w*|mchezo\w*|habari\w*|gazeti\w*|riwaya\w*|sinema\w*`,
  fixed: String.raw`imerekebishwa|imetengenezwa|umezimwa|ulizimwa|imezimwa|imeshughulikiwa|imetatuliwa|kila kitu kiko sawa|kila kitu ni sawa`,
  still: String.raw`tena|bado|upya`,
  calm: [
    // A fire drill, a dead phone, work or tiredness that "kills" one, a hot match.
    String.raw`(?:zoezi|mazoezi) (?:\S+ ){0,2}(?:moto|dharura|uokoaji|kuzima moto)\w*`,
    String.raw`(?:simu|betri)\w* (?:\S+ )?(?:imekufa|imeisha|imezima|imezimika)`,
    String.raw`(?:kazi|uchovu|njaa|joto|mshahara|deni)\w* (?:\S+ ){0,3}(?:inaniua|unaniua|imeniua|inatuua)|(?:inaniua|unaniua) kwa (?:uchovu|njaa|kazi)|moto sana|ilikuwa moto`,
    String.raw`(?:mwaka jana|mwezi uliopita|wiki iliyopita)[^.!?\n]{0,80}(?:sawa|imerekebishwa|umezimwa|ulizimwa|imezimwa)`,
    String.raw`(?:kampeni|semina|mafunzo) (?:\S+ ){0,2}(?:kujiua|moto)`,
    // Someone still in the office or a shop, working or shopping: no one left behind.
    String.raw`(?:mtu|watu|mfanyakazi|wafanyakazi|mwenzangu|wenzangu) (?:\S+ ){0,2}ndani (?:bado )?ya (?:ofisi|duka|nyumba|mkutano|kikao)\w*`,
  ],
  cries: String.raw`msaada|nisaidieni|tusaidieni|saidieni|moto`,
  urgent: {
    safety: [
      String.raw`kuna moto|moto (?:umewaka|unawaka|mkubwa|umezuka|umeanza|tena)|(?:moto|moshi) (?:\S+ )?(?:ghalani|jikoni|kiwandani|ofisini|ndani|stoo|karakana\w*|jengoni)|moshi (?:ni |umekuwa |umejaa )?(?:mwingi|mzito|unatoka)|(?:ghala|jengo|jiko|kiwanda|ofisi|gari|mashine)\w* (?:\S+ )?(?:linaungua|inaungua|limeungua|imeungua|linawaka|inawaka)`,
      String.raw`harufu (?:\S+ )?(?:ya )?gesi|gesi (?:inavuja|imevuja|inatoka)|kuvuja kwa gesi`,
      String.raw`amezimia|wamezimia|amepoteza fahamu|hana fahamu|hapumui|hawezi kupumua|anavuja damu|wanavuja damu|damu (?:nyingi|inatoka)|anatoka damu|ana kifafa|anatetemeka`,
      String.raw`ameanguka|wameanguka|(?:mkono|mguu|kidole|vidole|nywele|nguo)\w* (?:\S+ ){0,2}(?:umenaswa|imenaswa|umekwama|imekwama|umebanwa|imebanwa|umekatwa|imekatwa)|amebanwa|amekatwa|amenaswa|wamenaswa|amekwama|wamekwama|(?:bado )?(?:wamo|yumo|wako|yuko) ndani`,
      // Someone left inside (attack round 29): "mtu amebaki ndani ya moto", "kuna mtu ndani bado na moshi ni mwingi".
      String.raw`(?:amebaki|wamebaki|amebakia|wamebakia|amesalia|wamesalia) (?:\S+ )?ndani|(?:mtu|watu|mfanyakazi|wafanyakazi|mwenzangu|wenzangu|wawili|watatu) (?:\S+ )?ndani (?:bado|ya moto|ya moshi)|bado (?:kuna )?(?:mtu|watu|mfanyakazi|wafanyakazi|mwenzangu|wenzangu)(?: \S+)? ndani`,
      String.raw`amezama|wamezama|anazama|wanazama|(?:amepigwa|wamepigwa|amepiga) (?:na )?(?:shoti ya )?umeme|shoti ya umeme`,
      String.raw`(?:piga|pigia|pigieni|ita|iteni|itisha) (?:\S+ )?(?:ambulensi|polisi|zimamoto)|gari la wagonjwa|(?:mfanyakazi|mtoto|mwenzangu|mlinzi)\w* (?:\S+ )?(?:amepotea|hajulikani alipo|hapatikani)`,
    ],
    weapon: [
      String.raw`(?:ana|ameshika|anashika|amechomoa|amebeba|na) (?:\S+ )?(?:bunduki|kisu|panga|silaha|bastola)|amechomwa kisu|amepigwa risasi|wamepigwa risasi|anapiga risasi|risasi`,
    ],
    threat: [
      String.raw`kuniua|kukuua|kumuua|kuwaua|kutuua|atakuua|nitakuua|atawaua|atatuua|ananitishia|anatishia|anawatishia|vitisho vya kuua`,
      String.raw`(?:anampiga|ananipiga|amenipiga|amempiga|wanampiga|wananipiga|anawapiga|wanatupiga)(?! simu)|ananipiga ngumi|amenichoma`,
    ],
    harassment: [
      String.raw`amenibaka|alinibaka|amebakwa|alibakwa|ubakaji|ananishika (?:\S+ )?(?:kifua|matiti|makalio|mwili)|ananitomasa|unyanyasaji wa kingono|(?:ananinyanyasa|ananyanyasa|wananinyanyasa|anamnyanyasa|amenyanyasa|ameninyanyasa|alininyanyasa|ananidhalilisha|amenidhalilisha) kingono|(?:ninanyanyaswa|amenyanyaswa|ananyanyaswa|alinyanyaswa) kingono|ananigusa (?:\S+ )?(?:kifua|matiti|makalio|mwili)`,
    ],
    'self-harm': [String.raw`kujiua|nitajiua|nataka kufa|sitaki kuishi|kujidhuru|nitajidhuru`],
  },
};
