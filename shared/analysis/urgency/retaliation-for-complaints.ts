import { rule, type UrgencyRule } from './types';

/*
 * Retaliation for a complaint, before or after it: told to drop it or lose the job ("hr told me to drop my complaint
 * or id lose my job", "si no retiro la queja me corren"), or punished after it ("they cut my hours after i went to
 * hr"). Harassment, the CHRO's. A threat to fire whoever complains, before anyone has: retaliation-threats.ts.
 * "Drop the complaint form in the box" is none. Tests: test/unit/analysis/urgency-attack-round-31.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL_OR_LESSON = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// What a manager does to someone who complained.
const EN_PUNISHED = String.raw`(?:fired|fire (?:me|us|her|him|them)|let (?:me|us|her|him|them) go|sacked|terminated|written up|wrote (?:me|us|her|him|them) up|cut (?:my|our|her|his|their) (?:hours|shifts|pay)|took (?:my|our|her|his|their) (?:shifts|hours|overtime)|demoted|moved (?:me|us|her|him|them) to (?:nights|days|another \w+|the \w+)|switched (?:me|us|her|him|them) to \w+|put (?:me|us|her|him|them) on (?:nights|the worst \w+)|punished|suspended|lose (?:my|our|your|her|his|their) (?:job|jobs|shifts|hours|position)|lost (?:my|our|her|his|their) (?:job|shifts|hours))`;
// Complaining, as people put it.
const EN_COMPLAINED = String.raw`(?:complain\w*|report(?:ed|ing)? (?:him|her|them|it|the \w+|my \w+)|went to (?:hr|osha|the union|management|the labou?r board)|go to (?:hr|osha|the union)|fil(?:ed|ing) (?:a |my |an )?(?:complaint|grievance|report|claim)|spoke up|called osha|talked to (?:hr|osha|the union)|rais(?:ed|ing) (?:a |my )?(?:concern|grievance|complaint))`;
const ES_JOB_LOST = String.raw`(?:despid\w*|desped\w*|corr(?:e|en|er|io|era)|bota(?:r|n|ra|ria)?|echa(?:r|n|ra|ria)?|quita\w* (?:el|mi|su|tu|los|mis) (?:trabajo|turnos?|horas|chamba)|pierd\w+ (?:el|mi|su|tu) (?:trabajo|chamba|puesto|empleo|turno)|me quedo sin (?:trabajo|chamba)|me (?:va|van) a correr)`;
// French.
const FR_JOB_LOST = String.raw`(?:vir\w*|licenci\w*|renvo\w*|dehors|perd\w* (?:mon|ton|son|mes|ses|tes|mon|le) (?:poste|boulot|travail|job|emploi|heures|contrat)|je perds|tu perds|elle perd|vir(?:e|er|era|eras))`;

// The punishment said not to happen: "the union rep said nobody gets fired for complaining here", "no one has ever
// been written up for reporting", "you can't be fired for going to HR", "fired for stealing, not for complaining".
const EN_NOT_PUNISHED = String.raw`(?<!\b(?:nobody|no one|noone|never|not|cannot|can'?t|won'?t|wont|doesn'?t|don'?t|didn'?t|wasn'?t|isn'?t|aren'?t|shouldn'?t|couldn'?t) (?:\w+ ){0,3})`;

export const ENGLISH_RETALIATION_FOR_COMPLAINTS: UrgencyRule[] = [
  // Retaliation for a complaint, before or after it: "hr told me to drop my complaint or id lose my job".
  rule(
    'harassment',
    String.raw`(?:\b(?:drop|withdraw|pull|take back|retract|forget about|let go of|stop pushing)\b (?:my|your|the|her|his|our|their|this|that)? ?(?:osha |hr |formal |sexual harassment |harassment )?(?:complaint|grievance|report|claim|case)\b[^.!?\n]{0,40}\b(?:or|otherwise|if not|unless|else)\b[^.!?\n]{0,40}\b(?:lose|losing|fired|fire|sack|sacked|let go|terminated|done|gone|out|finished|hours|shifts|consequences|transferred|moved|demot\w*|written up|regret)\b|${EN_NOT_PUNISHED}\b${EN_PUNISHED}\b[^.!?\n]{0,40}\b(?<!\bnot )(?:after|since|bc|because|cuz|cos|coz|for|right after|the day after|(?:\d+|two|three|a few) (?:days|weeks) after)\b (?:i|we|she|he|they)? ?(?:had )?${EN_COMPLAINED}\b|\b(?:after|since|bc|because|cuz|cos) (?:i|we|she|he|they) ${EN_COMPLAINED}\b[^.!?\n]{0,40}\b(?:they|he|she|hr|management|the \w+)? ?${EN_PUNISHED}\b|\b(?:if|when) (?:i|we|you|anyone|anybody|someone|somebody) (?:ever )?(?:report (?:him|her|them|it|this|the \w+)|complain|go to (?:hr|osha|the union)|call osha|talk to (?:hr|osha|the union)|file (?:a |an )?(?:complaint|grievance)|speak up|tell hr)\b(?![^.!?\n]{0,40}\b(?:won'?t|wont|will not|can'?t|cannot|never|not be|no one will|nobody will)\b)[^.!?\n]{0,40}\b(?:(?:i|we|you|they|he|she)(?:'ll|ll| will| would|'d| are gonna| r gonna| get| gets)? (?:be )?(?:fired|sacked|let go|terminated|gone|done|out)|lose (?:my|our|your|their|his|her) (?:job|jobs|shifts|hours)|fire (?:me|us|you|them))\b)${notAround(`${EN_NOT_REAL_OR_LESSON}|years ago|another job|last job|old job|previous job|lol|lmao`)}`,
  ),
];

export const SPANISH_RETALIATION_FOR_COMPLAINTS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\bsi no (?:retiro|retiras|retira|quito|quitas|quita|bajo|bajas) (?:la |mi |su |tu |el |esa |esta )?(?:queja|denuncia|demanda|reclamo|reporte)\b[^.!?\n]{0,40}\b${ES_JOB_LOST}|\b(?:retir\w*|quit\w*) (?:la |mi |su |tu )?(?:queja|denuncia|demanda|reclamo|reporte)\b[^.!?\n]{0,30}\b(?:o|si no|sino) (?:me |te |le |nos )?${ES_JOB_LOST}|\b(?:me |nos |la |lo |le )?(?:despidieron|corrieron|botaron|echaron|bajaron (?:las|mis|sus) horas|cambiaron de turno|quitaron (?:los|mis|sus) turnos)\b[^.!?\n]{0,30}\b(?:por|despues de|tras) (?:quejarme|quejarse|quejarnos|denunciar\w*|reportar\w*|ir a (?:recursos humanos|rh|rrhh)|hablar con (?:recursos humanos|rh|rrhh)|poner (?:una|la) (?:queja|denuncia))`,
  ),
];

export const FRENCH_RETALIATION_FOR_COMPLAINTS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\bretir\w* (?:ma|sa|la|ta|votre|leur|notre) (?:plainte|reclamation|signalement|grief|main courante)\b[^.!?\n]{0,40}\b(?:sinon|ou|ou bien)\b[^.!?\n]{0,40}\b${FR_JOB_LOST}|\b${FR_JOB_LOST}[^.!?\n]{0,30}\b(?:parce que|car|apres que|pour avoir|depuis que) (?:j'ai |il a |elle a |on a )?(?:porte plainte|signale|me plaindre|plainte|m'etre plaint\w*|ete aux rh|alle voir (?:les rh|l'inspection))`,
  ),
];

export const PORTUGUESE_RETALIATION_FOR_COMPLAINTS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\b(?:retirar|retira|retiro|tirar|tira|desistir d[ae])\b (?:a |minha |sua |essa )?(?:denuncia|reclamacao|queixa|queixa formal|processo)\b[^.!?\n]{0,40}\b(?:demit\w*|mandad\w* embora|mandar (?:embora|pra rua)|perd\w* (?:o|meu|seu) (?:emprego|trabalho|lugar|turno)|rua|dispens\w*)|\b(?:me |nos )?(?:demitiram|mandaram embora|cortaram (?:minhas|as) horas|mudaram (?:de|meu) turno)\b[^.!?\n]{0,30}\b(?:por|depois de|porque) (?:eu )?(?:reclamar|reclamei|denunciar|denunciei|ir no rh|fui no rh|fazer (?:a|uma) denuncia|fiz (?:a|uma) denuncia)`,
  ),
];

export const GERMAN_RETALIATION_FOR_COMPLAINTS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\bbeschwerde (?:nicht )?(?:zuruck(?:zieh\w*|nehm\w*|genommen|gezogen))\b[^.!?\n]{0,40}\b(?:raus|gekundigt|kundig\w*|entlass\w*|fliege|fliegst|job los|verlier\w*|rausgeschmissen|rauswerf\w*)|\b(?:gekundigt|rausgeschmissen|entlassen|schichten gestrichen|stunden gekurzt)\b[^.!?\n]{0,30}\b(?:weil|nachdem) ich (?:mich )?(?:beschwert|gemeldet|beim betriebsrat|bei der personalabteilung)`,
  ),
];
