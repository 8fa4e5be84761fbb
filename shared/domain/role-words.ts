/**
 * How employees describe a sponsor by their job rather than their name
 * ("the head of HR", "el director de recursos humanos", "le DRH", "the plant
 * 2 manager"). Each sponsor's configured role ("Sam Okafor (CHRO)") and
 * their `roleWords` are read for the kinds of job they name; a report that
 * describes a person in that job names the sponsor (`conflicts.ts`).
 *
 * A department alone is not a person: "HR sent the form late" and "I asked
 * HR about leave" name nobody, so they do not reroute. A person in the
 * department ("the HR manager", "la jefa de RRHH") does, whether the
 * sentence complains about them or only mentions them: telling an
 * accusation from a mention is not reliable, and rerouting when unsure only
 * sends the case to the backup, while missing it hands a report to the
 * person it is about.
 *
 * All words are written folded (lower case, no accents), as `foldForNames` reads text.
 */

export type RoleKind = 'hr' | 'siteManager' | 'operations' | 'chiefExecutive' | 'finance' | 'safety';

/** People words: a head, manager, director… in en, es, fr, de, pt, it, pl. */
const PERSON = [
  'head',
  'heads',
  'manager',
  'managers',
  'mgr',
  'mngr',
  'director',
  'directors',
  'boss',
  'chief',
  'lead',
  'leader',
  'officer',
  'vp',
  'vice president',
  'svp',
  'evp',
  'supervisor',
  'directora',
  'jefe',
  'jefa',
  'gerente',
  'responsable',
  'encargado',
  'encargada',
  'directeur',
  'directrice',
  'chef',
  'cheffe',
  'patron',
  'patronne',
  'leiter',
  'leiterin',
  'chefin',
  'diretor',
  'diretora',
  'gestor',
  'gestora',
  'direttore',
  'direttrice',
  'capo',
  'kierownik',
  'kierowniczka',
  'dyrektor',
  'dyrektorka',
  'szef',
  'szefowa',
  'mudir',
  'مدير',
  'مديرة',
  'رئيس',
];

/** Departments in another language that are everyday English words: "managing personal and work life". */
const ENGLISH_WORDS = new Set(['personal']);

const PLURAL = new Set(['heads', 'managers', 'directors']);

/** Words between a person and their department: "head of HR", "jefe de la planta", "chef du site". */
const LINK = [
  'of',
  'of the',
  'for',
  'for the',
  'de',
  'de la',
  'del',
  'de los',
  'de las',
  'des',
  'du',
  "de l'",
  'd',
  'der',
  'des',
  'vom',
  'von',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'della',
  'delle',
  'dello',
  'dei',
  'degli',
  'dell',
];

/**
 * Verbs that say someone runs a place or a department ("the guy who runs this plant", "whoever heads HR",
 * "el que dirige la planta", "celui qui gère le site"): whoever does, in the department of a kind, is that
 * kind's person. Only the forms said of someone else (runs, running), never "I run the…": "I run the plant's
 * night shift" is the writer's own job.
 */
const RUNS = [
  'runs',
  'running',
  'manages',
  'managing',
  'heads',
  'heading',
  'directs',
  'directing',
  'is in charge of',
  'in charge of',
  'is over',
  'is the boss of',
  'calls the shots at',
  'calls the shots in',
  'dirige',
  'manda en',
  'lleva',
  'esta a cargo de',
  'a cargo de',
  'al frente de',
  'gestiona',
  'administra',
  'es dueno de',
  'gere',
  'est a la tete de',
  'a la tete de',
  'commande',
  'gerencia',
  'comanda',
  'esta a frente de',
  'a frente de',
  'gestisce',
  'comanda',
  'e a capo di',
  'a capo di',
  'kieruje',
  'zarzadza',
];

/**
 * Who does the running: one person, or "who" ("the guy who runs", "whoever heads", "el que dirige", "celui qui
 * gère"), never a group or a department ("Sales runs the place", "engineers are running the company", "the
 * company that owns the store"), and never the writer ("I run", "being the person in charge").
 */
const SUBJECT = [
  'who',
  'whoever',
  'he',
  'she',
  'guy',
  'man',
  'woman',
  'lady',
  'person',
  'bloke',
  'fella',
  'someone',
  'somebody',
  'que',
  'quien',
  'persona',
  'tipo',
  'senor',
  'senora',
  'qui',
  'personne',
  'type',
  'mec',
  'quem',
  'chi',
  'kto',
  'der',
  'die',
  'wer',
];
/** Between the subject and the verb: "who IS in charge of", "the man WHO runs", "celui QUI dirige". */
const SUBJECT_LINK = [
  'is',
  'was',
  'who is',
  'who',
  'that',
  'that is',
  'es',
  'est',
  'e',
  'ist',
  'qui',
  'que',
  'who s',
  's',
];

/** What may stand between a verb of `RUNS` and the place: "runs THIS plant", "dirige LA planta", "gère L'usine". */
const DETERMINER = [
  'this',
  'the',
  'our',
  'that',
  'this whole',
  'les',
  'los',
  'las',
  'os',
  'as',
  'gli',
  'i',
  'the whole',
  'la',
  'el',
  'esta',
  'este',
  'nuestra',
  'nuestro',
  'toda la',
  'todo el',
  'l',
  'le',
  'cette',
  'ce',
  'notre',
  'toute la',
  'tout le',
  'o',
  'a',
  'esta',
  'nossa',
  'nosso',
  'lo',
  'il',
  'questo',
  'questa',
  'nostro',
  'nostra',
];

/**
 * A place's whole top person said without a title, for a site's manager and a company's chief alike: "the
 * top manager here", "the big boss", "el mandamás", "le grand patron", "der oberste Chef". A site's sponsor
 * is read for them on their own sites only (`conflicts.ts`), so at Plant 2 they are its GM, and the CEO.
 */
const TOP_PERSON = [
  'top manager',
  'top boss',
  'top dog',
  'top guy',
  'top man',
  'top woman',
  'top person',
  'highest manager',
  'highest boss',
  'highest person',
  'most senior manager',
  'most senior person',
  'senior most manager',
  'main boss',
  'main manager',
  'head manager',
  'head boss',
  'head honcho',
  'big boss',
  'big cheese',
  'big chief',
  'mandamas',
  'jefazo',
  'jefaza',
  'jefe maximo',
  'jefa maxima',
  'gran jefe',
  'gran jefa',
  'jefe de todos',
  'jefe supremo',
  'grand patron',
  'grande patronne',
  'grand chef',
  'big boss',
  'le boss',
  'chef supreme',
  'plus grand chef',
  'grosse chef',
  'große chef',
  'grossen chef',
  'großen chef',
  'oberste chef',
  'obersten chef',
  'oberster chef',
  'chefe maximo',
  'grande chefe',
  'capo supremo',
  'grande capo',
  'najwyzszy szef',
  'wielki szef',
];

/**
 * Whoever is in charge, said alone ("the man in charge took the guard off"): in charge of something else
 * ("the person in charge of the forklifts") is anyone's job, read only with a department (`RUNS`).
 */
const IN_CHARGE = [
  'man in charge',
  'woman in charge',
  'person in charge',
  'guy in charge',
  'one in charge',
  'lady in charge',
];

/** "Here": the place the report comes from, when it is one sponsor's site ("the boss here", "el jefe de aquí", "le chef d'ici"). */
const HERE = [
  'here',
  'around here',
  'round here',
  'at this place',
  'of this place',
  'of the place',
  'in this place',
  'on site',
  'on this site',
  'de aqui',
  'de aca',
  'aqui',
  'aca',
  'de este lugar',
  'd ici',
  'ici',
  'de cet endroit',
  'de la boite',
  'hier',
  'von hier',
  'daqui',
  'aqui',
  'di qui',
  'qui',
  'tutaj',
];

/** Clauses that are a site's person by themselves: "runs this place", "in charge here", "hier das Sagen hat". */
const RUNS_HERE = [
  'runs this place',
  'runs the place',
  'runs this joint',
  'runs things here',
  'runs the show',
  'running this place',
  'running the show',
  'in charge here',
  'in charge around here',
  'calls the shots',
  'manda aqui',
  'manda aca',
  'manda en este lugar',
  'commande ici',
  'dirige ici',
  'hier das sagen hat',
  'hier das sagen',
  'hier alles leitet',
  'manda aqui',
  'comanda aqui',
  'comanda qui',
];

/** A German clause puts its verb last: "der das Werk leitet", "wer den Standort führt". */
const RUNS_AFTER = ['leitet', 'fuhrt', 'managt', 'leitete', 'fuhrte', 'unter sich hat'];
const DETERMINER_DE = [
  'das',
  'den',
  'dieses',
  'diesen',
  'unser',
  'unseren',
  'die',
  'diese',
  'unsere',
  'hier das',
  'hier den',
];

/** Everyday titles of middle managers ("ops manager", "finance lead"): enough for HR and a site, too common for a company's chiefs. */
const MIDDLE = new Set([
  'manager',
  'managers',
  'mgr',
  'mngr',
  'supervisor',
  'lead',
  'leader',
  'officer',
  'responsable',
  'encargado',
  'encargada',
  'gestor',
  'gestora',
  'kierownik',
  'kierowniczka',
]);
const SENIOR_KINDS = new Set<RoleKind>(['operations', 'chiefExecutive', 'finance']);

interface Vocabulary {
  /** What in a configured role shows this kind ("CHRO", "HR", "Plant 2 GM"). */
  shownBy: RegExp;
  /** The department or place a person of this kind heads. */
  departments: string[];
  /** Whole phrases that are this person by themselves. */
  titles: string[];
}

export const ROLE_VOCABULARY: Record<RoleKind, Vocabulary> = {
  hr: {
    shownBy: /\b(chro|cpo|hr|hrd|human resources|people|personnel|rrhh|drh|rh)\b/,
    departments: [
      'hr',
      'h r',
      'human resources',
      'human resource',
      'people and culture',
      'people ops',
      'personnel',
      'recursos humanos',
      'rrhh',
      'rr hh',
      'rh',
      'ressources humaines',
      'personal',
      'personalabteilung',
      'risorse umane',
      'kadr',
      'zasobow ludzkich',
      'hr department',
      'الموارد البشرية',
    ],
    titles: [
      'chro',
      'hrd',
      'hrbp',
      'hr business partner',
      'chief people officer',
      'head of people',
      'director of people',
      'people director',
      'vp people',
      'vp of people',
      'chief human resources officer',
      'drh',
      'drrhh',
      'personalleiter',
      'personalleiterin',
      'personalchef',
      'personalchefin',
      'kadrowa',
      'kadrowy',
    ],
  },
  siteManager: {
    shownBy: /\b(gm|general manager|plant|site|factory|warehouse|depot|mill|store|branch|facility)\b/,
    departments: [
      'plant',
      'site',
      'factory',
      'facility',
      'warehouse',
      'depot',
      'mill',
      'store',
      'branch',
      'location',
      'planta',
      'fabrica',
      'sede',
      'almacen',
      'sucursal',
      'usine',
      'site',
      'entrepot',
      'agence',
      'werk',
      'standort',
      'lager',
      'stabilimento',
      'fabbrica',
      'magazzino',
      'filial',
      'zaklad',
      'fabryka',
      'magazyn',
      'oddzial',
    ],
    titles: [
      'gm',
      'general manager',
      'the general manager',
      // "the gen. manager", "our general mgr"
      'gen manager',
      'gen mgr',
      'gen mngr',
      'general mgr',
      'general mngr',
      'gerente general',
      'gerente de planta',
      'directeur d usine',
      'directeur de site',
      'directeur general',
      'werksleiter',
      'werksleiterin',
      'standortleiter',
      'standortleiterin',
      'gerente geral',
      'direttore generale',
      'dyrektor zakladu',
      'plant boss',
      'site boss',
    ],
  },
  operations: {
    shownBy: /\b(coo|operations|ops|operating)\b/,
    departments: ['operations', 'ops', 'operaciones', 'operations', 'operacoes', 'operazioni', 'betrieb', 'operacji'],
    titles: ['coo', 'chief operating officer', 'betriebsleiter', 'betriebsleiterin'],
  },
  chiefExecutive: {
    shownBy: /\b(ceo|chief executive|managing director|president|owner|founder|md|pdg)\b/,
    departments: ['company', 'the company', 'empresa', 'la empresa', 'entreprise', 'firma', 'azienda', 'firmy'],
    titles: [
      'ceo',
      'chief executive',
      'chief executive officer',
      'chief exec',
      'managing director',
      'company president',
      'president of the company',
      'company owner',
      'big boss',
      'top boss',
      'consejero delegado',
      'director general',
      'directora general',
      'presidente',
      'duena',
      'dueno',
      'pdg',
      'p d g',
      'directeur general',
      'directrice generale',
      'president directeur general',
      'geschaftsfuhrer',
      'geschaftsfuhrerin',
      'vorstandsvorsitzender',
      'amministratore delegato',
      'prezes',
      'prezeska',
      'diretor executivo',
      'diretor geral',
    ],
  },
  finance: {
    shownBy: /\b(cfo|finance|financial|controller|treasurer)\b/,
    departments: [
      'finance',
      'accounting',
      'finanzas',
      'contabilidad',
      'finances',
      'comptabilite',
      'finanzen',
      'financas',
      'finanza',
      'finansow',
    ],
    titles: [
      'cfo',
      'chief financial officer',
      'finance director',
      'financial controller',
      'director financiero',
      'directora financiera',
      'directeur financier',
      'directrice financiere',
      'daf',
      'finanzchef',
      'finanzchefin',
      'diretor financeiro',
      'direttore finanziario',
      'dyrektor finansowy',
    ],
  },
  safety: {
    shownBy: /\b(safety|ehs|hse|she|health and safety|security)\b/,
    departments: [
      'safety',
      'health and safety',
      'h s',
      'ehs',
      'hse',
      'seguridad',
      'prevencion',
      'securite',
      'hygiene et securite',
      'sicherheit',
      'arbeitssicherheit',
      'seguranca',
      'sicurezza',
      'bhp',
    ],
    titles: ['safety officer', 'prevencionista', 'tecnico de prevencion', 'sicherheitsfachkraft', 'rspp'],
  },
};

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase's words with any spacing, hyphen or apostrophe between them. */
const loose = (phrase: string) =>
  phrase
    .split(/[\s'’.-]+/)
    .filter(Boolean)
    .map(escapeRe)
    .join("[\\s'’.\\-]*");
/** An abbreviation ("hr", "h.r", "rh") may end in a dot ("the H.R. boss"); a longer word's dot ends a sentence. */
const abbreviationDot = (phrase: string) => (phrase.replace(/[^\p{L}]/gu, '').length <= 3 ? '\\.?' : '');
const alternatives = (phrases: string[]) =>
  [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => loose(p) + abbreviationDot(p))
    .join('|');

/**
 * Numbers a site's may be spelled as ("the plant two manager", "la planta dos"), 1 to 10 in the languages
 * whose role words are read; not the Italian "due", an English word too.
 */
const SPELLED: Record<string, string[]> = {
  1: ['one', 'uno', 'una', 'un', 'une', 'eins', 'um'],
  2: ['two', 'dos', 'deux', 'zwei', 'dois', 'duas'],
  3: ['three', 'tres', 'trois', 'drei', 'tre'],
  4: ['four', 'cuatro', 'quatre', 'vier', 'quatro', 'quattro'],
  5: ['five', 'cinco', 'cinq', 'funf', 'cinque'],
  6: ['six', 'seis', 'sechs', 'sei'],
  7: ['seven', 'siete', 'sept', 'sieben', 'sete', 'sette'],
  8: ['eight', 'ocho', 'huit', 'acht', 'oito', 'otto'],
  9: ['nine', 'nueve', 'neuf', 'neun', 'nove'],
  10: ['ten', 'diez', 'dix', 'zehn', 'dez', 'dieci'],
};
const SPELLED_NUMBER = Object.values(SPELLED).flat().join('|');

/** A site's number or letter may stand between a place and the person: "the plant 2 manager", "site B boss", "plant two". */
const QUALIFIER = `(?:[\\s\\-]+(?:\\p{N}+|${SPELLED_NUMBER}|\\p{L}|\\p{L}*\\p{N}[\\p{L}\\p{N}]*))?`;
const SEP = "[\\s'’\\-]+";

/** The whole expression of `kind`: what `roleSpans` runs on a text that holds one of the kind's literals. */
export function patternFor(kind: RoleKind): RegExp {
  const { departments, titles } = ROLE_VOCABULARY[kind];
  const person = alternatives(SENIOR_KINDS.has(kind) ? PERSON.filter((p) => !MIDDLE.has(p)) : PERSON);
  const department = alternatives(departments);
  const link = alternatives(LINK);
  // One person: "the store's managers" are its management, named by no one.
  const onePerson = alternatives(
    (SENIOR_KINDS.has(kind) ? PERSON.filter((p) => !MIDDLE.has(p)) : PERSON).filter((p) => !PLURAL.has(p)),
  );
  const here = kind === 'siteManager';
  const top = here || kind === 'chiefExecutive';
  const determiner = `(?:(?:${alternatives(DETERMINER)})${SEP})?`;
  const body = [
    alternatives(titles),
    // "the guy who runs this plant", "whoever heads HR", "el que dirige la planta", "celui qui gère l'usine";
    // not the place's own thing ("runs the plant's canteen")
    `(?:${alternatives(SUBJECT)})${SEP}(?:(?:${alternatives(SUBJECT_LINK)})${SEP})?(?:${alternatives(RUNS)})${SEP}${determiner}(?:${alternatives(departments.filter((d) => !ENGLISH_WORDS.has(d)))})(?!['’]s(?![\\p{L}\\p{N}]))`,
    // "der das Werk leitet", "wer den Standort führt"
    `(?:${alternatives(DETERMINER_DE)})${SEP}(?:${department})${SEP}(?:${alternatives(RUNS_AFTER)})`,
    ...(top
      ? [
          alternatives(TOP_PERSON),
          // "the man in charge took the guard off"; not the writer ("being the person in charge")
          `(?<!(?:being|be|am|im|i m|was|become|becoming)${SEP})(?:the|our)${SEP}(?:${alternatives(IN_CHARGE)})(?!${SEP}(?:of|for|at)(?![\\p{L}\\p{N}]))`,
        ]
      : []),
    // "the boss here", "el jefe de aquí", "le chef d'ici", "der Chef hier", "runs this place": the report's own site
    ...(here
      ? [
          `(?:${alternatives(SUBJECT)})${SEP}(?:(?:${alternatives(SUBJECT_LINK)})${SEP})?(?:${alternatives(RUNS_HERE)})`,
          // one person: "the managers here" are the place's management, read as no one
          `(?:the|our|el|la|le|der|die|o|il)${SEP}(?:${alternatives(PERSON.filter((p) => !PLURAL.has(p)))})${SEP}(?:${alternatives(HERE)})`,
        ]
      : []),
    // "the HR manager", "plant 2 manager", "RH responsable"
    `(?:${department})${QUALIFIER}${SEP}(?:${person})`,
    // "the plant's manager", "the site's GM", "HR's boss"
    `(?:${department})${QUALIFIER}['’]s${SEP}(?:${onePerson}|${alternatives(titles)})`,
    // "head of HR", "jefa de la planta", "chef du site", "directeur RH"
    `(?:${person})(?:${SEP}(?:${link}))?${SEP}(?:${department})`,
  ].join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}

/** What `loose` lets stand between a phrase's words, and an abbreviation's dot: taken out, a phrase is one literal. */
const squeeze = (text: string) => text.replace(/[\s'’.-]+/g, '');

/**
 * Literals one of which every match of `kind` holds, squeezed: each match is a title or holds a person word,
 * and a phrase matched loosely, squeezed, is the phrase squeezed. A needle holding a shorter one is left out.
 */
function needlesFor(kind: RoleKind): string[] {
  const person = SENIOR_KINDS.has(kind) ? PERSON.filter((p) => !MIDDLE.has(p)) : PERSON;
  const extra = [
    ...RUNS,
    ...RUNS_AFTER,
    ...(kind === 'siteManager' || kind === 'chiefExecutive' ? [...TOP_PERSON, ...IN_CHARGE] : []),
    ...(kind === 'siteManager' ? RUNS_HERE : []),
  ];
  const all = [...new Set([...ROLE_VOCABULARY[kind].titles, ...person, ...extra].map(squeeze))];
  return all.filter((needle) => !all.some((other) => other !== needle && needle.includes(other)));
}

// Each kind's expression is made when a text is first read for that kind: a report is read only for the
// kinds of the configured sponsors' roles, and making all of them cost every Lambda that imports this a few ms.
// V8 compiles an expression on its first match, 20–40 ms each for these (`\p{L}` look-arounds over long
// alternations): a text holding none of the kind's literals (most texts) cannot match, so it is not run.
const PATTERNS = new Map<RoleKind, { needles: string[]; pattern?: RegExp }>();
const lookupOf = (kind: RoleKind) => {
  let lookup = PATTERNS.get(kind);
  if (!lookup) PATTERNS.set(kind, (lookup = { needles: needlesFor(kind) }));
  return lookup;
};
/** The last text squeezed: a report is read for each kind in turn. */
let lastText = '';
let lastSqueezed = '';

/** The kinds of job a configured role and the operator's role words show ("Plant 2 GM": a site manager). */
export function roleKindsOf(roleLabels: string[]): RoleKind[] {
  return (Object.keys(ROLE_VOCABULARY) as RoleKind[]).filter((kind) =>
    roleLabels.some((label) => ROLE_VOCABULARY[kind].shownBy.test(label)),
  );
}

/** Where folded `text` describes a person in a job of `kind`. */
export function roleSpans(text: string, kind: RoleKind): { index: number; length: number }[] {
  const lookup = lookupOf(kind);
  if (text !== lastText) [lastText, lastSqueezed] = [text, squeeze(text)];
  if (!lookup.needles.some((needle) => lastSqueezed.includes(needle))) return [];
  lookup.pattern ??= patternFor(kind);
  return [...text.matchAll(lookup.pattern)]
    .filter((m) => m[0].length)
    .map((m) => ({ index: m.index, length: m[0].length }));
}

let places: string | undefined;

/**
 * Whether folded `text` names a site called "<place> <number or letter>"
 * ("Plant 2") in any language's word for a place: "planta 2", "usine n° 2", "Werk 2".
 */
export function mentionsNumberedSite(text: string, siteName: string): boolean {
  const qualifier = /[\s-]((?:\p{N}+|\p{L}))$/u.exec(siteName.trim())?.[1];
  if (!qualifier) return false;
  const written = [escapeRe(qualifier.toLowerCase()), ...(SPELLED[qualifier] ?? [])].join('|');
  // Attack round 22: the site's own word cut to its first letter or its consonants before the number ("P2's GM",
  // "lee at p2", "Plt 2", "PLNT-2"): how a site is written on rotas and in chat.
  const place = /^(\p{L}+)[\s-]/u.exec(siteName.trim())?.[1];
  if (place && /^\p{N}+$/u.test(qualifier)) {
    const consonants = place[0] + place.slice(1).replace(/[aeiouy]/gu, '');
    const shortened = [...new Set([place[0]!, consonants, consonants.slice(0, 3)])].filter((w) => w !== place);
    if (
      new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${shortened.map(escapeRe).join('|')})[\\s\\-.#]?${escapeRe(qualifier)}(?![\\p{L}\\p{N}])`,
        'u',
      ).test(text)
    )
      return true;
  }
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${(places ??= alternatives(ROLE_VOCABULARY.siteManager.departments))})[\\s\\-]*(?:(?:no|n|nr|num|#)[.°º]?\\s*)?(?:${written})(?![\\p{L}\\p{N}])`,
    'u',
  ).test(text);
}
