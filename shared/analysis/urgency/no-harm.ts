import { foldPattern } from './normalise';

/*
 * A mishap told with its outcome: "boxes fell off the pallet in aisle 4, nobody hurt, we restacked them", "se cayeron
 * unas cajas pero nadie se hizo daño", "没人受伤". The writer says it is over and nobody is hurt: it waits for the
 * weekly digest like a repaired hazard (resolved.ts), so the safety rules do not read the clauses up to the one that
 * says so. What follows it is still read ("nobody hurt, but the racking is leaning into the aisle"), and the sentence
 * stays a report when it says the danger remains or will come back ("nobody hurt yet", "next time someone will be",
 * "it nearly hit him") or someone else was hurt ("no one else was hurt").
 *
 * Only safety is affected: "he shoved me, nobody was hurt" is still an assault.
 */

// "Nobody was hurt", per language (folded). Never "nobody hurt him": then someone did the hurting.
const NO_HARM = [
  // en
  String.raw`\b(?:nobody|no one|no-one|noone|none of us|no body) (?:was |were |got |is |has been |had been )?(?:hurt|injured|harmed)\b(?! (?:him|her|them|me|us|anyone|anybody)\b)|\bno(?: one| body)? (?:injuries|injury|harm done|one injured)\b|\b(?:everyone|everybody)(?:'s| is| was) (?:ok|okay|fine|safe|unhurt)\b`,
  // es
  String.raw`\bnadie (?:se hizo dano|se ha hecho dano|salio herido|resulto herido|se lastimo|(?:fue |quedo |esta )?herido)\b|\bsin (?:heridos|lesionados|danos personales)\b|\bno hubo heridos\b`,
  // fr
  String.raw`\bpersonne (?:n'a ete |n'est |n'a |ne s'est )?(?:blesse|fait mal)\w*|\bpas de (?:blesses?|blessures?)\b|\bsans (?:faire de )?blesses?\b`,
  // de
  String.raw`\b(?:niemand|keiner) (?:wurde |ist |hat sich |hat )?(?:verletzt|was passiert)\b|\bverletzt wurde (?:niemand|keiner)\b|\bniemandem (?:ist )?(?:was|etwas) passiert\b|\bkeine verletzten\b`,
  // pt
  String.raw`\bninguem (?:se )?(?:machucou|feriu|saiu ferido|foi ferido|ficou ferido|se machucou)\b|\bsem feridos\b|\bnao houve feridos\b`,
  // it
  String.raw`\bnessuno (?:si e fatto male|si e ferito|e rimasto ferito|e stato ferito|ferito)\b|\bnessun ferito\b|\bsenza feriti\b`,
  // pl
  String.raw`\bnikomu nic sie nie stalo\b|\bnikt nie (?:zostal |byl )?(?:ranny|ucierpial|poszkodowany)\b|\bbez (?:rannych|obrazen)\b`,
  // tl
  String.raw`\bwalang (?:nasaktan|nasugatan|napahamak|tinamaan)\b`,
  // vi
  String.raw`\bkhong (?:ai|co ai) bi (?:thuong|sao)\b|\bkhong ai sao\b`,
  // zh
  String.raw`没人受伤|沒人受傷|没有人受伤|沒有人受傷|无人受伤|無人受傷|没伤到人|沒傷到人|没有伤到人|沒有傷到人`,
  // ar
  String.raw`لم يصب احد|لم يتاذ احد|ما حدا انصاب|ما في اصابات|لا توجد اصابات|ولا احد تعور|محد تعور|ما انصاب احد`,
].join('|');

// The danger is still there or nearly struck: then the sentence is still a report.
const NOT_OVER = [
  String.raw`\b(?:yet|still|again|next time|could have|could've|nearly|almost|keeps?|kept|every (?:day|week|time)|this time|someone will|somebody will|lucky|luckily)\b`,
  String.raw`\b(?:todavia|aun|otra vez|de nuevo|la proxima|casi|pudo|podria|sigue|siguen|por suerte|de milagro)\b`,
  String.raw`\b(?:encore|pas encore|la prochaine|a failli|aurait pu|toujours|de nouveau|par chance|par miracle)\b`,
  String.raw`\b(?:noch|wieder|nachstes mal|beinahe|fast|hatte (?:\w+ )?konnen|zum gluck)\b`,
  String.raw`\b(?:ainda|de novo|outra vez|quase|poderia|podia|proxima vez|por sorte|por milagre)\b`,
  String.raw`\b(?:ancora|di nuovo|quasi|poteva|la prossima|per fortuna|per miracolo)\b`,
  String.raw`\b(?:jeszcze|znowu|prawie|mogl\w*|nastepnym razem|cudem|na szczescie)\b`,
  String.raw`\b(?:pa rin|ulit|muntik|sa susunod|buti na lang|swerte)\b`,
  String.raw`\b(?:chua|lai|suyt|lan sau|co the|may ma)\b`,
  String.raw`还|還|又|差点|差點|下次|险些|險些|幸好|幸亏|幸虧`,
  String.raw`مره ثانيه|كاد|كان ممكن|المره الجايه|لحسن الحظ`,
].join('|');

const NO_HARM_PATTERN = new RegExp(foldPattern(NO_HARM), 'u');
const NOT_OVER_PATTERN = new RegExp(foldPattern(NOT_OVER), 'u');
// Sentences end at these; within one, a contrast ("but", "pero", "但") starts a new clause.
const SENTENCE = /[^.!?;\n。！？；]+[.!?;\n。！？；]*/gu;
const CONTRAST = new RegExp(
  foldPattern(
    String.raw`\s*(?:,|，)?\s*\b(?:but|however|although|though|pero|sin embargo|mais|mas|porem|aber|jedoch|ma|ale|jednak|nhung|kaso|pero)\b|但是|但|可是|不过|不過|لكن|بس`,
  ),
  'u',
);

/**
 * The folded text with each mishap that the writer says hurt nobody blanked out, up to and including the clause that
 * says so, for the safety rules to read. Returns the text itself when no sentence says it.
 */
export function withoutHarmlessMishaps(folded: string): string {
  if (!NO_HARM_PATTERN.test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence) => {
    if (!NO_HARM_PATTERN.test(sentence) || NOT_OVER_PATTERN.test(sentence)) return sentence;
    const clauses = sentence.split(CONTRAST);
    let last = -1;
    clauses.forEach((clause, i) => {
      if (NO_HARM_PATTERN.test(clause)) last = i;
    });
    return clauses.map((clause, i) => (i <= last ? ' '.repeat(clause.length) : clause)).join(' ');
  });
}
