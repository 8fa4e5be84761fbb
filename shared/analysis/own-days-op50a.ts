/*
 * More ways of telling a day one person's file holds (op50a, 2026-12-07 evening, from the blind attack op49's classes
 * 4 to 7), read by own-days-of-the-writer.ts beside its own cues and op48a's (own-days-said-more.ts):
 * - an Italian hire told by its paper or its first day ("Data di assunzione 03/03/2019", "In servizio dal 15.09.2017",
 *   "Sono entrato in azienda il 2/5/2018", "Dal giorno dell'assunzione");
 * - a sick leave said as "signed off", "sick from", "chory", "de atestado", its range compact ("3-14.11") or in words
 *   ("du trois au quatorze novembre", "з третього по чотирнадцяте листопада");
 * - a child's birth told with other verbs ("Unser Baby kam am", "hat unser Kind am 30.10. bekommen", "teve o bebê",
 *   "ganhou neném", "pariu", "ha partorito", "народився син", "Nació mi hija", "delivered our son", "went into labour",
 *   vi without its marks "vo toi de", "con toi ra doi");
 * - the writer hurt: pl "uraziłem się", tl "nasaktan ako", "naipit ang kamay ko", vi without its marks "toi bi
 *   thuong", de "ich hatte am … einen Arbeitsunfall".
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 * Every span is bounded.
 */

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
// Words between, a date among them, hidden or not ("am 30.10.", "am [ID]").
const TOKENS = String.raw`(?:[ \t]+[\p{L}\p{N}.,/\[\]\uE004]{1,14}){0,5}?`;

/** The writer's hire said in Italian by its paper or its first day. */
export const HIRE_ITALIAN_MORE = String.raw`${B}(?:in[ \t]+servizio[ \t]+(?:dal|da|il)|data[ \t]+(?:di[ \t]+|della[ \t]+)?assunzione|(?:dell['\u2019][ \t]*|mia[ \t]+)assunzione|assunzione[ \t]*:|entrat[oa][ \t]+(?:in|nella|alla)[ \t]+(?:azienda|ditta|fabbrica|societ\u00e0|servizio|cooperativa|questa[ \t]+\p{L}{3,12}))${E}`;

/** A leave said with words the older lists lack: "I was signed off", "sick from", pl "byłem chory", pt "de atestado". */
export const LEAVE_OP50A = String.raw`${B}(?:(?:was|been|got|get|am|being|i['\u2019]m|i)[ \t]+signed[ \t]+off|sick[ \t]+(?:from|since|between)|(?:by[\u0142l](?:em|am|a|e\u015b)|jestem|jeste\u015b|by\u0142)[ \t]+chor(?:y|a)|chorowa[\u0142l](?:em|am|a)?|de[ \t]+atestado|atestado[ \t]+m[\u00e9e]dico)${E}`;

const CHILD_UK = String.raw`(?:\u0441\u0438\u043d(?:\u043e\u043a|\u043e\u0447\u043e\u043a)?|\u0434\u043e\u043d\u044c\u043a\u0430|\u0434\u043e\u0447\u043a\u0430|\u0434\u043e\u043d\u0435\u0447\u043a\u0430|\u0434\u0438\u0442\u0438\u043d\u0430|\u043c\u0430\u043b\u044e\u043a|\u0434\u0432\u0456\u0439\u043d\u044f\u0442\u0430)`;
const CHILD_PL = String.raw`(?:dziecko|dzieci\u0105tko|syn|synek|c\u00f3rka|c\u00f3reczka|bli\u017aniaki|bli\u017ani\u0119ta)`;
const BABY_PT = String.raw`(?:beb[\u00e9\u00eae]|nen[\u00e9\u00ea]m?|filh[oa]|menin[oa])`;

/** A child's birth told with other verbs. */
export const BIRTH_OP50A = [
  // German: "hat unser Kind am 30.10. bekommen", "Unser Baby kam am 30/10".
  String.raw`(?:unser|mein|ein)\p{L}{0,2}[ \t]+(?:Baby|Kind|Sohn|Tochter|Zwillinge)${TOKENS}[ \t]+bekommen`,
  String.raw`(?:unser|mein)\p{L}{0,2}[ \t]+(?:Baby|Kleine[rs]?)[ \t]+(?:kam|ist[ \t]+am)`,
  // Portuguese: "teve o bebê", "ganhou neném", "pariu", "O bebê nasceu".
  String.raw`(?:teve|ganhou)[ \t]+(?:(?:o|a|um|uma|noss[oa])[ \t]+)?${BABY_PT}|pariu|(?:o|a|the|el|la|le)[ \t]+(?:beb[\u00e9\u00eae]|baby|nen[\u00e9\u00ea]m?|b\u00e9b\u00e9)[ \t]+(?:nasceu|naci[\u00f3o]|was[ \t]+born|arrived|est[ \t]+n\u00e9e?)`,
  // Italian: "ha partorito", "ho partorito".
  String.raw`(?:ha|ho|hai|abbiamo)[ \t]+partorito|partor\u00ec`,
  // Spanish: "Nació mi hija".
  String.raw`naci(?:[\u00f3o]|eron)[ \t]+(?:mi|mis|nuestr[oa]s?)[ \t]+(?:\p{L}{1,12}[ \t]+)?(?:hij[oa]s?|beb[\u00e9e]s?|ni[\u00f1n][oa]s?|nena|nene|bebita|gemel\p{L}{1,3}|mellizos)`,
  // Ukrainian: "народився син", "Син народився", "Народилася донька".
  String.raw`\u043d\u0430\u0440\u043e\u0434\u0438(?:\u0432\u0441\u044f|\u043b\u0430\u0441\u044f|\u043b\u043e\u0441\u044f|\u043b\u0438\u0441\u044f|\u043b\u0430\u0441\u044c)[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD_UK}|${CHILD_UK}[ \t]+(?:\p{L}{1,12}[ \t]+)?\u043d\u0430\u0440\u043e\u0434\u0438\p{L}{2,4}`,
  // Polish: "Dziecko urodziło się", "Urodziła mi się córka".
  String.raw`${CHILD_PL}[ \t]+(?:(?:nam|mi)[ \t]+)?urodzi\p{L}{1,3}[ \t]+si[\u0119e]|urodzi\p{L}{1,3}[ \t]+(?:(?:nam|mi)[ \t]+)?si[\u0119e][ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD_PL}`,
  // English: "delivered our son", "went into labour".
  String.raw`delivered[ \t]+(?:our|my|her|the|a)[ \t]+(?:baby|son|daughter|twins|boy|girl|little[ \t]+\p{L}{1,12})|(?:went|go|gone|going)[ \t]+into[ \t]+labou?r`,
  // Vietnamese without its marks: "vo toi sinh", "vo em de", "con toi ra doi".
  String.raw`vo[ \t]+(?:toi|em|minh|tui)[ \t]+(?:sinh|de)|con[ \t]+(?:(?:gai|trai)[ \t]+)?(?:toi|em|minh|tui)[ \t]+(?:ra[ \t]+doi|chao[ \t]+doi|sinh)`,
]
  .map((p) => `${B}(?:${p})${E}`)
  .join('|');

/** The writer hurt, in words the older lists lack. */
export const INJURY_OP50A = String.raw`${B}(?:urazi[\u0142l](?:em|am)[ \t]+si[\u0119e]|(?:potkn[\u0105a][\u0142l]em|potkn[\u0119e][\u0142l]am)[ \t]+si[\u0119e]|(?:nasaktan|napilayan|natusok|nabagsakan|nakuryente|nabangga)[ \t]+(?:ako|ko)|(?:naipit|nasugatan|napaso|nahiwa|nabalian|natusok)[ \t]+ang[ \t]+\p{L}{2,12}[ \t]+ko|(?:toi|em|minh|tui)[ \t]+bi[ \t]+(?:thuong|tai[ \t]+nan|nga|te|gay|bong|dut[ \t]+tay|chan[ \t]+thuong)|(?:ich[ \t]+(?:hatte|habe|hab)|(?:hatte|habe|hab)[ \t]+ich)(?:[ \t]+[\p{L}\p{N}.\[\]\uE004]{1,14}){0,4}?[ \t]+(?:einen|nen)[ \t]+(?:Arbeits|Betriebs)?unfall)${E}`;

/** Two days before one month in figures: "3-14.11", "5–19/10", each ending its range. */
export const DAY_DASH_FIGURES = String.raw`(?<![\p{L}\p{N}.,:/$\u20ac\u00a3-])((?:[12]\d|3[01]|0?[1-9]))[ \t]?[-\u2013\u2014][ \t]?((?:[12]\d|3[01]|0?[1-9])[./](?:1[0-2]|0?[1-9]))(?:[./](?:19|20)?\d\d)?(?![\p{N}]|[./-]\d)`;

/** Birth verbs the names rules took for names ("Nació mi hija", "ganhou neném", "pariu"): given back. */
export const BIRTH_VERB_WORD = String.raw`^(?:naci(?:[\u00f3o]|eron)|nasceu|nasceram|ganhou|pariu|partor\u00ec|urodzi\p{L}{1,3}|rodzi[\u0142l]\p{L}{0,2}|bekommen)$`;
