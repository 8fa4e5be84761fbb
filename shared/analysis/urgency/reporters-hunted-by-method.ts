import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Hunting the writer of an anonymous report told only by the method (attack after u36b, class u37a): handwriting
 * compared against the suggestion-box notes, CCTV pulled to see who used the kiosk or the tablet, everyone made to
 * write a sample sentence, phones checked, IP addresses or log-ins traced, "whoever wrote it will be found and fired".
 * Retaliation against a whistle-blower, so harassment, like unmasking (unmasking-reporters.ts, docs/escalations.md):
 * it breaks the service's one promise and keeps every other report from being made. unmasking-reporters.ts reads the
 * same with a "snitch" word or "find out who"; these read the method beside what it is aimed at (who wrote, sent or
 * used it; an anonymous note, the suggestion box, the complaint), in en, es, fr, pt, it, de and pl (folded text: lower
 * case, no accents); Ukrainian and Kreyòl are in their tables (other-languages/uk.ts, ht.ts).
 *
 * Calm beside them: who left a kind note (no method), cameras installed against bike theft (no writer sought), a
 * handwriting class, login logs checked after an outage (nothing anonymous, nobody sought).
 */

// What is searched: handwriting, cameras, phones, network traces.
const EN_TRACES = String.raw`(?:hand ?writing|writing|spelling|cameras?|cctv|footage|camera footage|video|recordings?|security (?:tapes?|videos?)|(?:cell ?)?phones?|mobiles?|ip(?: address(?:es)?)?|logins?|log-?ins?|logs?|badge logs?|swipe logs?|door logs?|timestamps?|browser history|wi-?fi logs?)`;
const EN_SEARCH = String.raw`(?:compar|match|check|look(?:s|ed|ing)? (?:at|through|thru|into)|go(?:es|ing)? (?:through|thru)|went (?:through|thru)|pull|review|scan|trac(?:e|es|ed|ing)|track|dig(?:s|ging)? (?:through|thru)|dug (?:through|thru)|search|examin|inspect|analy[sz]|audit|watch|rewind|confiscat|grabb?)\w*(?: [\w']+){0,4}? ${EN_TRACES}`;
// Whom it is aimed at: who wrote, sent or used it; the anonymous note, the box, the kiosk's report.
const EN_WHO_WROTE = String.raw`who(?:se)? (?:\w+ ){0,2}?(?:wrote|typed|sent|filed|posted|submitted|texted|filled(?: in| out)?|handed in) (?:\w+ ){0,3}?(?:notes?|complaints?|kiosk|tablet|survey|feedback|suggestions?|comments?|box|hotline|reports?|letters?|messages?|emails?|forms?|cards?|tip|it|that|them|this)\b|who (?:\w+ ){0,2}?(?:used|put|dropped|left|was (?:at|near|on)) (?:\w+ ){0,3}?(?:notes?|complaints?|kiosk|tablet|survey|feedback|suggestions?|comments?|(?:suggestion|comment|complaint|ideas) box|hotline|reports?|letters?|forms?)\b|who (?:complained|reported|snitched|grassed|blew the whistle|called (?:osha|hr|the hotline|corporate|the inspector))|whos(?:e)? handwriting|whose writing`;
const EN_ANONYMOUS = String.raw`anonymous(?:ly)?|anon|suggestion box|comment (?:box|cards?)|ideas box|tip ?line|whistle-?blow\w*|ethics (?:line|hotline)`;
// Everyone made to write a sample: "made each of us write a sample sentence".
const EN_SAMPLE = String.raw`(?:made|make|makes|making|had|has|have|forced|forcing|told|asked|got) (?:every(?:one|body)|each (?:of us|person|one)|all of us|us all|us|the whole \w+|all (?:the )?\w+|the team|the crew|the staff) (?:\w+ )?(?:to )?(?:write|copy|hand ?write|print)(?: out| down)? (?:a |the same |one |an? |some )?(?:\w+ )?(?:samples?|sentences?|paragraphs?|lines?|phrases?|notes?|statements?|words?)`;
const EN_SAMPLE_FOR = String.raw`compar\w*|match\w*|anonymous|complaints?|notes?|suggestion|feedback|letters?|who (?:wrote|sent)`;
// A lesson is no hunt: a teacher, a class or a course that has everyone write a sentence (in any of the languages).
const LESSON = String.raw`teachers?|class(?:es)?|lessons?|course|school|calligraphy|forensics?|practi[cs]e\w*|homework|clase|curso|cours|escuela|escola|ecole|scuola|aula|lezione|maestr[ao]|profesor\w*|professeur\w*|professor\w*|unterricht|lehrer\w*|schule|kurs|lekcj\w*|szkol\w*|nauczyciel\w*|klase|guro|paaralan`;
const notInALesson = String.raw`(?![^\n]{0,120}\b(?:${LESSON})\b)(?<!\b(?:${LESSON})\b[^\n]{0,120})`;
// The writer promised to be found and punished: "whoever wrote the complaint will be found and fired".
const EN_WRITER = String.raw`(?:whoever|who ?ever|the (?:person|one|guy|idiot|coward|people) (?:who|that)|whoevers) (?:\w+ ){0,2}?(?:wrote|sent|filed|posted|made|left|submitted|put|typed|dropped) (?:\w+ ){0,3}?(?:complaints?|notes?|reports?|feedback|survey|letters?|it|that|this|reviews?|comments?|tip|messages?)`;
const EN_FOUND = String.raw`(?:will|'ll|is going to|are going to|gonna|going to|shall|would) (?:be |get )?(?:found|caught|identified|tracked down|hunted down|exposed|outed|named|fired|sacked|canned|let go|punished|sorry)|(?:we|they|i|he|she|management|hr) (?:will|'ll|are going to|is going to|gonna) (?:find|catch|get|identify|expose|fire|sack)`;

// Traces that are no method when the writer is not sought: spelling checked before anonymous feedback is sent.
const EN_SEARCH_HARD = EN_SEARCH.replace('hand ?writing|writing|spelling|', 'hand ?writing|');
export const ENGLISH_REPORTERS_HUNTED_BY_METHOD: UrgencyRule[] = [
  rule('harassment', eitherOrder('latin', 80, EN_SEARCH, EN_WHO_WROTE)),
  rule('harassment', eitherOrder('latin', 80, EN_SEARCH_HARD, EN_ANONYMOUS)),
  rule('harassment', `(?:${eitherOrder('latin', 80, EN_SAMPLE, EN_SAMPLE_FOR)})${notInALesson}`),
  rule('harassment', String.raw`\b${EN_WRITER}\b[^.!?\n]{0,40}?\b(?:${EN_FOUND})\b`),
];

// Spanish, Portuguese, French, Italian: what is searched, whom it is aimed at, everyone made to write, the writer found.
const ROMANCE_TRACES = String.raw`(?:la letra|letra|caligrafia|escritura|l'ecriture|ecriture|a letra|grafia|la calligrafia|la grafia|scrittura|camaras?|cameras?|telecamer\w*|videos?|video|grabacion\w*|gravac\w*|enregistrement\w*|filmati|registrazion\w*|images|imagens|immagini|celulares|telefonos|moviles|telephones|portables|telefones|telefoni|cellulari|ip|direccion\w* ip|adresses? ip|indirizz\w* ip|registros|logs?|accesos|acessos|accessi|connexions|historique)`;
const ROMANCE_SEARCH = String.raw`(?:compar|cotej|revis|chec|mir|analiz|analis|analys|rastre|investig|sac|confront|examin|regard|verifi|controll|epluch|fouill|trac|visionn|consult|confer|olh|puxa|puxo|vasculh|guard|esamin|spulci|visional)\w*(?: \w+){0,4}? ${ROMANCE_TRACES}`;
// Things a report is written on or sent by; a verb of placing or using counts only with one of them ("quién dejó la
// puerta abierta" is no report).
const ROMANCE_THING = String.raw`(?:tablet\w*|tableta|kiosk\w*|quiosque|borne|buzon|caixa|boite|cassetta|nota|notas|bilhete\w*|mot|mots|bigliett\w*|papel\w*|papier\w*|carta|lettre|lettera|queja\w*|denuncia\w*|reclam\w*|plainte|segnalazion\w*|mensaje|mensagem|message|messaggio|encuesta|questionnaire|questionario|formulario|formulaire|sondage|sondaggio|comentario|commentaire|commento)`;
const ROMANCE_WHO_WROTE = String.raw`(?:quien|quienes|quem|qui|chi) (?:\w+ ){0,2}?(?:escribio|escribieron|mando|envio|lleno|se quejo|denuncio|escreveu|mandou|enviou|preencheu|reclamou|denunciou|a ecrit|ont ecrit|a envoye|a rempli|s'est plaint|a signale|a denonce|ha scritto|hanno scritto|ha mandato|ha inviato|ha compilato|si e lamentato|ha segnalato|ha denunciato)|(?:quien|quienes|quem|qui|chi) (?:\w+ ){0,2}?(?:uso|dejo|puso|metio|hizo|usou|deixou|colocou|botou|fez|a utilise|a depose|a laisse|a mis|a fait|ha usato|ha lasciato|ha messo|ha fatto) (?:\w+ ){0,3}?${ROMANCE_THING}`;
const ROMANCE_ANONYMOUS = String.raw`anonim\w*|anonym\w*|buzon de (?:sugerencias|quejas)|caixa de sugest\w*|boite a (?:idees|suggestions)|cassetta (?:dei|delle) (?:suggeriment\w*|segnalazion\w*|reclami)`;
const ROMANCE_SAMPLE = String.raw`(?:hicieron|hacen|hizo|obligaron|obligan|mandaron|mando|mandou|mandaram|fizeram|obrigaram|obrigou|fait|fait faire|oblige|obliges|ont oblige|fatto|fatto fare|obbligat\w*|costrett\w*) (?:\w+ ){0,3}(?:escribir|escrever|ecrire|scrivere|copiar|copier|copiare)(?: a mano)? (?:\w+ ){0,2}(?:frase|texto|linea|linha|phrase|texte|ligne|testo|riga|parrafo|paragraphe|paragrafo)`;
const ROMANCE_SAMPLE_FOR = String.raw`compar\w*|confront\w*|cotej\w*|la letra|a letra|l'ecriture|la calligrafia|la grafia|anonim\w*|anonym\w*|queja\w*|reclamac\w*|plainte\w*|segnalazion\w*|denuncia\w*|bilhete\w*|bigliett\w*|lettre\w*|lettera|nota\w*|carta`;
const ROMANCE_WRITER = String.raw`(?:quien|el que|la que|quem|celui qui|celle qui|ceux qui|chi) (?:\w+ )?(?:escribio|mando|hizo|puso|dejo|envio|escreveu|mandou|fez|deixou|enviou|a ecrit|a envoye|a fait|a depose|a laisse|ont ecrit|ha scritto|ha mandato|ha fatto|ha lasciato) (?:\w+ ){0,3}?(?:queja|nota|denuncia|reclamo|carta|mensaje|comentario|encuesta|reclamacao|bilhete|mensagem|queixa|plainte|mot|lettre|signalement|message|avis|commentaire|questionnaire|segnalazione|reclamo|lamentela|biglietto|lettera|messaggio)\w*`;
const ROMANCE_FOUND = String.raw`(?:sera|va a ser|van a|vai ser|sera|seront|va etre|verra|sara) (?:\w+ ){0,2}?(?:encontrad|descubiert|despedid|corrid|echad|identificad|pillad|descobert|demitid|mandad|pego|pega|retrouv|identifi|vir|licenci|demasqu|puni|sanctionn|trovat|scopert|licenziat|cacciat|punit)\w*`;

export const ROMANCE_REPORTERS_HUNTED_BY_METHOD: UrgencyRule[] = [
  rule('harassment', eitherOrder('latin', 80, ROMANCE_SEARCH, ROMANCE_WHO_WROTE)),
  rule('harassment', eitherOrder('latin', 80, ROMANCE_SEARCH, ROMANCE_ANONYMOUS)),
  rule('harassment', `(?:${eitherOrder('latin', 80, ROMANCE_SAMPLE, ROMANCE_SAMPLE_FOR)})${notInALesson}`),
  rule('harassment', String.raw`\b${ROMANCE_WRITER}\b[^.!?\n]{0,40}?\b${ROMANCE_FOUND}\b`),
];

// German: the verb may come last ("haben die Kameras ausgewertet"), so the method is the thing searched and a verb of
// searching anywhere in the sentence, beside who wrote or used it or what is anonymous.
const DE_TRACES = String.raw`(?:handschrift\w*|schriftprob\w*|schrift|kameras?|kamerabild\w*|videos?|video\w*|aufnahmen|uberwachung\w*|ueberwachung\w*|handys?|telefone|smartphones?|ip-?adress\w*|ips?|logins?|protokolle|logs?)`;
const DE_SEARCH = String.raw`(?:vergleich|abgleich|gepruft|gepruef|pruf|pruef|kontrollier|ausgewert|auswert|durchsuch|durchforst|gecheckt|check|sichte|gesichtet|verfolg|nachverfolg|analysier|zuruckverfolg|zurueckverfolg|schau|angeschaut)\w*`;
const DE_WHO_WROTE = String.raw`wer (?:\w+ ){0,5}?(?:geschrieben|geschickt|gemeldet|eingereicht|verfasst|schrieb|schickte|beschwert)|wer (?:\w+ ){0,3}?(?:tablet|kiosk|terminal|zettel|brief|beschwerde|kummerkasten|umfrage|formular|nachricht)\w* (?:\w+ ){0,2}?(?:benutzt|hinterlassen|eingeworfen|ausgefullt|ausgefuellt|benutzte)|anonym\w*|kummerkasten\w*`;
const DE_SAMPLE = String.raw`(?:satz|satze|saetze|text|schriftprobe|zeile|absatz)\w* (?:\w+ ){0,3}?(?:schreiben|aufschreiben|abschreiben|hinschreiben)|(?:schreiben|aufschreiben|abschreiben) (?:\w+ ){0,3}?(?:satz|text|schriftprobe|zeile)`;
const DE_SAMPLE_FOR = String.raw`vergleich\w*|abgleich\w*|handschrift\w*|schrift|anonym\w*|brief\w*|zettel\w*|beschwerde\w*|kummerkasten\w*`;
export const GERMAN_REPORTERS_HUNTED_BY_METHOD: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`(?:(?<=\b${DE_SEARCH}\b[^.!?\n]{0,100})|(?=[^.!?\n]{0,140}?\b${DE_SEARCH}\b))(?:${eitherOrder('latin', 100, DE_TRACES, DE_WHO_WROTE)})`,
  ),
  rule('harassment', `(?:${eitherOrder('latin', 80, DE_SAMPLE, DE_SAMPLE_FOR)})${notInALesson}`),
  // The writer promised to be found and fired: "wer die Beschwerde geschrieben hat, wird gefunden und fliegt raus".
  rule(
    'harassment',
    String.raw`\bwer (?:\w+ ){0,4}?(?:geschrieben|geschickt|eingeworfen|gemeldet|eingereicht|verfasst) hat\b[^.!?\n]{0,50}?\b(?:wird (?:\w+ )?(?:gefunden|gefeuert|entlassen|rausgeworfen|erwischt|gekundigt|gekuendigt|bestraft)|fliegt|finden wir|kriegen wir|den finden|den kriegen)\b`,
  ),
];

// Polish (folded: no accents, ł as l).
const PL_TRACES = String.raw`(?:charakter pisma|pismo|pisma|charakterem pisma|kamer\w*|monitoring\w*|nagrani\w*|telefon\w*|komork\w*|ip|adres\w* ip|logowani\w*|logi|logow)`;
const PL_SEARCH = String.raw`(?:porown|sprawdz|przegl|przejrz|analiz|namierz|sledz|oglad|obejrz|przeszuk|kontrol)\w*(?: \w+){0,4}? ${PL_TRACES}`;
const PL_WHO_WROTE = String.raw`kto (?:\w+ ){0,2}?(?:napisal|napisala|wyslal|wyslala|zlozyl|zlozyla|wypelnil|wypelnila|doniosl|doniosla|poskarzyl|poskarzyla|zglosil|zglosila)|kto (?:\w+ ){0,2}?(?:uzywal|uzywala|uzyl|uzyla|wrzucil|wrzucila|zostawil|zostawila) (?:\w+ ){0,3}?(?:tablet|kiosk|kartk|skrzyn|list|skarg|anonim|ankiet|formularz|wiadomosc|terminal)\w*|anonim\w*|skrzynk\w* (?:na|z) (?:skarg|uwag|sugesti|pomysl)\w*`;
const PL_SAMPLE = String.raw`(?:kazal\w*|kaza\w*|zmusil\w*|zmusza\w*|musial\w*|musimy|musielismy) (?:\w+ ){0,3}(?:napisac|przepisac|napisania) (?:\w+ ){0,2}(?:zdani\w*|tekst\w*|linijk\w*|akapit\w*)`;
const PL_SAMPLE_FOR = String.raw`porown\w*|pismo|pisma|anonim\w*|list\w*|kartk\w*|skarg\w*`;
export const POLISH_REPORTERS_HUNTED_BY_METHOD: UrgencyRule[] = [
  rule('harassment', eitherOrder('latin', 80, PL_SEARCH, PL_WHO_WROTE)),
  rule('harassment', `(?:${eitherOrder('latin', 80, PL_SAMPLE, PL_SAMPLE_FOR)})${notInALesson}`),
  rule(
    'harassment',
    String.raw`\bkto (?:\w+ )?(?:napisal|wyslal|wrzucil|zlozyl|zglosil|napisala|wyslala|wrzucila|zlozyla|zglosila)\w* (?:\w+ ){0,2}?(?:skarg|donos|list|kartk|anonim|zgloszen|wiadomosc)\w*[^.!?\n]{0,50}?\b(?:zostanie|zostana|bedzie|beda) (?:\w+ )?(?:znalezion|zwolnion|wyrzucon|namierzon|ukaran)\w*`,
  ),
];

// Tagalog (and Taglish): "tiningnan nila ang cctv para malaman kung sino gumamit ng kiosk".
const TL_TRACES = String.raw`(?:sulat-?kamay|sulat ng kamay|handwriting|cctv|camera|kamera|video|cellphone|cp|phone|telepono|ip|logs?|login)`;
const TL_SEARCH = String.raw`(?:kinukumpara|ikinumpara|kinumpara|kumpara|ikumpara|ikukumpara|tiningnan|tinitingnan|titingnan|chineck|chinecheck|chine-?check|tsinek|sinilip|ni-?review|nireview|ni-?rereview|trinace|tinrace|hinalughog|sinuri|sinusuri|binusisi|pinanood|hinalungkat|kinuha)\w*(?: \w+){0,4}? ${TL_TRACES}`;
const TL_WHO_WROTE = String.raw`sino (?:\w+ ){0,2}?(?:sumulat|nagsulat|nag-?text|nagtext|nagpadala|nag-?sumbong|nagsumbong|nag-?reklamo|nagreklamo|nag-?fill)|sino (?:\w+ ){0,2}?(?:gumamit|naghulog|nag-?iwan|nagiwan|naglagay) (?:\w+ ){0,3}?(?:kiosk|tablet|sulat|papel|reklamo|suggestion|note|computer)\w*|anonymous|suggestion box`;
const TL_SAMPLE = String.raw`(?:pinasulat|pinagsulat|pinapasulat|pinasusulat|pinakopya|pinagkopya)\w* (?:\w+ ){0,4}(?:pangungusap|sentence|talata|linya|paragraph)`;
const TL_SAMPLE_FOR = String.raw`ikumpara|kumpara\w*|ikukumpara|sulat-?kamay|handwriting|reklamo|anonymous|sulat`;
export const TAGALOG_REPORTERS_HUNTED_BY_METHOD: UrgencyRule[] = [
  rule('harassment', eitherOrder('latin', 80, TL_SEARCH, TL_WHO_WROTE)),
  rule('harassment', `(?:${eitherOrder('latin', 80, TL_SAMPLE, TL_SAMPLE_FOR)})${notInALesson}`),
  rule(
    'harassment',
    String.raw`\b(?:kung )?sino(?: man|man)? (?:ang )?(?:\w+ )?(?:sumulat|nagsulat|nagpadala|nagreklamo|nagsumbong|nag-?text)\w*[^.!?\n]{0,60}?\b(?:hahanapin|mahahanap|malalaman|tatanggalin|sisibakin|matatanggal|masisisante|isisisante|tanggal)\b`,
  ),
];
