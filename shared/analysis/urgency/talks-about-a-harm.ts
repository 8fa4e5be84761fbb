/*
 * A talk, a meeting, a session or a slogan about a harm (fraud39, after a blind attacker, ra38b): "In the quarterly
 * meeting they said 'fraud prevention is everyone's job' and showed the new whistleblower hotline" was read as fraud,
 * "we had a talk about age discrimination at the town hall, HR explained the policy" as discrimination, each an urgent
 * email to an executive about a meeting. The harm is the talk's subject, not something that happened: as a campaign's
 * name (campaigns-against.ts) or a lesson (taught-how-to.ts), the phrase is blanked as an idiom is (each language's
 * `benign`), and only the phrase, so a report beside it is read: "the talk on harassment was nice but my lead still
 * grabs me" still reads "grabs me".
 *
 * Three forms, each language:
 * - a talk, meeting, town hall, session, training or video on or about a harm, the harm said in general (at most a
 *   kind of it: "age", "sexual", "workplace"): "a meeting about the harassment by my supervisor" names a harm that
 *   happened, and "about harassment by my lead" says whose: neither is blanked;
 * - the harm as the subject of a prevention, an awareness, a policy, a hotline or a slogan: "fraud prevention",
 *   "prévention de la fraude", "Betrugsprävention";
 * Suicide and self-harm are not among the harms: "I called the suicide prevention hotline last night" is the writer
 * at risk, and a helpline's poster is read by instructions-for-everyone.ts.
 * - a poster, banner or slogan whose words open on the harm: "poster in the lobby: 'Fraud hurts us all, report it'".
 */

// A harm said in general, with at most a kind of it before it.
const EN_KIND = String.raw`(?:(?:age|sexual|workplace|racial|gender|disability|pregnancy|religious|online|verbal|financial|procurement|expense|payroll|insurance|elder|domestic|substance|drug|alcohol) )?`;
const EN_HARM = String.raw`${EN_KIND}(?:harassment|bullying|discrimination|racism|sexism|ageism|homophobia|fraud|bribery|corruption|kickbacks|theft|violence|abuse|misconduct|retaliation|money laundering|conflicts? of interest)`;
// Not of a harm that happened: "by my supervisor", "against me", "that happened", "i reported".
const EN_NOT_WHOSE = String.raw`(?! (?:by|from|of|against|towards?|to|at the hands of|that|which|who|i|he|she|they|in (?:my|our|the) (?:team|department|store|shift|site))\b)`;
const EN_TALK = String.raw`(?:talks?|meetings?|town ?halls?|all[- ]hands|sessions?|webinars?|presentations?|seminars?|workshops?|lectures?|briefings?|assembl(?:y|ies)|huddles?|trainings?|modules?|videos?|panels?|speech(?:es)?|lunch and learns?|toolbox talks?|e-?learning|quiz(?:zes)?|slides?|keynotes?)`;

// What a talk did with its subject (urg40): "the town hall covered age discrimination", "the webinar dealt with".
const EN_ABOUT = String.raw`(?:about|on|regarding|covering|around|re|covered|covers|dealt with|deals with|addressed|addresses|discussed|discusses|tackled|tackles|went over|goes over|looked at|explained|explored|highlighted|was devoted to|concerned)`;
// Nor a talk its sentence turns from to what someone at work then said or did (urg40: "the town hall covered age
// discrimination, then my manager said he only hires people under 30"): the harm is read as it was before.
const EN_NOT_TURNING = String.raw`(?![^.!?\n]{0,40}?\b(?:then|but|yet|however|and after|afterwards|right after|after that)\b,? (?:\w+ ){0,2}?(?:my|our|the|his|her|a|one) (?:[\w-]+ )?(?:manager|boss|supervisor|lead|coworker|co-worker|colleague|director|foreman|owner|gm|hr)\b)`;
// Suicide as a talk's subject only: "I called the suicide prevention hotline" is the writer at risk (above).
const EN_TALK_HARM = String.raw`(?:${EN_HARM}|(?:suicide|self-?harm|self harm)(?: prevention| awareness)?)`;

export const ENGLISH_TALKS_ABOUT_A_HARM = [
  String.raw`\b${EN_TALK}(?: [\w-]+){0,3}? ${EN_ABOUT} (?:the topic of |the subject of |preventing |stopping |spotting |reporting )?${EN_TALK_HARM}(?:,? (?:and|or|&) ${EN_TALK_HARM})*\b${EN_NOT_WHOSE}${EN_NOT_TURNING}`,
  String.raw`\b${EN_HARM} (?:prevention|awareness|policy|policies|training|hotline|helpline|reporting line|speak[- ]up line|week|month|day|campaign|posters?|slogans?|pledge|module|video|e-?learning|quiz)\b`,
  String.raw`\b(?:posters?|signs?|banners?|slogans?|motto|stickers?|flyers?|leaflets?|screensavers?|mugs?|lanyards?)\b(?: [\w-]+){0,4}? ?(?:(?:says?|said|reads?|:|-) ?["'\u201c]?|["'\u201c])${EN_HARM}\b`,
];

const ES_HARM = String.raw`(?:(?:el|la|los|las) )?(?:acoso(?: laboral| sexual)?|hostigamiento|discriminacion(?: por edad| racial| de genero| laboral)?|racismo|machismo|fraude|soborno|corrupcion|robo|violencia(?: laboral| de genero)?|abuso|represalias)`;
export const SPANISH_TALKS_ABOUT_A_HARM = [
  String.raw`\b(?:charlas?|platicas?|reunion(?:es)?|juntas?|capacitacion(?:es)?|talleres?|sesion(?:es)?|presentacion(?:es)?|conferencias?|seminarios?|webinars?|cursos?|videos?|asambleas?)(?: \w+){0,3}? (?:sobre|acerca del?|de|contra|para prevenir|trato|abordo|abordaba|hablo de|versaba sobre|se centro en) (?:la )?(?:prevencion (?:del?|de la) )?(?:${ES_HARM}|suicidio|autolesiones)(?:,? (?:y|e|o) ${ES_HARM})*\b(?! (?:de|del|que|contra) (?:mi|mis|su|sus|el|la|un|una|me|nos)\b)`,
  String.raw`\b(?:prevencion|politica|campana|linea (?:de denuncia|etica)|semana|dia|protocolo|lema) (?:de |del |contra (?:el |la )?)${ES_HARM}\b`,
];

const FR_HARM = String.raw`(?:(?:le|la|les|l') ?)?(?:harcelement(?: moral| sexuel)?|discriminations?(?: liees? a l'age| raciales?)?|racisme|sexisme|fraudes?|corruption|vol|violences?(?: au travail| sexistes| sexuelles)?|abus|represailles)`;
export const FRENCH_TALKS_ABOUT_A_HARM = [
  String.raw`\b(?:reunions?|formations?|conferences?|ateliers?|presentations?|seances?|sessions?|seminaires?|webinaires?|causeries?|interventions?|videos?|sensibilisations?|modules?|quart d'heure)(?: [\w']+){0,3}? (?:sur|contre|au sujet de|a propos de|de|aborde|abordait|abordera|traitait|traite|concernait|concerne|evoque|evoquait) (?:la prevention (?:de la |du |des |de l')?)?(?:${FR_HARM}|suicide)(?:,? (?:et|ou) ${FR_HARM})*\b(?! (?:de|du|que|contre) (?:mon|ma|mes|son|sa|ses|un|une|moi|nous)\b)`,
  String.raw`\b(?:prevention|politique|campagne|ligne d'alerte|semaine|journee|charte|slogan) (?:de |du |des |contre )(?:la |le |les |l')?${FR_HARM}\b`,
];

const PT_HARM = String.raw`(?:(?:o|a|os|as) )?(?:assedio(?: moral| sexual)?|discriminacao(?: por idade| racial)?|racismo|machismo|fraudes?|suborno|corrupcao|roubo|violencia(?: no trabalho| de genero)?|abuso|retaliacao)`;
export const PORTUGUESE_TALKS_ABOUT_A_HARM = [
  String.raw`\b(?:palestras?|reunio(?:es|ao)|reuniao|treinamentos?|formacao|formacoes|apresentacao|apresentacoes|workshops?|seminarios?|cursos?|videos?|conversas?|encontros?|dds)(?: \w+){0,3}? (?:sobre|de|contra|para prevenir|abordou|aborda|abordava|tratou|tratava) (?:(?:a )?prevencao (?:ao|do|da|de) )?(?:${PT_HARM}|suicidio)(?:,? (?:e|ou) ${PT_HARM})*\b(?! (?:do|da|de|que|contra) (?:meu|minha|meus|seu|sua|um|uma|mim|nos)\b)`,
  String.raw`\b(?:prevencao|politica|campanha|canal de denuncia|semana|dia) (?:de |do |da |contra (?:o |a )?|ao |a )${PT_HARM}\b`,
];

const DE_HARM = String.raw`(?:(?:sexuelle[rn]?|rassistische[rn]?) )?(?:belastigung|mobbing|diskriminierung|rassismus|sexismus|betrug|bestechung|korruption|diebstahl|gewalt|missbrauch)\w*`;
export const GERMAN_TALKS_ABOUT_A_HARM = [
  String.raw`\b(?:vortrag|vortrage|schulung|schulungen|meeting|besprechung|versammlung|betriebsversammlung|workshop|seminar|prasentation|unterweisung|webinar|video|infoveranstaltung|veranstaltung)\w*(?: \w+){0,3}? (?:uber|zu|zum|zur|gegen|wegen|um|behandelte|thematisierte) (?:das thema )?(?:\w+ )?${DE_HARM}(?:,? (?:und|oder|sowie) (?:\w+ )?${DE_HARM})*(?! (?:von|durch|gegen) (?:meine[mnrs]?|seine[mnrs]?|ihre[mnrs]?|mich|uns|einem|einer)\b)`,
  String.raw`\b(?:betrugs|korruptions|mobbing|diskriminierungs|gewalt)(?:pravention|richtlinie|hotline|schulung|kampagne)\w*|\b(?:pravention|richtlinie|kampagne|hotline|aktionswoche|motto) (?:gegen |zu |zur |von )(?:\w+ )?${DE_HARM}`,
];

const IT_HARM = String.raw`(?:(?:la|le|il|i|lo|gli|l') ?)?(?:molestie(?: sessuali| sul lavoro)?|mobbing|bullismo|discriminazion[ei](?: per eta| razzial[ei])?|razzismo|sessismo|frod[ei]|truff[ae]|corruzione|furti?|violenza(?: di genere| sul lavoro)?|abusi|ritorsioni)`;
export const ITALIAN_TALKS_ABOUT_A_HARM = [
  String.raw`\b(?:incontr[oi]|riunion[ei]|cors[oi]|formazione|seminari?o?|presentazion[ei]|webinar|workshop|conferenz[ae]|assemble[ae]|video|sessione|sessioni)(?: [\w']+){0,3}? (?:sulla|sul|sulle|sui|su|contro|di|della|delle|dello|per prevenire|trattava|trattato|affrontava|affrontato|riguardava|parlava di) (?:prevenzione (?:delle |della |del |dei )?)?(?:${IT_HARM}|suicidio)(?:,? (?:e|ed|o) ${IT_HARM})*\b(?! (?:da|del|della|di|contro) (?:mio|mia|miei|suo|sua|un|una|me|noi)\b)`,
  String.raw`\b(?:prevenzione|politica|campagna|settimana|giornata|sportello|slogan) (?:delle |della |del |dei |contro (?:la |le |il )?)${IT_HARM}\b`,
];

const PL_HARM = String.raw`(?:mobbing\w*|molestowani\w*|dyskryminacj\w*|rasizm\w*|oszustw\w*|korupcj\w*|lapownictw\w*|kradziez\w*|przemoc\w*|nekani\w*)`;
export const POLISH_TALKS_ABOUT_A_HARM = [
  String.raw`\b(?:spotkani\w*|szkoleni\w*|prezentacj\w*|wyklad\w*|warsztat\w*|zebrani\w*|webinar\w*|seminari\w*|pogadank\w*|film\w*|odpraw\w*)(?: \w+){0,3}? (?:o|na temat|dotyczac\w*|dotyczy\w*|w sprawie|przeciw|przeciwko|omawial\w*) (?:przeciwdzialani\w* |zapobiegani\w* )?(?:\w+ )?(?:${PL_HARM}|samobojstw\w*)(?:,? (?:i|oraz|lub|albo) ${PL_HARM})*(?: ze wzgledu na \w+| w (?:pracy|miejscu pracy))?(?! (?:ze strony|wobec|przez) (?:mnie|mojego|mojej|szefa|kierownika)\b)`,
];

const TL_HARM = String.raw`(?:(?:sexual|workplace|age) )?(?:harassment|diskriminasyon|discrimination|pang-?aabuso|bullying|pandaraya|fraud|karahasan|violence|pagnanakaw|corruption|katiwalian)`;
export const TAGALOG_TALKS_ABOUT_A_HARM = [
  String.raw`\b(?:seminar|talk|meeting|training|orientation|webinar|usapan|pulong|lecture|session|pagpupulong)s?(?: \w+){0,3}? (?:tungkol sa|about|on|ukol sa|laban sa) (?:\w+ )?${TL_HARM}\b(?! (?:ni|ng|sa|by) (?:boss|supervisor|manager|lead|kanya|akin)\b)`,
];
