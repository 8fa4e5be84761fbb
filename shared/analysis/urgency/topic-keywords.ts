import type { Topic } from '../../config/schema';
import { detectTopics } from '../../domain/topics';
import { fold, foldPattern } from './normalise';
import { withoutResolvedHazards } from './resolved';

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
 * report urgent only when its clause is not plainly calm: praise or thanks
 * ("The forklift training course was excellent", "Thanks for fixing the wet
 * floor sign"), a hazard reported fixed ("the slippery tile was fixed"), a
 * course, programme, app, poster or board it names ("the near miss
 * reporting app", "the anti-bullying workshop", "the accident free days
 * board"), or the writer's joke ("passed over for the raffle prize lol").
 * A clause with any sign of trouble (a denial, "still", "again", "broken",
 * "leaking", "hurt", "nobody", …) is a report whatever else it says, and a
 * clause that says nothing either way ("oil on the floor by press 4", "I was
 * threatened by a coworker") is a report: calm words are the exception,
 * never the rule. Clauses end at sentence marks, commas and contrasts
 * ("but", "pero", "mais"), so praise in one never hides a hazard in the next.
 */
export function urgentTopicsReported(text: string, topics: readonly Topic[]): string[] {
  // Keywords read as the clauses are, folded (accents, case, full-width forms), as detectTopics reads them whole.
  const urgent = topics.filter((t) => t.urgent).map((t) => ({ ...t, keywords: t.keywords.map(fold) }));
  if (!text || !urgent.length || !detectTopics(fold(text), urgent).length) return [];
  const found = new Set<string>();
  for (const clause of withoutResolvedHazards(fold(text)).split(CLAUSE_BREAK)) {
    for (const topic of urgent)
      if (detectTopics(clause, [topic]).length && !isCalmMention(clause, topic)) found.add(topic.id);
  }
  return urgent.filter((t) => found.has(t.id)).map((t) => t.id);
}

// Where a clause ends: sentence marks, commas and line breaks, and a contrast that starts a new one.
const CLAUSE_BREAK = new RegExp(
  foldPattern(
    String.raw`[.!?;:,\n。！？；，]+|\s[-–—]\s|\b(?:but|however|although|though|yet|pero|aunque|sin embargo|mais|cependant|pourtant)\b`,
  ),
  'u',
);

// Praise and thanks (en, es, fr): what a person says of something that went well.
const PRAISE = String.raw`\b(?:great|excellent|good|well done|well run|well organi[sz]ed|thanks? (?:you )?(?:for|to)|thank you (?:for|to)|cheers for|kudos|appreciated?|loved|lovely|nice|brilliant|awesome|amazing|fantastic|superb|helpful|useful|informative|easy to use|tidier|tidy|neater|cleaner|improved|improvement|better|enjoy(?:ed|able)|good fun|impressive|congrat\w*|bravo|gracias por|genial|excelente|buen[oa]?|bien hecho|muy bien|merci pour|merci a|formidable|bien organise)\b`;
// A keyword naming a thing rather than a trouble: a course, programme, app, sign, board, cabinet…
const NAMES_A_THING = String.raw`\b(?:training|trainings|course|courses|class|video|videos|workshop|webinar|seminar|session|programme|program|poster|posters|leaflet|app|sign|signs|signage|board|boards|machine|machines|cabinet|cabinets|storage|vending|policy|campaign|awareness|prevention|week|day|days|award|awards|module|lecture|talk|committee|champion|champions|drill|refresher|induction|certificate|certification|licence|license|quiz|handbook|guide|free|record|reporting|hotline|formation|formacion|curso|cursos|taller|charla|cartel|carteles|campana)\b`;
// The writer's joke or game: laughter, a raffle, a comedy night.
const JOKE = String.raw`(?<![\p{L}\p{N}])(?:lo+l+|lmao|rofl|(?:ha){2,}h?|(?:ja){2,}|mdr|jk|just kidding|joking|comedy|raffle|prize|quiz night|karaoke)(?![\p{L}\p{N}])|[\u{1F602}\u{1F923}\u{1F606}]`;
// Any sign of trouble: then the clause reports a problem, whatever praise it holds.
const TROUBLE = String.raw`n't|\b(?:no|not|never|nobody|no one|nothing|without|cannot|still|again|another|keeps?|kept|broken|broke|leak\w*|missing|blocked|danger\w*|unsafe|hurt|injur\w*|fell|fall(?:en|ing)?|slipp?(?:ed|ing)|trip(?:ped|ping)?|ignor\w*|worried|scared|afraid|frightened|problem|problems|issue|issues|fault\w*|damaged|exposed|risk\w*|almost|nearly|threat\w*|yell\w*|shout\w*|attack\w*|smoke|spark\w*|burn\w*|bleed\w*|hospital|ambulance|help|stop|urgent|need|needs|should|must|terrible|awful|dangerous|overlooked|a joke|useless|pointless|waste of time|skip\w*|rushed|fake\w*|unlabell?ed|expired|out of date|outdated|worn|loose|tolerated|covered up|gets? away|got away|known for|toxic|cry\w*|cried|violat\w*|sin|nadie|nunca|todavia|sigue|otra vez|peligro\w*|roto|rota|herid[oa]|pas|jamais|personne|toujours|encore|casse|blesse\w*)\b`;

const CALM_ANYWHERE = new RegExp(foldPattern(`${PRAISE}|${JOKE}`), 'u');
const TROUBLED = new RegExp(foldPattern(TROUBLE), 'u');
// The thing must be what the keyword describes: right after it ("forklift training", "wet floor sign", "chemical
// storage cabinets"), or after one more describing word ("near miss reporting app"), never across a preposition or an
// article, where the keyword is the trouble and the thing only where it is ("oil on the floor near the training room",
// "chemicals in the storage room").
const LINKING = String.raw`(?:in|on|at|near|by|of|to|from|for|with|behind|under|over|next|beside|around|the|a|an|this|that|these|those|is|are|was|were|and|or|de|del|la|el|los|las|en|le|les|du|des|dans|sur|pres|cerca|junto)`;
const THING = new RegExp(`^(?:(?!${LINKING}\\s)\\S+\\s+)?(?:${foldPattern(NAMES_A_THING)})`, 'u');

// Calm: praise or a joke in the clause, or every mention of the topic names a thing; and no sign of trouble.
function isCalmMention(clause: string, topic: Topic): boolean {
  if (TROUBLED.test(clause)) return false;
  return (
    CALM_ANYWHERE.test(clause) ||
    mentionsOf(clause, topic).every(({ before, after }) => ANTI.test(before) || THING.test(after))
  );
}

const ANTI = /\banti\s*$/u;

// Each place a keyword of the topic is (as detectTopics reads it), with the words before it and after it.
function mentionsOf(clause: string, topic: Topic): { before: string; after: string }[] {
  const words = ` ${clause.replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  const out: { before: string; after: string }[] = [];
  for (const keyword of topic.keywords) {
    const k = keyword.toLowerCase();
    const stem = k.length >= 5 && !k.includes(' ');
    for (let at = words.indexOf(` ${k}`); at >= 0; at = words.indexOf(` ${k}`, at + 1)) {
      let end = at + 1 + k.length;
      if (words[end] !== ' ') {
        if (!stem) continue;
        end = words.indexOf(' ', end);
      }
      out.push({ before: words.slice(0, at + 1), after: words.slice(end + 1) });
    }
  }
  return out;
}
