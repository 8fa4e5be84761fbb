import { lazyPattern } from '../lazy-pattern';

/*
 * Ordinary news told as reported speech ("my supervisor told me i did a great job today", "mon chef m'a dit que la
 * réunion est annulée", "me dijo que mañana hay junta"): the learned model met "<someone> told me that" almost only in
 * reported threats, and read the words of saying as danger (att43 F1, att44 F1, att48 F1). Two helpers measured
 * blanking those words for the model (dijo44) and a refit (rn46): both lost reported threats the model reads only
 * through its words of saying ("ele disse que vai explodir a fábrica", "mein Ex hat gesagt, er bringt mich um").
 *
 * What this module gives urgency.ts (rs51) is a second reading only to calm: the words that only say who spoke, so
 * that what was said can be weighed alone, word by word. urgency.ts reads a model verdict as calm only when (1) what
 * was said, read whole without the frame, is under the model's bar, and (2) no word or pair of words of what was said
 * reads as danger to the model on its own ("explodir", "bringt mich um", "demasiado vieja", "quemar" keep their page:
 * the model itself weighs them as danger; "great job", "réunion annulée", "on days next week" do not).
 *
 * Folded text (normalise.ts: lower case, no accents). Each frame is a verb of saying, with the pronoun that says to
 * whom before or after it and the "that" after it; every part is a fixed word or a short fixed list, so the pattern
 * is linear. Not here: verbs of writing ("me escribió que", "napisała mi, że"): a note is evidence, and the model's
 * weight for it carries reported farewells.
 */
const FRAMES = [
  // English: "told me (that)", "said (that)", "mentioned", "let me know", "according to".
  String.raw`(?:(?:has|had|have) )?(?:told|tells|tell|said|says|say|mentioned|mentions|announced|explained|informed|let (?:me|us) know)(?: (?:me|us|him|her|them|everyone|everybody|the team|the crew))?(?: that)?`,
  String.raw`(?:i|we) (?:was|were|got|have been|ve been|'ve been) told(?: that)?`,
  String.raw`according to`,
  // Spanish: "me dijo que", "nos han dicho que", "me comentaron que", "lo dijo", "segun".
  String.raw`(?:(?:me|nos|te|le|les|se) )?(?:lo )?(?:(?:ha|han|habia|habian|has) )?(?:dijo|dijeron|dicho|dice|dicen|decia|decian|comento|comentaron|comentado|conto|contaron|contado|aviso|avisaron|avisado|explico|explicaron|explicado|informo|informaron|informado)(?: que)?`,
  String.raw`segun`,
  // French: "il m'a dit que", "on nous a dit qu'", "elle m'a expliqué que", "il dit que", "d'après", "selon".
  String.raw`(?:(?:il|elle|on|ils|elles) )?(?:m'|nous |t'|lui |leur |vous )?(?:(?:a|ont|avait|avaient) )?(?:dit|disait|explique|annonce|raconte|prevenu|informe)(?: que| qu')?`,
  String.raw`selon|d'apres`,
  // Portuguese: "me disse que", "nos avisaram que", "falou que", "segundo".
  String.raw`(?:(?:me|nos|lhe|te) )?(?:(?:tinha|tinham) )?(?:disse|disseram|dito|diz|dizem|falou|falaram|contou|contaram|avisou|avisaram|explicou|explicaram|informou|informaram)(?: que)?`,
  String.raw`segundo`,
  // German: "hat mir gesagt, dass", "er meinte, dass", "sagte uns, dass", "laut".
  String.raw`(?:(?:hat|haben|hatte|hatten) )?(?:(?:mir|uns|ihm|ihr|dir|euch) )?(?:gesagt|erzahlt|mitgeteilt|erklart|gemeint|sagte|sagten|sagt|meinte|meinten|meint|erzahlte)(?: (?:mir|uns|ihm|ihr))?(?:,? dass)?`,
  String.raw`laut`,
  // Italian: "mi ha detto che", "mi hanno detto che", "ci ha spiegato che", "secondo".
  String.raw`(?:(?:mi|ci|gli|le|ti|vi) )?(?:(?:ha|hanno|aveva|avevano) )?(?:detto|dice|dicono|disse|diceva|spiegato|raccontato|comunicato|avvisato)(?: che)?`,
  String.raw`secondo`,
  // Polish: "powiedział mi, że", "powiedzieli nam, że", "mówiła, że", "według".
  String.raw`(?:(?:mi|nam|mu|jej) )?(?:powiedzial|powiedziala|powiedzieli|powiedzialy|mowil|mowila|mowili|mowi|mowia|przekazal|przekazala|przekazali|poinformowal|poinformowala|poinformowali)(?: (?:mi|nam|mu|jej))?(?:,? ze)?`,
  String.raw`wedlug`,
  // Tagalog: "sabi ng boss ko", "sinabi ng manager na", "daw".
  String.raw`(?:sabi|sinabi|sabe) (?:ni|ng|sa)(?: (?:boss|amo|manager|supervisor|maam|ma'am|sir|lead|katrabaho|kasama)(?: ko| namin| natin)?)?(?: na)?`,
  String.raw`daw|raw`,
  // Arabic: "قال لي إن", "قالت لي", "قالي".
  String.raw`(?:قال|قالت|قالوا|قالي|قاللي|خبرني|خبرنا)(?: (?:لي|لنا|لى))?(?: (?:إن|ان|أن|إنه|انه|إني|اني|إنها|انها))?`,
  // Vietnamese: "nói với tôi là", "bảo".
  String.raw`(?:noi|bao)(?: voi (?:toi|em|chung toi))?(?: (?:la|rang))?`,
].join('|');

// Who spoke, when they open the sentence: one to three words before the verb ("Pedro Gómez me dijo que", "il capo mi
// ha detto che"). The model reads given names and surnames as danger as well.
const SPEAKER = String.raw`(?:(?:^|(?<=[.!?;:\n] ?))(?:[\p{L}'-]+ ){1,3})?`;
const FRAME = lazyPattern(String.raw`${SPEAKER}(?<![\p{L}\p{N}'])(?:${FRAMES})(?![\p{L}\p{N}])`, 'gu');
// Chinese: "老板跟我说", "经理告诉我", "主管说": the speaker is the characters before, which the model reads one by one.
const FRAME_ZH = lazyPattern(
  String.raw`(?:跟我|对我|和我|跟我们|对我们)?(?:说|讲|告诉我|告诉我们|通知我|通知我们)(?:了)?`,
  'gu',
);
const GATE = lazyPattern(
  String.raw`\b(?:told|tells?|said|says?|mentioned|announced|explained|informed|let (?:me|us) know|according|dijo|dijeron|dicho|dicen?|decian?|coment\w+|cont\w+|avis\w+|explic\w+|inform\w+|segun|dit|disait|annonce|raconte|prevenu|selon|d'apres|disse\w*|dito|diz|dizem|falou|falaram|segundo|gesagt|erzahlt\w*|mitgeteilt|erklart|gemeint|sagt\w*|meint\w*|laut|detto|dicono|spiegato|raccontato|comunicato|secondo|powiedz\w+|mowi\w*|przekaza\w+|poinformowa\w+|wedlug|sabi|sinabi|sabe|daw|raw|noi|bao)\b|قال|خبر|说|讲|告诉|通知`,
  'u',
);

/*
 * Words of harm that the model reads weakly in a short clause alone ("a colega me disse que quer morrer", "kolega
 * powiedział, że podpali magazyn": 0.1–0.3 without the words of saying): what was said that holds one is never read
 * calm by this module, whatever the model weighs it. Death, killing, fire set, weapons, blows, touching, threats, in
 * en es fr pt de it pl tl. Each is a word start with fixed endings, so the pattern is linear.
 */
const HARM = lazyPattern(
  String.raw`\b(?:kill\w*|dying|died|dead|death|suicid\w*|hurt\w*|stab\w*|shoot\w*|shot|guns?|knife|knives|bomb\w*|explo\w*|burn\w*|beat\w*|punch\w*|rap(?:e|ed|ing)|touch\w*|grop\w*|threat\w*|weapons?|pills|overdos\w*|hang(?:ing)? (?:him|her)self|end (?:it|his life|her life)|mat(?:ar|o|a|an|aron|ara|e|en|ou|am)|muer\w*|morir\w*|quem\w*|incendi\w*|explot\w*|arma|armas|pistol\w*|cuchill\w*|golpe\w*|pega(?:r|n|ron)?|viol\w*|amenaz\w*|ahorc\w*|pastillas|tu(?:er|e|era|ent)|mour\w*|brul\w*|fusil|couteau\w*|frapp\w*|tabass\w*|menac\w*|pendre|morr\w*|faca|bat(?:er|e|eu)|espanc\w*|estupr\w*|ameac\w*|enforc\w*|remedios|tot|toten|umbring\w*|umzubringen|sterb\w*|suizid\w*|brenn\w*|anzund\w*|spreng\w*|waffe\w*|messer|schlag\w*|vergewalt\w*|angefasst|anfass\w*|droh\w*|erhang\w*|ammazz\w*|uccid\w*|morire|morto|coltell\w*|fucile|picchi\w*|stupr\w*|tocca\w*|minacc\w*|impicc\w*|zabi\w*|umrz\w*|smier\w*|samoboj\w*|podpal\w*|spal\w*|wysadz\w*|bron|noz(?:em)?|pobi\w*|gwalc\w*|dotyk\w*|groz\w*|powies\w*|patay\w*|magpapakamatay|magpakamatay|sunog\w*|baril\w*|kutsilyo|saksak\w*|bugbog\w*|fire|fired|firing|sack\w*|despid\w*|despedir|corre(?:n|r)|licenzi\w*|licenci\w*|vir(?:er|e|ent)|demit\w*|rauswerf\w*|rausschmeiss\w*|kundig\w*|entlass\w*|gefeuert|feuern|zwoln\w*(?! tempo)|wyrzuc\w*|tanggal\w*|perd\w* (?:o |il |el |mon |mi |meu |my |your |tu |ton |seu |su )?(?:posto|emprego|trabajo|trabalho|job|boulot|lavoro|chamba|puesto)|romp\w*|spacc\w*|casse\w*|quebr\w*|polam\w*|zlam\w*|rozwal\w*|brech\w*)\b|طرد|يطرد|قتل|يقتل|ينتحر|انتحار|يحرق|حرق|سلاح|سكين|مسدس|يضرب|ضرب|يكسر|杀|死|打我|打人|烧|炸|枪|刀|开除|炒`,
  'u',
);

/** Whether what was said names a harm (HARM above): such a text is left to the model's reading. */
export const namesAHarm = (said: string): boolean => HARM.get().test(said);

/**
 * What was said in a folded text of reported speech: the text with each frame of saying, and the speaker who opens
 * it, blanked. Undefined when the text holds no frame of saying.
 */
export function whatWasSaid(folded: string): string | undefined {
  if (!GATE.get().test(folded)) return undefined;
  const said = folded.replace(FRAME.get(), ' ').replace(FRAME_ZH.get(), ' ');
  return said === folded ? undefined : said.replace(/ {2,}/g, ' ').trim();
}

/** The words of what was said, and each pair of neighbours, to be weighed alone (Chinese: characters, two and three). */
export function piecesOf(said: string): string[] {
  const words = said.split(/[\s.,!?;:()"]+/u).filter(Boolean);
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (/[\u2e80-\u9fff]/u.test(word)) {
      for (let j = 0; j + 1 < word.length; j += 1) pieces.push(word.slice(j, j + 2), word.slice(j, j + 3));
      continue;
    }
    pieces.push(word);
    if (i + 1 < words.length) pieces.push(`${word} ${words[i + 1]}`);
    if (i + 2 < words.length) pieces.push(`${word} ${words[i + 1]} ${words[i + 2]}`);
  }
  return pieces;
}
