import type { UrgencyCategory } from '../types';
import type { OtherLanguage } from './table';

/*
 * Emergencies said in haste in the languages read by a table (outside attacker, session 28,
 * test/unit/analysis/urgency-attack-round-28.test.ts): a threat to hit or kill told in the past or as what the boss
 * said ("mijn baas dreigde me te slaan", "sefu mi-a zis ca ma omoara daca spun ceva"), smoke at a place with no verb
 * ("rook in hal 3", "duman depoda"). And one idiom that is no fire: Korean "대박 불났어요" said of a lunch or of
 * sales ("it's on fire"). Added to each table's phrases, calm look-alikes and words that show the language.
 */
interface Said {
  words?: string;
  described?: Partial<Record<UrgencyCategory, string[]>>;
  calm?: string[];
}

const SAID: Record<string, Said> = {
  nl: {
    words: 'gedreigd dikke zwarte veel slaan',
    described: {
      threat: [
        // "dreigde me te slaan", "heeft gedreigd me in elkaar te slaan", "zei dat hij me zou slaan".
        String.raw`(?:dreigt|dreigde|dreigden|gedreigd|dreigen) (?:\S+ ){0,4}(?:te slaan|in elkaar te (?:slaan|trappen|rammen)|te schoppen|pijn te doen|te steken|af te tuigen|op te wachten|kapot te maken|een klap te geven)|(?:zei|zegt|zeiden|gezegd) (?:\S+ ){0,2}(?:dat )?(?:hij|zij|ze|die) (?:me|mij|ons|jou|je) (?:\S+ ){0,2}(?:zal|zou|gaat) (?:\S+ )?(?:slaan|vermoorden|in elkaar slaan|afmaken|doodmaken|steken)`,
      ],
      safety: [
        // Smoke at a place, said first in a clause: "rook in hal 3", "veel rook in het magazijn", "dikke rook bij dok 4".
        String.raw`(?:(?<=^|[.!?,;:\n]\s*|hulp\s+|help\s+)|(?:veel|dikke|zwarte|zware|dichte|witte) )rook (?:in|bij|op|uit|boven|rond) (?:de |het |onze )?(?:hal|magazijn|loods|keuken|kantine|werkplaats|fabriek|kantoor|gang|dok|opslag|kelder|gebouw|productie|lijn|afdeling|trappenhuis|serverruimte|ketelhuis|laadperron|expeditie)\w*(?![^.!?\n]{0,60}(?:verboden|mag niet|niet toegestaan|sigaret|rookpauze|rookruimte|oefening|gisteren|vorige week))`,
      ],
    },
  },
  ro: {
    words: 'zis spus omoara ucide',
    described: {
      threat: [
        // "mi-a zis ca ma omoara daca spun ceva", "a spus ca ne bate", "zice ca ma omoara".
        String.raw`(?:mi-a|ne-a|i-a|a|mi a|ne a) (?:\S+ )?(?:zis|spus) ca (?:\S+ )?(?:ma|ne|te|il|o|va) (?:omoara|omoare|ucide|bate|taie|injunghie|impusca|termina)|(?:zice|spune|zicea|spunea) ca (?:\S+ )?(?:ma|ne) (?:omoara|omoare|ucide|bate|taie|injunghie|impusca)`,
      ],
    },
  },
  tr: {
    words: 'yogun',
    described: {
      safety: [
        // Smoke at a place said by its locative: "duman depoda", "yoğun duman mutfakta".
        String.raw`(?:(?:yogun|kara|siyah|koyu|cok|asiri|kesif) )?duman (?:\S+ )?(?!konser|sahne|festival)\S+(?:da|de|ta|te)(?![\p{L}])(?! (?:\S+ )?(?:konser|sarki|album|dinle|film))|(?:yogun|kara|siyah|koyu|kesif) duman`,
      ],
    },
  },
  ko: {
    calm: [
      // "점심 메뉴 완전 대박 불났어요", "주문이 불났어요": a hit, not a fire.
      String.raw`(?:대박|인기|매출|주문|반응|조회수|댓글|맛집|맛)\S*\s?(?:완전\s?|진짜\s?|대박\s?|아주\s?)*불\s?(?:났|나)`,
    ],
  },
};

/** The table with what round 28 found added. */
export function withSaidInHaste28(language: OtherLanguage): OtherLanguage {
  const said = SAID[language.code];
  if (!said) return language;
  const described = { ...(language.described ?? {}) };
  for (const [category, sources] of Object.entries(said.described ?? {}) as [UrgencyCategory, string[]][])
    described[category] = [...(described[category] ?? []), ...sources];
  return {
    ...language,
    ...(said.words && language.words ? { words: `${language.words} ${said.words}` } : {}),
    ...(said.calm ? { calm: [...(language.calm ?? []), ...said.calm] } : {}),
    described,
  };
}
