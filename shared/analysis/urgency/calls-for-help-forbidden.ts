import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Forbidden, on pain of the job, to call for help (attack fx37u, an SMS attacker): "my supervisor says dont call 911
 * or we all get fired", "anyone who calls the ambulance gets fired", "el que llame a la ambulancia se va a la calle",
 * "wer den Krankenwagen ruft, fliegt raus", "kto zadzwoni po karetkę, ten wylatuje". Keeping people from calling the
 * emergency services, or from reporting an injury, under a threat to their job is retaliation against whoever
 * reports: harassment, as retaliation-threats.ts reads "he'll fire anyone who goes to HR" (docs/escalations.md);
 * where someone is also hurt, the safety rules read that beside it. A call for help (a verb of calling and an
 * emergency number or service, or an injury or accident reported) and the job lost, in one sentence, either order,
 * in en, es, fr, pt, de, it, pl and tl (folded text); Ukrainian and Kreyòl are in their tables (other-languages/uk.ts,
 * ht.ts), from the strings exported here.
 *
 * Calm beside them: "call 911 only for emergencies" and "don't call the ambulance for a paper cut" lose no job;
 * "you'll get fired if you're late again" calls nobody; a prank call, a false alarm, or a job promised safe ("nobody
 * gets fired for calling an ambulance") is no threat.
 */

// A prank, a false alarm, or the threat denied: no one is kept from calling for help.
const NOT_A_THREAT = String.raw`prank\w*|fake|for no reason|for fun|as a joke|false alarm|paper cut|(?:won'?t|wont|will not|not|never|can'?t|cannot|nobody|no one|no1) (?:\w+ ){0,2}?(?:be |get |gets |got )?(?:fired|sacked|punished|in trouble)|illegal|protected|(?:your|a|the) right|broma|falsa alarma|sin motivo|nadie (?:\w+ )?despid\w*|no (?:te |los |nos )?(?:pueden|puede|van a) despedir|fausse alerte|canular|pour rien|personne (?:\w+ )?(?:vire|licencie)|trote|alarme falso|ninguem (?:\w+ )?demitid\w*|fehlalarm|scherz\w*|niemand (?:\w+ )?(?:gekundigt|entlassen|rausgeschmissen)|falso allarme|scherzo|nessuno (?:\w+ )?licenziat\w*|falszyw\w*|zart\w*|nikt (?:\w+ )?(?:zwolnion\w*|wylec\w*)|biro|joke lang`;
const notAround = String.raw`(?![^\n]{0,120}\b(?:${NOT_A_THREAT})\b)(?<!\b(?:${NOT_A_THREAT})\b[^\n]{0,120})`;
const forbidden = (call: string, job: string): UrgencyRule =>
  rule('harassment', `(?:${eitherOrder('latin', 80, call, job)})${notAround}`);

// A call for help: a verb of calling and an emergency number or service, or an injury or accident reported. "Nobody"
// is read with the call ("nobody calls the paramedics, whoever does is out"): before it, it would deny the match.
const EN_CALL = String.raw`(?:(?:nobody|no one|no1|noone|no-one) (?:\w+ )?)?(?:call|calls|callz|calling|called|cal|ring|rings|ringing|phone|phones|phoning|dial|dials|dialing|dialling|get|gets|text|texts) (?:\w+ ){0,2}?(?:911|999|112|000|111|ambulances?|ambulence|ambulance|amblance|ambo|ambos|paramedics?|medics|ems|emergency(?: services| line)?|the fire (?:brigade|department|dept)|firefighters)|(?:911|999|112|ambulance|ems|emergency) calls?|report(?:s|ing|ed)? (?:\w+ ){0,2}?(?:injury|injuries|injured|accident|accidents|incident|cut|burn|fall|it to osha)`;
const EN_JOB = String.raw`fired(?! up\b)|fird|fyred|sacked|axed|canned|terminated|let (?:\w+ )?go|(?:lose|loses|losing|lost|lost) (?:\w+ )?(?:jobs?|shifts?)|(?:done|finished|gone) here|out of (?:a )?jobs?|(?:get|gets|getting) the (?:sack|boot|axe)|(?:kicked|thrown) out|no (?:more )?jobs?|(?:will|'ll|gonna) fire|fire (?:you|u|ya|us|them|him|her|everyone|everybody|anyone|all)`;
export const ENGLISH_CALLS_FOR_HELP_FORBIDDEN: UrgencyRule[] = [forbidden(EN_CALL, EN_JOB)];

const ES_CALL = String.raw`(?:llam\w*|yam\w*|marc\w*|habl\w* a|avis\w* a|pid\w*) (?:\w+ ){0,2}?(?:911|112|061|emergencias|ambulancia|anbulancia|ambulancias|paramedicos|bomberos|cruz roja)|(?:report\w*|avis\w*|denunci\w*|inform\w*|declar\w*) (?:\w+ ){0,2}?(?:accidente|accidentes|lesion|lesiones|herida|heridas|golpe|caida|cortada|quemadura)`;
const ES_JOB = String.raw`despid\w*|despedi\w*|(?:nos|los|lo|la|las|te|les|me) (?:corren|corre|corremos|corro|corrieron|correra|correran|echan|echa|echamos|echo|botan|bota|boto|sacan|saca)\b|corrid[oa]s?|(?:se va|se van|te vas|nos vamos|van|va) (?:\w+ )?(?:a la calle|pa fuera|para fuera|pa la calle)|de patitas en la calle|pierde\w* (?:\w+ )?(?:trabajo|chamba|empleo|puesto|jale)|perder (?:\w+ )?(?:trabajo|chamba|empleo|puesto|jale)|sin (?:trabajo|chamba|empleo|jale)`;
export const SPANISH_CALLS_FOR_HELP_FORBIDDEN: UrgencyRule[] = [forbidden(ES_CALL, ES_JOB)];

const FR_CALL = String.raw`(?:appel\w*|appell\w*|telephon\w*|compos\w*|previen\w*) (?:\w+ ){0,2}?(?:le |les |l'|la |aux )?(?:15|18|112|samu|pompiers|ambulance|secours|urgences)|(?:declar\w*|signal\w*) (?:\w+ ){0,2}?(?:accident|blessure|l'accident)`;
const FR_JOB = String.raw`vire(?:r|s|e|es|z|ra|rai|rons|ront)?|licenci\w*|renvoy\w*|renvoi\w*|a la porte|dehors|perd\w* (?:\w+ )?(?:boulot|travail|emploi|taf|poste|job)|mis (?:\w+ )?a pied|degag\w*`;
export const FRENCH_CALLS_FOR_HELP_FORBIDDEN: UrgencyRule[] = [forbidden(FR_CALL, FR_JOB)];

const PT_CALL = String.raw`(?:lig\w*|cham\w*|disc\w*|acion\w*) (?:\w+ ){0,2}?(?:o |a |pro |pra |para o |para a |ao |os )?(?:samu|192|193|190|112|ambulancia|bombeiros|emergencia|socorro|inem)|(?:report\w*|comunic\w*|registr\w*|avis\w*|notific\w*|abr\w* cat) (?:\w+ ){0,2}?(?:acidente|lesao|ferimento|machucado)`;
const PT_JOB = String.raw`demiti\w*|demitid\w*|demite|demito|despedid\w*|mandad[oa]s? embora|manda\w* (?:\w+ )?embora|(?:vai|vao|vamos|vai pro|vai pra) (?:\w+ )?olho da rua|(?:vai|vao|vamos|fica|ficam) (?:\w+ )?(?:pra|para a|na) rua|olho da rua|perde\w* (?:o |seu |teu )?(?:emprego|trabalho|servico)|justa causa|dispensad\w*|(?:sem|desempregad\w*) emprego|desempregad\w*`;
export const PORTUGUESE_CALLS_FOR_HELP_FORBIDDEN: UrgencyRule[] = [forbidden(PT_CALL, PT_JOB)];

const DE_SERVICE = String.raw`(?:krankenwagen|rettungswagen|rtw|notarzt|notruf|112|110|rettungsdienst|rettung|sanis?|sanitater|sanitaeter|feuerwehr)`;
const DE_CALL = String.raw`${DE_SERVICE} (?:\w+ )?(?:ruft|rufen|rufst|anruft|anrufen|wahlt|waehlt|wahlen|waehlen|wahlst|holt|holen|holst|ruft an|rufen an|gerufen|angerufen|gewahlt|alarmiert|alarmieren|verstandigt)|(?:ruf\w*|anruf\w*|wahl\w*|waehl\w*|hol\w*|alarmier\w*|verstandig\w*) (?:\w+ ){0,2}?${DE_SERVICE}|(?:unfall|arbeitsunfall|verletzung|verletzungen) (?:\w+ )?(?:meldet|melden|meldest|anzeigt|angibt)|(?:meld\w*) (?:\w+ ){0,2}?(?:unfall|arbeitsunfall|verletzung)`;
const DE_JOB = String.raw`(?:fliegt|fliegen|fliegst|fliegt ihr|flieg) (?:\w+ )?raus|rausgeschmissen|rausgeworfen|rausgeflogen|schmeiss\w* (?:\w+ ){0,2}raus|gekundigt|gekuendigt|kundig\w*|kuendig\w*|entlass\w*|gefeuert|feuer(?:n|t|e) (?:\w+ )?(?:dich|euch|ihn|sie|uns|mich|alle)|(?:job|arbeit|stelle) (?:\w+ )?(?:los|weg|verlieren|verliert|verlierst)|(?:bist|seid|ist|sind) (?:\w+ )?(?:raus|entlassen|gefeuert)\b|abmahnung`;
export const GERMAN_CALLS_FOR_HELP_FORBIDDEN: UrgencyRule[] = [forbidden(DE_CALL, DE_JOB)];

const IT_CALL = String.raw`(?:chiam\w*|telefon\w*) (?:\w+ ){0,2}?(?:il |l'|i |al |lo |la )?(?:118|112|113|115|ambulanza|ambulanze|soccorsi|soccorso|pompieri|emergenza|pronto soccorso)|(?:denunci\w*|segnal\w*|dichiar\w*|report\w*|comunic\w*) (?:\w+ ){0,2}?(?:infortunio|infortuni|incidente|ferita|l'infortunio|l'incidente)`;
const IT_JOB = String.raw`licenzi\w*|cacciat\w*|(?:ti|vi|lo|la|li|le|ci) (?:caccio|cacciano|cacciamo|caccia|mando a casa|mandano a casa|manda a casa|sbatto fuori|sbattono fuori|sbatte fuori)|perde\w* (?:il )?(?:lavoro|posto)|fuori dall[ae] (?:azienda|ditta)|a casa (?:tutti|subito)`;
export const ITALIAN_CALLS_FOR_HELP_FORBIDDEN: UrgencyRule[] = [forbidden(IT_CALL, IT_JOB)];

const PL_CALL = String.raw`(?:zadzwon\w*|dzwon\w*|wezw\w*|wzyw\w*|wzywa\w*|wola\w*) (?:\w+ ){0,2}?(?:po |na |do )?(?:karetk\w*|pogotowi\w*|112|999|ratownik\w*|ratownictw\w*|straz\w*)|(?:zglos\w*|zglasz\w*) (?:\w+ ){0,2}?(?:wypad\w*|uraz\w*|obrazeni\w*)`;
const PL_JOB = String.raw`zwolni\w*|zwalni\w*|wylat\w*|wyleci\w*|wywal\w*|wyrzuc\w*|wypierdol\w*|(?:strac\w*|traci\w*) (?:\w+ )?prac\w*|bez pracy|na bruk`;
export const POLISH_CALLS_FOR_HELP_FORBIDDEN: UrgencyRule[] = [forbidden(PL_CALL, PL_JOB)];

const TL_CALL = String.raw`(?:tumawag|tatawag|tawagan|tinawagan|tawag|mag-?call|nag-?call|mag-?tawag|magtawag|tumawag) (?:\w+ ){0,2}?(?:ng |sa |ang )?(?:ambulansya|ambulance|911|112|bumbero|rescue|emergency)|(?:mag-?report|nag-?report|ireport|i-report|magreport|nagreport) (?:\w+ ){0,2}?(?:aksidente|injury|sugat|disgrasya|nadisgrasya)`;
const TL_JOB = String.raw`tanggal|matatanggal|tatanggalin|tinanggal|sisante|sisantehin|sinisante|masisisante|(?:mawawalan|wala nang|wala ng) (?:ng )?trabaho|fired|terminate\w*`;
export const TAGALOG_CALLS_FOR_HELP_FORBIDDEN: UrgencyRule[] = [forbidden(TL_CALL, TL_JOB)];

// The tables' phrases (other-languages/uk.ts, ht.ts), the call and the job in one sentence, either order.
const tableEitherOrder = (call: string, job: string): string =>
  String.raw`(?:${call})[^.!?\n]{0,80}?(?:${job})|(?:${job})[^.!?\n]{0,80}?(?:${call})`;
// JavaScript's \b knows no Cyrillic: the words are stems the table bounds by its own word edges.
const UK_CALL = String.raw`(?:виклич\p{L}*|виклика\p{L}*|подзвон\p{L}*|дзвон\p{L}*|зателефону\p{L}*|телефону\p{L}*|набер\p{L}*|набира\p{L}*) (?:\S+ ){0,2}?(?:швидк\p{L}*|103|112|101|рятувальник\p{L}*|пожежн\p{L}*|медик\p{L}*)|(?:повідом\p{L}*|заяв\p{L}*|доповіс\p{L}*) (?:\S+ ){0,2}?(?:травм\p{L}*|нещасн\p{L}*|поранен\p{L}*)`;
const UK_JOB = String.raw`звільн\p{L}*|звільня\p{L}*|вижен\p{L}*|вигна\p{L}*|виганя\p{L}*|викин\p{L}* (?:\S+ )?з роботи|без роботи|втрат\p{L}* (?:\S+ )?робот\p{L}*`;
export const UKRAINIAN_CALLS_FOR_HELP_FORBIDDEN = tableEitherOrder(UK_CALL, UK_JOB);
const HT_CALL = String.raw`\b(?:rele|relel|rele l|telefone|sonnen|sonen|kontakte) (?:\S+ ){0,2}?(?:anbilans|anbulans|ambilans|ambulans|ambulance|911|114|115|116|ponpye|sekou)\b|\b(?:rapote|deklare|di) (?:\S+ ){0,2}?(?:aksidan|blese|blesi)\b`;
const HT_JOB = String.raw`\b(?:pedi|pedil) (?:\S+ ){0,2}?(?:travay|djob|job)\b|\b(?:revoke|revoye|ranvwaye|chomaj)\b|\bmete (?:\S+ )?deyo\b|\bsou lari\b`;
export const HAITIAN_CALLS_FOR_HELP_FORBIDDEN = tableEitherOrder(HT_CALL, HT_JOB);
