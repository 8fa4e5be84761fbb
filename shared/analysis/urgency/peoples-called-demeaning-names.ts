import { rule, type UrgencyRule } from './types';

/*
 * A people at work called by a demeaning name that is no slur by itself (att44): "the supervisor calls all the black
 * guys \"boy\" and gives them the worst jobs", "the manager keeps calling los mexicanos \"animals\"". The slur rules
 * (en.ts, discrimination-said.ts) know "monkeys"; "boy" or "animals" said of a people read calm, or only as
 * harassment, and never reached whoever owns discrimination.
 *
 * The people must be named by race, colour, origin or faith, and the name must follow them: "calls the new guys
 * 'boys'", "calls the black guys over for lunch" and "calls everyone buddy" stay calm.
 *
 * Folded text: lower case, no accents, ASCII. Tests: test/unit/analysis/urgency-att44-u46c.test.ts.
 */

const ORIGIN = String.raw`(?:black|brown|mexican|hispanic|latino|latina|asian|african|arab|indian|filipino|chinese|muslim|haitian|somali|immigrant|migrant|foreign|polish|romanian|jamaican|nigerian|vietnamese|guatemalan|salvadoran|honduran|puerto rican|dominican|native)(?: (?:guys|men|women|workers|ladies|girls|boys|folks|people|staff|employees|ones|lads|temps|drivers|cleaners|crew|kids))?|blacks|mexicans|hispanics|latinos|asians|africans|arabs|indians|filipinos|muslims|haitians|somalis|immigrants|migrants|foreigners|mexicanos|negros|latinos|chinos|morenos|indios|inmigrantes|extranjeros|hondurenos|guatemaltecos|salvadorenos`;
const NAME = String.raw`boy|boys|animals?|monkeys?|apes?|dogs?|savages?|illegals?|beasts?|pigs?|rats?|cockroaches|roaches|slaves?|trash|garbage|donkeys?|burros?|animales|perros|cerdos|gorillas?|criminals|thieves|terrorists|wetbacks?|mojados?|indios|negritos?`;

export const ENGLISH_PEOPLES_CALLED_DEMEANING_NAMES: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`\b(?:call(?:s|ed|ing)?|referr?(?:s|ed|ing)? to|nam(?:es|ed|ing)|address(?:es|ed|ing)?) (?:all |all of |every one of )?(?:the |those |these |our |los |las |them )?(?:${ORIGIN})\b ?(?:as )?["'\u201c\u201d\u2018\u2019]?(?:${NAME})\b`,
  ),
];
