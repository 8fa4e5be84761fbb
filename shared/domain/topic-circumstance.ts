/**
 * Whether a keyword, where it stands, only says when or where something happened rather than what it is about: "on
 * the night shift", "during my shift", "last weekend", "in the break room". A safety report written on the night
 * shift is not about scheduling, and a threat made in the car park is not about parking; counted as themes, such
 * words would fill the digest's scheduling and facilities rows with reports about something else.
 *
 * Only a keyword that is itself a time or a place can be one ("shift", "weekend", "break room", "parking"): a
 * manager, a bonus or an injury is what a sentence is about wherever it stands. The text is read as `detectTopics`
 * reads it: lower case, each run of punctuation a single space. English, the language the configs' keywords are in.
 */

/** The last word of a keyword that names a time or a place, in which something else can happen. */
const TIMES_AND_PLACES = new Set([
  ...['shift', 'shifts', 'weekend', 'weekends', 'night', 'nights', 'holiday', 'holidays', 'vacation', 'rota'],
  ...['room', 'parking', 'lot', 'park', 'bathroom', 'bathrooms', 'restroom', 'restrooms', 'toilet', 'toilets'],
  ...['cafeteria', 'canteen', 'kitchen', 'lobby', 'office', 'yard', 'warehouse', 'corridor', 'hallway', 'garage'],
]);

// A preposition of time or place (not after "work" or "depending": "working on the weekend", "depending on your
// shift" are about the schedule itself), then the determiner that makes it one occasion or one place ("on the", "during
// my", "at our"), then up to two words describing it ("on the late night shift", "in the staff break room").
const FRAMED =
  /(?<!(?:^| )(?:work|works|worked|working|depend|depends|depending|based))(?:^| )(?:on|during|in|at|over|after|before|throughout|through|since|until|till|near|outside|inside|behind) (?:the|my|our|his|her|their|your|this|that|a|an|one|each|every|last|next|today's|tonight's|yesterday's)((?: [\p{L}\p{N}'-]+){0,2}) $/u;
// A part of an occasion or a place, then the occasion: "at the end of the late shift", "by the start of my shift",
// "in the middle of the night shift", "at the back of the warehouse". Said of the time or place something happened in,
// never of what the report is about.
const PART_OF =
  /(?:^| )(?:on|during|in|at|by|near|towards|toward|until|till|before|after|from|to) (?:the|my|our|his|her|their|your|this|that|each|every) (?:very )?(?:end|start|beginning|middle|rest|close|back|front|far end|edge|corner|side|other side) of (?:the|my|our|his|her|their|your|this|that|a|an|each|every|last|next|today's|tonight's)((?: [\p{L}\p{N}'-]+){0,2}) $/u;
// A time word that is itself the frame: "last weekend", "this shift", "every shift". Nothing between: in "raises every
// year, vacation…" the list's comma is gone from the text read, and "vacation" is what it names.
const BARE_FRAME = /(?:^| )(?:this|last|next|that|every|each)() $/u;

// Words that end a describing run: "in my opinion but management…" is no frame around "management".
const NOT_DESCRIBING = new Set(
  'and or but nor so yet then is are was were be been am do does did has have had not no to of for with by from as than i we you he she they it who which that'.split(
    ' ',
  ),
);

/**
 * Whether `keyword`, found at `at` in `haystack`, is a time or place standing in a phrase that says when or where.
 *
 * @example
 * inCircumstance(' the guard rail broke on the night shift ', 34, 'shift') // true: "shift" says when
 * inCircumstance(' the night shift rota is never posted ', 11, 'shift') // false: the shift is what it is about
 */
export function inCircumstance(haystack: string, at: number, keyword: string): boolean {
  if (!TIMES_AND_PLACES.has(keyword.split(' ').at(-1) ?? '')) return false;
  const before = haystack.slice(Math.max(0, at - 80), at);
  const frame = FRAMED.exec(before) ?? PART_OF.exec(before) ?? BARE_FRAME.exec(before);
  return !!frame && !(frame[1] ?? '').split(' ').some((word) => NOT_DESCRIBING.has(word));
}
