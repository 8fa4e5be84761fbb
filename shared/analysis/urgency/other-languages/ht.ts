import { HAITIAN_FRAUD_WITHOUT_THE_WORD } from '../fraud-without-the-word';
import { HAITIAN_PAY_RECORDS_AND_CHILD_WORK } from '../pay-records-and-child-work-tables';
import { HAITIAN_COMPLAINTS_FOLLOWED_STRUCK_AND_PAPERS as U37_MORE } from './ht-complaints-followed-struck-and-papers';
import { HAITIAN_REPORTS_IN_OTHER_WORDS as OTHER_WORDS } from './ht-reports-in-other-words';
import { HAITIAN_PHOTOS_NIGHTS_AND_VANISHING as UK38 } from './ht-photos-nights-and-vanishing';
import { HAITIAN_THEFT_FAVOURS_AND_SITE_HAZARDS as U37 } from './ht-theft-favours-and-site-hazards';
import type { OtherLanguage } from './table';
import { HAITIAN_DAMAGED_TOOLS_USED_ANYWAY } from './uk-ht-damaged-tools-used-anyway';
import { HAITIAN_SHUT_IN } from '../shut-in-or-left-inside';
import { HAITIAN_ARMED_HERE } from '../fights-with-objects-and-people-run-over';
import { HAITIAN_DOWN_AND_STILL } from '../down-and-still';
import { HAITIAN_SIGNS_OF_A_BODY_IN_TROUBLE } from './uk-ht-signs-of-a-body-in-trouble';
import { HAITIAN_CALLS_FOR_HELP_FORBIDDEN } from '../calls-for-help-forbidden';
import { VEILED_FAREWELLS_TABLE } from '../veiled-farewells';

/*
 * Haitian Creole (Kreyòl ayisyen), as it is texted, with or without its accents (folding drops them: "dife" "mwen"
 * "tèt" "tet"). Many warehouses, farms, kitchens and care homes in Florida, New York, Quebec and the Dominican
 * Republic employ Haitian workers who write in Kreyòl before English or French: a fire, someone fallen who does not
 * breathe, a blow ("gen dife nan depo a", "yon moun tonbe li pa respire", "li frape m") read calm before. This table
 * holds the gravest, as the other tables here do; a report said another way may still be missed. The model was fitted
 * on no Kreyòl and reads its everyday words as it likes, so a text shown to be in Kreyòl is read by this table alone.
 * Calm look-alikes: a fire drill ("egzesis dife"), food hot like fire, dying of laughter ("m ap mouri ri"), a film.
 */
// Kreyòl is written with its verbs after small markers of time ("li te frape m", "l ap bat mwen", "li pral touye m",
// "k ap koule"), and the markers are texted joined or apart ("l'ap", "lap", "kap"). The phrases below are a table of
// verbs by whom or what they strike, each read after any markers, not one phrase per wording.
const MARKS = String.raw`(?:(?:te|t|ap|pe|pral|prale|va|ava|vin|fin|fenk|sot|konn|toujou|vle|ka|kab|kapab|deja|tap|tonbe)\s+){0,3}`;
// Who does it: a pronoun, a name for a boss or a man, or any noun with its article after it ("sipèvizè a", "nèg la").
const WHO = String.raw`(?:li|l|yo|y|msye|misye|mesye|madanm|neg|bos|chef|patwon|sipevize|manadje|fomann|kliyan|koleg|\S+ (?:a|an|la|lan|nan))`;
// Whom: the writer, the writer's people, or you (a threat to whoever reads it).
const WHOM = String.raw`(?:m|mwen|nou|ou|w|koleg (?:mwen|m|nou|la)|moun yo|travaye yo|fanm (?:nan|yo)|medam yo)`;
// A part of the body, and whose it is.
const BODY = String.raw`(?:men|pye|dwet|bra|janm|tet|do|zo|kou|ko|zepol|jenou)`;
const WHOSE = String.raw`(?:li|l|m|mwen|yon moun|moun nan|koleg (?:mwen|m|nou|la)|msye|nou|yon (?:travaye|neg|fanm|gason|koleg)|travaye (?:a|la))`;
// Who a worker is, as a boss may hold it against them (u36b): colour, sex, origin, language, pregnancy, age, religion.
const IDENTITY = String.raw`(?:nwa|fanm|fi|ayisyen|ayisyen yo|dominiken|etranje|imigran|moun lot peyi|ansent|masisi|madivin|mizilman|granmoun|vye moun|moun ki pale kreyol|moun ki gen aksan|gen aksan)`;
// Treated worse for it: not wanted, hired, promoted or paid the same, kept out of sight.
const UNEQUAL = String.raw`(?:pa vle|pa anboche|pa pran|pa bay|refize|peye (?:\S+ ){0,2}mwens|trete (?:\S+ ){0,2}mal|mete (?:\S+ ){0,2}deyo|ranvwaye|revoke)`;
// Somewhere a worker falls from, high or deep.
const HEIGHT = String.raw`(?:echafo|echafodaj|nechel|echel|do kay|twou|anle|anwo|wo|etaj|tekat|bit|teras|pano)`;
// Verbs of a blow or a threat of one.
const STRIKE = String.raw`(?:frape|bat|kale|pouse|choute|souflete|trangle|toufe|mode|atake|menase|ponyade|kraze tet|kase tet|touye)`;
// Whom a hazing ties, beats, strips or shuts in: a pronoun, the new ones, or anyone named with an article.
const HAZED = String.raw`(?:li|l|yo|y|m|mwen|nou|moun|nouvo|\S+ (?:a|an|la|lan|nan|yo))`;
// A knife, a gun, a machete, a club.
const ARM = String.raw`(?:kouto|zam|revolve|pistole|manchet|machet|baton)`;

export const haitianCreole: OtherLanguage = {
  code: 'ht',
  name: 'Haitian Creole',
  // Its own words, none of them English or French: function words and the words of its emergencies.
  words:
    "mwen nou yo gen dife nan moun tonbe respire frape kounye kounya konnen pral kap anmwe sekou ede touye kouto zam san koule blese anbilans pito travay patwon bos fanm gason timoun lafimen limen boule kay depo sal kizin kamyon machin toujou anpil bagay pou epi kote ki kijan poukisa jodi demen yer chak yon ap l'ap m'ap k'ap n'ap y'ap sipevize manadje fomann reveye endispoze konesans kraze kwense menase manyen ijans dijans kadnase lavi peye siplemante pwente kouche ave avek avel chale dlo senyen pann pwazon machet pakin mote vle viv anko pouse choute souflete trangle atake miray nouvo jiskaske inisyasyon bwe fakti echafo echafodaj kouran fwit detounen machandiz founise kob vole dekouvri toutouni pwopan pwomet pwomosyon lakay resi depans envante paspo disparet komante plenn plent swiv travaye paske akoz ansent chanje anboche pwomouvwa andikap aksan pewol fantom anndan frote sote bilding sendika",
  unreadByModel: true,
  bounds: 'word',
  negation: String.raw`pa|pa gen|okenn|non`,
  story: String.raw`fim|film|sinema|seri|nouvel|jwet|istwa|chante|liv|match|foutbol|domino|basket|videyo`,
  fixed: String.raw`yo etenn li|yo te etenn|dife a etenn|yo ranje li|yo repare|tout bagay anfom|tout moun anfom`,
  still: String.raw`anko|toujou|ankor`,
  calm: [
    // A fire drill or training, food or a song hot like fire, dying of laughter, hunger or tiredness that "kills".
    // Falling in love or ill, rain, prices; a car (not a body) broken; waking late; finishing work; beating a team;
    // a knife for the kitchen; smoke from cooking; "rather die than" eat or do something; work, sun or hunger that
    // "kills" or "beats" the writer; a boss who pushes the writer to do better.
    String.raw`tonbe (?:damou|renmen|malad|dako|dakò)|(?:lapli|pri \S+|pri a|pri yo|nwit lan|lannwit) (?:\S+ )?tonbe|(?:m|mwen|nou|n) (?:pa )?reveye (?:\S+ )?(?:ale|anreta|ta|bone|bonè|a le)|(?:kouto|machet|manchet) (?:\S+ ){0,3}pou (?:koupe|tranche|netwaye|kale|fe manje|fè manje)|lafimen (?:\S+ ){0,5}(?:le|lè) (?:n|nou|m|yo|y) (?:ap|t ap|tap) (?:fri|kwit|griye|boukannen)|lafimen (?:sigaret|tabak)|pito mouri pase|egzesis (?:\S+ )?dife|fomasyon (?:\S+ )?dife|tankou dife|cho kon dife|(?:m|mwen) (?:ap|pral) mouri (?:ri|ak ri|de ri)|(?:grangou|swaf|fatig|fatige|chale|cho|soley|travay|doule|do|pye|tet|lekol|trafik|lavi|jounen|semen) (?:\S+ ){0,2}(?:ap |pral |va )?(?:touye|kraze|bat) (?:m|mwen|nou)|pouse (?:m|mwen|nou) (?:\S+ )?(?:fe|travay|etidye|aprann|avanse|pi lwen|pi di)`,
  ],
  cries: String.raw`anmwe|sekou|ede m|ede nou|ede mwen|edem|o secours`,
  urgent: {
    safety: [
      // Still inside, or shut in a freezer or a lift (../shut-in-or-left-inside.ts).
      HAITIAN_SHUT_IN,
      // A person down and still, or pinned and screaming, told by state (../down-and-still.ts).
      HAITIAN_DOWN_AND_STILL,
      // A medical emergency told by two of its signs (./uk-ht-signs-of-a-body-in-trouble.ts).
      HAITIAN_SIGNS_OF_A_BODY_IN_TROUBLE,
      // A fire: "gen dife nan depo a", "kay la ap boule", "dife pran nan kizin nan", smoke or gas.
      String.raw`gen (?:yon )?dife|dife (?:pran|limen|ap boule|gaye|nan)|(?:ap|pe) boule|lafimen (?:toupatou|anpil|ap soti)|sant gaz|gaz (?:ap|pe) (?:koule|soti|chape)`,
      // Someone down who does not breathe or is bleeding: "yon moun tonbe li pa respire", "li pedi konesans".
      String.raw`(?:pa|p) (?:ka |kapab )?respire|(?:pedi) konesans|san (?:ap|pe) koule (?:anpil|toupatou)|blese grav|tonbe (?:soti|sou|nan) (?:\S+ ){0,2}(?:nechel|echel|do kay|wo|anwo|eskalye)|(?:rele|voye) (?:yon )?anbilans|(?:li|yo|moun nan) (?:pa|p) (?:reponn|leve|bouje)`,
      // Someone shut in where it is cold or closes: "yon moun fèmen nan frizè a".
      String.raw`(?:femen|bloke|kwense) (?:\S+ )?nan (?:frize|chanm fret|asanse|tank|sil)`,
    ],
    weapon: [
      // A weapon held to the body or promised in a threat (./ht-theft-favours-and-site-hazards.ts).
      ...U37.weapon!,
      // A man with a revolver or a knife here (../fights-with-objects-and-people-run-over.ts).
      HAITIAN_ARMED_HERE,
      // Robbed or set on by people with a gun or a knife (u36b): "yo vòlè nou ak yon zam nan kès la", "de nèg ak zam te
      // atake kesye a".
      String.raw`(?:vole|atake|kwense|devalize|pran tout)\b[^.!?\n]{0,50}?\b(?:ak|avek|ave) (?:yon |de )?${ARM}|\b(?:ak|avek|ave) (?:yon |de )?${ARM}\b[^.!?\n]{0,40}?\b(?:vole|atake|devalize)`,
      // Taken up to threaten or strike: "li te pran yon kouto pou menase nou", "yon kout kouto".
      String.raw`(?:pran|kenbe|leve|rale|soti ak) (?:\S+ )?(?:yon |de )?${ARM}(?: \S+){0,2} pou (?:menase|touye|frape|atake|kale|bat|koupe)|kout (?:kouto|manchet|machet|zam)|tire (?:sou|nan) (?:m|mwen|nou|moun|li|yo|koleg)`,
      String.raw`(?:gen|rale|soti|pote|voye|montre) (?:\S+ )?(?:yon |de )?(?:kouto|zam|revolve|pistole|manchet|machet)|(?:kouto|zam|revolve|pistole|manchet|machet) (?:nan men|sou li|sou (?:m|mwen))`,
    ],
    threat: [
      // A blow to the writer or a co-worker: "li frape m", "bos la bat mwen", "yo kale l".
      String.raw`(?:li|yo|bos la|patwon an|sipevize a|manadje a|neg la|msye|madanm nan) (?:te |fin |sot )?(?:frape|bat|kale|pouse|choute|souflete|tranble|trangle|mode) (?:m|mwen|nou|li|yo|koleg)\b`,
      // A threat to kill: "m pral touye w", "li di l ap touye m".
      // Fired, then a killing (ra35): "si yo revoke m, m ap touye bòs la", either order in one sentence; not "touye tèt
      // mwen", the writer's own death (the self-harm phrases read it).
      String.raw`(?:revoke|ranvwaye|chase|fire) (?:m|mwen|nou)\b[^.!\n]{0,60}?\b(?:m|mwen|n|nou) ${MARKS}touye (?!tet\b)\S+|\b(?:m|mwen|n|nou) ${MARKS}touye (?!tet\b)\S+[^.!\n]{0,60}?\b(?:revoke|ranvwaye|chase|fire) (?:m|mwen|nou)`,
      // Death promised to whoever talks to HR, the police or an inspector (u36b): "si m pale ak RH yo di m ap mouri", "si ou
      // pale ak RH, y ap jwenn ou mouri", either order.
      String.raw`(?:pale|plenn|rapote|di sa|denonse) (?:\S+ ){0,2}(?:rh|resous imen|lapolis|polis|sendika|enspekte|direksyon|lajistis)\b[^.!?\n]{0,50}?\b(?:mouri|touye|disparet|kraze)|(?:jwenn|jwen) (?:ou|w|m|mwen|li|l|nou) mouri`,
      // The same told by going to the police or by talking at all (u37a, tellers-threatened-with-harm.ts): "si w al
      // lapolis n ap touye w", "moun ki pale twòp isit la fini lopital", "si w di yon moun sa, m ap kase pye w".
      String.raw`(?:(?:al|ale|alé) (?:\S+ )?(?:lapolis|polis|lajistis|sendika|bos la|patwon an|jij)|(?:pale|di|rakonte|denonse|rapote|plenn|vann|louvri bouch)|tret|jouda|rapote)\b[^.!?\n]{0,60}?\b(?:(?:touye|kraze|kase|krase|kale|koupe|boule) (?:\S+ )?(?:w|ou|yo|nou|pye w|pye ou|tet ou|tet w|bra w|janm ou|janm w|zo w|kou w)\b|(?:fini|fin|ateri|twouve|jwenn) (?:\S+ ){0,2}?(?:lopital|nan simitye|nan kanal|nan rivye|anba te)|(?:pye|janm|bra|zo|tet|kou) (?:\S+ )?(?:kase|kraze))`,
      String.raw`(?:pral|ap|va|gen pou) touye (?:m|mwen|ou|w|li|nou|yo|tout moun)|menase (?:m|mwen|nou) (?:\S+ ){0,3}(?:touye|kouto|zam)`,
    ],
    harassment: [
      // Hazing (ra35): the new ones, a first day or an "inisyasyon" by what is done to them (made to drink until sick,
      // tied, beaten, stripped, shut in), either order in one sentence (initiation-rituals.ts has the other languages).
      // Tied, beaten or shut in is said of someone ("yo mare l", "yo fèmen nouvo a"): a scaffold "byen mare" (well tied) is
      // none (u37b).
      String.raw`(?:nouvo|inisyasyon|premye jou|premye semen|tradisyon)\b[^.!\n]{0,80}?\b(?:bwe jiskaske|jiskaske (?:yo |li |m )?vomi|(?:mare|kale|bat|dezabiye|femen) ${HAZED})\b|\b(?:bwe jiskaske|(?:mare|kale|dezabiye|femen) ${HAZED})\b[^.!\n]{0,80}?\b(?:nouvo|inisyasyon|premye jou|tradisyon)`,
      // Rape and unwanted touching: "kadejak", "li manyen kò m", "li fòse m".
      String.raw`kadejak|vyole (?:m|mwen|li)|(?:li|bos la|patwon an|msye) (?:\S+ )?(?:manyen|touche|pran) (?:ko|tete|deye|fes) (?:m|mwen)|(?:fose) (?:m|mwen) (?:kouche|domi)`,
    ],
    'self-harm': [
      // A farewell for good said without the word (../veiled-farewells.ts).
      ...VEILED_FAREWELLS_TABLE.ht,
      // Said in other words: a table of what is done by why or to whom (./ht-reports-in-other-words.ts).
      ...OTHER_WORDS['self-harm']!,
      // Wanting to vanish, to sleep and never wake, no reason to live (./ht-photos-nights-and-vanishing.ts).
      ...UK38['self-harm']!,
      String.raw`(?:m|mwen) (?:vle|anvi|pral) (?:mouri|touye tet mwen|touye tet m)|touye tet (?:mwen|m)`,
      // Ending one's life, not wanting to live, rather dead, hanging or poison: "m pral fini ak lavi m".
      String.raw`(?:m|mwen|m') ?${MARKS}(?:fini|bout|kaba|sispann) (?:ak|avek|ave) (?:lavi|vi) (?:m|mwen|sa a)|(?:pa|p) (?:vle|ka|kapab) viv anko|(?:m|mwen) ta pito mouri|(?:pann|toufe) tet (?:m|mwen)|(?:bwe|pran) (?:\S+ )?(?:pwazon|grenn yo tout|tout grenn yo)`,
    ],
  },
  described: {
    safety: [
      // Safety records written false and children at work (../pay-records-and-child-work-tables.ts).
      ...HAITIAN_PAY_RECORDS_AND_CHILD_WORK.safety,
      // A gas leak, an unsafe scaffold, live wires, a chemical spilled, a guard taken off (./ht-theft-favours-and-site-hazards.ts).
      ...U37.safety!,
      // Struck by a vehicle or a load, a co-worker gone, a chemical in the eyes, papers held
      // (./ht-complaints-followed-struck-and-papers.ts).
      ...U37_MORE.safety!,
      // A disc cracked, a lead bared or a guard taken off, and worked with all the same (./uk-ht-damaged-tools-used-anyway.ts).
      ...HAITIAN_DAMAGED_TOOLS_USED_ANYWAY,
      // Said in other words: a table of what is done by why or to whom (./ht-reports-in-other-words.ts).
      ...OTHER_WORDS['safety']!,
      // Someone down who does not wake, breathe or answer, or faints: "li pa reveye", "2 moun endispoze".
      String.raw`(?:li|l|msye|misye|moun nan|yon moun|koleg (?:mwen|m|nou|la)|\S+ (?:a|an|la|lan|nan)) (?:\S+ ){0,2}(?:pa|p) (?:ka |kab |kapab )?(?:reveye|leve|reponn|bouje|louvri je)(?! (?:bone|alè|ale|a le|ta|anreta))|(?:moun|yon moun|li|l|\d+ moun|de moun|twa moun|anpil moun|yon fanm|yon gason|koleg \S+|\S+ (?:a|an|la|lan|nan)) (?:\S+ ){0,2}(?:endispoze|endispose|pedi konesans|san konesans)|tet (?:li|l) (?:\S+ )?(?:ap )?senyen|(?:ap|pe) senyen anpil`,
      // Drunk or high and driving, running a machine or caring for patients (u36b): "chofè bis la sou chak maten e li
      // kondui timoun yo lekòl", "mekanisyen an bwè tafya e li kondui kamyon an".
      String.raw`(?:\bsou (?:net|kou|bwa|chak|tout|anpil|e|epi|men|toutan)|bwe (?:tafya|kleren|wonm|rom|bye|alkol|twop)|fimen (?:\S+ )?(?:zeb|mariwana|ganja|jwen))\b[^.!?\n]{0,60}?\b(?:kondui|kondwi|kondi|opere|mennen (?:machin|bis|kamyon|timoun|moun)|bay (?:\S+ )?medikaman|pran swen)`,
      // A fall from a height or into a hole (u36b): "yon travayè tonbe soti anlè echafo a san kas", "tonbe nan twou a".
      String.raw`tonbe (?:soti |sot |nan |sou |anba )?(?:\S+ ){0,2}${HEIGHT}\b`,
      // A machine or a load crushing or catching a hand or a foot: "yon machin kraze men l", "machin nan kwense dwèt li".
      String.raw`(?:kraze|kwense|pran|koupe|rache|kase|pile|blese|boule) ${BODY} ${WHOSE}|${BODY} ${WHOSE} (?:\S+ ){0,3}(?:kraze|kwense|koupe|pran nan)|(?:pran|kwense) (?:pye|men|dwet|bra|janm|ko) (?:\S+ ){0,2}(?:koleg|moun|msye|li|l)(?:\S+ ){0,3}(?:kraze|kase)`,
      // Gas leaking, smoke or a burnt smell from a machine: "gaz k ap koule", "machin nan ap fè lafimen".
      String.raw`gaz (?:(?:k|ki|k') ?)?(?:ap|pe|kap|k'ap) (?:koule|soti|chape|fwit)|(?:sant|ode|lode) gaz|(?:ap|pe|kap|k'ap|l'ap|lap) (?:fe|fè|bay|voye|lage|fe anpil|fè anpil) (?:\S+ )?(?:lafimen|etensel|etensèl)|lafimen (?:\S+ ){0,2}(?:ap|pe|kap) soti|sant (?:boule|kawotchou boule|fil boule|plastik boule)`,
      // Heat with no water, people fainting: "pa gen dlo e fè cho anpil, moun ap endispoze".
      String.raw`(?:fe|fè) cho (?:anpil|twop|twòp|kou dife|pase mezi)[^.!?]{0,60}(?:pa gen dlo|san dlo|pa ba nou dlo|endispoze|tonbe|pedi konesans|pa gen van)|(?:pa gen dlo|san dlo)[^.!?]{0,40}(?:fe|fè) cho (?:anpil|twop|twòp|kou dife)`,
      // An emergency exit chained, padlocked or blocked: "yo fèmen pòt sòti ijans lan ak chenn", "yo kadnase pòt ijans lan".
      String.raw`(?:femen|fèmen|bloke|kadnase|kloure|chennen|mare) (?:\S+ ){0,2}(?:pot|pòt|soti|sòti) (?:\S+ ){0,2}(?:ijans|dijans|sekou|dirjans)|(?:pot|soti) (?:\S+ ){0,2}(?:ijans|dijans|sekou|dirjans) (?:\S+ ){0,2}(?:femen|bloke|kadnase|kloure|chennen|mare) (?:ak|avek|ave) (?:\S+ )?(?:chenn|kadna|palet|palèt|bwat|kadnas)`,
    ],
    threat: [
      // Said in other words: a table of what is done by why or to whom (./ht-reports-in-other-words.ts).
      ...OTHER_WORDS['threat']!,
      // To be shot (./ht-theft-favours-and-site-hazards.ts).
      ...U37.threat!,
      // A blow or a threat to the writer, after any marker of time: "l ap bat mwen", "sipèvizè a ap menase m".
      String.raw`${WHO} ${MARKS}${STRIKE} ${WHOM}(?![\p{L}\p{N}'])|${WHO} ${MARKS}menase (?:m|mwen|nou|w|ou)? ?(?:ak|avek|ave) (?:yon |de )?${ARM}|(?:ban|ba|bay|bam|banm) (?:m|mwen|nou|li|l|koleg \S+)? ?(?:yon |de |kek )?(?:kout pwen|kout pye|kout tet|kout kouto|kout manchet|kout machet|baf|souflet|tap)`,
    ],
    discrimination: [
      // Said in other words: a table of what is done by why or to whom (./ht-reports-in-other-words.ts).
      ...OTHER_WORDS['discrimination']!,
      // Black or Haitian staff kept on nights, people of fifty not hired (./ht-photos-nights-and-vanishing.ts).
      ...UK38.discrimination!,
      // Treated worse for who one is (u36b): "yo pa bay fanm pwomosyon paske yo se fanm", "manadjè a pa vle travayè nwa
      // yo nan kès la", "yo peye ayisyen yo mwens", "li trete nou mal paske nou nwa": a table of the treatment by the
      // identity named in the same sentence, either order; "paske (yo se) nwa/fanm" alone after any complaint.
      String.raw`${UNEQUAL}\b[^.!?\n]{0,50}?\b${IDENTITY}(?![\p{L}])|\b${IDENTITY}\b[^.!?\n]{0,40}?\b${UNEQUAL}(?![\p{L}])|paske (?:yo|nou|li|l|m|mwen|w|ou) (?:se |te )?${IDENTITY}(?![\p{L}])`,
    ],
    harassment: [
      // Sex asked as the price of the job, a shift or hours (./ht-theft-favours-and-site-hazards.ts).
      ...U37.harassment!,
      // Fired for complaining, followed home, remarks on a body (./ht-complaints-followed-struck-and-papers.ts).
      ...U37_MORE.harassment!,
      // Kept from calling an ambulance or reporting an injury on pain of the job (../calls-for-help-forbidden.ts).
      HAITIAN_CALLS_FOR_HELP_FORBIDDEN,
      // Said in other words: a table of what is done by why or to whom (./ht-reports-in-other-words.ts).
      ...OTHER_WORDS['harassment']!,
      // Naked photos taken or passed round, a camera where people change (./ht-photos-nights-and-vanishing.ts).
      ...UK38.harassment!,
      // Insulted or shamed in front of everyone, or every day (u36b): "chèf la ap joure m chak jou devan tout moun",
      // "fòmann nan rele m makak devan tout ekip la".
      String.raw`(?:joure|ensilte|imilye|meprize|rele (?:m|mwen|nou|li|l) (?:makak|chen|bourik|kochon|enbesil|idyo|sot|bet|malpwop))\b(?: (?:m|mwen|nou|li|l)\b)?[^.!?\n]{0,40}?(?:chak jou|devan tout|toutan|tout tan|chak fwa|chak maten)`,
      // Hunting whoever made a report or a complaint (u36b): "bòs la vle konnen kiyès ki ekri plent anonim nan",
      // "sipèvizè a ap chèche kiyès ki fè plent lan pou l revoke moun nan".
      String.raw`(?:konnen|konen|chache|cheche|jwenn|dekouvri|devine|mande) (?:kiyes|kiles|ki moun|kimoun) (?:ki |k )?(?:te )?(?:ekri|fe|voye|pote|depoze|denonse|rapote|plenn|pale)\b[^.!?\n]{0,40}?\b(?:plent|rapo|denonsyasyon|anonim|sondaj|bwat)|(?:konpare|konpere) (?:\S+ ){0,2}(?:ekriti|ekri)`,
      // The same told by the method (u37a, reporters-hunted-by-method.ts): cameras, phones or handwriting gone through
      // to see who wrote, sent or used it ("yo gade kamera yo pou wè ki moun ki te itilize tablèt la"), and the writer
      // promised to be found and fired ("moun ki te ekri plent lan pral jwenn li epi yo pral revoke l").
      String.raw`(?:gade|tcheke|chek|revize|konpare|analize|fouye|swiv|egzamine|rale) (?:\S+ ){0,3}(?:kamera|videyo|telefon|selile|ip|log|ekriti)\S*[^.!?\n]{0,60}?(?:kiyes|kiles|ki moun|kimoun) (?:ki |k )?(?:te )?(?:ekri|voye|itilize|sevi ak|mete|depoze|plenn|denonse|rapote|fe plent)|(?:moun|sa|sila|nenpot moun) (?:ki|k) (?:te )?(?:ekri|voye|fe|mete|depoze) (?:\S+ ){0,3}(?:plent|let|papye|not|mesaj|denonsyasyon|rapo)\S*[^.!?\n]{0,60}?(?:pral|ap|va|gen pou) (?:\S+ )?(?:jwenn|revoke|ranvwaye|chase|mete deyo)`,
      // Sex asked as the price of the job (u36b): "si m pa dòmi avè l m ap pèdi travay mwen", "fò m kouche avè l si m vle
      // kenbe travay la", either order in one sentence.
      // Its "si m pa" is read with it: "pa" just before would deny it.
      String.raw`(?:si (?:m|mwen|ou|w|li|l) pa )?(?:kouche|domi) (?:avek|ave|ak|avel) ?(?:li|l|msye|bos la|patwon an)?\b[^.!?\n]{0,50}?\b(?:travay|djob|pwomosyon|kontra|pedi|revoke|kenbe|ogmantasyon)|(?:travay|djob|pwomosyon|kontra)\b[^.!?\n]{0,50}?\b(?:kouche|domi) (?:avek|ave|ak)`,
      // Touching the writer or the women, or asking to sleep with him for the job: "li toujou ap manyen m".
      String.raw`${WHO} ${MARKS}(?:manyen|touche|karese) (?:m|mwen|nou|medam yo|fanm yo|fi yo|(?:ko|tete|fes|bouda|deye|pwatrin|kuis|kwis|janm|pati) (?:m|mwen|li|l|yo|nou))(?![\p{L}\p{N}'])|(?:mande|vle|fose|fòse|oblije|pouse) (?:m|mwen|li|l|fi yo|medam yo) (?:\S+ )?kouche (?:ak|avek|ave|avè) (?:li|l|msye|bos la)`,
    ],
    fraud: [
      // Tips and takings skimmed, hours deleted, ghost workers, false records (../pay-records-and-child-work-tables.ts).
      ...HAITIAN_PAY_RECORDS_AND_CHILD_WORK.fraud,
      // Theft at work, fake invoices, bribes (./ht-theft-favours-and-site-hazards.ts).
      ...U37.fraud!,
      // Wages not paid for weeks (./ht-complaints-followed-struck-and-papers.ts).
      ...U37_MORE.fraud!,
      // Said in other words: a table of what is done by why or to whom (./ht-reports-in-other-words.ts).
      ...OTHER_WORDS['fraud']!,
      // Fraud told without the word: a relative's firm paid, cash sales kept (../fraud-without-the-word.ts).
      ...HAITIAN_FRAUD_WITHOUT_THE_WORD,

      // A card swiped or a clock punched for someone away (u36b): "li pase kat kolèg li chak maten menm lè l pa la", "l ap
      // pointe pou zanmi l chak jou pandan zanmi an lakay li".
      String.raw`(?:pase|pointe|ponte|swipe|bat|make) (?:kat|badj|kad|pwen|le) (?:\S+ ){0,2}(?:koleg|zanmi|fre|se|kouzen|kouzin|mennaj|madanm|mari|pitit)\b[^.!?\n]{0,60}?(?:pa la|pa vini|lakay|pa travay|pa janm vini|pa te la)|(?:pointe|ponte|pase kat|make le) pou (?:\S+ ){0,2}(?:koleg|zanmi|fre|se|kouzen|kouzin|mennaj|madanm|mari|pitit)\b`,
      // The same for anyone away, and made to by a boss (u37a, cards-clocked-for-the-absent.ts): "sipèvizè a fè nou pase
      // kat moun ki pa la yo", "manadjè a oblije nou pointe pou moun ki an konje yo".
      String.raw`(?:pase|pointe|ponte|swipe|make) (?:kat |badj |kad |le )?(?:pou )?(?:\S+ ){0,2}(?:moun|travaye|koleg|zanmi)\S* (?:\S+ ){0,2}?(?:ki|k) (?:\S+ )?(?:pa la|pa vini|pa janm vini|lakay|an konje|an vakans|malad|absan|pa travay)`,
      // Tips taken by whoever holds them (u36b): "sipèvizè a pran lajan tip nou yo", "manadjè a vòlè pouboa nou yo".
      String.raw`(?:pran|vole|kenbe|manje|retire|fouke|mete nan pos) (?:\S+ ){0,2}(?:tip|tips|pouboa|poubwa|pouwbwa)\b`,
      // Hours worked taken: clocked out while still working, overtime not paid, hours cut from the check.
      String.raw`pwente (?:nou|m|mwen|moun yo|travaye yo) (?:\S+ )?(?:soti|deyo)|(?:pa|p) (?:vle |janm )?peye (?:nou|m|mwen|moun yo|travaye yo) (?:pou |sou )?(?:le|lè|ed|è|siplemante|siplemantè|ovetaym|tan)|(?:vole|vòlè|retire|koupe|manje|efase) (?:\S+ ){0,2}(?:le|lè|ed|è|edtan|siplemante|siplemantè) (?:\S+ ){0,3}(?:chek|chèk|pey|kat|fich|lajan)|travay (?:\S+ ){0,2}gratis`,
    ],
  },
};
