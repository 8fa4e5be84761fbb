/*
 * More ways of telling a day one person's file holds (op48a, 2026-12-07 evening, from the blind attack op47's classes 1,
 * 2, 5 and 7), read by own-days-of-the-writer.ts beside its own cues:
 * - a day in words before its month, in the languages beside English ("el catorce de noviembre", "le neuf octobre",
 *   "am neunten Oktober", "dziewiątego października", "дев'ятого жовтня", "il nove ottobre", "dia sete de outubro");
 * - a range in figures, with or without spaces ("10/02-10/20", "03.11-17.11", "3-17 listopada");
 * - the writer hurt with no "I" ("got hurt on the 14th", "a pallet fell on me", "got my hand caught"), in Spanish
 *   "me quebré", in German "hatte ich einen Arbeitsunfall";
 * - someone else's injury ("Carlos se cortó la mano", "my coworker got hurt", "mein Kollege hat sich … verletzt",
 *   "ma collègue s'est brûlée", "Marek spadł z rampy"): the day names them as the writer's would name the writer;
 * - a leave told by its paper or its cause ("on doctor's orders", "with a medical certificate", "giấy bác sĩ",
 *   "after surgery", "ich war … krank", "incapacitado", "naka-leave ako", "à l'hôpital", "у лікарні");
 * - a birth told with its day between the words ("Meine Tochter kam am 30. Oktober zur Welt", "Als mein Kind am 30.10.
 *   geboren wurde"), said as coming into the world ("vino al mundo", "est venu au monde", "chào đời"), or by the other
 *   parent having the baby ("tuvo al bebé", "hat … unser Baby bekommen", "Ipinanganak ng misis ko");
 * - an Italian hire ("sono assunto dal 3 giugno 2014", "lavoro in questa ditta dal 03/03/2015", "assunto nel giugno
 *   2014, il 3").
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 * Every span is bounded.
 */
import { DAY_WORD } from './redact-personal-dates';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const APOS = String.raw`['\u2019\u02bc]?`;

/** A day in words, before its month, in en es pt it fr de pl uk. */
export const DAY_IN_WORDS = String.raw`(?:${DAY_WORD}|primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci(?:s[e\u00e9]is|siete|ocho|nueve)|veinti(?:uno|d[o\u00f3]s|tr[e\u00e9]s|cuatro|cinco|s[e\u00e9]is|siete|ocho|nueve)|veinte|treinta(?:[ \t]+y[ \t]+uno)?|primeiro|dois|tr[e\u00ea]s|quatro|sete|oito|nove|dez|onze|doze|treze|c?atorze|quatorze|quinze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|vinte(?:[ \t]+e[ \t]+(?:um|dois|tr[e\u00ea]s|quatro|cinco|seis|sete|oito|nove))?|trinta(?:[ \t]+e[ \t]+um)?|primo|due|tre|quattro|cinque|sei|sette|otto|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|ventuno|ventidue|ventitr[e\u00e9]|ventiquattro|venticinque|ventisei|ventisette|ventotto|ventinove|trenta|trentuno|premier|deux|trois|quatre|cinq|six|huit|neuf|dix(?:-sept|-huit|-neuf)?|seize|(?:vingt|trente)(?:[- ]et[- ]un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|(?:erst|zweit|dritt|viert|f[\u00fcu]nft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zw[\u00f6o]lft|dreizehnt|vierzehnt|f[\u00fcu]nfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt|zwanzigst|(?:ein|zwei|drei|vier|f[\u00fcu]nf|sechs|sieben|acht|neun)undzwanzigst|drei[\u00dfs]igst|einunddrei[\u00dfs]igst)e[nrm]?|(?:(?:dwudziest|trzydziest)ego[ \t]+)?(?:pierwsz|drugi|trzeci|czwart|pi[\u0105a]t|sz[\u00f3o]st|si[\u00f3o]dm|[\u00f3o]sm|dziewi[\u0105a]t|dziesi[\u0105a]t|jedenast|dwunast|trzynast|czternast|pi[\u0119e]tnast|szesnast|siedemnast|osiemnast|dziewi[\u0119e]tnast|dwudziest|trzydziest)ego|(?:(?:\u0434\u0432\u0430\u0434\u0446\u044f\u0442\u044c|\u0442\u0440\u0438\u0434\u0446\u044f\u0442\u044c)[ \t]+)?(?:\u043f\u0435\u0440\u0448|\u0434\u0440\u0443\u0433|\u0442\u0440\u0435\u0442|\u0447\u0435\u0442\u0432\u0435\u0440\u0442|\u043f${APOS}\u044f\u0442|\u0448\u043e\u0441\u0442|\u0441\u044c\u043e\u043c|\u0432\u043e\u0441\u044c\u043c|\u0434\u0435\u0432${APOS}\u044f\u0442|\u0434\u0435\u0441\u044f\u0442|\u043e\u0434\u0438\u043d\u0430\u0434\u0446\u044f\u0442|\u0434\u0432\u0430\u043d\u0430\u0434\u0446\u044f\u0442|\u0442\u0440\u0438\u043d\u0430\u0434\u0446\u044f\u0442|\u0447\u043e\u0442\u0438\u0440\u043d\u0430\u0434\u0446\u044f\u0442|\u043f${APOS}\u044f\u0442\u043d\u0430\u0434\u0446\u044f\u0442|\u0448\u0456\u0441\u0442\u043d\u0430\u0434\u0446\u044f\u0442|\u0441\u0456\u043c\u043d\u0430\u0434\u0446\u044f\u0442|\u0432\u0456\u0441\u0456\u043c\u043d\u0430\u0434\u0446\u044f\u0442|\u0434\u0435\u0432${APOS}\u044f\u0442\u043d\u0430\u0434\u0446\u044f\u0442|\u0434\u0432\u0430\u0434\u0446\u044f\u0442|\u0442\u0440\u0438\u0434\u0446\u044f\u0442)(?:\u043e\u0433\u043e|\u044c\u043e\u0433\u043e|\u0435|\u0454))`;

/** Spanish, Portuguese and Italian parts of the body, for a verb that is also an everyday one ("se cortó la mano", not "se cortó la luz"). */
const BODY_ES_PT_IT = String.raw`(?:mano|m[\u00e3a]o|dedo|dito|brazo|bra[\u00e7c]o|braccio|pie|p[\u00e9e]|piede|pierna|perna|gamba|tobillo|tornozelo|caviglia|rodilla|joelho|ginocchio|espalda|costas|schiena|cabeza|cabe[\u00e7c]a|testa|cuello|pesco[\u00e7c]o|collo|hombro|ombro|spalla|mu[\u00f1n]eca|pulso|polso|cadera|quadril|anca|codo|cotovelo|gomito|costilla|costela|costola|ojo|olho|occhio|cara|rosto|faccia)`;
const BODY_PL = String.raw`(?:r[\u0119e]k\p{L}{0,2}|nog\p{L}{0,2}|pal(?:ec|ca|ce|c\p{L}{1,3})|kostk\p{L}{0,2}|kolan\p{L}{0,2}|plec\p{L}{0,3}|g[\u0142l]ow\p{L}{0,2}|nadgarst\p{L}{0,3}|bark\p{L}{0,2}|[\u017cz]ebr\p{L}{0,2}|obojczyk\p{L}{0,2})`;
const BODY_UK = String.raw`(?:\u0440\u0443\u043a\p{L}{0,2}|\u043d\u043e\u0433\p{L}{0,2}|\u043f\u0430\u043b\p{L}{1,4}|\u0441\u043f\u0438\u043d\p{L}{0,2}|\u0433\u043e\u043b\u043e\u0432\p{L}{0,2}|\u043a\u043e\u043b\u0456\u043d\p{L}{0,2}|\u0440\u0435\u0431\u0440\p{L}{0,2}|\u043f\u043b\u0435\u0447\p{L}{0,2}|\u0449\u0438\u043a\u043e\u043b\u043e\u0442\p{L}{0,3}|\u0437\u0430\u043f${APOS}\u044f\u0441\u0442\p{L}{0,3})`;

/** The writer hurt, said without "I" or with the words op46a's list lacked; `body` is the English parts of the body. */
export function injuryOfTheWriterMore(body: string): string[] {
  // One look either side for most of them: each its own costs the pattern's first use (a cold start) much more.
  const kinds = [
    // English, what hurt the writer: "a pallet fell on me", "the forklift hit me", "got my hand caught".
    String.raw`(?:fell|dropped|landed|tipped|collapsed|came[ \t]+down|rolled)[ \t]+on(?:to)?[ \t]+(?:me|my[ \t]+(?:\p{L}+[ \t]+)?${body})`,
    String.raw`(?:hit|struck|pinned|crushed|ran[ \t]+over|backed[ \t]+into|knocked[ \t]+(?:me[ \t]+)?(?:over|down)|caught)[ \t]+(?:me|my[ \t]+(?:\p{L}+[ \t]+)?${body})`,
    String.raw`got[ \t]+my[ \t]+(?:\p{L}+[ \t]+)?${body}[ \t]+(?:caught|crushed|cut|stuck|burned|burnt|jammed|pinched|smashed|broken|trapped|hurt|slammed)`,
    // Spanish: "me quebré el pie", "me torcí", "me di un golpe", "me atropelló el montacargas".
    String.raw`me[ \t]+(?:quebr[\u00e9e]|dobl[\u00e9e]|aplast[\u00e9e]|pegu[\u00e9e]|tropec[\u00e9e]|desmay[\u00e9e]|electrocut[\u00e9e]|esguinc[\u00e9e]|rasp[\u00e9e]|pinch[\u00e9e]|lux[\u00e9e]|di[ \t]+un[ \t]+golpe|atropell[\u00f3o]|aplast[\u00f3o]|pis[\u00f3o]|machuc[\u00f3o]|golpe[\u00f3o]|quem[\u00f3o])`,
    // French: "je me suis fait écraser", "je me suis coincé la main".
    String.raw`me[ \t]+suis[ \t]+(?:fait[ \t]+(?:renvers|\u00e9cras|percut|pinc|coinc)\p{L}{1,3}|coinc[\u00e9e]\p{L}{0,2}|\u00e9cras[\u00e9e]\p{L}{0,2}|pinc[\u00e9e]\p{L}{0,2})`,
    // German with "ich" after its verb: "Am 14.11. hatte ich einen Arbeitsunfall".
    String.raw`(?:hatte|habe|hab)[ \t]+ich[ \t]+(?:einen[ \t]+|nen[ \t]+)?(?:Arbeits|Betriebs)?unfall`,
    // Italian: "mi sono rotto il polso", "mi sono slogato".
    String.raw`mi[ \t]+sono[ \t]+(?:rott[oa]|slogat[oa]|schiacciat[oa]|storto|stort[oa])`,
    // Ukrainian: "я обпік руку", "я зламав палець", "я впав з драбини".
    String.raw`\u044f[ \t]+(?:\u043e\u0431\u043f\u0456\u043a|\u043e\u0431\u043f\u0435\u043a\u043b\u0430|\u0437\u043b\u0430\u043c\u0430\u0432|\u0437\u043b\u0430\u043c\u0430\u043b\u0430|\u0432\u043f\u0430\u0432|\u0432\u043f\u0430\u043b\u0430|\u0432\u0434\u0430\u0440\u0438\u0432\p{L}{0,2}|\u0432\u0434\u0430\u0440\u0438\u043b\u0430\p{L}{0,2}|\u043f\u043e\u0448\u043a\u043e\u0434\u0438\u0432|\u043f\u043e\u0448\u043a\u043e\u0434\u0438\u043b\u0430)`,
  ];
  return [
    // English with no subject, opening a sentence or a clause: "got hurt on the 14th", "Slipped on ice on the 22nd".
    String.raw`(?:^[ \t]*|[,;:(][ \t]*|${B}(?:and|but|then|so|just|also)[ \t]+)(?:got|was|been|get)[ \t]+(?:hurt|injured|burned|burnt|electrocuted|hit)${E}`,
    String.raw`(?:^[ \t]*|[,;:(][ \t]*|${B}(?:and|but|then|so|just|also)[ \t]+)(?:slipped|tripped|fell[ \t]+(?:off|from|down|on|in|through|over)|fainted|passed[ \t]+out)${E}`,
    String.raw`${B}(?:${kinds.join('|')})${E}`,
  ];
}

/** Someone's injury, whoever had it (the writer, where a first-person word stands, or a coworker). */
export function injuryOfAnyone(body: string): string {
  // One look either side for all of them: each its own costs the pattern's first use (a cold start) much more.
  const kinds = [
    // English: "Carlos got hurt", "she broke her wrist", "he slipped", "his accident", "the pallet fell on him".
    String.raw`(?:got|was|were|been|gets)[ \t]+(?:hurt|injured|electrocuted|crushed|burned|burnt)`,
    String.raw`(?:hurt|injured|sprained|twisted|broke|fractured|cut|sliced|crushed|burned|burnt|smashed|dislocated|lost)[ \t]+(?:his|her|their)[ \t]+(?:\p{L}+[ \t]+)?${body}`,
    String.raw`(?:he|she|they)[ \t]+(?:slipped|tripped|fell[ \t]+(?:off|from|down|in|through|over)|fainted|passed[ \t]+out|had[ \t]+an[ \t]+accident|was[ \t]+(?:hit|struck))`,
    String.raw`(?:his|her|their)[ \t]+(?:injury|accident|fall)`,
    String.raw`(?:fell|dropped|landed|tipped|collapsed|rolled)[ \t]+on(?:to)?[ \t]+(?:him|her|them)`,
    // Spanish: "se lastimó", "se cortó la mano", "tuvo un accidente" (not "se cayó la red", "se cortó la luz").
    String.raw`se[ \t]+(?:lastim[\u00f3o]|lesion[\u00f3o]|accident[\u00f3o]|electrocut[\u00f3o]|desmay[\u00f3o]|(?:cort|quem|rompi|quebr|fractur|torci|golpe|machuc|aplast|dobl|dislo)\p{L}{1,2}[ \t]+(?:la|el|un|una|los|las)[ \t]+${BODY_ES_PT_IT})`,
    String.raw`(?:tuvo|sufri[\u00f3o])[ \t]+una?[ \t]+(?:accidente|ca[\u00edi]da|lesi[\u00f3o]n|quemadura|fractura|esguince)`,
    // French: "s'est blessé(e)", "s'est brûlée", "s'est fait mal", "est tombé de l'échelle", "a eu un accident".
    String.raw`s['\u2019][ \t]*est[ \t]+(?:bless|br[\u00fbu]l|fractur|foul|tordu|coup[\u00e9e]\p{L}{0,2}[ \t]+(?:le|la|les)|cass[\u00e9e]\p{L}{0,2}[ \t]+(?:le|la|les))\p{L}{0,3}|s['\u2019][ \t]*est[ \t]+fait[ \t]+(?:mal|une?[ \t]+(?:entorse|fracture|coupure|br\u00fblure))|est[ \t]+tomb[\u00e9e]e?[ \t]+(?:de|du|d['\u2019]|dans[ \t]+l|par[ \t]+terre|sur[ \t]+le[ \t]+dos)|a[ \t]+eu[ \t]+un[ \t]+accident`,
    // German: "hat sich … verletzt", "ist … gestürzt", "hatte einen Arbeitsunfall".
    String.raw`hat[ \t]+sich(?:[ \t]+[\p{L}\p{N}.]{1,14}){0,5}?[ \t]+(?:verletzt|verbrannt|geschnitten|gebrochen|verstaucht|geprellt|gequetscht|verrenkt|verdreht)|(?:ist|wurde)(?:[ \t]+[\p{L}\p{N}.]{1,14}){0,5}?[ \t]+(?:gest\u00fcrzt|ausgerutscht|gestolpert|verletzt|eingeklemmt|angefahren|\u00fcberfahren)|hatte[ \t]+(?:einen[ \t]+)?(?:Arbeits|Betriebs)?unfall`,
    // Portuguese: "se machucou", "se cortou", "sofreu um acidente".
    String.raw`(?:se[ \t]+(?:machucou|cortou|queimou|feriu|lesionou|acidentou)|(?:sofreu|teve)[ \t]+um[ \t]+acidente)`,
    // Italian: "si è fatto male", "si è ferita", "è caduto dalla scala", "ha avuto un incidente".
    String.raw`si[ \t]+[\u00e8e][ \t]+(?:fatt[oa][ \t]+male|ferit[oa]|tagliat[oa]|bruciat[oa]|slogat[oa]|infortunat[oa]|fratturat[oa]|rott[oa][ \t]+(?:il|la|un|una))|[\u00e8e][ \t]+(?:cadut[oa]|scivolat[oa])[ \t]+(?:da|dal|dalla|dallo|dalle|dagli|per[ \t]+terra)|ha[ \t]+avuto[ \t]+un[ \t]+(?:incidente|infortunio)`,
    // Polish: "złamał rękę", "skaleczyła się", "spadł z rampy", "miał wypadek".
    String.raw`(?:z[\u0142l]ama|skr[\u0119e]ci|zwichn[\u0105a]|skaleczy|oparzy|zrani|pot[\u0142l]uk|pokaleczy|uderzy)[\u0142l]a?[ \t]+(?:si[\u0119e]|sobie[ \t]+${BODY_PL}|${BODY_PL})|(?:spad|upad|zlecia)[\u0142l]a?[ \t]+(?:z|ze)[ \t]+(?:drabin\p{L}{0,2}|rusztowa\p{L}{1,4}|ramp\p{L}{0,2}|schod\p{L}{0,3}|w[\u00f3o]zk\p{L}{0,2}|dachu|podestu|platform\p{L}{0,2}|rega[\u0142l]\p{L}{0,2})|po[\u015bs]lizgn[\u0105\u0119][\u0142l]a?[ \t]+si[\u0119e]|(?:mia[\u0142l]a?|uleg[\u0142l]a?)[ \t]+(?:wypad\p{L}{0,4})`,
    // Ukrainian: "травмувався", "порізалася", "впав з драбини", "зламав руку".
    String.raw`(?:\u0442\u0440\u0430\u0432\u043c\u0443\u0432\u0430(?:\u0432\u0441\u044f|\u043b\u0430\u0441\u044f)|\u043f\u043e\u0440\u0456\u0437\u0430\u0432(?:\u0441\u044f)?|\u043f\u043e\u0440\u0456\u0437\u0430\u043b\u0430\u0441\u044f|\u043e\u0431\u043f\u0456\u043a\u0441\u044f|\u043e\u0431\u043f\u0435\u043a\u043b\u0430\u0441\u044f|\u0437\u0430\u0431\u0438\u0432\u0441\u044f|\u0437\u0430\u0431\u0438\u043b\u0430\u0441\u044f|\u0432\u0438\u0432\u0438\u0445\u043d\u0443\p{L}{1,4}|(?:\u0432\u043f\u0430\u0432|\u0432\u043f\u0430\u043b\u0430)[ \t]+\u0437|(?:\u0437\u043b\u0430\u043c\u0430\u0432|\u0437\u043b\u0430\u043c\u0430\u043b\u0430)[ \t]+${BODY_UK})`,
    // Vietnamese: "anh ấy bị thương", "bị tai nạn".
    String.raw`b\u1ecb[ \t]+(?:th\u01b0\u01a1ng|tai[ \t]+n\u1ea1n|ch\u1ea5n[ \t]+th\u01b0\u01a1ng|g\u00e3y)`,
    // Tagalog: "nadulas si Jun", "naaksidente siya".
    String.raw`(?:nadulas|nasugatan|naaksidente|nahulog|natapilok|napaso|nabalian|nahiwa|na-?injure|nadapa)[ \t]+(?:si|siya|ang)`,
  ];
  return String.raw`${B}(?:${kinds.join('|')})${E}`;
}

/** A coworker or a relative after "my": "my coworker", "mein Kollege", "mi compañero", "my son" are not the writer. */
export const SOMEONE_OF_MINE = String.raw`${B}(?:my|mi|mis|mon|ma|mes|mein\p{L}{0,2}|meu|minha|mio|mia|il[ \t]+mio|la[ \t]+mia|m[\u00f3o]j|moja|moi|\u043c\u0456\u0439|\u043c\u043e\u044f|\u043c\u043e\u0433\u043e|\u043c\u043e\u0454\u0457)[ \t]+(?:\p{L}+[ \t]+)?(?:co-?workers?|colleagues?|workmates?|mates?|friends?|buddy|partner|supervisor|boss|manager|lead|compa[\u00f1n]er[oa]s?|colegas?|amig[oa]s?|coll[\u00e8e]gues?|coll[e\u00e8]gh?[ia]|collega|Kolleg\p{L}{0,3}|Freund\p{L}{0,3}|kolega|kole[\u017cz]an\p{L}{1,2}|koleg\p{L}{1,3}|przyjaci\p{L}{1,5}|\u043a\u043e\u043b\u0435\u0433\p{L}{0,2}|\u0434\u0440\u0443\u0433|\u043f\u043e\u0434\u0440\u0443\u0433\u0430|\u043d\u0430\u043f\u0430\u0440\u043d\u0438\p{L}{1,3}|son|daughter|wife|husband|kid|child|mother|mom|mum|father|dad|brother|sister|hij[oa]|espos[oa]|marido|mujer|madre|padre|herman[oa]|fils|fille|femme|mari|m[\u00e8e]re|p[\u00e8e]re|fr[\u00e8e]re|s[\u0153o]eur|Sohn|Tochter|Frau|Mann|Mutter|Vater|Bruder|Schwester|Kind|filh[oa]|mulher|m[\u00e3a]e|pai|irm[\u00e3a]o?|figli[oa]|moglie|fratello|sorella|syn|c[\u00f3o]rk\p{L}{1,3}|[\u017cz]on\p{L}|m[\u0105a][\u017cz]\p{L}{0,2}|mam\p{L}{1,2}|tat\p{L}{1,2}|brat\p{L}{0,2}|siostr\p{L}{1,2}|\u0441\u0438\u043d\p{L}{0,2}|\u0434\u043e\u043d\u044c\u043a\p{L}|\u0434\u043e\u0447\u043a\p{L}|\u0434\u0440\u0443\u0436\u0438\u043d\p{L}|\u0447\u043e\u043b\u043e\u0432\u0456\p{L}{1,2}|\u043c\u0430\u043c\p{L}|\u0442\u0430\u0442\p{L}|\u0441\u0435\u0441\u0442\u0440\p{L}{1,2})${E}`;

/** A leave told by its paper or its cause: with a first person or a range, one person's. */
export const LEAVE_MORE = String.raw`${B}(?:doctor['\u2019]?s?[ \t]+(?:note|orders?|certificate)|dr\.?[ \t]+(?:note|orders?)|medical[ \t]+(?:certificate|cert|note)|fit[ \t]+note|after[ \t]+(?:my[ \t]+)?surgery|surgery|on[ \t]+leave|incapacitad[oa]|certificado[ \t]+m[\u00e9e]dico|cirug[\u00edi]a|certificat[ \t]+m[\u00e9e]dical|chirurgie|krank|(?:\u00e4rztliche[sn]?[ \t]+)?Attest|certificato[ \t]+medico|intervento[ \t]+chirurgico|cirurgia|operacj\p{L}{1,2}|na[ \t]+zwolnieniu|ngh\u1ec9[ \t]+(?:ph\u00e9p|\u1ed1m)|gi\u1ea5y[ \t]+(?:b\u00e1c[ \t]+s\u0129|ngh\u1ec9[ \t]+\u1ed1m|kh\u00e1m[ \t]+b\u1ec7nh)|ph\u1eabu[ \t]+thu\u1eadt|naka-?leave|nag-?leave|[\u00e0a][ \t]+l['\u2019][ \t]*h[\u00f4o]pital|[\u0443\u0443\u0432][ \t]+(?:\u043b\u0456\u043a\u0430\u0440\u043d\u0456|\u0433\u043e\u0441\u043f\u0456\u0442\u0430\u043b\u0456)|en[ \t]+el[ \t]+hospital|no[ \t]+hospital|in[ \t]+ospedale|medical[ \t]+leave|operasyon|\u0434\u043e\u0432\u0456\u0434\u043a\p{L}{1,2}|\u043e\u043f\u0435\u0440\u0430\u0446\u0456\p{L}{1,2})${E}`;

/** A child's birth with its day between the words, or said as coming into the world; `ownChild` is the writer's child. */
export function birthMore(ownChild: string, ownPartner: string): string[] {
  const TOKENS = String.raw`(?:[ \t]+[\p{L}\p{N}.,/\[\]\uE004]{1,14}){0,6}?`;
  // The words between, a date among them, hidden or not ("am 30.10.", "am [ID]").
  return [
    String.raw`${B}${ownChild}${TOKENS}[ \t]+(?:geboren|zur[ \t]+Welt|auf[ \t]+die[ \t]+Welt|came[ \t]+into[ \t]+the[ \t]+world|vino[ \t]+al[ \t]+mundo|naci[\u00f3o]|venu(?:e)?[ \t]+au[ \t]+monde|veio[ \t]+ao[ \t]+mundo|nasceu|venut[oa][ \t]+al[ \t]+mondo|nat[oa]|przyszed[\u0142l][ \t]+na[ \t]+[\u015bs]wiat|przysz[\u0142l]a[ \t]+na[ \t]+[\u015bs]wiat|urodzi[\u0142l]\p{L}{0,2}|\u0437${APOS}\u044f\u0432\u0438(?:\u0432\u0441\u044f|\u043b\u0430\u0441\u044f)[ \t]+\u043d\u0430[ \t]+\u0441\u0432\u0456\u0442|\u043d\u0430\u0440\u043e\u0434\u0438\p{L}{2,4}|ch\u00e0o[ \t]+\u0111\u1eddi|ra[ \t]+\u0111\u1eddi|ipinanganak|isinilang)${E}`,
    String.raw`${B}(?:my|our)[ \t]+(?:little[ \t]+one|newborn|baby[ \t]+(?:girl|boy))[ \t]+(?:came|arrived)(?![ \t]+(?:back|home|to|over|in|out|for|by)${E})${E}`,
    String.raw`${B}${ownPartner}${TOKENS}[ \t]+(?:gave[ \t]+birth|had[ \t]+(?:the|our|a|her)[ \t]+(?:baby|twins|son|daughter)|delivered[ \t]+(?:the|our|a)[ \t]+baby|dio[ \t]+a[ \t]+luz|tuvo[ \t]+(?:al|a[ \t]+la|el|la|un|una|a[ \t]+nuestr[oa]|nuestr[oa])[ \t]+(?:beb[\u00e9e]|ni[\u00f1n][oa]|hij[oa]|bebita|nena|nene)|a[ \t]+accouch[\u00e9e]|accouch\p{L}{0,3}|a[ \t]+eu[ \t]+(?:le|la|notre|un|une|nos)[ \t]+(?:b[\u00e9e]b[\u00e9e]|enfant|fils|fille|jumeaux)|entbunden|(?:unser(?:en)?|das|ein|einen)[ \t]+(?:Baby|Kind|Sohn|Tochter)[ \t]+bekommen|deu[ \t]+[\u00e0a][ \t]+luz|teve[ \t]+(?:o|a|um|uma|noss[oa])[ \t]+(?:beb[\u00e9e]|bebe|filh[oa]|menin[oa])|ha[ \t]+partorito|partor\p{L}{1,4}|ha[ \t]+avuto[ \t]+(?:il|la|un|una|nostr[oa])[ \t]+(?:bambin[oa]|beb[\u00e8e]|figli[oa])|urodzi[\u0142l]a|rodzi[\u0142l]a|\u043d\u0430\u0440\u043e\u0434\u0438\u043b\u0430|sinh[ \t]+(?:con|b\u00e9|em[ \t]+b\u00e9)|\u0111\u1ebb)${E}`,
    String.raw`${B}(?:ipinanganak|isinilang)[ \t]+ng[ \t]+(?:misis|asawa|partner|girlfriend)[ \t]+ko${E}`,
  ];
}

/** The writer's hire said in Italian: "sono assunto dal", "mi hanno assunto", "lavoro in questa ditta dal". */
export const HIRE_ITALIAN = String.raw`${B}(?:(?:sono|fui|venni|son)[ \t]+(?:stat[oa][ \t]+)?assunt[oa]|mi[ \t]+hanno[ \t]+(?:assunt[oa]|preso)|assunt[oa][ \t]+(?:dal|il|nel|a|ad|in)|(?<!(?:il|del|al|nel|sul|dal|col|un|mio|tuo|suo|questo|quel|nostro|vostro|bel|buon)[ \t]{1,3})lavoro[ \t]+(?:qui|qua|in|per|presso|con|alla|nella|da)(?:[ \t]+[\p{L}'\u2019]{1,14}){0,4}?[ \t]+dal?|(?:sono|sto)[ \t]+(?:qui|qua|in[ \t]+(?:questa|quest['\u2019])[ \t]*(?:ditta|azienda|fabbrica|impresa|societ\u00e0))[ \t]+dal?)${E}`;
