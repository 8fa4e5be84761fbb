import type { OtherLanguage } from './table';

/*
 * Amharic, read on any text in Ethiopic letters (blind round 30; read by nothing before). Amharic joins "in", "from"
 * and "the" to its words ("በመጋዘኑ", "ከመሰላል"), so a phrase is found anywhere in a word. Music that "is fire" ("እሳት ነው")
 * is no fire: a fire starts or burns. Hunger "about to kill me" ("ረሃብ ሊገድለኝ ነው") is no threat: a threat is
 * someone who said he would kill ("እንደሚገድለኝ ዛተ").
 */
export const amharic: OtherLanguage = {
  code: 'am',
  name: 'Amharic',
  script: /\p{Script=Ethiopic}/u,
  bounds: 'none',
  story: String.raw`ፊልም|ድራማ|ጨዋታ|ዜና|ልብወለድ`,
  fixed: String.raw`ተጠግኗል|ተስተካክሏል|ጠፍቷል|ጠፋ|ተፈትቷል`,
  still: String.raw`እንደገና|አሁንም|ድጋሚ`,
  calm: [
    // A drill or training, suicide prevention, blood donation, hunger that "kills".
    String.raw`ልምምድ|ስልጠና|ራስን ማጥፋት መከላከል|የደም ልገሳ|ደም ልገሳ|(?:ረሃብ|ድካም|ስራው|ሙቀት) (?:\S+ )?ሊገድለኝ`,
  ],
  cries: String.raw`እርዱን|እርዱኝ|ድረሱልን|ድረሱልኝ|እርዳታ|እሳት`,
  urgent: {
    safety: [
      String.raw`እሳት (?:ተነስ|ተነሳ|ተቀጣጠለ|አለ|ተያይዟል|ነድዷል|ይነዳል)|እየተቃጠለ|ተቃጥሏል|ጭስ (?:ወጣ|እየወጣ|ሞላ|በዝቷል)`,
      String.raw`የጋዝ ሽታ|ጋዝ (?:እየፈሰሰ|ያፈሳል|ፈሰሰ|እያፈሰሰ|እየወጣ)`,
      String.raw`ደም (?:እየፈሰሰ|ይፈሳል|ፈሰሰ|እየወጣ|በዛ)|ራሱን (?:ስቷል|ሳተ|አያውቅም)|ራሷን (?:ስታለች|ሳተች|አታውቅም)|አይተነፍስም|አትተነፍስም|መተንፈስ አልቻለ|አይንቀሳቀስም|አትንቀሳቀስም`,
      String.raw`(?:መሰላል|ፎቅ|ጣሪያ|ስካፎልዲንግ)[^\s]* (?:\S+ )?(?:ወደቀ|ወድቋል|ወድቃለች)|(?:ሰው|ሰራተኛ|ሰዎች|እጁ|እጇ|እግሩ|እግሯ)[^.!?።]{0,40}ተጣብቋ|ተቆልፎበ|መውጣት አልቻሉ|መውጣት አልቻለ`,
      String.raw`የኤሌክትሪክ ንዝረት|ኤሌክትሪክ (?:ያዘው|ያዛት|መታው|መታት)|ጎርፍ (?:\S+ ){0,3}(?:እየገባ|ገባ|ሞላ)`,
    ],
    weapon: [String.raw`(?:ቢላዋ|ቢላ|ሽጉጥ|ጠመንጃ) (?:\S+ )?(?:ይዞ|አወጣ|መዘዘ|ተኮሰ)|ተኩስ|ተኮሰ`],
    threat: [
      String.raw`እንደሚገድለኝ|እንደሚገድለን|እገድልሃለሁ|እገድልሻለሁ|ሊገድለኝ (?:ዛተ|ፈለገ|ሞከረ)|ዛተብኝ|ዛተብን|ዛተበት|ደበደብ|ደበደበ|ይደበድ|እየደበደ|በዱላ መታ|በቡጢ መታ|በጥፊ መታ`,
    ],
    harassment: [String.raw`ያለ ?(?:ፍቃ|ፈቃ)[ድዳዱ]\S* (?:\S+ )?(?:ይነካ|ነካ)|አስገድዶ መድፈር|ደፈረኝ|ደፈራት|ተደፈረች|ፆታዊ ትንኮሳ|ጾታዊ ትንኮሳ`],
    'self-harm': [String.raw`ራሴን (?:ማጥፋት|ልገድል|እገድላለሁ|አጠፋለሁ)|ራስን ማጥፋት|መሞት እፈልጋለሁ|መኖር አልፈልግም`],
  },
};
