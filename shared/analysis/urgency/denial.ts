import { precomputedLiterals } from './literal-table';
import { foldPattern } from './normalise';
import type { Script } from './types';

/*
 * A denial by a negative subject: "nobody has ever threatened me here", "no
 * supervisor has ever shouted at me", "ninguém nunca me ameaçou", "chưa ai
 * từng đe dọa tôi", "kein Vorgesetzter hat mich jemals bedroht". The subject
 * says no one did the act, so it denies every rule's mention, even the verbs
 * a plain "never" does not deny ("I never reported the assault" still
 * reports one). It reaches the mention only across the auxiliaries,
 * pronouns, "ever", "here" and "yet" of its clause: any other word is a verb
 * of its own and ends it, so "nobody did anything when he hit me" and
 * "nobody believes me that he threatened me" are still reports.
 */
interface Denial {
  /** Negative subjects: "nobody", or a negative determiner and its one noun ("no manager"; in English only before an auxiliary, as "no" opens clauses in other languages). */
  subject: string;
  /** Words between the subject and the act that carry no action: auxiliaries, pronouns, "ever", "here". */
  reach: string;
}

const NOUN = String.raw`[\p{L}\p{N}'-]+`;

const DENIALS: Record<string, Denial> = {
  en: {
    subject: String.raw`nobody|no one|no-one|noone|not one (?:person|soul|of them|of us)|none of (?:them|us|the ${NOUN}|my ${NOUN}|our ${NOUN})|(?:no|not a single) ${NOUN}(?= (?:has|have|had|is|was|were|ever)\b)`,
    reach: String.raw`has|have|had|is|was|were|ever|ever once|once|yet|here|at work|in here|on (?:this|my|our|the) ${NOUN}|in (?:this|my|our|the) ${NOUN}|at (?:this|my|our|the) ${NOUN}|from (?:this|my|our|the) ${NOUN}|really|actually|ever really|been|me|us|i've|we've|personally|so far`,
  },
  es: {
    subject: String.raw`nadie|ningun ${NOUN}|ninguna ${NOUN}|ninguno de (?:ellos|ellas|mis ${NOUN}|los ${NOUN})|ni un ${NOUN}|ni una ${NOUN}`,
    reach: String.raw`me|nos|te|le|les|lo|la|ha|han|habia|nunca|jamas|aqui|aca|en (?:esta|este|la|el|mi) ${NOUN}|todavia|aun|ya|realmente|tampoco`,
  },
  fr: {
    subject: String.raw`personne|aucun ${NOUN}|aucune ${NOUN}|jamais personne|pas un seul ${NOUN}|nul`,
    reach: String.raw`ne|n'|m'|m'a|ne m'a|me|nous|a|ont|avait|jamais|ici|encore|vraiment|dans (?:cette|ce|mon|ma|l'|la|le) ?${NOUN}`,
  },
  pt: {
    subject: String.raw`ninguem|nenhum ${NOUN}|nenhuma ${NOUN}|nem um ${NOUN}|nem uma ${NOUN}`,
    reach: String.raw`me|nos|te|lhe|o|a|nunca|jamais|aqui|ca|ainda|tinha|tem|ja|realmente|nesta ${NOUN}|neste ${NOUN}|nessa ${NOUN}|nesse ${NOUN}|na ${NOUN}|no ${NOUN}`,
  },
  de: {
    subject: String.raw`niemand|noch nie jemand|nie jemand|noch keiner|kein ${NOUN}|keine ${NOUN}|keiner (?:von|der) ${NOUN}`,
    reach: String.raw`hat|haben|hatte|ist|war|mich|mir|uns|hier|jemals|je|noch|nie|wirklich|bisher|bis jetzt|in (?:diesem|meinem|unserem|der) ${NOUN}`,
  },
  it: {
    subject: String.raw`nessuno|nessun ${NOUN}|nessuna ${NOUN}|neanche un ${NOUN}|neppure un ${NOUN}`,
    reach: String.raw`mi|ci|ti|ha|hanno|aveva|mai|qui|ancora|davvero|finora|in questo ${NOUN}|in questa ${NOUN}|nel ${NOUN}|nella ${NOUN}`,
  },
  pl: {
    subject: String.raw`nikt|zaden ${NOUN}|zadna ${NOUN}|ani jeden ${NOUN}`,
    reach: String.raw`mnie|mi|nas|nam|tu|tutaj|nigdy|jeszcze|nie|naprawde|dotad|w (?:tej|tym|naszej|naszym) ${NOUN}`,
  },
  vi: {
    subject: String.raw`(?:chua|khong|chang) (?:co )?ai|(?:chua|khong|chang) co (?:${NOUN} ){1,2}nao|(?:chua|khong) mot ai`,
    reach: String.raw`tung|bao gio|o day|o|day|ca|toi|em|minh|anh|chi|that su|that|het|nay|xuong|cong ty|ca`,
  },
  tl: {
    subject: String.raw`walang (?:sinuman|tao|kahit sino|nang|${NOUN} na)|wala pang|wala ni isa|wala pang ${NOUN} na`,
    reach: String.raw`pa|pang|dito|sa akin|akin|ako|kahit kailan|kailanman|minsan|talaga|na|nang`,
  },
  ar: {
    subject: String.raw`ما حد|ما احد|محد|لا احد|ولا احد|ولا حد|ولا ${NOUN}|ما في حد|ما فيه احد|ما في احد|ولا واحد`,
    reach: String.raw`ابدا|هنا|قط|في حياتي|لحد الان|للحين|بعد|قد|سبق|سبق ان|سبق و|يوما`,
  },
};

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;

// "No" determiners of the Latin-script languages, folded ("nessuna molestia", "ningún acoso", "żadnego molestowania").
// Not "no" itself, which is "not" or a reply in Spanish, Italian and Portuguese.
const NEGATIVE_DETERMINERS = String.raw`nessun|nessuna|nessuno|alcun|alcuna|ningun|ninguna|ninguno|aucun|aucune|nenhum|nenhuma|kein|keine|keinen|keinem|keiner|keines|zaden|zadna|zadne|zadnego|zadnej|zadnych|zadnym|zadnymi`;

/**
 * The text just before a mention when a negative subject denies it, or
 * null for Chinese (it reads "没有人" with its own negation, which has no
 * verbs to cross). A Latin-script text is read with every Latin-script
 * language's subjects, as a rule of one language often matches another's
 * word ("molestato" is English "molest…" too).
 */
export function denialBefore(code: string, script: Script): RegExp | null {
  if (script === 'han' || !DENIALS[code]) return null;
  const read = script === 'latin' ? Object.keys(DENIALS).filter((other) => other !== 'ar') : [code];
  const subjects = read.map((other) => foldPattern(DENIALS[other]!.subject)).join('|');
  const reach = read.map((other) => foldPattern(DENIALS[other]!.reach)).join('|');
  // Tagalog glues its verb prefixes to an English verb: "nang-harass".
  const glued = script === 'latin' ? String.raw`(?:\s*[a-z]+-)?` : '';
  // A negative determiner just before the mention denies it in whichever Latin-script language's rule found the word:
  // "Lavoro in logistica. Nessuna molestia da segnalare" made English active, whose "molest…" reads no "nessuna".
  const determiner = script === 'latin' ? String.raw`|(?<!${WORD_CHAR})(?:${NEGATIVE_DETERMINERS})\s+$` : '';
  return new RegExp(
    `(?<!${WORD_CHAR})(?:${subjects})(?:\\s+(?:${reach})(?!${WORD_CHAR})){0,5}${glued}\\s*$${determiner}`,
    'u',
  );
}

/*
 * The text without the act each denial denies, for the learned model: it
 * reads words, not who did them, so "no supervisor has ever threatened me"
 * reads to it like a threat. Only the one word after the subject and its
 * reach goes, and only when it names a hazard by itself (`isHazard`):
 * "nobody did anything when he hit me" keeps every word, and the subject
 * always stays, as "nobody" is itself a word the model weighs ("nobody
 * helps").
 */
let spans: RegExp | undefined;
export function withoutDenials(folded: string, isHazard: (act: string) => boolean): string {
  // Most texts hold no negative subject at all: for them the expression (large, and compiled on its first run)
  // is neither made nor run, and the text is what running it would have left.
  if (!mayDeny(folded)) return folded;
  spans ??= denialSpans();
  return folded.replace(spans, (whole: string, denial: string, act: string) => (isHazard(act) ? denial : whole));
}

/*
 * Whether the text holds one of the strings every denial must contain (its
 * subject's words, read from the expression by literals.ts, which answers
 * null when it cannot tell: then every text is read). Read when the rules
 * change, like theirs (`npm run build:urgency`, literal-table.ts): parsing
 * the expression cost the first text more than running it.
 */
let subjects: readonly string[] | null | undefined;
function mayDeny(folded: string): boolean {
  if (subjects === undefined) subjects = precomputedLiterals(denialSpansSource());
  return subjects === null || subjects.some((subject) => folded.includes(subject));
}

const denialSpans = (): RegExp => new RegExp(denialSpansSource(), 'gu');

/** The expression that finds each denial and the act it denies (`withoutDenials`), as a source. */
export function denialSpansSource(): string {
  const all = Object.entries(DENIALS).map(([code, denial]) => {
    const subject = foldPattern(denial.subject);
    const reach = foldPattern(code === 'en' ? denial.reach : `${denial.reach}|${DENIALS.en!.reach}`);
    return `(?:${subject})(?:\\s+(?:${reach})(?!${WORD_CHAR})){0,5}`;
  });
  // The act: one word, with Tagalog's glued prefix ("nang-harass").
  return `(?<!${WORD_CHAR})((?:${all.join('|')})\\s+)((?:[a-z]+-)?${WORD_CHAR}+)`;
}
