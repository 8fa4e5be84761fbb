import { isEnglishWord, isProperNoun } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { NOT_INITIALS } from './redact-names-bracket-initials';
import { ALL_STOPWORDS, DEPARTMENTS } from './redact-names-words';
import { MASKED, mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { isCommonSurname } from './surnames';

/*
 * Round 34 (ra34 R9, R18, class 2): names too short or too loud for the word lists, read by the company they keep.
 * - A two-letter name listed or paired with a name ("Ana, Bo, Kim and Jo", "Ask [NAME] or Cy", "Cc: Tj, Mo, Vi",
 *   "Jo and Al were both there", "Ng and Wu from QA"): beside a hidden name, or two of them joined by "and"/"or".
 * - Initials for a person ("JK from IT", "Ask RB or LM in dispatch", "TK in payroll"): two or three capitals that are
 *   no job's or office's letters, before where the person works, after "ask"/"tell"/"cc", or joined to such.
 * - A surname in capitals inside a sentence written small ("NOWAK from the night shift threatened me", "HERN\u00c1NDEZ
 *   y L\u00d3PEZ nos amenazan"): a listed surname no language has as a word. A text all in capitals is shouting and is
 *   left to the other rules.
 * - A capital, an apostrophe and a capitalised rest ("N'Golo", "D'Andre"): the shape of a given name or a surname,
 *   unless the rest is a word or a brand ("L'Oreal" keeps its French article).
 * Acronyms stay: HR, QA, IT, OSHA, PPE, CEO, NHS.
 */
const NAME_MARK = mask('NAME', 1);
const JOIN = String.raw`(?:[ \t]*[,;/][ \t]*(?:(?:and|or|&|y|e|et|und|i|en|og|och|n)[ \t]+)?|[ \t]+(?:and|or|&|y|e|et|und|i|en|og|och|n|\+)[ \t]+)`;
const TWO = String.raw`(\p{Lu}\p{Ll})(?![\p{L}\p{N}'\u2019.])`;
const AFTER_HIDDEN = lazyPattern(String.raw`(?<=[\uE000-\uE006]${JOIN})${TWO}`, 'gu');
const BEFORE_HIDDEN = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019])${TWO}(?=${JOIN}[\uE000-\uE006])`, 'gu');
const PAIRED = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019])${TWO}(${JOIN})${TWO}`, 'gu');
// Two letters that are a word before they are a name; "Al", "Di", "Em" are names capitalised in a list.
const NOT_SHORT_NAMES = new Set(
  `hi oh ok eh ah uh um id ex ie eg vs mr ms dr st pm am ad ps ta tv pc no so or an in on at is it us we my to up do go
  me he be by if of as yo ya ye ja na ne nu ou os as es se si te ti tu mi su lo la le el un da de du ma pa et ou ni
  ho ha hm mm`.split(/\s+/),
);
const SHORT_NAME_OK = new Set(['al', 'di', 'em']);
// A closing before the name it signs ("Ty, [NAME]", "Lg [NAME]", "Vg [NAME]"): thanks and greetings, not a name.
const CLOSINGS_SHORT = new Set(['ty', 'lg', 'vg', 'xx', 'xo', 'bg']);
// Office letters some write with one capital ("Hr, Payroll", "It and Facilities").
const TITLED_ACRONYMS = new Set('hr it qa qc pm am tv pc uk us eu hq gp dm vp pr ad ot pt er ex'.split(' '));

// "Ty, [NAME]" ending the text: a closing and the name it signs ("Ty, Jo and Bea saw it" lists three).
const signsOff = (m: RegExpExecArray) =>
  /^[ \t]*,?[ \t]*[\uE000-\uE006]+[\s.!,:)x]*$/u.test(m.input.slice(m.index + m[0].length));

function isShortName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_SHORT_NAMES.has(lower) || TITLED_ACRONYMS.has(lower)) return false;
  return SHORT_NAME_OK.has(lower) || !ALL_STOPWORDS.has(lower);
}

// Job, office and chat letters that are no one's initials, beyond those bracketed after a role.
const ACRONYMS = new Set(
  `ceo coo cfo cto cio cmo evp svp osha nlrb eeoc hse ada fmla pto wfh ooo eod asap rn lpn cna ot pt er icu ed or ob
  ems eta aka diy faq hvac ups dhl usps fedex ibm hp ai ml api ui ux qa qc sop kpi okr roi hrbp rota nhs gmp haccp
  coshh riddor loto ac tv pc atm pos wc ev av ip vr uv cd dvd gps lol wtf omg brb ty thx pls plz nb ps pr ad bbc cnn fbi irs usa uk eu un dc nyc la sf ny`.split(
    /\s+/,
  ),
);
const isAcronym = (letters: string) => NOT_INITIALS.has(letters.toLowerCase()) || ACRONYMS.has(letters.toLowerCase());
// Chat's letters are no job's: before where someone works they are the person ("JK from IT").
const CHAT = new Set('jk lol tbh smh imo fyi idk lmk btw omg wtf ffs ty thx brb pls plz'.split(' '));
// Two capitals that are a word written loud ("IN", "ON", "US") are no one's initials.
const isInitials = (letters: string) =>
  !ALL_STOPWORDS.has(letters.toLowerCase()) && !isEnglishWord(letters.toLowerCase());
const isJobAcronym = (letters: string) => isAcronym(letters) && !CHAT.has(letters.toLowerCase());
// "JK from IT", "TK in payroll", "RB on nights", "Ng from accounts": two letters, then where the person works.
const INITIALS_AT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.&/-])(\p{Lu}[\p{Lu}\p{Ll}])(?![\p{L}\p{N}'\u2019.&/-])(?=[ \t]+(?:from|in|on|at|of)[ \t]+(?:the[ \t]+)?(\p{L}+))`,
  'gu',
);
// "Ask RB or LM", "cc: JK, TM", "tell TK": initials someone is to ask or copy.
const INITIALS_ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:[Aa]sk|[Aa]sked|[Tt]ell|[Tt]old|[Cc][Cc]|CC|[Pp]ing|[Tt]hanks|[Tt]hx)[ \t]*:?[ \t]+(\p{Lu}{2})(?![\p{L}\p{N}&/.-])(?:${JOIN}(\p{Lu}{2})(?![\p{L}\p{N}&/.-]))?`,
  'gu',
);
// Where a person works (not a place a thing stands: "AC in the kitchen", "TV on the floor").
const UNIT_WORDS = new Set(
  `shift shifts nights days dispatch payroll stores warehouse packing receiving shipping accounts finance admin
  reception security maintenance team crew it hr qa ops sales marketing legal procurement logistics goods`.split(/\s+/),
);

// A word in capitals, at least four letters ("SEO", "NGO" are acronyms as often as Korean or Vietnamese surnames): a surname when a list has it and no language has it as a word.
const CAPITAL_WORD = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019@#_.-])(\p{Lu}{4,})(?![\p{L}\p{N}@_'\u2019-])`, 'gu');
const APOSTROPHE_NAME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019])([A-KM-Z]['\u2019](\p{Lu}\p{Ll}{2,}))(?![\p{L}\p{N}])`,
  'gu',
);

function hideGroups(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => number[]): string {
  let out = text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (const group of accept(m)) {
      const piece = m[group]!;
      const start = m.index + m[0].indexOf(piece, group === 1 ? 0 : m[1]!.length);
      if (!MASKED.test(out.slice(start, start + piece.length)))
        out = out.slice(0, start) + NAME_MARK.repeat(piece.length) + out.slice(start + piece.length);
    }
  }
  return out;
}

// Most words written small: a few in capitals are names or acronyms, not shouting.
function writtenSmallMostly(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const loud = words.filter((word) => word === word.toUpperCase()).length;
  return loud * 2 <= words.length;
}

/*
 * fx35r (ra35's blind re-attack), what the forms above still let pass:
 * - initials written with dots ("P.L. nous crie dessus", "K.W. krzyczy na wszystkich", "ask R.T. what happened", "ang
 *   supervisor na si R.D. ay nananakit", "(I'll just say D.W.)"), where a person stands: before what a person does or
 *   is (in English, French, Spanish, Portuguese, Italian, German, Polish, Tagalog), after a word of asking, telling or
 *   a role, or before where someone works ("G.H. in payroll"). Dotted letters elsewhere are mostly an office's, a
 *   country's or a thing's ("the S.E.C.", "P.P.E provided", "my P.I. would", "V.I.P suites") and stay;
 * - two capitals doing what a person does ("JK keeps making racist jokes", "yesterday LM shoved a new guy"), after a
 *   role or spoken to ("el encargado JR nos grita", "spoke to JD"), set off after a role ("the night lead, DG,"),
 *   joined to "me" or to another pair ("me and TK", "N.P. et moi",
 *   "AB and CD both saw the fall", "DW, PK and the new girl"), or beside a name already hidden ("TJ, [NAME] and me").
 *   Office and job letters (HR, IT, QA, PPE, ETA, RN), chat's before a clause (FYI) and states (CA, NY) stay;
 * - a surname in Cyrillic capitals ("пан ШЕВЧЕНКО погрожує"): its ending says a surname ("-ЕНКО", "-ЧУК",
 *   "-СЬКИЙ"), or a title or role stands before it and it has the vowels an acronym lacks ("ДСНС", "СБУ" stay).
 */
const PAIR_CAPS = String.raw`(?<![\p{L}\p{N}'\u2019.&/@#-])(\p{Lu}{2})(?![\p{L}\p{N}'\u2019&/.@-])`;
// What a person does to others or is said to do, in the languages read; for initials that stand before it.
const PERSON_VERB = String.raw`(?:keeps|kept|told|tells|said|says|saw|yelled|yells|shouted|shouts|screamed|screams|grabbed|grabs|pushed|pushes|shoved|shoves|hit|hits|threatened|threatens|touched|touches|bullied|bullies|harassed|harasses|laughed|laughs|mocked|mocks|stole|steals|took|takes|sleeps|slept|drinks|drank|smokes|groped|gropes|punched|kicked|slapped|insulted|insults|cornered|followed|follows|humiliates|humiliated|nos|nous|me|mi|ci|mich|uns|mnie|nas|ay|grita|gritou|schreit|urla|crie|krzyczy|sempre|siempre|immer|toujours|zawsze)`;
const DOTTED = lazyPattern(String.raw`(?<![\p{L}\p{N}.&'\u2019])\p{Lu}\.(?:[ \t]?\p{Lu}\.){1,2}(?![\p{L}\p{N}])`, 'gu');
const DOTTED_NOT_INITIALS = new Set(
  `us usa uk eu un uae nb ps am pm dc la ny nz ad bc ie eg rip qa hr it md rn ba bs ma ms tv ok sos po dob asap fyi eta
  ceo cfo coo vp ac gp nhs ot pt er rsvp aka st jr sr ai pi gc ho sec ppe vip sop coa nwo etc ame`.split(/\s+/),
);
const DOTTED_ACTING_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:(?:always|never|just|also|still|then|once|constantly)[ \t]+)?(?:${PERSON_VERB}|is|was|has|had|ist|war|hat|est|es|era|ha|\u00e8|jest|by\u0142|by\u0142a)(?![\p{L}])`,
  'u',
);
const ASKED_OR_ROLE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:ask|asked|tell|told|say|said|named|call(?:ed)?[ \t]+(?:him|her)|(?:spoke|speak|talk|talked|talking|speaking|complained|reported(?:[ \t]+(?:it|this))?|went|go)[ \t]+to|me[ \t]+and|and[ \t]+me|si|kay|ni|encargad[oa]|jef[ea]|supervisor[a]?|chef|capo|manager|lead|boss|foreman|nurse|driver)[ \t]*$`,
  'iu',
);
const AT_WORK_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:from|in|on|at|of)[ \t]+(?:the[ \t]+)?(?:(?:night|day|late|early|back|front)[ \t]+)?(\p{L}+)`,
  'iu',
);
const CAPS_ACTING = lazyPattern(
  String.raw`${PAIR_CAPS}(?=[ \t]+(?:(?:always|never|just|also|still|then|once|even|constantly)[ \t]+)?${PERSON_VERB}(?![\p{L}]))`,
  'gdu',
);
const CAPS_SPOKEN_TO = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:spoke|speak|talked|talk|talking|speaking|complained|reported[ \t]+(?:it|this))[ \t]+to|texted|messaged|emailed|me[ \t]+and|and[ \t]+me|encargad[oa]|jef[ea]|supervisor[a]?|chef|capo|si|kay|ni)[ \t]+${PAIR_CAPS}`,
  'gdu',
);
// "N.P. et moi", "DG and I", "JR y yo": the writer and someone else.
const WITH_ME_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:and|et|y|und|e|i|at)[ \t]+(?:I|me|moi|yo|ich|eu|io|ja|ako)(?![\p{L}'\u2019])`,
  'u',
);
// "the night lead, DG, sleeps in the van": set off after a role.
const ROLE_THEN_COMMA = lazyPattern(
  String.raw`(?<![\p{L}])(?:lead|manager|supervisor|boss|foreman|driver|nurse|chef|encargad[oa]|jef[ea]|supervisora|chef|capo)[ \t]*,[ \t]*${PAIR_CAPS}(?=[ \t]*,)`,
  'gdu',
);
const CAPS_WITH_ME = lazyPattern(
  String.raw`(?<!(?:the|a|an|our|my|in)[ \t]+)${PAIR_CAPS}(?=[ \t]+(?:and|et|y|und|e|i|at)[ \t]+(?:I|me|moi|yo|ich|eu|io|ja|ako)(?![\p{L}'\u2019]))`,
  'gdu',
);
const CAPS_PAIRED = lazyPattern(String.raw`${PAIR_CAPS}${JOIN}${PAIR_CAPS}`, 'gdu');
const CAPS_BESIDE_HIDDEN = lazyPattern(
  String.raw`${PAIR_CAPS}(?=${JOIN}[\uE000-\uE006])|(?<=[\uE000-\uE006]${JOIN})${PAIR_CAPS}`,
  'gdu',
);
// Two pairs joined, then what people did together ("AB and CD both saw the fall"): letters a dictionary or a shop
// also has ("AB", "CD") are initials there; a job's or an office's stay ("RN and PT were there").
const PAIRED_DEED_AFTER = lazyPattern(String.raw`^[ \t]+(?:both|were|are|all|together|${PERSON_VERB})(?![\p{L}])`, 'u');
// A list of people goes on with "me", "I" or a word for a person ("DW, PK and the new girl", "TJ, [NAME] and me");
// a list of things does not ("Penetration of FD and RD", "like [NAME], CI, among other things").
const PEOPLE_LISTED_AFTER = lazyPattern(
  String.raw`^[^.!?\n]{0,30}?(?<![\p{L}])(?:me|I|both|were|(?:the[ \t]+)?(?:new[ \t]+)?(?:girl|guy|boy|lady|man|woman|kid|temp|lads|girls|guys))(?![\p{L}])`,
  'u',
);
const JOB_LETTERS = new Set('rn pt ot er ed or ob md gm dm vp sm tl sl ga hr it qa qc pa na ta cs'.split(' '));
// A US state's or a few countries' letters ("let CA and NY have", "NC, AZ, & FL", "UA household").
const PLACE_LETTERS = new Set(
  `al ak az ar ca co ct de fl ga hi id il ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc
  sd tn tx ut vt va wa wv wi wy dc uk us ua eu un nz au`.split(/\s+/),
);
const notPlaceOrJob = (letters: string) => {
  const lower = letters.toLowerCase();
  return !PLACE_LETTERS.has(lower) && !JOB_LETTERS.has(lower) && !NOT_SHORT_NAMES.has(lower);
};
const initialsOfSomeone = (letters: string) => !isJobAcronym(letters) && notPlaceOrJob(letters) && isInitials(letters);
const lettersOfSomeone = (letters: string) =>
  notPlaceOrJob(letters) && !NOT_INITIALS.has(letters.toLowerCase()) && !ALL_STOPWORDS.has(letters.toLowerCase());
const CYRILLIC_CAPS = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])([\u0400-\u042f\u0404\u0406\u0407\u0490]{4,})(?![\p{L}\p{N}])`,
  'gdu',
);
const CYRILLIC_SURNAME_END = lazyPattern(
  String.raw`(?:\u0415\u041d\u041a\u041e|\u0427\u0423\u041a|\u042e\u041a|\u0421\u042c\u041a\u0418\u0419|\u0426\u042c\u041a\u0418\u0419|\u0421\u042c\u041a\u0410|\u0426\u042c\u041a\u0410|\u0421\u041a\u0418\u0419|\u0426\u041a\u0418\u0419|\u0421\u041a\u0410\u042f|\u0426\u041a\u0410\u042f|\u041e\u0412\u0418\u0427|\u0415\u0412\u0418\u0427|\u0404\u0412\u0418\u0427|\u0418\u0428\u0418\u041d|\u0427\u0410\u041a)$`,
  'u',
);
const CYRILLIC_TITLE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:\u043f\u0430\u043d|\u043f\u0430\u043d\u0456|\u043f\u0430\u043d\u0435|\u043f\u0430\u043d\u043e\u0432\u0456|\u0433\u043e\u0441\u043f\u043e\u0434\u0438\u043d|\u0433\u043e\u0441\u043f\u043e\u0436\u0430|\u0442\u043e\u0432\u0430\u0440\u0438\u0448|\u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440|\u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u043a\u0430|\u043c\u0435\u043d\u0435\u0434\u0436\u0435\u0440|\u043c\u0435\u043d\u0435\u0434\u0436\u0435\u0440\u043a\u0430|\u0448\u0435\u0444|\u0431\u0440\u0438\u0433\u0430\u0434\u0438\u0440|\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a|\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u0446\u044f|\u043a\u0435\u0440\u0456\u0432\u043d\u0438\u043a|\u043a\u0435\u0440\u0456\u0432\u043d\u0438\u0446\u044f|\u043c\u0430\u0439\u0441\u0442\u0435\u0440|\u043c\u0430\u0441\u0442\u0435\u0440|\u043a\u043e\u043b\u0435\u0433\u0430|\u043f\u0440\u043e\u0440\u0430\u0431|\u0441\u0443\u043f\u0435\u0440\u0432\u0430\u0439\u0437\u0435\u0440|\u0437\u0430\u0432\u0456\u0434\u0443\u0432\u0430\u0447|\u0437\u0430\u0432\u0435\u0434\u0443\u044e\u0449\u0438\u0439|\u043e\u0445\u043e\u0440\u043e\u043d\u0435\u0446\u044c)[ \t]+$`,
  'iu',
);
const CYRILLIC_\u0410\u0415\u0404\u0418\u0406\u0407\u041e\u0423\u042e\u042f\u0401\u042d\u042b = lazyPattern(
  String.raw`[\u0410\u0415\u0404\u0418\u0406\u0407\u041e\u0423\u042e\u042f\u0401\u042d\u042b]`,
  'gu',
);

/** `text` with the groups `accept` names of each match of `pattern` (made with the "d" flag) hidden as a name. */
function hideIndexed(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => number[]): string {
  let out = text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    for (const group of accept(m)) {
      const [start, end] = m.indices![group]!;
      if (!MASKED.test(out.slice(start, end)))
        out = out.slice(0, start) + NAME_MARK.repeat(end - start) + out.slice(end);
    }
  return out;
}

function maskInitialsAndCyrillicCapitals(text: string): string {
  let out = text;
  if (/\p{Lu}\./u.test(out))
    out = out.replace(DOTTED.get(), (dotted: string, at: number) => {
      const after = text.slice(at + dotted.length);
      const unit = AT_WORK_AFTER.get().exec(after)?.[1]?.toLowerCase();
      const someone =
        DOTTED_ACTING_AFTER.get().test(after) ||
        WITH_ME_AFTER.get().test(after) ||
        ASKED_OR_ROLE_BEFORE.get().test(text.slice(Math.max(0, at - 24), at)) ||
        (unit !== undefined && (UNIT_WORDS.has(unit) || DEPARTMENTS.has(unit) || unit === 'crew'));
      const letters = dotted.replace(/[. \t]/gu, '').toLowerCase();
      return someone && !DOTTED_NOT_INITIALS.has(letters) ? NAME_MARK.repeat(dotted.length) : dotted;
    });
  if (/\p{Lu}\p{Lu}/u.test(out) && writtenSmallMostly(out)) {
    out = hideIndexed(out, CAPS_ACTING.get(), (m) => (initialsOfSomeone(m[1]!) ? [1] : []));
    out = hideIndexed(out, CAPS_SPOKEN_TO.get(), (m) => (initialsOfSomeone(m[1]!) ? [1] : []));
    out = hideIndexed(out, ROLE_THEN_COMMA.get(), (m) => (initialsOfSomeone(m[1]!) ? [1] : []));
    out = hideIndexed(out, CAPS_WITH_ME.get(), (m) => (initialsOfSomeone(m[1]!) ? [1] : []));
    if (MASKED.test(out))
      out = hideIndexed(out, CAPS_BESIDE_HIDDEN.get(), (m) =>
        PEOPLE_LISTED_AFTER.get().test(m.input.slice(m.index))
          ? [1, 2].filter((group) => m[group] !== undefined && initialsOfSomeone(m[group]!))
          : [],
      );
    out = hideIndexed(out, CAPS_PAIRED.get(), (m) => {
      const after = m.input.slice(m.index + m[0].length);
      if (PAIRED_DEED_AFTER.get().test(after)) return lettersOfSomeone(m[1]!) && lettersOfSomeone(m[2]!) ? [1, 2] : [];
      return PEOPLE_LISTED_AFTER.get().test(after) && initialsOfSomeone(m[1]!) && initialsOfSomeone(m[2]!)
        ? [1, 2]
        : [];
    });
  }
  if (/[\u0400-\u042f]{4}/u.test(out) && writtenSmallMostly(out))
    out = hideIndexed(out, CYRILLIC_CAPS.get(), (m) => {
      const word = m[1]!;
      if (CYRILLIC_SURNAME_END.get().test(word) && word.length >= 5) return [1];
      const titled = CYRILLIC_TITLE_BEFORE.get().test(m.input.slice(Math.max(0, m.index - 16), m.index));
      return titled &&
        (
          word.match(CYRILLIC_\u0410\u0415\u0404\u0418\u0406\u0407\u041e\u0423\u042e\u042f\u0401\u042d\u042b.get()) ??
          []
        ).length >= 2
        ? [1]
        : [];
    });
  return out;
}

/** Masks short names in lists, initials for a person, capital surnames and apostrophe names (see above). */
export const maskShortAndCapitalNames: Rule = (text) => {
  let out = text;
  if (/\p{Lu}['\u2019]\p{Lu}/u.test(out))
    out = hideGroups(out, APOSTROPHE_NAME.get(), (m) =>
      isEnglishWord(m[2]!.toLowerCase()) || isProperNoun(m[1]!.toLowerCase()) ? [] : [1],
    );
  if (/\p{Lu}{4}/u.test(out) && writtenSmallMostly(out))
    out = hideGroups(out, CAPITAL_WORD.get(), (m) => {
      const lower = m[1]!.toLowerCase();
      return isCommonSurname(lower) && !isEnglishWord(lower) && !isAcronym(m[1]!) && !isProperNoun(lower) ? [1] : [];
    });
  out = maskInitialsAndCyrillicCapitals(out);
  // Initials and short names are two letters with a capital first: a text with none (most) asks nothing more.
  if (!/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{Ll}](?![\p{L}\p{N}])/u.test(out)) return out;
  if (/\p{Lu}\p{Lu}/u.test(out)) {
    out = hideGroups(out, INITIALS_AT.get(), (m) =>
      (/\p{Ll}/u.test(m[1]!)
        ? isShortName(m[1]!)
        : !ALL_STOPWORDS.has(m[1]!.toLowerCase()) &&
          !NOT_SHORT_NAMES.has(m[1]!.toLowerCase()) &&
          !isJobAcronym(m[1]!)) &&
      (UNIT_WORDS.has(m[2]!.toLowerCase()) ||
        (!ALL_STOPWORDS.has(m[2]!.toLowerCase()) && DEPARTMENTS.has(m[2]!.toLowerCase())))
        ? [1]
        : [],
    );
    out = hideGroups(out, INITIALS_ASKED.get(), (m) =>
      [1, 2].filter((group) => m[group] !== undefined && isInitials(m[group]!) && !isAcronym(m[group]!)),
    );
  }
  // Twice: "Ana, Bo, Kim, Lee and Jo" hides Bo beside Ana, then Jo beside what came before.
  for (let pass = 0; pass < 2; pass++) {
    const before = out;
    if (MASKED.test(out)) {
      out = hideGroups(out, AFTER_HIDDEN.get(), (m) => (isShortName(m[1]!) ? [1] : []));
      out = hideGroups(out, BEFORE_HIDDEN.get(), (m) =>
        isShortName(m[1]!) && !(CLOSINGS_SHORT.has(m[1]!.toLowerCase()) && signsOff(m)) ? [1] : [],
      );
    }
    if (pass === 0)
      out = hideGroups(out, PAIRED.get(), (m) => (isShortName(m[1]!) && isShortName(m[3]!) ? [1, 3] : []));
    if (out === before) break;
  }
  return out;
};
