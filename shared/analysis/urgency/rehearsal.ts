import { foldPattern } from './normalise';

/*
 * A hazard or threat named in a training, a drill or a role-play is a lesson or a part played, not an event: "the
 * manual handling refresher covered crush hazards", "la simulazione di evacuazione con il finto ferito è andata bene",
 * "au jeu de rôle j'étais le client agressif, j'ai menacé tout le monde". Such a sentence names an exercise and also
 * says the danger was its subject (covered, taught, about) or a pretence (a fake casualty, a part the writer played):
 * the rules and the model do not read it.
 *
 * A class on first aid whose dummy "was not breathing" is a lesson too (u44c: "in the CPR class the dummy was not
 * breathing so we practised compressions", "au cours de secourisme le mannequin ne respirait plus"): a first-aid class,
 * a CPR lesson or a course is an exercise, and a training dummy or mannequin a pretence, in the seven languages above.
 *
 * A film's or a book's plot is no event either ("the film about a nurse who slapped a patient").
 *
 * An exercise alone is not enough: "during the fire drill the back exit was chained shut", "at the training my
 * manager grabbed me" report what really happened there, and stay. So does a sentence that says it was real
 * ("someone actually got hurt during the drill"), and one where it was done to the writer ("me", "mich", "我").
 */

// An exercise: a training, course, drill, simulation or role-play, per language (folded).
const EXERCISE = [
  String.raw`\b(?:training|refresher|course|induction|toolbox talk|drill|exercise|simulation|role-?play(?:ing)?|workshop|e-?learning|module|webinar|seminar|safety (?:talk|briefing|day|week)|class|lesson|first[- ]aid|cpr)\b`,
  String.raw`\b(?:simulacro|simulacion|formacion|capacitacion|curso|taller|juego de rol(?:es)?|entrenamiento|ejercicio de (?:evacuacion|emergencia)|clase|primeros auxilios|rcp)\b`,
  String.raw`\b(?:formation|exercice|simulation|jeu de role|jeux de role|stage|atelier|recyclage|cours|secourisme|rcp)\b`,
  String.raw`(?:ubung|schulung|kurs|rollenspiel|unterweisung|training|fortbildung|seminar|erste[- ]?hilfe)`,
  String.raw`\b(?:simulado|simulacao|treinamento|formacao|curso|capacitacao|exercicio|role-?play|dramatizacao|aula|primeiros socorros|rcp)\b`,
  String.raw`\b(?:simulazione|esercitazione|corso|formazione|prova (?:di )?evacuazione|gioco di ruolo|giochi di ruolo|addestramento|aggiornamento|lezione|primo soccorso|rcp)\b`,
  String.raw`\b(?:cwiczeni\w*|szkoleni\w*|kurs\w*|symulacj\w*|odgrywani\w* rol|zajeci\w*|lekcj\w*|pierwsz\w* pomoc\w*|resuscytacj\w*)`,
  String.raw`\b(?:dien tap|tap huan|dao tao|khoa hoc|dong vai|mo phong)\b`,
  String.raw`\b(?:pagsasanay|seminar|drill|training|role ?play)\b`,
  String.raw`演练|演練|演习|演習|培训|培訓|训练|訓練|模拟|模擬|角色扮演|课程|課程`,
  String.raw`(?<!\p{L})(?:تدريب|تمرين|محاكاه|دوره تدريبيه|لعب ادوار|لعب الادوار)`,
].join('|');

// The danger as a pretence, anywhere in the sentence: a role-play, a fake casualty, a part the writer played.
const PRETENCE = [
  String.raw`\brole-?play|\bjuegos? de rol|\bjeux? de role|\bgioc(?:o|hi) di ruolo|rollenspiel|\bodgrywani\w* rol|\bdong vai|角色扮演|(?<!\p{L})لعب (?:ال)?ادوار`,
  // A fake signature or record is a forgery, not a part played ("fake signatures on the training sheets", u36a).
  String.raw`\b(?:fake(?! (?:\w+ )?(?:signatures?|initials|records?|logs?|entries|certificates?|certs|sheets?|forms?|names|attendance|sign-?offs?|paperwork|timesheets?|readings|temps|inspections?))|pretend(?:ed)?|simulated|dummy|mock (?:drill|evacuation|fire|casualty|victim|scenario|incident|attack|exercise|patient)|manikins?|mannequins?|cpr (?:doll|dolls|dummy|dummies)|resusci anne|played (?:the|a|an)|playing (?:the|a|an)|i was the)\b`,
  // The exercise's scenario, or praise of how real it looked (blind round 18: "the gas leak scenario in yesterday's
  // emergency exercise was realistic"), in en, es, fr, de, pt, it.
  String.raw`\b(?:scenarios?|realistic|escenarios?|realista|realiste|szenarios?|realistisch|cenarios?|scenari|realistic[oa])\b`,
  // "Simulado" alone is the drill itself ("o simulado de incêndio"): only a casualty said to be simulated is pretence.
  String.raw`\b(?:ficticio|ficticia|(?:herid|victim|lesionad)[oa]s? simulad[oa]s?|fingid[oa]|de mentira|hice de|hacia de)\b`,
  String.raw`\b(?:simule[es]?|fictive?s?|faux(?! (?:registres?|signatures?|releves?|attestations?|certificats?|documents?))|fausse(?! (?:signature|attestation))|j'etais (?:le|la|un|une)|je jouais|jouait (?:le|la))\b`,
  String.raw`(?:gespielt|simuliert|gestellt|ubungspuppe|spielte (?:den|die|einen|eine)|ich war (?:der|die))`,
  String.raw`\b(?:fingid[oa]|(?:ferid|vitim|paciente)[oa]?s? simulad[oa]s?|fiz de|fazia de|fiz o papel)\b`,
  String.raw`\b(?:fint[oaie]|simulat[oaie]|ero (?:il|la|un|una)|facevo (?:il|la)|interpretavo)\b`,
  String.raw`\b(?:pozorowan\w*|udawan\w*|symulowan\w*|gralem (?:role|klienta)|gralam (?:role|klienta))\b`,
  // A training dummy or mannequin, per language (u44c: "in the CPR class the dummy was not breathing").
  String.raw`\b(?:maniqui(?:es|s)?|muneco de (?:practicas?|rcp|entrenamiento)|mannequins?|poupee de (?:secourisme|rcp|reanimation)|ubungspuppen?|reanimationspuppen?|manequi(?:m|ns)|boneco de (?:treino|rcp|treinamento)|manichin[oi]|fantom(?:a|ie|y|ow)?|manekin(?:a|ie|y|ow)?)\b`,
  String.raw`\b(?:gia vo|gia lam)\b`,
  String.raw`\b(?:kunwari|kunwaring|nagpanggap|gumanap)\b`,
  String.raw`假装|假裝|假扮|扮演|模拟的|模擬的`,
  String.raw`(?<!\p{L})(?:تمثيل|مثلت دور|وهمي|وهميه)`,
].join('|');

// The danger as the exercise's subject, said just after the exercise is named: "the refresher covered crush hazards",
// "la formation portait sur". Not anywhere in the sentence: "during the drill the exit was chained, the trainer
// explained it's always like that" reports what was found.
const TOPIC = [
  String.raw`\b(?:covered|covers|covering|taught|teaches|explained|explains|went (?:over|through)|talked (?:about|through)|(?:was|were|is) (?:all )?about(?! to\b)|focused on|showed (?:us )?how|on how|how to (?:spot|avoid|prevent|handle|deal|treat)|(?:on )?what to do (?:if|when|in case)|que hacer (?:si|cuando|en caso)|que faire (?:si|quand|en cas))\b`,
  String.raw`\b(?:explicaron|explico|trato sobre|sobre como|hablo de|hablaron de|explicaram|explicou|falou sobre)\b`,
  String.raw`\b(?:a explique|ont explique|parlait de|portait sur|sur comment)\b`,
  String.raw`(?:erklart|ging um|behandelt)`,
  String.raw`\b(?:ha spiegato|hanno spiegato|parlava di|su come)\b`,
  String.raw`\b(?:omawial\w*|o tym jak)\b`,
  String.raw`\b(?:huong dan|noi ve)\b`,
  String.raw`讲了|講了|讲解|講解|教了|教我们|教我們|关于|關於`,
  String.raw`(?<!\p{L})(?:شرحوا|شرح)`,
].join('|');

// A story told in a film, a series or a book: its plot is no event here ("the residents loved the film about a nurse
// who slapped a patient").
const FICTION = [
  String.raw`\b(?:film|movie|tv series|novel|documentary|cartoon|sitcom)s? (?:about|where|in which)\b`,
  String.raw`\b(?:pelicula|novela|documental|filme|documentario)s? (?:sobre|donde|en (?:la|el) que|onde|em que)\b`,
  String.raw`\b(?:film|serie|roman|documentaire|feuilleton)s? (?:sur|ou|qui parle|dans lequel|dans laquelle)\b`,
  String.raw`\b(?:film|serie|roman|doku\w*|krimi)s? (?:uber|in dem|in der|wo)\b`,
  String.raw`\b(?:film|serie|romanzo|documentario|fiction)s? (?:su|sul|sulla|dove|in cui)\b`,
  String.raw`电影|電影|电视剧|電視劇|连续剧|連續劇|小说里|小說裡|纪录片|紀錄片`,
].join('|');

// The writer says it was real, or it turned real; or it was done to the writer ("at the training he pretended to trip
// and grabbed me"): a part played on the writer is no part.
const REAL = [
  String.raw`\b(?:me|my|mine)\b|\b(?:me|mi|moi|m'|mich|mir|mim|mnie|mi)\b|我(?!们|們)`,
  String.raw`\b(?:actually|really) (?:got |was |were |did |had |has |have )?(?:hurt|injur\w*|happen\w*|fell|fall\w*|burn\w*|trapped|cut|collaps\w*|faint\w*|pass\w* out|on fire|bleed\w*)|\b(?:for real|genuinely|not (?:a |the )?(?:drill|fake|pretend|exercise)|turned (?:out )?real)\b`,
  String.raw`\b(?:de verdad|de veras|de verdade|pour de vrai|en vrai|wirklich verletzt|echt verletzt|tatsachlich|per davvero|sul serio|davvero (?:ferit|cadut|bruciat|fatt[oa] male)|naprawde|na serio|that su|thuc su|totoo|talagang)\b`,
  String.raw`真的|真实|真實|其实|其實|竟然|(?<!\p{L})(?:فعلا|حقيقي|بجد)`,
  // Happening now (urg40): "the safety talk covered gas leaks and right now I smell gas in bay 2".
  String.raw`\b(?:right now|as we speak|just now|at this (?:very )?moment|ahora mismo|en este momento|en ce moment|a l'instant|gerade jetzt|jetzt gerade|agora mesmo|neste momento|proprio ora|in questo momento|w tej chwili)\b`,
].join('|');

const SENTENCE = /[^.!?;\n。！？；]+[.!?;\n。！？；]*/gu;
/*
 * A sentence longer than this is a run-on report, not one about a drill: "o treinamento foi ótimo … o simulado de
 * incêndio foi tranquilo" typed without full stops may hold a threat in its middle, which must still be read.
 */
const LONGEST_SENTENCE = 200;
const EXERCISE_PATTERN = new RegExp(foldPattern(EXERCISE), 'u');
const PRETENCE_PATTERN = new RegExp(foldPattern(PRETENCE), 'u');
const TOPIC_PATTERN = new RegExp(`(?:${foldPattern(EXERCISE)})[^.!?;\n。！？；]{0,30}?(?:${foldPattern(TOPIC)})`, 'u');
// An exercise whose danger was only acted or taught. The topic pattern starts with an exercise, so a text with none
// (nearly every text) is answered by the exercise pattern alone, not by the topic's longer one too.
const onlyActed = (text: string): boolean =>
  EXERCISE_PATTERN.test(text) && (PRETENCE_PATTERN.test(text) || TOPIC_PATTERN.test(text));
const FICTION_PATTERN = new RegExp(foldPattern(FICTION), 'u');
const REAL_PATTERN = new RegExp(foldPattern(REAL), 'u');

/**
 * The folded text with every sentence blanked out that names an exercise whose danger was only its subject or acted,
 * for the rules and the model to read. Returns the text itself when there is none.
 */
export function withoutRehearsals(folded: string): string {
  if (!onlyActed(folded) && !FICTION_PATTERN.test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence) =>
    sentence.length <= LONGEST_SENTENCE &&
    (onlyActed(sentence) || FICTION_PATTERN.test(sentence)) &&
    !REAL_PATTERN.test(sentence)
      ? ' '.repeat(sentence.length)
      : sentence,
  );
}
