import { arabic } from './ar';
import { arabicConcepts } from './concepts/ar';
import { germanConcepts } from './concepts/de';
import { englishConcepts } from './concepts/en';
import { spanishConcepts } from './concepts/es';
import { frenchConcepts } from './concepts/fr';
import { italianConcepts } from './concepts/it';
import { polishConcepts } from './concepts/pl';
import { portugueseConcepts } from './concepts/pt';
import { tagalogConcepts } from './concepts/tl';
import { vietnameseConcepts } from './concepts/vi';
import { chineseConcepts } from './concepts/zh';
import { german } from './de';
import { ENGLISH_NEGATION, english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { italian } from './it';
import { polish } from './pl';
import { portuguese } from './pt';
import { tagalog } from './tl';
import type { UrgencyLanguage } from './types';
import { allClear } from './all-clear';
import { courseNames } from './course-names';
import { invitation } from './invitations';
import { dreamTold } from './dreams';
import { fondnessAndSolitude } from './fondness-and-solitude';
import { routineCashAndSignOffs } from './routine-cash-and-sign-offs';
import { gameTalk } from './games';
import { smokingHabit } from './smoking-habit';
import { saidInJest } from './said-in-jest';
import { busyAsAFire } from './busy-as-a-fire';
import { dueForService } from './safety-gear-due-for-service';
import { withGravest } from './gravest';
import { vietnamese } from './vi';
import { chinese } from './zh';

/**
 * Every language the urgency detector reads. To add one, write its file
 * beside these (code, script, rules, negation cues, harmless idioms), list it
 * here, and add its labelled rows as `eval/urgency/<code>.jsonl`: the tests
 * and `npm run eval -- --urgency` then hold it to the same bar as the rest.
 */
// English is mixed into text in every Latin-script language ("no racismo here",
// an English review read by the French rules' "discrimination"), so English
// negations cancel their mentions too.
// Vietnamese "nó" (he, she, it) folds to "no", and it starts many a report ("nó sàm sỡ em trong kho"): there the
// English "no" would deny what follows, so Vietnamese takes every English negation but that one.
const ENGLISH_NEGATION_WITHOUT_NO = ENGLISH_NEGATION.replace(/^no\|/u, '');
const withEnglishNegation = (language: UrgencyLanguage): UrgencyLanguage =>
  language.script === 'latin' && language !== english
    ? {
        ...language,
        negation: `${language.negation}|${language.code === 'vi' ? ENGLISH_NEGATION_WITHOUT_NO : ENGLISH_NEGATION}`,
      }
    : language;

// Each language's words for the structural frames (frames.ts), kept beside
// its phrase rules in concepts/<code>.ts.
// The function words tell which Latin-script languages a text is written in,
// so only their frames run (English's too when it is mixed in).
const CONCEPTS: Record<string, Pick<UrgencyLanguage, 'concepts' | 'infixStems' | 'functionWords'>> = {
  en: {
    concepts: englishConcepts,
    functionWords:
      'the and is are was were my in of to it he she they there with this that not me i you we his her at on for be have has do',
  },
  es: {
    concepts: spanishConcepts,
    functionWords: 'el la los las de que y en se por con una un del esta hay mi me nos muy pero lo al',
  },
  fr: {
    concepts: frenchConcepts,
    functionWords: 'le la les de des du et est un une il elle on je ne pas qui que dans sur au aux mon ma nous ca',
  },
  pt: {
    concepts: portugueseConcepts,
    functionWords: 'o a os as de do da dos das que e em no na um uma nao ele ela eu me pra com tem ta',
  },
  de: {
    concepts: germanConcepts,
    infixStems: true,
    functionWords: 'der die das und ist nicht ein eine im mit auf dem den ich er sie wir es zu von bei mich mir',
  },
  it: {
    concepts: italianConcepts,
    functionWords: 'il lo la gli le di che e un una non per con del della mi ci sono ho ha nel nella',
  },
  pl: {
    concepts: polishConcepts,
    infixStems: true,
    functionWords: 'i w na nie jest sie z ze do to mnie mi jak ale co przed po od za juz tak',
  },
  // "ở" (at) and "nó" (he, she) fold to Portuguese "o" and "no": without them "nó biết nhà em ở đâu" read as Portuguese.
  vi: {
    concepts: vietnameseConcepts,
    functionWords:
      'toi em anh chi la co khong cua va trong nguoi cho da bi duoc nay mot nhung ma roi ho tren cac voi dang khi thi nhieu o no',
  },
  tl: {
    concepts: tagalogConcepts,
    infixStems: true,
    functionWords: 'ang mga ng sa na ako ko siya niya kami namin yung si ni pero kasi lang naman po ba may',
  },
  zh: { concepts: chineseConcepts },
  ar: { concepts: arabicConcepts },
};
const withConcepts = (language: UrgencyLanguage): UrgencyLanguage => ({ ...CONCEPTS[language.code], ...language });
// Course, drill and department names whose words name a hazard (course-names.ts) and "nothing wrong"
// (all-clear.ts), invitations teased with regret (invitations.ts) and fondness for a colleague, keeping to oneself
// and waiting on HR (fondness-and-solitude.ts), dreams (dreams.ts), game talk (games.ts) and a dish, a song or a party
// (said-in-jest.ts), cash carried to the bank and an inspector's sign-off (routine-cash-and-sign-offs.ts) are as
// harmless as the idioms;
// first, so a shorter idiom never takes half a name.
const withCourseNames = (language: UrgencyLanguage): UrgencyLanguage => {
  const harmless = [
    courseNames(language.code),
    allClear(language.code),
    invitation(language.code),
    fondnessAndSolitude(language.code),
    routineCashAndSignOffs(language.code),
    dreamTold(language.code),
    gameTalk(language.code),
    smokingHabit(language.code),
    saidInJest(language.code),
    // A fire said of a rush ("pożar w garach :)") and an extinguisher due for its service: no fire now (calm41).
    busyAsAFire(language.code),
    dueForService(language.code),
  ].filter((source) => source !== undefined);
  return { ...language, benign: [...harmless, ...(language.benign ?? [])] };
};

export const LANGUAGES: readonly UrgencyLanguage[] = [
  english,
  spanish,
  french,
  portuguese,
  german,
  italian,
  polish,
  vietnamese,
  tagalog,
  chinese,
  arabic,
]
  .map(withGravest)
  .map(withEnglishNegation)
  .map(withConcepts)
  .map(withCourseNames);
