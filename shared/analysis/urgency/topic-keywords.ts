import type { Topic } from '../../config/schema';
import { detectTopics, withElisionsApart } from '../../domain/topics';
import { fold, foldPattern } from './normalise';
import { withoutCalmSafety } from './calm-safety';
import { isProcedureQuestion } from './procedure-question';
import { PRAISE_SLANG_SOURCE } from './praise-slang';
import { withoutFireAsPraise } from './fire-said-as-praise';

/**
 * Whether a report is urgent by its topic, the one reading behind both the
 * intake's lane (urgent-lane.ts) and analysis' escalation (escalate-if-needed.ts),
 * so a report that will escalate as urgent never waits in the normal lane:
 * - the employee chose a topic the config marks urgent (as the box, free to tick);
 * - the urgency detector found a category in the words (`urgentCategories`);
 * - an urgent topic's keyword is in a clause that reports a problem with it
 *   (`urgentTopicsReported`).
 */
export function readsUrgentTopic(
  topics: readonly Topic[],
  report: { topic?: string | undefined; text: string },
  /** The detector's categories, or how to read them (only when the chosen topic does not already decide). */
  urgentCategories: readonly string[] | (() => readonly string[]),
): boolean {
  if (report.topic !== undefined && topics.some((t) => t.id === report.topic && t.urgent)) return true;
  const categories = typeof urgentCategories === 'function' ? urgentCategories() : urgentCategories;
  return categories.length > 0 || urgentTopicsReported(report.text, topics).length > 0;
}

/**
 * The urgent topics whose keywords the text uses to report a problem. A
 * keyword names a topic (it still counts there, `detectTopics`); it makes a
 * report urgent unless every mention of it is plainly calm, and nothing near
 * it (its sentence, the one before or the one after) says anything is wrong.
 *
 * Calm mentions: praise or thanks ("The forklift training course was
 * excellent"), a hazard reported fixed ("the slippery tile was fixed"), a
 * thing the keyword describes or that is about it (the "near miss reporting
 * app", the "accident report form", "a workshop on preventing harassment"),
 * a question of where or how to report ("where do I report a spill?"), a
 * purchase or sale ("can we get a second forklift", "the old forklift was
 * sold"), a figure of speech ("the slippery slope of more meetings") or the
 * writer's joke ("passed over for the raffle prize lol").
 *
 * Praise never cancels trouble: a sign of it anywhere near the keyword (a
 * denial, "still", "broken", "leaking", "almost", "without", "lost two
 * fingers", "nobody", …), in the same clause or the next sentence that refers
 * back to it ("Kudos on the chemical storage. It is leaking"), makes the
 * report urgent whatever praise it holds. A mention that says nothing either
 * way ("oil on the floor by press 4", "I was threatened by a coworker") is a
 * report: calm words are the exception, never the rule, and when in doubt a
 * report is urgent (a missed hazard costs more than a false alarm).
 */
export function urgentTopicsReported(text: string, topics: readonly Topic[]): string[] {
  // Keywords read as the clauses are, folded (accents, case, full-width forms), as detectTopics reads them whole.
  const urgent = topics.filter((t) => t.urgent).map((t) => ({ ...t, keywords: t.keywords.map(fold) }));
  if (!text || !urgent.length || !detectTopics(fold(text), urgent).length) return [];
  // "l'extincteur", "dell'estintore": the keyword after an elided article is read as a word of its own.
  // "Fire" said in praise of someone ("the new guy is fire at the forklift, best driver we have") is no trouble near the
  // keyword: its clause is left out (fire-said-as-praise.ts).
  const sentences = withElisionsApart(withoutFireAsPraise(withoutCalmSafety(fold(text)))).split(SENTENCE_BREAK);
  // Trouble is read around the keywords, not in them: "injury" in "the injury prevention talk" is the talk's subject.
  const keywords = keywordPattern(urgent.flatMap((t) => t.keywords));
  const troubled = sentences.map((sentence) =>
    TROUBLED.test(
      sentence.replace(GAME_MISSED, ' ').replace(keywords, ' ').replace(NOT_TROUBLE, ' ').replace(PRAISE_SLANG, ' '),
    ),
  );
  const found = new Set<string>();
  sentences.forEach((sentence, i) => {
    // The next sentence often says what is wrong with what this one named: "Kudos on the chemical storage. It leaks."
    const troubleNear = troubled[i] || troubled[i + 1];
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      for (const topic of urgent)
        if (detectTopics(clause, [topic]).length && (troubleNear || !isCalmMention(clause, topic))) found.add(topic.id);
    }
  });
  return urgent.filter((t) => found.has(t.id)).map((t) => t.id);
}

// Where a sentence ends: its marks and line breaks. Trouble is looked for in a keyword's sentence and those beside it.
const SENTENCE_BREAK = /[.!?;:\n。！？；：]+/u;
// Where a clause ends within a sentence: commas, dashes, and a contrast that starts a new one.
const CLAUSE_BREAK = new RegExp(
  foldPattern(
    String.raw`[,，]+|\s[-–—]\s|\b(?:but|however|although|though|yet|pero|aunque|sin embargo|mais|cependant|pourtant)\b`,
  ),
  'u',
);

// Every keyword as a whole word (one of five letters or more also as the start of one, as detectTopics reads it).
function keywordPattern(keywords: readonly string[]): RegExp {
  const sources = keywords
    .map((k) => k.toLowerCase())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(
      (k) =>
        `${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${k.length >= 5 && !k.includes(' ') ? String.raw`\p{L}*` : ''}`,
    );
  return sources.length
    ? new RegExp(`(?<![\\p{L}\\p{N}'])(?:${sources.join('|')})(?![\\p{L}\\p{N}'])`, 'gu')
    : /(?!)/gu;
}

// Praise and thanks (en, es, fr): what a person says of something that went well.
const PRAISE = String.raw`\b(?:great|excellent|good|well done|well run|well organi[sz]ed|thanks? (?:you )?(?:for|to)|thank you (?:for|to)|cheers for|kudos|appreciated?|loved|lovely|nice|brilliant|awesome|amazing|fantastic|superb|helpful|useful|informative|easy to use|tidier|tidy|neater|cleaner|improved|improvement|better|enjoy(?:ed|able)|good fun|impressive|congrat\w*|bravo|careful|polite|courteous|professional|friendly|gracias por|genial|excelente|buen[oa]?|bien hecho|muy bien|merci pour|merci a|formidable|bien organise|comfortable|comfy|comfier|fits? (?:well|nicely|perfectly|great)|well made|(?:good|high) quality|love (?:it|them|the)|genial|utile|tres bien|parfait\w*|sympa|excellente?|confortables?|comod[oa]s?|muy util|ottim[oa]|perfett[oa]|utilissim[oa]|molto (?:utile|bell[oa]|buon[oa])|grazie (?:per|mille)|confortevoli|comodissim[oa]|muito (?:bom|boa|util)|otim[oa]|obrigad[oa] pel[oa]|confortaveis|confortavel|hilfreich|danke (?:fur|fuer)|vielen dank|bequem)\b`;
// A keyword naming a thing rather than a trouble: a course, programme, app, sign, form, policy, statistic…
const THINGS = String.raw`training|trainings|course|courses|class|video|videos|workshop|workshops|webinar|seminar|session|sessions|programme|program|poster|posters|leaflet|app|sign|signs|signage|board|boards|machine|machines|cabinet|cabinets|storage|vending|policy|policies|procedure|procedures|process|processes|plan|plans|form|forms|order|orders|inventory|inventories|list|register|log|logs|statistics|stats|figures|numbers|number|rate|rates|data|newsletter|audit|audits|assessment|assessments|meeting|meetings|rules|campaign|awareness|prevention|week|day|days|award|awards|module|lecture|talk|talks|committee|champion|champions|officer|team|drill|drills|refresher|induction|certificate|certification|licence|license|quiz|handbook|guide|kit|kits|free|record|reporting|hotline|formation|formacion|curso|cursos|taller|charla|cartel|carteles|campana|politica|formulario|formulaire|procedure|counter|counters|tracker|dashboard|portal|website|sign-up|signup|exercice|affiche|affiches|appli|application|registre|panneau|panneaux|consignes?|seance|stage|simulacro|aplicacion|registro|senal|senales|jornada|protocolo|corso|corsi|formazione|esercitazione|cartello|cartelli|modulo|procedura|treinamento|simulado|cartaz|placa|aplicativo|schulung|ubung|kurs|schild|plakat|formular`;
const NAMES_A_THING = String.raw`\b(?:${THINGS})\b`;
// The writer's joke or game: laughter, a raffle, a comedy night.
const JOKE = String.raw`(?<![\p{L}\p{N}])(?:lo+l+|lmao|rofl|(?:ha){2,}h?|(?:ja){2,}|mdr|jk|just kidding|joking|comedy|raffle|prize|quiz night|karaoke)(?![\p{L}\p{N}])|[\u{1F602}\u{1F923}\u{1F606}]`;
// Any sign of trouble: then the report is one, whatever praise or calm words it holds. A wish or a request ("need",
// "should") is not one by itself (SOFT_TROUBLE): "the discrimination policy should be translated".
const TROUBLE = String.raw`n't|\b(?:no|not|never|nobody|no one|nothing|without|cannot|(?:does|do|is|was|are|were|can|won|did|have|has|had|should|would|could|ai)nt|still|again|keeps?|kept|broken|broke|leak\w*|missing|blocked|danger\w*|unsafe|hurt|injur\w*|fell|fall(?:en|ing)?|slipp?(?:ed|ing)|trip(?:ped|ping)?|ignor\w*|worried|scared|afraid|frightened|problem|problems|issue|issues|fault\w*|damaged|exposed|risk\w*|almost|nearly|threat\w*|yell\w*|shout\w*|attack\w*|smoke|spark\w*|burn\w*|bleed\w*|blood\w*|hospital|ambulance|help|stop|urgent|terrible|awful|dangerous|overlooked|a joke|useless|pointless|waste of time|skip\w*|rushed|fake\w*|unlabell?ed|expired|out of date|outdated|worn|loose|frayed|torn|tore|ripped|cracked|snapped|bent|rust\w*|corroded|faulty|defective|wobbly|unstable|flicker\w*|sharp|jammed|stuck|overheat\w*|fumes?|smell\w*|sting\w*|rash|itch\w*|tolerated|covered up|gets? away|got away|known for|toxic|cry\w*|cried|violat\w*|lost|cut|crush\w*|trapped|pinned|struck|hit|collaps\w*|unconscious|passed out|faint\w*|chok\w*|dizzy|welded|chained|empty|shame|pity|unfortunately|sadly|except|apart from|sin|nadie|nunca|todavia|sigue|otra vez|peligro\w*|roto|rota|herid[oa]|pas|jamais|personne|toujours|encore|casse|blesse\w*|vide|bloque\w*|fuite|fuit|saign\w*|sangr\w*|sanguin\w*|blute\w*|blutet|manque\w*|vacio|vacia|bloquead[oa]s?|fuga|falta\w*|vuot[oa]|bloccat[oa]|rott[oa]|perde|perdita|manca|mancano|non(?!-)|nessuno|ancora|pericol\w*|ferit[oa]|vazio|vazia|vaza\w*|quebrad[oa]|falta|nao|ninguem|ainda|perig\w*|ferid[oa]|leer|blockiert|kaputt|defekt|undicht|fehl\w*|nicht|kein\w*|niemand|noch|wieder|gefahr\w*|verletz\w*)\b`;
// What teaches or shows (a video, a poster, an app): one grown old is a complaint about it, not about the hazard.
const MEDIA = String.raw`videos?|posters?|leaflets?|slides|training|courses?|modules?|handbooks?|guides?|newsletters?|apps?|websites?|pages?|counters?|signs?`;
// Denials that are good news: "no more waiting for stores", "no problems at all"; a course or poster that is dated.
const NOT_TROUBLE = new RegExp(
  foldPattern(
    String.raw`\bno (?:more|longer) \w+ing\b|\bno (?:problems?|issues?|complaints?)(?: at all)?\b|\bnot bad\b|\b(?:${MEDIA}) (?:is|are|was|were|looks?|seems?|feels?) (?:(?:a bit|a little|very|really|so|too|pretty|quite|totally|completely|badly|way|kind of|rather) )?(?:outdated|out of date|old[- ]fashioned|dated)\b`,
  ),
  'gu',
);
const SOFT_TROUBLE = new RegExp(foldPattern(String.raw`\b(?:need|needs|should|must|another)\b`), 'u');

// Praise in slang ("a beast on the forklift", "killing it"): praise, and its "killing" or "crushing" no trouble
// (praise-slang.ts).
const PRAISE_SLANG = new RegExp(PRAISE_SLANG_SOURCE, 'gu');
const CALM_ANYWHERE = new RegExp(foldPattern(`${PRAISE}|${JOKE}|${PRAISE_SLANG_SOURCE}`), 'u');
const TROUBLED = new RegExp(foldPattern(TROUBLE), 'u');
// The thing must be what the keyword describes: right after it ("forklift training", "wet floor sign", "chemical
// storage cabinets"), or after one more describing word ("near miss reporting app", "accident report form"), never
// across a preposition or an article, where the keyword is the trouble and the thing only where it is ("oil on the
// floor near the training room", "chemicals in the storage room").
const LINKING = String.raw`(?:in|on|at|near|by|of|to|from|for|with|behind|under|over|next|beside|around|the|a|an|this|that|these|those|is|are|was|were|and|or|de|del|la|el|los|las|en|le|les|du|des|dans|sur|pres|cerca|junto|sa|ng|nang|kay|para|every|each|all|per|some|any|one|two|my|our|your|his|her|their)`;
const THING = new RegExp(`^(?:(?!${LINKING}\\s)\\S+\\s+)?(?:${foldPattern(NAMES_A_THING)})`, 'u');
// A thing about the keyword, before it: "a workshop on preventing harassment", "a process for reporting near misses".
const THING_ABOUT = new RegExp(
  `\\b(?:${foldPattern(THINGS)})\\s+(?:on|about|for|against|regarding|to|sobre|contra|para|sur|contre|pour)\\s+(?:(?:preventing|prevent|reducing|reduce|avoiding|avoid|reporting|report|handling|dealing with|stopping|tackling|spotting|recogni[sz]ing|managing|prevenir|evitar|reportar|eviter|signaler)\\s+)?(?:(?:the|a|an|any|la|el|los|las|le|les|un|una|une|des)\\s+)?(?:\\S+\\s+)?$`,
  'u',
);
// Where or how to report, find or ask for something: a question about the way, not a report.
const WAY_QUESTION =
  /^\W*(?:(?:hi|hello|hey)\W+)?(?:where|how|who|which|what)\s+(?:do|can|should|would|could|shall|must|does)\s+(?:i|we|you|one|people|employees|staff|someone|anyone)\b/u;
// The same in Spanish, French, Italian, Portuguese, German: "¿dónde consigo …?", "où trouver …", "come richiedo …".
const WAY_QUESTION_ELSEWHERE = new RegExp(
  foldPattern(
    String.raw`^[\s¿¡]*(?:(?:como|donde|a quien) (?:(?:puedo|podemos|se puede|debo|debemos|hay que|tengo que|se) )?(?:consigo|conseguir|encuentro|encontrar|pido|pedir|solicito|solicitar|obtengo|obtener|reporto|reportar|informo|informar|aviso|avisar)|(?:comment|ou|a qui) (?:(?:est-ce qu' ?on|est-ce que je|puis-je|peut-on|dois-je|faut-il|je peux|on peut|je dois|on) )?(?:trouver|obtenir|demander|commander|trouve|obtient|demande|signaler|signale|declarer|declare)|(?:come|dove|a chi) (?:(?:posso|possiamo|si puo|devo|dobbiamo|bisogna|si) )?(?:trovo|trovare|chiedo|chiedere|richiedo|richiedere|ottengo|ottenere|segnalo|segnalare)|(?:como|onde|a quem) (?:(?:posso|podemos|devo|devemos|se|eu) )?(?:consigo|conseguir|encontro|encontrar|peco|pedir|solicito|solicitar|reporto|reportar|relato|relatar)|(?:wie|wo|bei wem) (?:(?:kann|konnen|muss|mussen|soll) (?:ich|man|wir) )?(?:bekomme|bekommt|finde|findet|beantrage|beantragt|melde|meldet))\b`,
  ),
  'u',
);
// Buying, selling or adding one more: "can we get a second forklift", "we got a new forklift", "sold the old one".
const PURCHASE_BEFORE =
  /\b(?:(?:get|got|have|buy|bought|order|ordered|hire|rent|rented|lease|leased|add|install|installed|receive|received)\s+(?:(?:a|an|some|the|two|three)\s+)?(?:second|third|another|extra|more|new|spare|bigger|electric|better|additional)\s+(?:\S+\s+)?|\b(?:sold|bought|purchased|ordered|received|leased|rented|donated|delivered)\s+(?:(?:a|an|some|the|our|two|three)\s+)?(?:\S+\s+)?)$/u;
const SOLD_AFTER =
  /^(?:\S+\s+)?(?:(?:was|were|has been|have been|got|is being|are being|just|will be|is|are)\s+)?(?:sold|bought|purchased|ordered|delivered|arrived|leased|rented|donated|upgraded|auctioned)\b/u;
// A figure of speech holding a keyword: "a slippery slope", "a happy accident", "by accident", "hazard a guess".
const FIGURE =
  /\bpassed over for (?:the |a |an |this |that |another |our |every )?(?:\w+ )?(?:raffle|prize|draw|lottery|tombola|bingo|quiz|trophy|secret santa|door prize|sweepstakes?|giveaway|free (?:pizza|lunch|cake|donuts?|tickets?))|\b(?:slippery (?:slope|customer|character|answer|fellow|one|subject)|happy accidents?|by accident|accidents? of (?:birth|history)|hazard a guess)\b/gu;

// Long ago: a year or more (a mention of last week may still be waiting for someone).
const LONG_AGO = new RegExp(
  foldPattern(
    String.raw`(?<!\b(?:the|over|since|for|during|in|throughout|all) )\b(?:last year|(?:two|three|four|five|several|many|\d+) years ago|years ago|a year ago|l' ?an dernier|l' ?annee derniere|l' ?an passe|il y a (?:\w+ )?ans|el ano pasado|hace (?:\w+ )?anos|l'anno scorso|(?:\w+ )?anni fa|letztes jahr|letzten jahr|vor (?:\w+ )?jahren|ano passado|ha (?:\w+ )?anos)\b`,
  ),
  'u',
);
// Missing out on a prize is no discrimination: "passed over for the raffle prize again haha" (its "again" is the game's).
const GAME_MISSED =
  /\bpassed over for (?:the |a |an |this |that |another |our |every )?(?:\w+ )?(?:raffle|prize|draw|lottery|tombola|bingo|quiz|trophy|secret santa|door prize|sweepstakes?|giveaway|free (?:pizza|lunch|cake|donuts?|tickets?))\w*(?: \w+){0,2}?(?: (?:again|yet again|once more|every (?:time|year)))?\b/gu;

// Calm: every mention of the topic in the clause is named as a thing, asked about, bought or sold, or a figure of
// speech; or the clause praises or jokes and asks for nothing. Trouble near it was ruled out before.
function isCalmMention(clause: string, topic: Topic): boolean {
  if (WAY_QUESTION.test(clause) || WAY_QUESTION_ELSEWHERE.test(clause) || isProcedureQuestion(clause)) return true;
  // A hazard long past, with no trouble near it: "the ramp accident last year led to a new barrier". Only safety:
  // harassment a year ago is still someone's to look into.
  if (LONG_AGO.test(clause) && (topic.urgencyCategories ?? [topic.id]).includes('safety')) return true;
  // Praise or a joke calms only a keyword that is no trouble itself: "injured at the karaoke night" is a report.
  if (
    CALM_ANYWHERE.test(clause) &&
    !SOFT_TROUBLE.test(clause) &&
    !TROUBLED.test(clause.replace(NOT_TROUBLE, ' ').replace(PRAISE_SLANG, ' '))
  )
    return true;
  const figures = [...clause.replace(/[^\p{L}\p{N}']+/gu, ' ').matchAll(FIGURE)].map((m) => [
    m.index + 1,
    m.index + 1 + m[0].length,
  ]);
  return mentionsOf(clause, topic).every(
    ({ before, after, at }) =>
      ANTI.test(before) ||
      THING.test(after) ||
      THING_ABOUT.test(before) ||
      PURCHASE_BEFORE.test(before) ||
      SOLD_AFTER.test(after) ||
      figures.some(([start, end]) => start! <= at && at < end!),
  );
}

const ANTI = /\banti\s*$/u;

// Each place a keyword of the topic is (as detectTopics reads it), with the words before it and after it, and where
// it starts among the clause's words (each word after one space).
function mentionsOf(clause: string, topic: Topic): { before: string; after: string; at: number }[] {
  const words = ` ${clause.replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  const out: { before: string; after: string; at: number }[] = [];
  for (const keyword of topic.keywords) {
    const k = keyword.toLowerCase();
    const stem = k.length >= 5 && !k.includes(' ');
    for (let at = words.indexOf(` ${k}`); at >= 0; at = words.indexOf(` ${k}`, at + 1)) {
      let end = at + 1 + k.length;
      if (words[end] !== ' ') {
        if (!stem) continue;
        end = words.indexOf(' ', end);
      }
      out.push({ before: words.slice(0, at + 1), after: words.slice(end + 1), at: at + 1 });
    }
  }
  return out;
}
