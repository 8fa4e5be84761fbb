import { lazyPattern } from '../lazy-pattern';
import { loadUrgencyModel, type UrgencyModel, type UrgencyModelFile, verdictOf } from './model/classifier';
import { urgencyFeatures } from './model/features';
import weights from './model/reported-speech-weights.json';

/*
 * News and plans told as reported speech ("my boss said he's going to give me a raise next month", "o encarregado disse
 * que amanhã tem reunião às 7", "mon collègue a dit qu'il apporte des croissants demain") paged a sponsor as a threat
 * or self-harm (att44 F1, rn46): the learned model had met "<someone> said / told me that" almost only in reported
 * threats, so the words that only say who spoke read as danger whatever followed.
 *
 * A second opinion decides those texts: the same model refitted with reported news and plans among its calm rows and
 * reported threats among its urgent ones (eval/urgency/train/reported/, `npm run fit:urgency -- --reported-speech`),
 * so that what was said decides, not who said it. It is asked only when the shipped model read a short text urgent and
 * the text has a word of saying; it can only read such a text calm, never make one urgent. The shipped model is not
 * replaced by it: refitted on today's rows, a model reads more insults and hate speech on social media as urgent
 * (TweetEval 14 → 37 of 620), where this second opinion, asked only after the first, cannot add any.
 *
 * Folded text (normalise.ts). Each word of saying is a fixed word; the pattern is linear.
 */
const SAYING = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:said|says|say|told|tells|mentioned|announced|texted|messaged|according to|apparently|dijo|dijeron|dicho|dice|dicen|comento|comentaron|conto|contaron|aviso|avisaron|anuncio|anunciaron|informaron|informo|segun|escribio|dit|disait|annonce|raconte|prevenu|prevenus|previent|explique|selon|d'apres|parait|disse|disseram|dito|diz|dizem|falou|falaram|contou|contaram|avisou|avisaram|anunciou|comentou|segundo|gesagt|sagte|sagt|meinte|meint|erzahlt|erzahlte|angekundigt|mitgeteilt|geschrieben|laut|heisst|detto|dicono|raccontato|annunciato|comunicato|avvisato|scritto|secondo|powiedzial|powiedziala|powiedzieli|powiedziano|mowil|mowila|mowili|mowi|mowia|oglosil|oglosila|napisal|napisala|wspomnial|wspomniala|wedlug|poinformowano|poinformowal|sabi|sinabi|sinabihan|ayon|nag-text|binanggit|balita|noi|bao|ke|nhan|thong bao|theo|nghe noi)(?![\p{L}\p{N}])|قال|قيل|أخبر|اخبر|حسب|ذكر|أعلن|اعلن|أبلغ|ابلغ|يقول|كتب لي|说|告诉|宣布|提到|通知`,
  'u',
);
// The "that" after a word of saying: what was said is read without it ("dass er sich umbringen will" read calmer).
const THAT = lazyPattern(
  String.raw`^[\s,:;]*(?:(?:that|que|qu'|dass|che|ze|na|la|rang|إن|أن|انه|أنه)(?![\p{L}]))?`,
  'u',
);
/** Longer texts are left to the shipped model: a long report's one danger sentence would fade in a whole reading. */
const MAX_CHARS = 280;

let model: UrgencyModel | undefined;

/**
 * Whether a short text told as reported speech, which the shipped model read urgent, reads calm once who spoke weighs
 * nothing: the whole text, and what follows the first word of saying alone ("… hat gesagt, | dass er sich umbringen
 * will" is a danger however the whole reads).
 */
export function reportedNewsReadsCalm(folded: string): boolean {
  if (folded.length > MAX_CHARS) return false;
  const saying = SAYING.get().exec(folded);
  if (!saying) return false;
  model ??= loadUrgencyModel(weights as UrgencyModelFile);
  const calm = (text: string) => verdictOf(model!, urgencyFeatures(text)).urgency < model!.threshold;
  return calm(folded) && calm(folded.slice(saying.index + saying[0].length).replace(THAT.get(), ''));
}
