import { rule, type UrgencyRule } from './types';

/*
 * An oblique threat (miss42, att42 F3): "tomorrow everyone in shipping will find out what happens when you laugh at
 * me. i know where the rack keys are kept and i have nothing left to lose". No word of violence in it, so no rule and
 * not the model read it; two parts together make it a threat: a promise that others will see what happens when they
 * mock, push or cross the writer, and the writer having nothing (left) to lose. Either order, a few sentences apart.
 * A threat of violence. Each alone is calm: "nothing left to lose by applying for the job", "you'll see what happens
 * when we ship on time".
 */

// The writer crossed: laughed at, mocked, pushed, disrespected.
const EN_CROSSED = String.raw`(?:laugh(?:s|ed|ing)? at|mock(?:s|ed|ing)?|make fun of|made fun of|mess(?:es|ed|ing)? with|push(?:es|ed|ing)?|cross(?:es|ed|ing)?|disrespect(?:s|ed|ing)?|humiliat\w*|treat(?:s|ed)? (?:me )?like|fire[sd]?|screw(?:s|ed)? (?:me )?over) me\b`;
const EN_SEE = String.raw`\b(?:will|'ll|are going to|gonna|going to) (?:all )?(?:find out|see|learn|know|regret|pay)\b[^.!?\n]{0,30}?\bwhat happens (?:when|if) (?:you|they|people|someone|u) ${EN_CROSSED}`;
const EN_NOTHING = String.raw`\b(?:(?:i'?ve|i have|i got|ive|i've got) nothing (?:left |more )?to lose|nothing (?:left )?to lose anymore)\b`;

const ES_SEE = String.raw`\b(?:van|vas|vais) a (?:saber|ver|aprender|pagar)\b[^.!?\n]{0,20}?\blo que pasa cuando (?:se )?(?:burlan|rien|rie|meten|joden|empujan|faltan)\w*`;
const ES_NOTHING = String.raw`\b(?:no tengo|ya no tengo) nada (?:mas )?que perder\b`;
const FR_SEE = String.raw`\b(?:allez|vont|vas) (?:tous |toutes )?(?:voir|savoir|comprendre|payer)\b[^.!?\n]{0,20}?\bce qui (?:arrive|se passe) quand on (?:se moque|rit|me pousse|me manque|me cherche)`;
const FR_NOTHING = String.raw`\b(?:je )?n'ai plus rien a perdre\b|\bj'ai plus rien a perdre\b`;
const DE_SEE = String.raw`\b(?:werdet|werden|wirst) (?:ihr |sie )?(?:alle )?(?:sehen|merken|erfahren|bereuen)\b[^.!?\n]{0,20}?\bwas passiert,? wenn (?:man|ihr|sie) (?:mich|uber mich)`;
const DE_NOTHING = String.raw`\b(?:ich habe|ich hab|hab) nichts (?:mehr )?zu verlieren\b`;
const IT_SEE = String.raw`\b(?:vedrete|vedranno|saprete|capirete|pagherete)\b[^.!?\n]{0,20}?\bcosa succede quando (?:mi|ridete|si)`;
const IT_NOTHING = String.raw`\bnon ho (?:piu )?(?:niente|nulla) da perdere\b`;
const PT_SEE = String.raw`\b(?:vao|vai|voces vao) (?:todos )?(?:ver|saber|aprender|pagar)\b[^.!?\n]{0,20}?\bo que acontece quando (?:riem|zombam|mexem|me)`;
const PT_NOTHING = String.raw`\bnao tenho (?:mais )?nada a perder\b`;
const PL_SEE = String.raw`\b(?:zobaczycie|przekonacie sie|dowiecie sie|pozalujecie)\b[^.!?\n]{0,20}?\bco sie dzieje,? (?:jak|kiedy|gdy) (?:sie ze mnie|mnie)`;
const PL_NOTHING = String.raw`\bnie mam (?:juz )?nic do stracenia\b`;

const together = (see: string, nothing: string): UrgencyRule =>
  rule('threat', String.raw`(?:${see})[^]{0,240}?(?:${nothing})|(?:${nothing})[^]{0,240}?(?:${see})`);

export const ENGLISH_NOTHING_LEFT_TO_LOSE: UrgencyRule[] = [together(EN_SEE, EN_NOTHING)];
export const SPANISH_NOTHING_LEFT_TO_LOSE: UrgencyRule[] = [together(ES_SEE, ES_NOTHING)];
export const FRENCH_NOTHING_LEFT_TO_LOSE: UrgencyRule[] = [together(FR_SEE, FR_NOTHING)];
export const GERMAN_NOTHING_LEFT_TO_LOSE: UrgencyRule[] = [together(DE_SEE, DE_NOTHING)];
export const ITALIAN_NOTHING_LEFT_TO_LOSE: UrgencyRule[] = [together(IT_SEE, IT_NOTHING)];
export const PORTUGUESE_NOTHING_LEFT_TO_LOSE: UrgencyRule[] = [together(PT_SEE, PT_NOTHING)];
export const POLISH_NOTHING_LEFT_TO_LOSE: UrgencyRule[] = [together(PL_SEE, PL_NOTHING)];
