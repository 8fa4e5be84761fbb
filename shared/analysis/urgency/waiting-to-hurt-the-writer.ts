import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Someone waiting for the writer, with the harm said as its purpose (blind attack ra37): "if i keep complaining he
 * will wait for me outside with his friends to smash my face", "me espera a la salida con sus amigos pa partirme la
 * cara". The harassment rules read the waiting, or the complaint it answers, and so the report went to the owner of
 * harassment; but a beating planned is a threat of violence, and the person who owns threats must see it today. The
 * harm is said as an aim ("to smash my face", "pa partirme", "pour me casser"), not as "he'll smash", which the threat
 * rules already read, so only a waiting or a coming for the writer in the same sentence makes it one.
 *
 * Calm beside them: "waiting for me to break the news", "come get me to kill time", "they waited for me to cut the
 * cake", hyperbole with no one waiting ("this job is going to break my back").
 */

const threat = (wait: string, harm: string): UrgencyRule => rule('threat', eitherOrder('latin', 80, wait, harm));

const EN_WAIT = String.raw`\b(?:wait(?:s|ed|in'?g?)? (?:for|on) me|(?:be|been|is|are) waiting (?:for|on) me|lay(?:ing)? in wait|(?:come|comes|coming|came) (?:for|after) me|(?:catch|get|jump|find) me (?:outside|after|in the|at the|alone|when)|(?:outside|after (?:work|my shift|the shift|close))[^.!?\n]{0,30}\bwith (?:his|her|their) (?:friends|boys|mates|crew|guys|cousins|brothers))`;
const EN_HARM = String.raw`\b(?:to|and|an'?|n'?|gonna) (?:smash|break|bust|beat|bash|kick|punch|stab|knife|cut|cripple|batter|rearrange|fuck up|mess up|jump) (?:me(?: up| in| over| down)?|my (?:face|head|legs?|teeth|jaw|ribs|kneecaps?|arms?|skull|nose))\b(?! (?:the news|in on|up on|to it))`;
export const ENGLISH_WAITING_TO_HURT: UrgencyRule[] = [threat(EN_WAIT, EN_HARM)];

const ES_WAIT = String.raw`\b(?:me (?:espera|esperan|esperaba|esperaban|esperara|esperaran|va a esperar|van a esperar|busca|buscan|va a buscar|van a buscar|agarra|agarran|van a agarrar|cacha|cachan)|esperarme|buscarme|agarrarme)\b`;
const ES_HARM = String.raw`\b(?:pa'?|para|y) (?:partirme|romperme|reventarme|madrearme|pegarme|golpearme|quebrarme|apunalarme|picarme|matarme|fundirme|darme (?:una )?(?:paliza|golpiza|madriza|putiza))\b`;
export const SPANISH_WAITING_TO_HURT: UrgencyRule[] = [threat(ES_WAIT, ES_HARM)];

const FR_WAIT = String.raw`\b(?:m'(?:attend|attendent|attendra|attendront|attendait|attendaient)|me (?:guette|guettent|chope|chopent|chopera|choperont|coince|coincent|coincera|coinceront)|m'attendre|me choper|me coincer)\b`;
const FR_HARM = String.raw`\bpour (?:me (?:casser|defoncer|peter|eclater|frapper|tabasser|planter|buter|tuer|massacrer|cogner)|m'(?:eclater|exploser|ecraser|allumer))\b`;
export const FRENCH_WAITING_TO_HURT: UrgencyRule[] = [threat(FR_WAIT, FR_HARM)];

const PT_WAIT = String.raw`\b(?:me (?:espera|esperam|esperar|esperando|pega|pegam|pegar|busca|buscam|cata|catam)|esperar-me|pegar-me)\b`;
const PT_HARM = String.raw`\b(?:pra|para|e) me (?:quebrar|arrebentar|bater|matar|esfaquear|furar|espancar|socar|encher de porrada)\b`;
export const PORTUGUESE_WAITING_TO_HURT: UrgencyRule[] = [threat(PT_WAIT, PT_HARM)];

const IT_WAIT = String.raw`\b(?:mi (?:aspetta|aspettano|aspettera|aspetteranno|aspettava|aspettavano|becca|beccano|trova|trovano)|aspettarmi|beccarmi)\b`;
const IT_HARM = String.raw`\bper (?:spaccarmi|rompermi|picchiarmi|massacrarmi|menarmi|ammazzarmi|accoltellarmi|pestarmi)\b`;
export const ITALIAN_WAITING_TO_HURT: UrgencyRule[] = [threat(IT_WAIT, IT_HARM)];

const DE_WAIT = String.raw`\b(?:(?:wartet|warten|lauert|lauern|wartete|warteten) (?:\w+ ){0,3}auf mich|(?:erwischen|kriegen|schnappen|erwischt|kriegt|schnappt) mich)\b`;
const DE_HARM = String.raw`\bum mich (?:\w+ ){0,2}zu (?:verprugeln|verpruegeln|schlagen|zusammenzuschlagen|abzustechen|umzubringen|vermobeln|vermoebeln)\b|\bum mich (?:zusammenzuschlagen|abzustechen|umzubringen|fertigzumachen)\b|\bum mir (?:die fresse|das gesicht|die beine|die knochen) zu (?:polieren|brechen)\b`;
export const GERMAN_WAITING_TO_HURT: UrgencyRule[] = [threat(DE_WAIT, DE_HARM)];
