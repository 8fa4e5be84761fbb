import { lazyPattern } from '../lazy-pattern';

/*
 * A safety report whose words are split between two languages (fraud39, after a blind attacker, ra38b): "oye the
 * roofers are working sin líneas de vida on the third floor and it's super windy hoy", "el scaffolding del building
 * C esta moviéndose con el viento y todavía hay workers arriba sin harness". The hazard is named in one language and
 * the missing protection in the other, so neither language's rules read a whole report: the English rules know no "sin
 * líneas de vida", the Spanish ones no "scaffolding" or "harness". The all-English and all-Spanish versions are read.
 *
 * This gives a text that mixes English with Spanish, French, Portuguese, Italian, German, Polish, Tagalog or Kreyol
 * two more readings, from one mixed table of the words of work at height and in confined spaces (what is up or inside,
 * the gear that protects, the weather, who is there, "without"): the other language's words put into English, for the
 * English rules, and the English words put into the other language, for its rules. A text is read so only when it
 * holds table words of both languages; only the safety such a reading finds is kept (the readings are word-for-word,
 * good enough for a hazard and its missing gear, not for who did what to whom). A calm mixed text stays calm: "it's
 * super windy hoy so bring a jacket", "the new harness training fue muy buena" say no one is up without protection.
 */

/** [the other language's words, the English], folded (no accents), a language. */
const TABLE: Record<string, readonly (readonly [string, string])[]> = {
  es: [
    ['sin lineas de vida', 'without lifelines'],
    ['sin linea de vida', 'without a lifeline'],
    ['sin arnes', 'without a harness'],
    ['sin arneses', 'without harnesses'],
    ['sin casco', 'without a hard hat'],
    ['sin cascos', 'without hard hats'],
    ['sin guantes', 'without gloves'],
    ['sin careta', 'without a mask'],
    ['sin mascarilla', 'without a mask'],
    ['sin respirador', 'without a respirator'],
    ['sin gafas', 'without goggles'],
    ['sin barandal', 'without a guardrail'],
    ['sin barandilla', 'without a guardrail'],
    ['sin proteccion', 'without protection'],
    ['sin equipo', 'without gear'],
    ['sin cuerda', 'without a rope'],
    ['andamio', 'scaffolding'],
    ['andamios', 'scaffolding'],
    ['tejado', 'roof'],
    ['techo', 'roof'],
    ['azotea', 'roof'],
    ['escalera', 'ladder'],
    ['tanque', 'tank'],
    ['viento', 'wind'],
    ['lloviendo', 'raining'],
    ['moviendose', 'moving'],
    ['se mueve', 'is moving'],
    ['se tambalea', 'is swaying'],
    ['arriba', 'up there'],
    ['trabajadores', 'workers'],
    ['edificio', 'building'],
    ['soldando', 'welding'],
    ['hoy', 'today'],
  ],
  fr: [
    ['sans harnais', 'without a harness'],
    ['sans ligne de vie', 'without a lifeline'],
    ['sans lignes de vie', 'without lifelines'],
    ['sans casque', 'without a hard hat'],
    ['sans gants', 'without gloves'],
    ['sans masque', 'without a mask'],
    ['sans lunettes', 'without goggles'],
    ['sans garde-corps', 'without a guardrail'],
    ['sans protection', 'without protection'],
    ['echafaudage', 'scaffolding'],
    ['toit', 'roof'],
    ['toiture', 'roof'],
    ['echelle', 'ladder'],
    ['cuve', 'tank'],
    ['vent', 'wind'],
    ['bouge', 'is moving'],
    ['ouvriers', 'workers'],
    ['batiment', 'building'],
  ],
  pt: [
    ['sem cinto de seguranca', 'without a harness'],
    ['sem cinto', 'without a harness'],
    ['sem linha de vida', 'without a lifeline'],
    ['sem capacete', 'without a hard hat'],
    ['sem luvas', 'without gloves'],
    ['sem mascara', 'without a mask'],
    ['sem oculos', 'without goggles'],
    ['sem protecao', 'without protection'],
    ['andaime', 'scaffolding'],
    ['telhado', 'roof'],
    ['escada', 'ladder'],
    ['tanque', 'tank'],
    ['vento', 'wind'],
    ['ventando', 'windy'],
    ['balancando', 'swaying'],
    ['trabalhadores', 'workers'],
    ['predio', 'building'],
  ],
  it: [
    ['senza imbracatura', 'without a harness'],
    ['senza imbragatura', 'without a harness'],
    ['senza linea vita', 'without a lifeline'],
    ['senza casco', 'without a hard hat'],
    ['senza guanti', 'without gloves'],
    ['senza mascherina', 'without a mask'],
    ['senza maschera', 'without a mask'],
    ['senza protezione', 'without protection'],
    ['ponteggio', 'scaffolding'],
    ['impalcatura', 'scaffolding'],
    ['tetto', 'roof'],
    ['scala', 'ladder'],
    ['cisterna', 'tank'],
    ['vento', 'wind'],
    ['operai', 'workers'],
    ['edificio', 'building'],
  ],
  de: [
    ['ohne gurt', 'without a harness'],
    ['ohne sicherungsgurt', 'without a harness'],
    ['ohne absturzsicherung', 'without fall protection'],
    ['ohne helm', 'without a hard hat'],
    ['ohne handschuhe', 'without gloves'],
    ['ohne maske', 'without a mask'],
    ['ohne schutz', 'without protection'],
    ['geruest', 'scaffolding'],
    ['gerust', 'scaffolding'],
    ['dach', 'roof'],
    ['leiter', 'ladder'],
    ['tank', 'tank'],
    ['wind', 'wind'],
    ['windig', 'windy'],
    ['arbeiter', 'workers'],
    ['gebaude', 'building'],
  ],
  pl: [
    ['bez szelek', 'without a harness'],
    ['bez uprzezy', 'without a harness'],
    ['bez zabezpieczenia', 'without protection'],
    ['bez kasku', 'without a hard hat'],
    ['bez rekawic', 'without gloves'],
    ['bez maski', 'without a mask'],
    ['rusztowaniu', 'scaffolding'],
    ['rusztowanie', 'scaffolding'],
    ['dachu', 'roof'],
    ['drabinie', 'ladder'],
    ['wieje', 'is windy'],
    ['wiatr', 'wind'],
    ['robotnicy', 'workers'],
  ],
  tl: [
    ['walang harness', 'without a harness'],
    ['walang suot na harness', 'without a harness'],
    ['walang helmet', 'without a hard hat'],
    ['walang hard hat', 'without a hard hat'],
    ['walang gloves', 'without gloves'],
    ['walang mask', 'without a mask'],
    ['walang proteksyon', 'without protection'],
    ['walang safety', 'without safety gear'],
    ['bubong', 'roof'],
    ['hagdan', 'ladder'],
    ['hangin', 'wind'],
    ['umuuga', 'is swaying'],
    ['gumagalaw', 'is moving'],
    ['nasa taas', 'up there'],
    ['trabahador', 'workers'],
  ],
  ht: [
    ['san senti', 'without a harness'],
    ['san kod', 'without a rope'],
    ['san kas', 'without a hard hat'],
    ['san gan', 'without gloves'],
    ['san mask', 'without a mask'],
    ['san pwoteksyon', 'without protection'],
    ['echafo', 'scaffolding'],
    ['do kay', 'roof'],
    ['tet kay', 'roof'],
    ['nechel', 'ladder'],
    ['van', 'wind'],
    ['travaye', 'workers'],
  ],
};

// English words of the table that mean the same whatever the writer's language: the English side, and a few more.
const ENGLISH_ALSO: readonly (readonly [string, string])[] = [
  ['scaffold', 'scaffolding'],
  ['roofers', 'workers'],
  ['guys', 'workers'],
  ['harnesses', 'harnesses'],
  ['lifelines', 'lifelines'],
  ['fall protection', 'fall protection'],
  ['hard hats', 'hard hats'],
  ['helmet', 'hard hat'],
  ['windy', 'windy'],
  ['raining', 'raining'],
  ['swaying', 'swaying'],
  ['moving', 'moving'],
  ['third floor', 'third floor'],
];

// What the English rules need to be missing or present for a mixed text to be worth a second reading.
const ENGLISH_WORDS = [
  ...new Set(
    [
      'without',
      'no',
      ...Object.values(TABLE).flatMap((pairs) => pairs.map(([, english]) => english)),
      ...ENGLISH_ALSO.map(([english]) => english),
    ]
      .flatMap((phrase) => phrase.split(' '))
      .filter((word) => word.length > 2 && !['without', 'a', 'is', 'up', 'there'].includes(word)),
  ),
];

const alternation = (phrases: readonly string[]): string => [...phrases].sort((a, b) => b.length - a.length).join('|');
const wordsPattern = (phrases: readonly string[]): string =>
  String.raw`(?<![\p{L}\p{N}_])(?:${alternation(phrases)})(?![\p{L}\p{N}_])`;

const OWN_WORDS = Object.fromEntries(
  Object.entries(TABLE).map(([code, pairs]) => [code, lazyPattern(wordsPattern(pairs.map(([own]) => own)), 'gu')]),
);
const ENGLISH_PRESENT = lazyPattern(wordsPattern(ENGLISH_WORDS), 'u');
// The English side of each language's table, put into that language: the first of its words for an English phrase.
const INTO_OWN = Object.fromEntries(
  Object.entries(TABLE).map(([code, pairs]) => {
    const own = new Map<string, string>();
    for (const [word, english] of pairs) {
      for (const phrase of [english, english.replace(/^(?:without|is) (?:a )?/, '')])
        if (!own.has(phrase) && phrase)
          own.set(phrase, word.replace(/^(?:sin|sans|sem|senza|ohne|bez|walang|san) /, ''));
      if (/^(?:sin|sans|sem|senza|ohne|bez|walang|san) /.test(word) && !own.has('without'))
        own.set('without', word.split(' ')[0]!);
    }
    for (const [english, same] of ENGLISH_ALSO)
      if (!own.has(english) && own.has(same)) own.set(english, own.get(same)!);
    return [code, { words: own, pattern: lazyPattern(wordsPattern([...own.keys()]), 'gu') }];
  }),
);
const INTO_ENGLISH = Object.fromEntries(
  Object.entries(TABLE).map(([code, pairs]) => [code, new Map(pairs.map(([own, english]) => [own, english]))]),
);

/**
 * The readings of a folded text that mixes English and another language's words of work at height or in a tank: the
 * text with the other language's table words in English, and with its English table words in the other language.
 * Empty when the text holds no table words of both.
 */
export function safetyReadingsAcrossLanguages(folded: string): string[] {
  if (!ENGLISH_PRESENT.get().test(folded)) return [];
  const readings: string[] = [];
  for (const code of Object.keys(TABLE)) {
    const own = OWN_WORDS[code]!.get();
    own.lastIndex = 0;
    if (!own.test(folded)) continue;
    own.lastIndex = 0;
    const english = folded.replace(own, (word) => INTO_ENGLISH[code]!.get(word) ?? word);
    const into = INTO_OWN[code]!;
    const pattern = into.pattern.get();
    pattern.lastIndex = 0;
    const theirs = folded.replace(pattern, (word) => into.words.get(word) ?? word);
    for (const reading of [english, theirs])
      if (reading !== folded && !readings.includes(reading)) readings.push(reading);
  }
  return readings;
}
