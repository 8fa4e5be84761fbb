import { TAGALOG_DOWN_AND_STILL } from './down-and-still';
import { TAGALOG_FIGHTS_IN_SLANG } from './fights-said-in-slang';
import { TAGALOG_VIOLENCE_IF_FIRED } from './violence-promised-if-fired';
import { TAGALOG_WHOEVER_TELLS_THREATENED } from './threats-to-whoever-tells';
import { TAGALOG_SIGNS_OF_A_BODY_IN_TROUBLE } from './signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl';
import { TAGALOG_TALKS_ABOUT_A_HARM } from './talks-about-a-harm';
import { TAGALOG_WHO_THEY_ARE_HELD_AGAINST } from './who-they-are-held-against';
import { TAGALOG_STOCK_WRITTEN_OFF_AND_TAKEN } from './stock-written-off-and-taken';
import { TAGALOG_FRAUD_WITHOUT_THE_WORD } from './fraud-without-the-word';
import { TAGALOG_BAD_AIR_AND_DAMAGED_GEAR } from './bad-air-and-damaged-gear';
import { TAGALOG_DAMAGED_TOOLS_USED_ANYWAY } from './damaged-tools-used-anyway';
import { TAGALOG_HAZARD_AND_PUSHED_TO_WORK } from './hazard-and-pushed-to-work';
import { TAGALOG_DOWN_A_HOLE_AND_SILENT } from './down-a-hole-and-silent';
import { TAGALOG_FOLLOWED_HOME_AND_TRACKED } from './followed-home-and-tracked';
import { TAGALOG_CARDS_CLOCKED_FOR_THE_ABSENT } from './cards-clocked-for-the-absent';
import { TAGALOG_TELLERS_THREATENED } from './tellers-threatened-with-harm';
import { TAGALOG_CALLS_FOR_HELP_FORBIDDEN } from './calls-for-help-forbidden';
import { TAGALOG_SHUT_IN } from './shut-in-or-left-inside';
import { TAGALOG_REPORTERS_HUNTED_BY_METHOD } from './reporters-hunted-by-method';
import { TAGALOG_VESSELS_ABOUT_TO_BURST } from './vessels-about-to-burst';
import { TAGALOG_MADE_TO_WORK_UNPAID } from './made-to-work-unpaid';
import { PAY_RECORDS_AND_CHILD_WORK } from './pay-records-and-child-work-tables';
import { TAGALOG_INITIATION_RITUALS } from './initiation-rituals';
import { FIRED_THEN_KILL } from './kill-after-firing';
import { childAloneNear } from './child-alone';
import { cryForHelp } from './cry-for-help';
import { beatenAtGame } from './games';
import { rule, type UrgencyLanguage } from './types';
import { harmInCare } from './in-care';
import { outOfContact } from './lone-worker';
import { eitherOrder, inOneSentence } from './one-sentence';
import { drivenUnfit } from './unfit-vehicle';

/*
 * Tagalog and Taglish (English clauses are read by the English rules too).
 * Verbs take affixes and reduplicate (hipo, hinipuan, hinihipuan), so stems
 * are listed with their common forms. "Patayin ang ilaw" is "turn off the
 * light", and "pinapatay ako ng deadline" and "namatay ako sa kakatawa" are
 * idioms: killing needs a person.
 */
const NOT_A_PERSON = String.raw`(?:ilaw|aircon|makina|computer|tv|bentilador|electric fan|kuryente|apoy|sunog|gripo|tubig|radyo|ref|motor|engine|cellphone|phone|alarm|oras)`;

export const tagalog: UrgencyLanguage = {
  code: 'tl',
  name: 'Tagalog',
  script: 'latin',
  negation: String.raw`hindi|di|wala|walang|wala namang|never|no|ni|walang anumang`,
  benign: [
    // A talk, a meeting or a slogan about a harm, said in general (talks-about-a-harm.ts).
    ...TAGALOG_TALKS_ABOUT_A_HARM,
    // Isang hadlang na naalis na kanina: balita, hindi ulat ("na-clear na yung emergency exit kaninang umaga").
    String.raw`(?:na-?clear|nalinis|naayos|inayos|na-?fix|na-?repair|natanggal) na (?:ang |yung |ung )?(?:\w+ ){1,3}(?:kanina(?:ng umaga|ng hapon)?|kahapon|kagabi|ngayong umaga)(?![^.!?]{0,40}\b(?:pero|kaso|ulit|na naman|pa rin)\b)`,
    String.raw`(?:namatay|mamamatay|mamatay|patay) (?:na )?(?:ako |kami )?sa (?:kakatawa|katatawa|tawa|gutom|pagod|hiya|inggit|kilig|antok)`,
    String.raw`patay na patay|pinapatay (?:ako|kami|nya ako|niya ako) ng (?:deadline|trabaho|pagod|gutom|init|lamig|sakit ng ulo|quota|traffic)`,
    String.raw`(?:patayin|pinatay|papatayin|patay|pinapatay)(?: (?:ko|mo|niya|nila|natin|namin|mo na|ko na))? (?:na )?(?:ang |yung |ung )?${NOT_A_PERSON}`,
    String.raw`bomba ang (?:benta|sales)|(?:fire|earthquake|evacuation) drill`,
    // Biro na banta: cake, kanta.
    String.raw`(?:binantaan|nagbanta|banta|pinagbantaan)(?: \w+){0,4} (?:magdadala|magbake|magbe-bake|kakanta|magkakaraoke|manlilibre|ililibre|mag-uuwi)(?: \w+){0,3}`,
    // Tinalo sa laro, hindi sinaktan (games.ts): "tinalo ako ni manager sa ping-pong".
    beatenAtGame(
      String.raw`tinalo|tinatalo|natalo|tatalunin|dinurog|dinudurog|binugbog|binubugbog|nilampaso|tinambakan|tinalbugan|ginulpi`,
      String.raw`sa|sa laro ng|sa larong|sa isang laro ng`,
      String.raw`ahedres|dama|baraha|tong-?its|pusoy|bilyar|basketball|basketbol|volleyball|ml|dota|cod|sungka|video ?games?|computer games?`,
      String.raw`hall|court|tournament|liga`,
    ),
  ],
  rules: [
    // Hours, tips and takings taken, safety records written false, children at work: one table a language
    // (pay-records-and-child-work-tables.ts).
    ...PAY_RECORDS_AND_CHILD_WORK.tl!,
    // Hazing: a newcomer tied, shut in, stripped or made to drink as a ritual (initiation-rituals.ts).
    ...TAGALOG_INITIATION_RITUALS,
    // Reports told by what happened, each kind in a file named for what it reads (forks-and-loads.ts, discrimination-said.ts, …).
    ...TAGALOG_VESSELS_ABOUT_TO_BURST,
    ...FIRED_THEN_KILL.tl,
    // Fights in slang, violence promised on a firing, threats to whoever tells (u43b).
    ...TAGALOG_FIGHTS_IN_SLANG,
    ...TAGALOG_VIOLENCE_IF_FIRED,
    ...TAGALOG_WHOEVER_TELLS_THREATENED,
    // May inatake sa trabaho ngayon: hindi humihinga, nangingisay, atake sa puso, nabulunan.
    rule(
      'safety',
      String.raw`\b(?:hindi|di|hnd|d) (?:na )?(?:siya |sya |sha )?(?:na )?(?:humihinga|makahinga)\b|\bwalang (?:pulso|pulse)\b|\b(?:nangingisay|nagkukumbulsyon|kinukumbulsyon|kinombulsyon|nag-?seizure|nagseseizure|(?:inaatake|inatake|inatake na) (?:siya |sya |sha |si \w+ )?(?:sa puso|ng (?:puso|epilepsy|hika|seizure))|atake sa puso|heart attack|na-?stroke|nastroke|nabulunan|nabubulunan|nangingitim|nangangasul)\b`,
    ),
    rule(
      'threat',
      String.raw`(?:^|[.!?] ?)ikaw (?:na )?ang (?:susunod|sunod)(?=\s*(?:$|[.!?,]))|\b(?:may |merong )?(?:swastika|nazi symbol)\b|\b(?:lubid na pambigti|lubid pambigti|silo ng bitay)\b`,
    ),
    // Buhay ng iba na nanganganib sa sarili niyang kamay: "gusto na niyang mamatay", "magpapakamatay daw siya".
    // Blind round 15: someone with dementia gone, told in either order ("un résident est sorti seul …, il a alzheimer").
    rule(
      'safety',
      eitherOrder(
        'latin',
        120,
        String.raw`dementia|alzheimer'?s?|ulyanin|makakalimutin`,
        String.raw`lumabas (?:nang |ng )?mag-?isa|umalis (?:nang |ng )?mag-?isa|nawawala|nawala|hindi (?:namin|nila|ko) (?:siya |sya )?(?:mahanap|makita)|nasa (?:kalsada|daan)|tumakas`,
      ),
    ),
    // Blind round 15: someone in care threatened with no food, or bruised afresh again: abuse going on now.
    rule(
      'threat',
      String.raw`\b(?:caregiver|tagapag-alaga|nurse|yaya)s?\b[^.!?\n]{0,80}?\bwalang (?:hapunan|pagkain|kain|tanghalian|almusal)\b`,
    ),
    // Blind round 15: a child shut in a room, a toilet or a cupboard ("طفل محبوس في الحمام"), whoever locked it.
    rule(
      'safety',
      String.raw`\b(?:bata|batang|sanggol|estudyante)\w*\b[^.!?\n]{0,40}?\b(?:nakakulong|ikinulong|kinulong|nakakandado|naka-lock|nakalock)\b[^.!?\n]{0,30}?\bsa (?:banyo|cr|kwarto|kuwarto|cabinet|bodega|aparador|silid)\b`,
    ),
    // Ending one's life said without a word for death (class of blind round 15): vanishing for good, ending it all,
    // never waking up. Only with the words that make it final: "disappear on holiday", "end the meeting" stay calm.
    rule(
      'self-harm',
      String.raw`\b(?:tatapusin|tapusin|wawakasan|wakasan)(?: ko)?(?: na)?(?: ang)? (?:lahat(?=\s*(?:$|[.,;!?]| ngayong gabi\s*(?:$|[.,;!?])))|buhay ko|aking buhay)\b|\bmawala (?:na )?(?:nang|ng) tuluyan\b`,
    ),
    rule(
      'self-harm',
      String.raw`\bgusto (?:na |nang )?(?:niyang|nyang|nilang|niya|nya|nila)(?: na| nang)? (?:mamatay|magpakamatay|wakasan ang buhay niya)\b|\b(?:papatayin|patayin|sasaktan) (?:na )?(?:daw )?(?:niya|nya|nila) ang (?:kanyang |kanilang )?sarili\b`,
    ),
    // Pushing, kicking, slapping and spitting on the writer, in any aspect ("tinutulak ako ng boss"): only "tinulak"
    // was read. "Sisipain ako sa trabaho" is being fired.
    rule(
      'threat',
      String.raw`\b(?:tinutulak|itinutulak|itutulak|tutulakin|dinuraan|dinudura|duduraan|sinasakal|sinakal|sasakalin|sinasabunutan|sinabunutan|sasampalin|sinisipa|sisipain|susuntukin|bubugbugin|sasaktan) (?:daw |raw |na )?(?:ako|kami|niya ako|nila ako)\b(?! (?:sa (?:trabaho|kumpanya|opisina|grupo)|palabas)\b)`,
      { negatable: true },
    ),
    // Nahulog mula sa scaffolding, hagdan o bubong: may nasaktan.
    rule(
      'safety',
      String.raw`\b(?:nahulog|nalaglag|bumagsak|nadulas) (?:si \w+ |siya |ako |yung \w+ )?(?:sa|mula sa|galing sa) (?:\w+ )?(?:scaffolding|hagdan|bubong|ladder|plataporma|forklift|itaas|taas)\b`,
    ),
    // Ang pagnanais na hindi na magising o mawala na.
    rule(
      'self-harm',
      String.raw`\bsana (?:di|hindi) na (?:lang )?ako (?:magising|nagising|nabuhay|ipinanganak)\b|\bsana mamatay na (?:lang )?ako\b|\bmas mabuti pa kung wala na ako\b`,
    ),
    // Pagsabing alam niya kung saan nag-aaral ang mga anak o nakatira ang pamilya, para manakot.
    rule(
      'threat',
      String.raw`\balam (?:niya|nila|daw niya) (?:kung )?saan (?:nag-aaral|nakatira|pumapasok) (?:ang )?(?:mga )?(?:anak ko|pamilya ko|asawa ko|magulang ko|anak namin)\b`,
    ),
    // Usok na lumalabas sa isang bagay: may nasusunog ngayon.
    rule(
      'safety',
      String.raw`\b(?:usok na lumalabas|lumalabas (?:na |ang )?usok|puno ng usok|makapal na usok|maraming usok)\b|\b(?:umuusok|nag-?uusok|umusok)\b(?! (?:ang )?(?:ulo|tenga|ilong))`,
    ),
    // Malakas na pagdurugo, dugo kung saan-saan.
    rule(
      'safety',
      String.raw`\b(?:ang daming dugo|maraming dugo|dugo nang dugo|sobrang dugo|puro dugo|duguan)\b|\b(?:hindi|di) (?:tumitigil|humihinto) ang (?:pag)?dudugo\b`,
    ),
    // A small child alone where vehicles or machines move (child-alone.ts).
    rule(
      'safety',
      childAloneNear(
        String.raw`(?:bata|batang|paslit|sanggol)\b`,
        String.raw`mag-?isa|nag-iisa|walang kasama|walang nagbabantay|walang nakakaalam kung kanino|pagala-gala|gumagala`,
        String.raw`loading|bodega|warehouse|forklift|truck|trak|makina|planta|parking|kalsada|production|linya|site|nagmamaniobra`,
        'latin',
      ),
    ),
    // Rape and sexual abuse, said plainly ("ginahasa ako", "ni-rape niya ako"); "hasa" alone is sharpening.
    rule(
      'harassment',
      String.raw`\b(?:ginahasa|ginagahasa|gahasain|gahasa|panggagahasa|hinalay|hinahalay|halayin|pinagsamantalahan|ni-?rape|rinape|na-?rape|minolestiya|minomolestiya)\b`,
    ),
    // A whole message that is only a cry for help (cry-for-help.ts).
    rule(
      'safety',
      cryForHelp(
        String.raw`tulong(?: po)?|tulungan (?:(?:mo|nyo|niyo|ninyo|po|n'yo) ){0,2}(?:ako|kami)(?: po)?|saklolo|sunog|may sunog`,
        'latin',
      ),
    ),
    // An armed person, shooting or a bomb on site now.
    rule(
      'threat',
      String.raw`\b(?:namamaril|namaril|nagbabarilan|nagbabaril|bumabaril|nagpapaputok|nagpaputok|pinaputukan|barilan)\b|\bmay (?:\w+ )?(?:baril|kutsilyo|patalim|itak)\b|\b(?:may|merong) (?:bomba|pampasabog)\b|\bbomba (?:sa|dito)\b`,
    ),
    rule(
      'threat',
      String.raw`\b(?:binubugbog|sinasaktan|sinasapak|sinasakal|binugbog|sinakal|ginugulpi|binubogbog) (?:ako|kami|si|ang|nila|niya|ng)\b|\b(?:sinubukan|tinangka) (?:niya |nila )?(?:akong )?(?:sakalin|saksakin)\b`,
    ),
    rule(
      'harassment',
      String.raw`\b(?:nilagyan|hinaluan) (?:ng )?(?:gamot|droga|kung ano) (?:ang )?(?:inumin|baso|kape)\b|\bsinusundan (?:ako|niya ako) (?:pauwi|hanggang bahay)\b`,
    ),
    rule(
      'self-harm',
      String.raw`\b(?:magpapakamatay|papakamatay|magpakamatay|magsu-?suicide|mag-?suicide)\b|\bwalang (?:makakamiss|makakapansin) sa akin\b`,
    ),
    // Saying goodbye for good: farewell letters, giving belongings away, not being around much longer.
    rule(
      'self-harm',
      String.raw`\b(?:liham|sulat) (?:ng |sa )?(?:paalam|pamamaalam)\b|\bsuicide (?:note|letter)\b|\bhindi na ako (?:magtatagal|mababa?lik)\b|\bipinamigay ko (?:na )?(?:lahat ng )?(?:gamit|mga gamit)\b`,
    ),
    rule(
      'self-harm',
      String.raw`magpakamatay|nagpakamatay|pagpapakamatay|magpapakamatay|nagpapakamatay|tapusin (?:na lang |na )?ang (?:buhay ko|aking buhay)|wakasan (?:na )?ang (?:buhay ko|aking buhay)|(?:ayoko|ayaw ko) (?:na |nang )?mabuhay|gusto ko (?:na |nang )?mamatay|sana mamatay na (?:lang )?ako|(?:saktan|sinasaktan|sinaktan) ang (?:aking )?sarili|laslas|(?:sinusugatan|sinugatan|sugatan|hinihiwa|hiniwa|hiwain|pinapaso|pinaso|sinusunog|sinunog|ginigilitan|ginilitan) (?:ko )?(?:ang )?(?:sarili ko|aking sarili|sarili|pulso ko|braso ko|hita ko)`,
      { consumes: true },
    ),

    rule(
      'threat',
      String.raw`(?:papatayin|patayin|pinatay|papatay|pumatay)(?: (?:ko|niya|nila|namin|kita|daw))? (?:ka|kita|ako|kami|siya|sila|tayo|ang \w+|si \w+|yung \w+)|(?:babarilin|barilin|binaril|sasaksakin|saksakin|sinaksak|bubugbugin|gugulpihin|aabangan|sasaktan)|(?:nagbanta|nagbabanta|binantaan|pinagbantaan|banta)[^.!?]{0,40}?(?:papatay|patayin|baril|kutsilyo|patalim|babalikan|bomba|saksak|bugbog)|may (?:dalang |dala ng )?(?:baril|kutsilyo|patalim|itak|balisong|granada)|(?:naglabas|inilabas|bumunot) (?:ng )?(?:baril|kutsilyo|patalim|itak|balisong)`,
    ),
    rule(
      'threat',
      String.raw`nagsuntukan|suntukan|sinuntok|sinusuntok|binugbog|binubugbog|bugbog|gulpi|ginulpi|sinampal|sinasampal|sinipa|tinulak|itinulak|sinaktan|sinasaktan|nanakit|pananakit|nagsaksakan|nag-away (?:ng )?pisikal|karahasan`,
      { negatable: true },
    ),

    rule(
      'harassment',
      String.raw`hinihipuan|hinipuan|hipuan|hinihipo|hinipo|nanghihipo|nanghipo|manghipo|binabastos|binastos|pambabastos|bastusin|ginugulo|ginulo|minamanyak|manyak|binu-?bully|binubully|tinatakot|pananakot`,
      { negatable: true },
    ),
    rule(
      'harassment',
      String.raw`(?:malalaswa|malaswa|mahalay|bastos na|sekswal|sexual)(?:ng)? (?:biro|joke|mensahe|message|text|litrato|picture|larawan|salita|komento|video|hawak)|(?:sinusundan|sinundan|binubuntutan) (?:ako|kami|siya) (?:pauwi|hanggang|sa)|(?:sinisigawan|sinigawan|sinisigaw|minumura|minura|pinapahiya|pinahiya|ininsulto|iniinsulto|nilalait|nilait|pinagbabantaan)(?: (?:kami|ako|siya|sila|kayo))?`,
    ),

    rule(
      'discrimination',
      String.raw`diskriminasyon|dinidiskrimina|diniskrimina|diskriminado|rasista|pinagtatawanan ang (?:lahi|kulay|accent|punto)`,
      { negatable: true },
    ),
    rule(
      'discrimination',
      String.raw`dahil (?:ako ay |siya ay |kami ay )?(?:buntis|babae|muslim|matanda|bakla|tomboy|katutubo|lumad|pwd|may kapansanan|probinsyano|bisaya|igorot|itim|maitim|intsik|indian)(?: ako| siya| kami)?|(?:babae|kababaihan)[^.!?]{0,40}mas (?:mababa|maliit) (?:ang )?(?:sahod|sweldo|suweldo|bayad)|mas (?:mababa|maliit) ang (?:sahod|sweldo|suweldo)[^.!?]{0,40}(?:babae|kababaihan|muslim|katutubo)|lalaki lang ang (?:pino-?promote|ina-?angat)`,
    ),

    rule(
      'fraud',
      String.raw`nagnanakaw|ninanakaw|ninakaw|nakaw|pagnanakaw|magnanakaw|nangungupit|kinukupit|kumupit|kupit|dinadaya|dinaya|pandaraya|nandaraya|nandadaya|suhol|sinusuhulan|sinuhulan|nanunuhol|padulas|(?:tumatanggap|tumanggap|nagbibigay|humihingi) ng lagay|lagay mula|korapsyon|korap|pineke|pinepeke|peke(?:ng)? (?:pirma|resibo|dokumento|time card|timecard|oras|report|record)`,
      { negatable: true },
    ),
    rule(
      'fraud',
      String.raw`hindi (?:\w+ )?(?:binabayaran|nababayaran|binayaran|bayaran|ibinibigay|binibigay) ang (?:aming |ating |mga )?(?:overtime|ot|sahod|sweldo|suweldo|holiday pay|night differential|13th month)|(?:dinodoktor|dinoktor|binabago|binago|ginagalaw|ginalaw) (?:ang |yung )?(?:time card|timecard|dtr|payroll|oras|record|logbook)`,
    ),
    // Made to work on past the shift or after clocking out, unpaid (made-to-work-unpaid.ts).
    ...TAGALOG_MADE_TO_WORK_UNPAID,
    // Made to work overtime without pay: wage theft going on now (unpaid-overtime test; a question about when overtime is paid is not this).
    rule(
      'fraud',
      String.raw`(?:pinipilit|pinilit|pinapilit|inuutusan|inutusan)(?: [\w-]+){0,4} (?:mag-?overtime|mag-?ot|overtime|ot)\b(?: [\w-]+){0,4} (?:walang bayad|hindi bayad|hindi binabayaran|walang sweldo|libre)|(?:pinag-?o-?overtime|pinapag-?overtime|pinag-?o-?ot|pinapag-?ot)\b(?: [\w-]+){0,5} (?:walang bayad|hindi bayad|hindi binabayaran|walang sweldo|libre)`,
    ),

    rule(
      'safety',
      String.raw`delikado|mapanganib|panganib|peligro|peligroso|hindi ligtas|di ligtas|walang kaligtasan|(?:problema|isyu) sa (?:kaligtasan|safety)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:fire exit|emergency exit|labasan|exit)[^.!?]{0,40}?(?:naka-?lock|nakakandado|naka-?kandado|nakaharang|harang|sarado|barado|tinakpan|naka-?block|may nakaharang)|(?:naka-?lock|nakakandado|naka-?kandado|nakaharang|sarado|barado|naka-?block|hinarangan|ini-?lock) (?:pa )?(?:ang |yung |ung )?(?:mga )?(?:fire exit|emergency exit|labasan)`,
    ),
    rule(
      'safety',
      String.raw`amoy (?:ng )?(?:gas|kemikal|ammonia|sunog|usok)|(?:tagas|tumatagas|singaw|leak) (?:ng )?(?:gas|kemikal|ammonia)|(?:kawad|wire|wiring|kable) (?:ng kuryente )?(?:na )?(?:nakalabas|nakausli|putol|live|walang balot)|(?:nakalabas|nakausli|putol|walang balot) (?:na )?(?:mga )?(?:kawad|wire|kable)|nakuryente|makuryente|kinuryente|nakukuryente|may sunog|nagkasunog|sunog sa|nasusunog ang`,
    ),
    rule(
      'safety',
      String.raw`(?:walang|wala kaming|hindi binibigyan ng|kulang ang|kulang sa) (?:\w+ )?(?:preno|harness|safety harness|helmet|hard hat|gloves|guwantes|ppe|fire extinguisher|pamatay-sunog|first aid|goggles|safety shoes|barandilya|railing)|(?:sira|sirang|expired) (?:ang )?(?:preno|fire extinguisher|harness|hagdan|railing|scaffolding)|(?:preno|fire extinguisher)[^.!?]{0,20}?(?:sira|expired|wala)`,
    ),
    rule(
      'safety',
      String.raw`muntik(?: na| nang)? (?:\w+ )?(?:masagasaan|mabangga|mahulog|madaganan|makuryente|mamatay|maipit|madisgrasya|maaksidente|malaglag)|(?:nasagasaan|nabangga|nadaganan|naipit|nadulas)(?: ng| sa| mula)|(?:nahulog|nalaglag)(?: ng| mula| sa(?! (?:sahig|lapag)\b))|may (?:mamamatay|maaaksidente|madidisgrasya|masasaktan) (?:dito|diyan|dyan)`,
    ),
    rule(
      'safety',
      String.raw`naaksidente|aksidente|nadisgrasya|disgrasya|nasugatan|sugatan|nabalian|napaso|nasunog ang (?:kamay|braso|paa|mukha)|nahimatay|hinimatay|heat stroke|(?:dinala|isinugod|sinugod|itinakbo) sa (?:ospital|er|emergency|clinic)|ambulansya|ambulance`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:lasing|nakainom|lango|bangag|naka-?droga)[^.!?]{0,30}?(?:nagmamaneho|nagmaneho|nagdrive|nag-?drive|pumasok|nag-?operate|driver)|(?:nagmamaneho|nagmaneho|pumasok) (?:nang |ng )?(?:lasing|nakainom|bangag)`,
    ),
    // Said without the obvious words: veiled threats, pills put by, 'go back to your country',
    // punishment after a refusal, forms signed blank, structures giving way.
    rule(
      'threat',
      String.raw`alam (?:daw |ko |niya |nila |raw )*kung saan (?:ako|kami) (?:nakatira|umuuwi|natutulog)|humanda ka`,
    ),
    rule(
      'self-harm',
      String.raw`(?:nag-?iipon|iniipon|inipon|nagtatago) (?:ako )?(?:ng )?(?:gamot|pills|tableta|pampatulog)|mas (?:mabuti|maganda|masaya sila) (?:na |kung )?wala na ako`,
    ),
    rule(
      'discrimination',
      String.raw`(?:umuwi|bumalik|uwi|balik) ka (?:na )?sa (?:bansa|probinsya|lugar) mo|tinatawag (?:na|siyang|silang) terorista`,
    ),
    rule(
      'harassment',
      String.raw`(?:mula nang|simula nang|nung) (?:tanggihan|tinanggihan|ni-?reject) (?:ko )?(?:siya|ko siya)?[^.!?]{0,80}(?:shift|schedule|pinakamasama|sinasabi|pinagkakalat|parusa)|(?:sinasabi|pinagkakalat|ikinakalat) (?:niya|nila) (?:na )?(?:madali|malandi|pokpok) ako`,
    ),
    rule(
      'fraud',
      String.raw`(?:pinapapirmahan|pinapirma|pinapipirma|pinapirmahan|pumirma|pipirma)\w* (?:kami |ako )?(?:ng |sa )?(?:blangkong|blangko|walang laman na) (?:\w+ )?(?:sheet|form|report|checklist|papel|record)`,
    ),
    rule(
      'safety',
      String.raw`(?:rack|racks|estante|shelf|shelves|scaffolding|kisame|biga)[^.!?]{0,30}(?:bumabaluktot|baluktot|nakahilig|tumatagilid|bitak|bumibigay|gumuguho|lumulundo|lumulubog|bumabagsak|may nahuhulog)|(?:bumabaluktot|nakahilig|tumatagilid|bumibigay) (?:na )?ang (?:mga )?(?:rack|estante|shelf|scaffolding)`,
    ),
    // Paraan ng pagpapakamatay.
    rule(
      'self-harm',
      String.raw`magbigti|nagbigti|magbibigti|nagbibigti|(?:tumalon|tatalon|talon|tumalon na lang) (?:na lang )?(?:ako )?(?:sa|mula sa|galing sa) (?:\w+ )?(?:tulay|building|bubong|gusali|bintana|ilog|riles)|(?:maglaslas|naglaslas|naglalaslas|laslasin) (?:ng |ang |ko ng )?(?:pulso|braso)?|magpasagasa|magpapasagasa|nagpasagasa`,
    ),
    // Oras para sa hindi pumasok: ghost employee, nagba-bundy para sa iba.
    rule(
      'fraud',
      String.raw`ghost (?:employees?|workers?)|(?:nagba-bundy|nagbabundy|nag-bundy|nagbundy|nagpa-punch|nagpapa-punch|nag-a-out|nag-out|nag-in|nag-a-in|nag-time in|nagti-time in|naglalagay ng (?:ot|oras|overtime))(?: \w+){0,5} (?:para sa|ng|sa) (?:mga )?(?:absent|hindi pumasok|wala|di pumasok|kamag-anak|barkada|kaibigan)`,
    ),
    // Mga manggagawang ikinukulong sa trabaho, walang labasan.
    rule(
      'safety',
      String.raw`\b(?:ikinukulong|kinukulong|ikinulong|kinulong|ikinakandado|kinakandado|kinandado|ikinandado|nilo-?lock|ni-?lock|nila-?lock|sinasarhan|sinarhan) (?:niya |nila |ng \w+ )?(?:kami|kaming|tayo|ang mga (?:trabahador|empleyado|manggagawa))\b|\b(?:nakakulong|nakakandado|naka-?lock|nakakulong) (?:kami|tayo|ang mga (?:trabahador|empleyado|manggagawa))\b|\b(?:kami|tayo) (?:ay )?(?:nakakulong|ikinukulong|kinukulong|nakakandado|naka-?lock)\b`,
    ),
    // Panganib na iniwan lang: tumapon na langis sa dinadaanan, walang laman o nawawalang fire extinguisher, tulo na
    // bumalik pagkatapos ayusin; dugo na hindi tumitigil.
    rule(
      'safety',
      String.raw`\b(?:tumapon|natapon|tapon|nagkalat|kumalat|tumagas) (?:na |ang |yung |ng )?(?:\w+ )?(?:langis|mantika|grasa|krudo|diesel|gasolina|chemical|kemikal|oil|asido|acid)\b|\b(?:langis|mantika|grasa|oil|kemikal|chemical)\b (?:\w+ ){0,3}(?:sa sahig|sa daanan|sa aisle|sa hagdan|nagkalat|tumapon)\b|\b(?:madulas|sobrang dulas|ang dulas|dulas)\b (?:na )?(?:ang |yung )?(?:sahig|daanan|aisle|hagdan)\b|\b(?:sahig|daanan|aisle|hagdan)\b (?:\w+ ){0,3}(?:madulas|ang dulas|sobrang dulas)\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:fire extinguisher|extinguisher|pamatay-?sunog)s?\b(?: \w+){0,4} (?:ay |na )?(?:mga )?(?:walang laman|wala nang laman|wala ng laman|ubos na|ubos|expired|paso na|empty|nawawala|nawala|ninakaw|kinuha|wala na)\b|\b(?:walang laman|wala (?:nang|ng|na) laman|ubos na|expired na|empty) (?:na |ang |yung )?(?:mga )?(?:fire extinguisher|extinguisher|pamatay-?sunog)\b|\b(?:wala nang|wala ng|nawawala ang|nawawala yung|kinuha ang|kinuha yung|ninakaw ang|ninakaw yung) (?:\w+ )?(?:fire extinguisher|extinguisher|pamatay-?sunog)\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:tumutulo|tumulo|tumatagas|tumagas|may tagas|may tulo|may leak|nag-?leak|nagle-?leak|leaking)\b(?: \w+){0,3} (?:ulit|uli|na naman|nanaman|again)\b|\b(?:pagkatapos|kahit) (?:\w+ )?(?:ayusin|inayos|naayos|ipaayos|ma-?repair|na-?repair|ma-?fix|na-?fix)\b[^.!?]{0,30}\b(?:tulo|tumutulo|tagas|tumatagas|leak\w*)\b|\b(?:tulo|tumutulo|tagas|tumatagas|leak\w*)\b[^.!?]{0,30}\b(?:pagkatapos|kahit) (?:\w+ )?(?:ayusin|inayos|naayos|ipaayos|ma-?repair|na-?repair|ma-?fix|na-?fix)\b`,
    ),
    rule(
      'safety',
      String.raw`\b(?:hindi|di|ayaw) (?:\w+ )?(?:tumitigil|tumigil|huminto|humihinto|maampat|mapigilan|matigil|tumitila)\w* (?:ang |yung |ng )?(?:pagdurugo|dugo|pagdudugo)\b|\b(?:dugo|pagdurugo)\b (?:\w+ ){0,2}(?:hindi|di|ayaw) (?:\w+ )?(?:tumitigil|tumigil|huminto|humihinto|maampat|mapigilan|matigil)\b|\b(?:dumudugo|nagdudugo|duguan)\b (?:\w+ ){0,2}(?:pa rin|nang husto|ng sobra|grabe|ng malakas|nang malakas)\b`,
    ),
    // Pagbabanta na nakatali sa paglabas sa trabaho: "pagsisisihan mo to paglabas mo", "abangan mo ko mamaya".
    rule(
      'threat',
      String.raw`(?<!\b(?:(?:pag|kung) (?:di|hindi) ka (?:sumama|sasama|pumunta|pupunta)|inuman|kainan|party|handaan|videoke|karaoke|gimik|liga)\b[^.!?]{0,60})(?![^.!?]{0,120}\b(?:(?:pag|kung) (?:di|hindi) ka (?:sumama|sasama|pumunta|pupunta)|inuman|kainan|party|handaan|videoke|karaoke|gimik|liga)\b)(?:(?:\bpagsisisihan mo\b|\bmagsisisi ka\b|\bhumanda ka\b|\blagot ka\b|\babangan (?:mo ko|mo ako|kita)\b|\baabangan kita\b|\bmakikita mo\b)[^.!?]{0,40}(?:\bpaglabas\b|\bmamaya\b|\bpag-?out\b|\bafter (?:shift|work|duty)\b|\bsa labas\b|\bsa parking\b|\bpag-?uwi\b)|(?:\bpaglabas\b|\bmamaya\b|\bpag-?out\b|\bafter (?:shift|work|duty)\b|\bsa labas\b|\bsa parking\b|\bpag-?uwi\b)[^.!?]{0,40}(?:\bpagsisisihan mo\b|\bmagsisisi ka\b|\bhumanda ka\b|\blagot ka\b|\babangan (?:mo ko|mo ako|kita)\b|\baabangan kita\b|\bmakikita mo\b))`,
    ),
    // Bubugbugin, uupakan, babanatan: pananakit na sinabi nang diretso.
    rule(
      'threat',
      String.raw`\b(?:babanatan|bubugbugin|uupakan|sasaksakin|babarilin|gugulpihin|reresbakan|sasapakin|sasaktan) (?:daw |raw )?(?:niya|nila|nya|kita|ko) (?:daw |raw )?(?:ako|kami|siya|sya|kayo|ka)?\b`,
      { negatable: true },
    ),
    // Mixed with English, as people write: "el extintor is empty", "aceite all over the pasillo".
    rule(
      'safety',
      String.raw`\b(?:fire extinguishers?|extinguishers?|pamatay-?sunog)\b(?: \w+){0,4} (?:is|are|was|were|its|it's) (?:\w+ )?(?:empty|gone|missing|expired|out of date|discharged|used up|not there)\b|\b(?:langis|mantika|grasa|kemikal)\b (?:\w+ )?(?:all over|everywhere|on the floor|spilled|spilt)\b`,
      { negatable: true },
    ),
    // A partner's violence reaching work: an ex or partner turned up raging, or here despite a protection order.
    rule(
      'threat',
      String.raw`\b(?:protection order|restraining order|tpo|ppo|bpo|barangay protection order)\b[^.!?]{0,60}?\b(?:nandito|andito|nandyan|andyan|nasa (?:labas|parking|gate|lobby|tindahan|opisina|trabaho)|dumating|pumunta|sumugod|naghihintay)\b|\b(?:ex|dating asawa|asawa|jowa|bf|gf|boyfriend|girlfriend|kinakasama|live-?in partner) (?:ko|niya|nya|ni \w+)\b[^.!?]{0,30}?\b(?:pumunta|dumating|sumugod|nandito|andito|nasa labas|nasa gate|naghihintay)\b[^.!?]{0,60}?\b(?:nagwawala|nagsisisigaw|sumisigaw|sinisigawan|nagbabanta|binabantaan|lasing|kutsilyo|baril|papatayin|sasaktan|sinasaktan|ayaw umalis|hinihila|kinakaladkad)\b`,
    ),
    // Someone who cannot keep themselves safe (dementia, a small child) gone missing or out onto the road.
    rule(
      'safety',
      String.raw`\b(?:(?:lola|lolo|pasyente|resident|residente|matanda|bata|client) (?:\w+ ){0,5}(?:na )?(?:may|with) (?:dementia|alzheimer'?s?|autism)|(?:dementia|alzheimer) (?:patient|pasyente|resident))\b[^.!?]{0,60}?\b(?:nakalabas|tumakas|nawawala|nawala|hindi (?:namin|ko|nila) (?:mahanap|makita)|nasa (?:kalsada|kalye|daan|highway)|got out|wandered|missing)\b|\b(?:bata|batang|paslit)\b[^.!?]{0,40}?\b(?:nakalabas|lumabas|tumakbo|nakatakas)\b[^.!?]{0,40}?\b(?:kalsada|kalye|highway|truck|trak|forklift)\b|\b(?:bata|batang|paslit)\b[^.!?]{0,40}?\b(?:nakalabas|nakatakas|tumakas)\b[^.!?]{0,40}?\b(?:hinahanap|hindi (?:namin|ko|nila) (?:mahanap|makita)|nawawala)\b|\b(?:nakalabas|nakatakas|tumakas)\b (?:\w+ ){0,2}(?:yung |ang |si )?(?:bata|batang|paslit)\b[^.!?]{0,40}?\b(?:hinahanap|hindi (?:namin|ko|nila) (?:mahanap|makita)|nawawala)\b`,
    ),
    // A minor pressed by an adult to meet alone: said by age beside meeting alone, his car or his house.
    rule(
      'harassment',
      String.raw`\b(?:1[0-7]|trese|katorse|kinse|disisais|disisiyete) (?:years? old|taong gulang|yrs? old|y\.?o)\b[^.!?]{0,60}?\b(?:magkita|makipagkita|sila lang|kami lang|silang dalawa lang|sa (?:kotse|bahay|kwarto) niya|sumama sa kanya|mag-?date|magpadala ng (?:picture|litrato|pics))\b|\b(?:nagme-?message|nagmemessage|nagte-?text|nagtetext|kinukulit|nililigawan|niyayaya|inaaya|chinachat)\b[^.!?]{0,50}?\b(?:1[0-7]|trese|katorse|kinse|disisais|disisiyete) (?:years? old|taong gulang|yrs? old|y\.?o)\b`,
    ),
    // A death threat sent by message: "nag-text siya na patay ka na pagdating ng Biyernes".
    rule(
      'threat',
      String.raw`\b(?:text|nag-?text|tinext|message|nag-?message|minessage|chat|chinat|sinabi|sabi|post|comment|dm)\w*\b[^.!?]{0,40}?\b(?:patay ka(?: na)? (?:pagdating|bukas|mamaya|paglabas|pag labas|sa (?:biyernes|lunes|martes|miyerkules|huwebes|sabado|linggo|labas|parking))|papatayin (?:kita|ka)|mamamatay ka|ikaw na ang (?:susunod|sunod)|alam (?:daw |raw )?(?:niya|nila|nya) (?:daw |raw )?kung saan (?:ka|ako) (?:nakatira|umuuwi))\b`,
    ),
    // Blind round 12:
    // Harm to someone in the writer's care (in-care.ts), told verb first as Tagalog tells it: "sinampal ng caregiver si
    // lola", or the carer first: "yung caregiver sinampal si lola".
    rule(
      'threat',
      harmInCare('latin', {
        carer: String.raw`caregivers?|tagapag-?alaga|yaya|nurse|nars|teacher|guro|titser|staff|tatay niya|nanay niya|ama niya|ina niya|stepfather niya`,
        harm: String.raw`sinampal|sinasampal|sinuntok|sinusuntok|pinalo|pinapalo|binugbog|binubugbog|sinipa|sinisipa|tinali|tinatali|kinurot|kinukurot|pinaso|itinulak|tinulak|kinulong|kinukulong|sinaktan|sinasaktan|hinampas|hinahampas`,
        dependant: String.raw`(?:si |ang |yung |sa )?(?:lola|lolo|pasyente|residente|bata|batang \w+|estudyante|sanggol|matanda|baby)`,
        harmsThem: String.raw`(?:pinapalo|binubugbog|sinasaktan|sinasampal|hinahampas|pinalo|binugbog|sinaktan) (?:siya|sya|sila)`,
      }),
    ),
    rule(
      'threat',
      // Who did it right after the act ("sinampal ng caregiver"), not what it was done with ("pinalo ng bola").
      String.raw`\b(?:sinampal|sinasampal|sinuntok|pinalo|pinapalo|binugbog|binubugbog|sinipa|tinali|tinatali|kinurot|pinaso|tinulak|kinulong|sinaktan|sinasaktan|hinampas) ng (?:\w+ )?(?:caregivers?|tagapag-?alaga|yaya|nurse|nars|teacher|guro|titser|staff)\b[^.!?\n]{0,30}?\b(?:si |ang |yung |sa )?(?:lola|lolo|pasyente|residente|bata|estudyante|sanggol|matanda|baby)\b`,
    ),
    // A small child left alone for an hour or more: "iniwan ng teacher ang bata mag-isa sa kwarto nang isang oras".
    rule(
      'safety',
      inOneSentence(
        'latin',
        60,
        String.raw`bata|sanggol|baby|mga bata`,
        String.raw`mag-?isa|walang bantay|walang kasama`,
        String.raw`(?:nang |ng |ng mahigit |halos )?(?:isang oras|isang oras|(?:dalawang|tatlong|ilang|\d+) oras|buong gabi|buong hapon)`,
      ),
    ),
    // A person missing: "si" marks a person's name, so "nawawala si Jun" (Jun is missing) is no lost thing (blind round 14).
    rule(
      'safety',
      String.raw`\bnawawala (?:na |pa |po |ngayon )*(?:si|sina) \w+|\b(?:si|sina) \w+ (?:ay )?(?:nawawala|nawala)\b(?! (?:sa (?:isip|sarili|meeting|chat|gc|group chat)|ng (?:gana|pasensya|tiwala)))`,
    ),
    // A lone worker out of contact (lone-worker.ts): "hindi sumasagot si Jun, mag-isa siyang nag-check ng tangke".
    rule(
      'safety',
      outOfContact(
        'latin',
        String.raw`(?:hindi|di) (?:sumasagot|sumagot|ma-?contact|makontak|matawagan|ma-?reach)|naka-?off (?:ang )?(?:phone|cellphone|cp)|(?:patay|unattended) (?:ang )?(?:phone|cellphone|cp)`,
        // …or gone: not home, their phone left behind (blind round 14).
        String.raw`mag-?isa|(?:nandito|andito|nandyan|andyan) pa (?:ang |yung )?(?:kotse|sasakyan|motor|van)|tangke|tanke|balon|poso negro|septic|(?:hindi|di) (?:umuwi|nakauwi)|naiwan (?:ang |yung )?(?:phone|cellphone|cp|bag)`,
        String.raw`naka-?leave|nasa bahay|may meeting|day off|bakasyon`,
      ),
    ),
    // A vehicle unfit to drive, driven with people aboard; a drunk driver of a shuttle or jeep (unfit-vehicle.ts).
    rule(
      'safety',
      drivenUnfit(
        'latin',
        String.raw`lasing (?:ang |na |yung )?(?:driver|tsuper|drayber)|(?:driver|tsuper|drayber)(?: \w+){0,3} (?:ay )?lasing|(?:sira|palyado|malambot|wala) (?:na )?(?:ang |yung )?(?:preno|brake|brakes)`,
        String.raw`pasahero|mga bata|estudyante|shuttle|jeep|bus|service|nagmamaneho pa|nagda-?drive pa|tuloy pa rin|pinapabiyahe|pinabiyahe`,
      ),
    ),
    // Hunting the writer of an anonymous report by handwriting, cameras or phones (reporters-hunted-by-method.ts).
    ...TAGALOG_REPORTERS_HUNTED_BY_METHOD,
    ...TAGALOG_TELLERS_THREATENED,
    // Kept from calling for help on pain of the job (calls-for-help-forbidden.ts).
    ...TAGALOG_CALLS_FOR_HELP_FORBIDDEN,
    // Shut in a freezer or a lift, or still inside, said as a detail (shut-in-or-left-inside.ts).
    ...TAGALOG_SHUT_IN,
    // A person down and still, or pinned and screaming, told by state (down-and-still.ts).
    ...TAGALOG_DOWN_AND_STILL,
    // A medical emergency told by two of its signs (signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl.ts).
    ...TAGALOG_SIGNS_OF_A_BODY_IN_TROUBLE,
    // A card clocked for someone away (cards-clocked-for-the-absent.ts).
    ...TAGALOG_CARDS_CLOCKED_FOR_THE_ABSENT,
    // Discrimination told by who it was done to and why; theft dressed as a write-off; bad air with people ill and
    // damaged gear used anyway (who-they-are-held-against.ts, stock-written-off-and-taken.ts, bad-air-and-damaged-gear.ts).
    ...TAGALOG_WHO_THEY_ARE_HELD_AGAINST,
    ...TAGALOG_STOCK_WRITTEN_OFF_AND_TAKEN,
    // Fraud told without the word: kin's firms paid, accounts opened unasked, cash kept (fraud-without-the-word.ts).
    ...TAGALOG_FRAUD_WITHOUT_THE_WORD,
    ...TAGALOG_BAD_AIR_AND_DAMAGED_GEAR,
    // Tools and safeguards damaged and used anyway, and stalking (buried39: damaged-tools-used-anyway.ts, followed-home-and-tracked.ts).
    TAGALOG_DAMAGED_TOOLS_USED_ANYWAY,
    // A hazard beside a boss's pressure to work on with it reads both (att43: hazard-and-pushed-to-work.ts).
    ...TAGALOG_HAZARD_AND_PUSHED_TO_WORK,
    // Danger told by what was heard, an exit locked on shift, a shock told by a numb hand, someone down a hole
    // and silent (att43, u44a: blasts-heard-with-someone-there.ts, exits-locked-on-shift.ts, numb-after-a-shock.ts,
    // down-a-hole-and-silent.ts).
    TAGALOG_DOWN_A_HOLE_AND_SILENT,
    ...TAGALOG_FOLLOWED_HOME_AND_TRACKED,
  ],
};
