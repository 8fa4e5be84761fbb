import { notOnItsLine, DE_CALM, EN_CALM, ES_CALM, FR_CALM, IT_CALM, PL_CALM, PT_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * A person down and still, or pinned under something and screaming, told by what the writer sees rather than by a
 * word for an emergency (att40 F1/F2, plain40): "theres a guy laying on the floor in the cooler he aint moving",
 * "Juan está tirado debajo del montacargas gritando", "Marek leży pod wózkiem widłowym i krzyczy", "Jean kwense anba
 * fòklif la, l ap rele". Each language pairs a body that is down (lying, slumped, collapsed, on the floor) with a
 * body that is still (not moving, not answering, not breathing, will not wake) in one sentence, or a body under a
 * vehicle, a load or racking with a cry of pain. A queue, a phone or a train that "is not moving" has no body down;
 * a pallet jack "under the shelf" has no cry. Tests: test/unit/analysis/urgency-down-and-still.test.ts.
 */

/*
 * A system, a phone, a truck or a queue that "fell" or "is down" and "does not respond" or "does not move" ("o sistema
 * caiu e nao responde", "ang sistema ay bumagsak at hindi sumasagot") is no body down (plain41): the down word is not
 * read when one of these is its subject, a few words before it.
 */
const notOfAMachine = (machines: string): string => String.raw`(?<!\b(?:${machines})\b(?: \w+){0,3} )`;

const EN_DOWN = String.raw`(?:\b(?:lying|laying|laid out|sprawled|slumped|collapsed|crumpled|hunched over|passed out|keeled over|face ?down|(?<!\b(?:sales|prices|numbers|figures|stocks?|morale|profits?|revenue|orders|productivity|ratings|scores|shares?|standards|expectations|spirits|bookings|margins|wages|pay) (?:are |is |were |was |have been |has been )?(?:\w+ )?)on (?:the )?(?:floor|ground|deck|concrete)(?! \d)|down on the (?:floor|ground))\b)`;
const EN_STILL = String.raw`(?:\b(?:(?:not|aint|ain'?t|isn'?t|is not|wont|won'?t|will not|hasn'?t|can'?t|cant) (?:moving|move|moved|responding|respond|responded|breathing|breathe|waking up|wake up|wake|answering|answer|getting up|get up|talking)|unresponsive|no pulse|out cold|turning blue|gone blue|(?:can'?t|cannot|cant) (?:wake|rouse) (?:him|her|them))\b(?! (?:a muscle|an inch|fast|quick|until|till|on|much|anymore (?:lol|haha))))`;
const EN_UNDER = String.raw`(?:\b(?:under|underneath|beneath|below|pinned (?:by|against)|crushed by)\b (?:the |a |an |his |her |their |that |this )?(?:[\w-]+ ){0,2}?(?:pallet jack|forklift|fork lift|fork truck|reach truck|truck|lorry|van|car|load|pallets?|shelving|shel(?:f|ves)|racking|racks?|machine|scissor lift|lift|loader|tractor|beams?|crates?|cage|trolley|cart|compactor|press|conveyor|rollers?|rubble|debris|boxes|stack|tyre|tire|wheel)\b)`;
const EN_CRY = String.raw`(?:\b(?:screaming|screams|screamed|yelling|yells|hollering|crying out|crying|shouting|moaning|groaning|howling|shrieking|wailing|can'?t get out|cant get out|can'?t move|cant move|can'?t breathe|cant breathe)\b)`;
const EN_AT_EASE = `${EN_CALM}|since (?:january|february|march|april|june|july|august|september|october|november|december|last (?:week|month|year|quarter))\\b|for (?:weeks|months|years)\\b|lol|lmao|haha\\w*|beach|couch|sofa|bed|weekend|sunbath\\w*|yoga|nap|cat|dog|laughing`;

export const ENGLISH_DOWN_AND_STILL: UrgencyRule[] = [
  rule('safety', String.raw`${EN_DOWN}[^.!?\n]{0,70}?${EN_STILL}${notOnItsLine(EN_AT_EASE)}`),
  rule('safety', String.raw`${EN_STILL}[^.!?\n]{0,30}?${EN_DOWN}${notOnItsLine(EN_AT_EASE)}`),
  rule('safety', String.raw`${EN_UNDER}[^.!?\n]{0,40}?${EN_CRY}${notOnItsLine(EN_AT_EASE)}`),
  rule('safety', String.raw`${EN_CRY}[^.!?\n]{0,20}?${EN_UNDER}${notOnItsLine(EN_AT_EASE)}`),
];

const ES_MACHINES =
  'sistema|servidor|red|internet|pagina|web|app|aplicacion|telefono|celular|computadora|ordenador|pantalla|impresora|programa|correo|wifi|maquina|camion|coche|carro|fila|trafico';
const ES_DOWN = String.raw`(?:\b(?:tirad[oa]s?|acostad[oa]s?|tendid[oa]s?|desplomad[oa]s?|desmay(?:o|ad[oa])|desvanecid[oa]|se desplomo|colapso|se cayo|cayo|en el (?:piso|suelo))\b)`;
const ES_STILL = String.raw`(?:\bno (?:se mueve|se menea|responde|contesta|reacciona|respira|despierta|se despierta|habla)\b|\b(?:inconsciente|sin moverse|sin respirar|sin pulso)\b)`;
const ES_UNDER = String.raw`(?:\b(?:debajo|abajo|bajo)\b (?:de |del |de la |de los |de las )?(?:\w+ )?(?:montacargas|carretilla\w*|patin\w*|transpaleta|traspaleta|camion|tarimas?|palets?|pallets?|estante\w*|estanteria\w*|rack|maquina|carga|elevador|grua|cajas)\b)`;
const ES_CRY = String.raw`(?:\b(?:gritando|grita|gritos|chillando|chilla|llorando|se queja|quejandose|no (?:puede|podemos) (?:salir|moverse|respirar))\b)`;
export const SPANISH_DOWN_AND_STILL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`${notOfAMachine(ES_MACHINES)}${ES_DOWN}[^.!?\n]{0,70}?${ES_STILL}${notOnItsLine(`${ES_CALM}|jaja\\w*|playa|sofa|cama`)}`,
  ),
  rule(
    'safety',
    String.raw`(?:${ES_UNDER}[^.!?\n]{0,40}?${ES_CRY}|${ES_CRY}[^.!?\n]{0,20}?${ES_UNDER})${notOnItsLine(ES_CALM)}`,
  ),
];

const PT_MACHINES =
  'sistema|servidor|rede|internet|site|pagina|app|aplicativo|telefone|celular|computador|tela|impressora|programa|email|wifi|maquina|caminhao|carro|fila|transito';
const PT_DOWN = String.raw`(?:\b(?:caid[oa]s?|deitad[oa]s?|estirad[oa]s?|estendid[oa]s?|desmai(?:ou|ad[oa])|desabou|caiu|no chao)\b)`;
const PT_STILL = String.raw`(?:\bnao (?:se mexe|se move|responde|reage|acorda|respira|fala)\b|\b(?:desacordad[oa]|inconsciente|sem se mexer|sem respirar|sem pulso)\b)`;
const PT_UNDER = String.raw`(?:\b(?:debaixo|embaixo|em baixo|por baixo|sob)\b (?:d[oa]s? )?(?:\w+ )?(?:empilhadeira|empilhador|paleteira|porta-paletes|carrinho|caminhao|paletes?|estante\w*|prateleira\w*|maquina|carga|caixas)\b)`;
const PT_CRY = String.raw`(?:\b(?:gritando|grita|gritos|berrando|berra|chorando|gemendo|geme|nao (?:consegue|pode) (?:sair|se mexer|respirar))\b)`;
export const PORTUGUESE_DOWN_AND_STILL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`${notOfAMachine(PT_MACHINES)}${PT_DOWN}[^.!?\n]{0,70}?${PT_STILL}${notOnItsLine(`${PT_CALM}|kkk\\w*|praia|sofa|cama`)}`,
  ),
  rule(
    'safety',
    String.raw`(?:${PT_UNDER}[^.!?\n]{0,40}?${PT_CRY}|${PT_CRY}[^.!?\n]{0,20}?${PT_UNDER})${notOnItsLine(PT_CALM)}`,
  ),
];

const FR_MACHINES =
  'systeme|serveur|reseau|internet|site|appli|application|telephone|portable|ordinateur|ordi|ecran|imprimante|logiciel|wifi|machine|camion|voiture|file';
const FR_DOWN = String.raw`(?:\b(?:allonge\w*|etendu\w*|affale\w*|avachi\w*|par terre|au sol|effondre\w*|evanoui\w*|tombe\w*|ecroule\w*)\b)`;
const FR_STILL = String.raw`(?:\b(?:ne )?(?:bouge|repond|reagit|respire|se reveille|parle) (?:plus|pas)\b|\b(?:inconscient\w*|inanime\w*|sans bouger|sans respirer)\b)`;
const FR_UNDER = String.raw`(?:\b(?:sous|en dessous d\w*)\b (?:le |la |les |un |une |l')?(?:\w+ )?(?:transpalette|chariot|clark|fenwick|camion|palettes?|rayonnage\w*|etagere\w*|machine|charge|nacelle|caisses)\b)`;
const FR_CRY = String.raw`(?:\b(?:hurle|hurlant|crie|criant|gemit|gemissant|pleure|peut pas (?:sortir|bouger|respirer))\b)`;
export const FRENCH_DOWN_AND_STILL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`${notOfAMachine(FR_MACHINES)}${FR_DOWN}[^.!?\n]{0,70}?${FR_STILL}${notOnItsLine(`${FR_CALM}|mdr|lol|plage|canape|lit`)}`,
  ),
  rule(
    'safety',
    String.raw`(?:${FR_UNDER}[^.!?\n]{0,40}?${FR_CRY}|${FR_CRY}[^.!?\n]{0,20}?${FR_UNDER})${notOnItsLine(FR_CALM)}`,
  ),
];

const IT_MACHINES =
  'sistema|server|rete|internet|sito|app|telefono|cellulare|computer|pc|schermo|stampante|programma|wifi|macchina|camion|fila|traffico';
const IT_DOWN = String.raw`(?:\b(?:a terra|per terra|stes[oa]|sdraiat[oa]|svenut[oa]|accasciat[oa]|crollat[oa]|caduto|caduta)\b)`;
const IT_STILL = String.raw`(?:\bnon (?:si muove|risponde|reagisce|respira|si sveglia|parla)\b|\b(?:immobile|incosciente|privo di sensi|priva di sensi|senza respirare)\b)`;
const IT_UNDER = String.raw`(?:\b(?:sotto)\b (?:il |la |lo |un |una |al |alla |allo |ai |agli )?(?:\w+ )?(?:muletto|transpallet|carrello|camion|bancal[ei]|pallet|scaffal\w*|macchina|carico|piattaforma|casse)\b)`;
const IT_CRY = String.raw`(?:\b(?:urla|urlando|grida|gridando|piange|geme|non riesce a (?:uscire|muoversi|respirare))\b)`;
export const ITALIAN_DOWN_AND_STILL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`${notOfAMachine(IT_MACHINES)}${IT_DOWN}[^.!?\n]{0,70}?${IT_STILL}${notOnItsLine(`${IT_CALM}|ahah\\w*|spiaggia|divano|letto`)}`,
  ),
  rule(
    'safety',
    String.raw`(?:${IT_UNDER}[^.!?\n]{0,40}?${IT_CRY}|${IT_CRY}[^.!?\n]{0,20}?${IT_UNDER})${notOnItsLine(IT_CALM)}`,
  ),
];

const DE_MACHINES =
  'system|server|netz|netzwerk|internet|seite|app|telefon|handy|rechner|computer|pc|bildschirm|drucker|programm|wlan|maschine|anlage|lkw|auto|schlange';
const DE_DOWN = String.raw`(?:\b(?:liegt|lag|zusammengebrochen|zusammengesackt|sackte zusammen|umgekippt|kollabiert|(?:hangt|haengt|sitzt)(?= (?:\w+ )?(?:uber|auf|am|an) (?:dem|der) (?:lenkrad|steuer))|am boden|auf dem boden)\b)`;
const DE_STILL = String.raw`(?:\b(?:bewegt sich nicht|regt sich nicht|regungslos|reagiert nicht|antwortet nicht|atmet nicht|wacht nicht auf|leblos|bewusstlos)\b)`;
const DE_UNDER = String.raw`(?:\bunter (?:dem|der|einem|einer|den)\b (?:\w+ )?(?:gabelstapler|stapler|hubwagen|ameise|lkw|palette\w*|regal\w*|maschine|last|hebebuhne|hebebuehne|kisten)\b)`;
const DE_CRY = String.raw`(?:\b(?:schreit|schreien|brullt|bruellt|stohnt|stoehnt|weint|kommt nicht (?:raus|heraus))\b)`;
export const GERMAN_DOWN_AND_STILL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`${notOfAMachine(DE_MACHINES)}${DE_DOWN}[^.!?\n]{0,70}?${DE_STILL}${notOnItsLine(`${DE_CALM}|haha\\w*|strand|sofa|couch|bett`)}`,
  ),
  rule(
    'safety',
    String.raw`(?:${DE_UNDER}[^.!?\n]{0,40}?${DE_CRY}|${DE_CRY}[^.!?\n]{0,20}?${DE_UNDER})${notOnItsLine(DE_CALM)}`,
  ),
];

const PL_MACHINES =
  'system|serwer|siec|internet|strona|aplikacja|telefon|komputer|ekran|drukarka|program|wifi|maszyna|ciezarowka|samochod|kolejka';
const PL_DOWN = String.raw`(?:\b(?:lezy|lezal[a]?|upadl[a]?|zemdlal[a]?|zaslabl[a]?|przewrocil[a]? sie|osunal sie|osunela sie|na podlodze|na ziemi)\b)`;
const PL_STILL = String.raw`(?:\b(?:(?:sie )?nie rusza(?: sie)?|nie odpowiada|nie reaguje|nie oddycha|nie budzi sie|nieprzytomn\w*|bez ruchu|bez oddechu)\b)`;
const PL_UNDER = String.raw`(?:\bpod\b (?:\w+ )?(?:wozkiem|paleciakiem|paleta|paletami|regalem|regalami|maszyna|ciezarowka|ladunkiem|podnosnikiem|skrzyniami)\b)`;
const PL_CRY = String.raw`(?:\b(?:krzyczy|krzyczac|wrzeszczy|jeczy|placze|nie moze (?:wyjsc|sie ruszyc|oddychac))\b)`;
export const POLISH_DOWN_AND_STILL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`${notOfAMachine(PL_MACHINES)}${PL_DOWN}[^.!?\n]{0,70}?${PL_STILL}${notOnItsLine(`${PL_CALM}|haha\\w*|plaz\\w*|kanap\\w*|lozk\\w*`)}`,
  ),
  rule(
    'safety',
    String.raw`(?:${PL_UNDER}[^.!?\n]{0,40}?${PL_CRY}|${PL_CRY}[^.!?\n]{0,20}?${PL_UNDER})${notOnItsLine(PL_CALM)}`,
  ),
];

const TL_MACHINES =
  'sistema|system|server|internet|app|telepono|cellphone|computer|printer|wifi|makina|trak|kotse|pila';
const TL_DOWN = String.raw`(?:\b(?:nakahiga|nakahandusay|nakabulagta|bumagsak|natumba|bumulagta|nahimatay|nawalan ng malay|nakadapa|nasa sahig)\b)`;
const TL_STILL = String.raw`(?:\bhindi (?:na )?(?:gumagalaw|kumikilos|humihinga|sumasagot|makausap|magising|nagigising|tumutugon|nagsasalita)\b|\bwalang malay\b)`;
export const TAGALOG_DOWN_AND_STILL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`${notOfAMachine(TL_MACHINES)}${TL_DOWN}[^.!?\n]{0,70}?${TL_STILL}${notOnItsLine('haha\\w*|pelikula|laro|ensayo|drill')}`,
  ),
];

// Kreyol, the folded text (no accents): "kouche ate a li pa bouje", "kwense anba foklif la, l ap rele".
const HT_DOWN = String.raw`(?:\b(?:kouche|lonje|tonbe|ate a|ate|sou te a|endispoze|pedi konesans|fe yon endispozisyon)\b)`;
const HT_STILL = String.raw`(?:\b(?:li |l |yo )?(?:pa|p) (?:ka )?(?:bouje|reponn|respire|reveye|leve|pale)\b|\bsan konesans\b)`;
const HT_UNDER = String.raw`(?:\banba\b (?:\S+ ){0,2}?(?:foklif|forklift|palet|machin|kamyon|chaj|etaje|chariot|bwat)\S*)`;
const HT_CRY = String.raw`(?:\b(?:(?:l|li|yo) (?:ap|pe) (?:rele|kriye|plenn|rele anmwe)|rele anmwe|pa ka soti)\b)`;
// A source for the Kreyol table (other-languages/ht.ts), which takes phrases rather than rules.
export const HAITIAN_DOWN_AND_STILL = String.raw`${HT_DOWN}[^.!?\n]{0,70}?${HT_STILL}(?![^\n]*\b(?:lol|haha\w*|fim|jwet|egzesis)\b)|${HT_UNDER}[^.!?\n]{0,40}?${HT_CRY}`;
