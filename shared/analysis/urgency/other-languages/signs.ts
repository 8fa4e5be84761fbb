import type { UrgencyCategory } from '../types';
import type { OtherLanguage } from './table';

/*
 * Emergencies described by what the writer sees, in the languages read by a table (blind round 18): someone pinned
 * under a forklift, hit by one and lying in blood, fallen into a pit and not answering, a threat to kill said in the
 * past ("hotade att döda mig"), a farewell with belongings given away and letters written. Added to each table's
 * `described` phrases (and words that show the language, so a short report is read by its table).
 */
interface Signs {
  words?: string;
  described: Partial<Record<UrgencyCategory, string[]>>;
}

const SIGNS: Record<string, Signs> = {
  nl: {
    words: 'vastgeklemd klem heftruck afscheidsbrieven afscheidsbrief weggegeven',
    described: {
      safety: [
        String.raw`(?:vastgeklemd|klem|bekneld|vast) (?:\S+ ){0,2}onder (?:de|het|een) (?:\S+ )?(?:heftruck|vorkheftruck|truck|vrachtwagen|auto|machine|pallet|stelling|balk|lading|kraan|wagen|container)|(?:heftruck|vrachtwagen|truck) (?:\S+ ){0,3}(?:aangereden|overreden|tegen (?:\S+ )?aan gereden)`,
      ],
      'self-harm': [
        String.raw`afscheidsbrie(?:f|ven) (?:\S+ ){0,2}(?:geschreven|schrijven|klaar|achtergelaten)|(?:mijn|al mijn) (?:spullen|dingen|bezittingen) (?:\S+ ){0,2}weggegeven|(?:hebben|heeft|zullen|hoeven) (?:jullie|je|ze|niemand|jij) (?:\S+ ){0,2}geen last meer (?:\S+ )?van mij|(?:jullie|niemand) (?:\S+ ){0,2}(?:zijn|is) (?:beter|straks) af zonder mij`,
      ],
    },
  },
  sv: {
    words: 'hotade hotat',
    described: {
      threat: [
        String.raw`(?:hotade|hotat|hotar) (?:\S+ ){0,2}(?:att|med att) (?:doda|morda|skjuta|knivhugga|sla ihjal|slakta) (?:mig|oss|henne|honom|dig|er|alla)`,
      ],
    },
  },
  tr: {
    words: 'carpti ezdi kanlar yatiyor kiskirdi sikisti',
    described: {
      safety: [
        String.raw`(?:forklift|istif makinesi|kamyon|tir|arac|araba|kepce|vinc|transpalet)\w* (?:\S+ ){0,3}(?:isciye|adama|birine|arkadasa|arkadasimiza|kadina|calisana|cocuga|ustaya|soforu?ne) (?:\S+ )?(?:carpti|carpmis|carpip)|(?:isciyi|adami|birini|arkadasi|arkadasimizi|calisani|kadini|cocugu|ustayi) (?:\S+ )?(?:ezdi|ezmis|ezdiler|sikistirdi)|kanlar icinde|yerde (?:\S+ ){0,2}(?:yatiyor|hareket etmiyor|kipirdamiyor)`,
      ],
    },
  },
  ru: {
    described: {
      safety: [
        String.raw`(?:упал\p{L}*|провалил\p{L}*|свалил\p{L}*) (?:\S+ )?в (?:яму|шахту|котлован|траншею|колодец|люк|приямок)[^.!?\n]{0,60}?(?:не отвечает|не двигается|не шевелится|без сознания|не дышит|молчит)`,
      ],
    },
  },
  uk: {
    described: {
      safety: [
        String.raw`(?:впав|впала|упав|упала|провалив\p{L}*) (?:\S+ )?(?:у|в) (?:яму|шахту|котлован|траншею|колодязь|люк)[^.!?\n]{0,60}?(?:не відповідає|не рухається|не ворушиться|без свідомості|не дихає|мовчить)`,
      ],
    },
  },
};

/** The table with its described signs added. */
export function withSigns(language: OtherLanguage): OtherLanguage {
  const signs = SIGNS[language.code];
  if (!signs) return language;
  const described = { ...(language.described ?? {}) };
  for (const [category, sources] of Object.entries(signs.described) as [UrgencyCategory, string[]][])
    described[category] = [...(described[category] ?? []), ...sources];
  return {
    ...language,
    ...(signs.words && language.words ? { words: `${language.words} ${signs.words}` } : {}),
    described,
  };
}
