import { lazyPattern } from '../lazy-pattern';

/*
 * Calm look-alikes that att46 found paging a sponsor (u48c), blanked for both readers sentence by sentence:
 *
 * - A worker's own child named by age beside the plant, the school or a wish ("mi hijo de 12 años hizo un proyecto de
 *   ciencias sobre la fábrica", "ma fille de 12 ans a visité l'usine avec sa classe", "mi hija de 13 años quiere
 *   trabajar aquí cuando sea grande", "con tôi 12 tuổi đến thăm nhà máy trong ngày hội gia đình"): the child-labour
 *   rules read a child of 12 beside "fábrica" or "trabajar". Only where the sentence says the child is the writer's
 *   own, gives a school thing, a visit, a family day or a wish for later, and says nothing of the child working now,
 *   at night or at a machine, paid, or hurt: "hay un niño de 12 años trabajando en la prensa de noche" and "mi hija
 *   de 13 años visitó la fábrica y se quemó la mano con la máquina" stay urgent.
 * - A fire inside a film or a series seen ("o filme de ontem tinha um incêndio na fábrica, muito bom", "الفيلم امس
 *   فيه حريق بالمصنع كان روعة"): recipes-matches-and-films.ts keeps any text that names a fire; here the film comes
 *   first and holds the fire, with a sign of having seen or liked it, and nothing real now ("como en la película",
 *   help, right now, at work).
 * - A cook's step that browns a dish's skin ("asar el pollo a fuego fuerte hasta que se queme un poco la piel"):
 *   the model reads a burnt skin as a harm to someone. Only with a dish named and no person burnt.
 * - A chore's hyperbole the writer takes back as a joke ("lol if i have to do inventory again i'll jump out the window
 *   jk"): an "if I have to … again" followed by a jump or a death, and "jk", "just kidding", "es broma" … in the same
 *   sentence. Without the joke mark, or with "i mean it", it stays self-harm.
 * - A gun shown from a hunt or a trip ("he posted a video of his new hunting rifle from the weekend trip"): a photo
 *   or video of a gun reads as brandished. Only with a hunt, a season, a range or a trip, and no one at work named,
 *   nothing said with it, nothing sent to the writer.
 *
 * Folded text (lower case, no accents; Arabic as written, escaped here). Tests:
 * test/unit/analysis/urgency-att46-u48c.test.ts.
 */

const SENTENCE = /[^.!?;\n\u061f\u3002]+[.!?;\n\u061f\u3002]*/gu;

// The writer's own child, in each language (Vietnamese and Tagalog put the owner after).
const OWN_CHILD = String.raw`\b(?:(?:mi|mis|nuestr[oa]s?) (?:hij[oa]s?|nin[oa]s?|nene|nena|chamac[oa]|pequen[oa])|(?:meu|minha|nosso|nossa|o meu|a minha) (?:filh[oa]|menin[oa]|guri|guria|pequen[oa])|(?:mon|ma|notre) (?:fils|fille|petit|petite|gamin|gamine|garcon)|(?:mio|mia|il mio|la mia|nostro|nostra) (?:figli[oa]|bambin[oa]|ragazzin[oa])|(?:mein|meine|meinem|meiner|unser|unsere) (?:sohn|tochter|kind|kleine|kleiner|junge)|(?:moj|moja|mojego|mojej|nasz|nasza) (?:syn|synek|corka|coreczka|dziecko)|(?:my|our) (?:(?:\d{1,2}|eleven|twelve|thirteen)[- ]?(?:yo|y/o|year[- ]old|yr[- ]old)(?: (?:son|daughter|kid|boy|girl))?|son|daughter|kid|child|boy|girl|little one|eldest|youngest)|anak ko|anak kong|aking anak|con (?:gai |trai )?(?:toi|em|minh|tui)|be nha (?:toi|minh))\b`;
const AGE = String.raw`\b(?:[5-9]|1[0-5])(?:[- ]?(?:anos|anitos|ans|anni|jahre|jahrig|jahrige|jahriger|lat|years?|yrs?|yo|y/o|taon|taong gulang|tuoi)\b|\))|\b(?:eleven|twelve|thirteen)[- ]?(?:year|yr)`;
const CHILD_CALM = String.raw`\b(?:proyecto|dibuj\w*|visit\w*|colegio|escuela|clase|tarea|concurso|feria|dia de (?:la )?familia|puertas abiertas|cuando (?:sea|crezca|este) (?:grande|mayor)|de grande|suen\w*|quiere ser|orgullos\w*|le encant\w*|projeto|desenh\w*|escola|turma|aula|dia da familia|portas abertas|quando (?:crescer|for grande)|sonh\w*|quer ser|orgulh\w*|adorou|amou|projet|dessin\w*|ecole|classe|college|expose|journee (?:des )?familles?|portes ouvertes|quand (?:il|elle) sera grand\w*|plus tard|reve\w*|veut devenir|fier|fiere|a adore|progetto|ricerca|disegn\w*|scuola|giornata (?:delle )?famigli\w*|porte aperte|da grande|quando sara grande|sogn\w*|vuole fare|orgoglios\w*|e piaciut\w*|projekt|referat|gemalt|zeichnung|besuch\w*|schule|klasse|familientag|tag der offenen tur|spater mal|wenn (?:er|sie) gross ist|traum\w*|stolz|prezentacj\w*|rysun\w*|narysowa\w*|odwiedzi\w*|wycieczk\w*|szkol\w*|dzien rodzinny|drzwi otwarte|jak dorosnie|marzy|dumn\w*|school|project|drawing|drew|class trip|field trip|family day|open day|bring your (?:kid|child)|take your (?:kid|child|daughter|son)|when (?:he|she) grows up|someday|one day|dreams?|wants to be|proud|loved it|homework|science fair|proyekto|iginuhit|bumisita|pumasyal|eskwela|paaralan|klase|paglaki|pangarap|du an|ve tranh|tham quan|den tham|truong|lop|ngay hoi|gia dinh|khi lon len|lon len|uoc mo|tu hao)\b`;
// The child at work now, at night or at a machine, paid, or hurt: the sentence is read.
const CHILD_DANGER = String.raw`\b(?:trabaja|trabajan|trabajando|trabaje|turnos?|de noche|nocturn\w*|prensa|maquinas?|montacargas|le pagan|pagan|paga|sin contrato|herid\w*|se quem\w*|se corto|accidente|lastim\w*|cayo|atrapad\w*|hospital|ambulancia|trabalha|trabalhando|turno|a noite|prensa|maquinas?|empilhadeira|pagam|sem carteira|se queimou|se cortou|machucou|caiu|travaille|travaillent|travaillait|de nuit|presse|machines?|chariot|paye|payee|sans contrat|blesse\w*|brule\w*|tombe\w*|lavora|lavorano|lavorando|di notte|pressa|macchin\w*|muletto|pagat\w*|in nero|ferit\w*|ustion\w*|caduto|caduta|arbeitet|arbeiten|nachtschicht|schicht|presse|maschine\w*|stapler|bezahlt|schwarz|verletzt|verbrannt|gesturzt|pracuje|pracuja|w nocy|na noc|prasa|prasie|maszyn\w*|wozek|placa|placa mu|na czarno|ranny|ranna|poparzon\w*|spadl\w*|works|working|worked|shifts?|nights?|overnight|press|machines?|forklift|paid|pay|cash|hurt|injur\w*|burn\w*|cut|fell|trapped|hospital|ambulance|nagtatrabaho|nagtrabaho|gabi|makina|bayad|nasugatan|nasaktan|dang lam|lam ca|ca dem|bi thuong|tai nan|benh vien|chay|gas|fuga|humo|fuego|incendio|explosion|derrame|vazamento|fumaca|fogo|fuite|fumee|feu|incendie|perdita|fumo|fuoco|rauch|feuer|brand|wyciek|dym|ogien|pozar|fire|smoke|leak\w*|explo\w*|spill\w*|sunog|usok|tumagas)\b`;

// A film or a series that comes first and holds a fire, seen or liked; nothing real now.
const FILM = String.raw`(?:\b(?:movies?|films?|filme|pelicula|peli|series(?! of)|serie(?! de)|episod\w*|pelikula|phim|documentar\w*)\b|(?<!\p{L})(?:\u0627\u0644)?(?:\u0641\u064a\u0644\u0645|\u0645\u0633\u0644\u0633\u0644)(?!\p{L}))`;
const FIRE = String.raw`(?:\b(?:fires?|blaze|incendio|incendie|brand(?! new)|feuer|pozar|sunog|chay)\b|(?<!\p{L})(?:\u062d\u0631\u064a\u0642|\u0627\u0644\u062d\u0631\u064a\u0642|\u062d\u0631\u0627\u064a\u0642)(?!\p{L}))`;
const FILM_HOLDS_FIRE = lazyPattern(String.raw`${FILM}[^.!?\n]{0,60}?${FIRE}`, 'u');
const FILM_LIKED = lazyPattern(
  String.raw`\b(?:watched|watching|so good|great|amazing|loved it|loved|awesome|muito bom|muito boa|otimo|adorei|assisti|buenisim[oa]|muy buen[oa]|genial|me encanto|vimos|trop bien|super|j'ai adore|bellissim[oa]|stupend[oa]|spannend|toll|super spannend|swietn\w*|ang ganda|hay qua)\b|(?<!\p{L})(?:\u0631\u0648\u0639\u0647|\u062d\u0644\u0648|\u062c\u0645\u064a\u0644)(?!\p{L})`,
  'u',
);
const FILM_REAL = lazyPattern(
  String.raw`\b(?:like (?:in )?a (?:movie|film)|como (?:en|num|numa|em) (?:la |uma |um )?(?:pelicula|filme)|comme dans un film|come in un film|wie im film|jak w filmie|right now|now|ahora|agora|maintenant|adesso|jetzt|teraz|help|ayuda|ajuda|au secours|aiuto|hilfe|pomocy|911|999|112|at work|en el trabajo|no trabalho|au travail|al lavoro|bei der arbeit|w pracy|for real|de verdad|de verdade|pour de vrai|davvero|wirklich|naprawde|hurt|herid\w*|ferid\w*|blesse\w*|verletzt)\b|(?<!\p{L})(?:\u0627\u0644\u062d\u064a\u0646|\u0647\u0644\u0642|\u0633\u0627\u0639\u062f\u0648\u0646\u064a|\u0627\u0644\u0646\u062c\u062f\u0629)(?!\p{L})`,
  'u',
);

// A cook's step that browns a dish: a cooking verb, a dish and its skin or crust.
const COOK_STEP = lazyPattern(
  String.raw`\b(?:asar|asa|hornear|hornea|dorar|dora|freir|frie|cocinar|tostar|gratinar|assar|asse|fritar|dourar|grelhar|rotir|griller|cuire|dorer|arrostire|cuocere|grigliare|braten|backen|grillen|anbraten|piec|upiec|smazyc|roast|bake|grill|fry|broil|sear|ihaw|iprito)\b[^.!?\n]{0,60}?\b(?:pollo|carne|pescado|cerdo|lechon|pavo|frango|peixe|porco|poulet|viande|poisson|porc|maiale|pesce|huhn|hahnchen|fleisch|fisch|schwein\w*|kurczak\w*|mieso|ryb\w*|chicken|pork|fish|turkey|duck|manok|baboy|isda)\b[^.!?\n]{0,80}?\b(?:piel|pellejo|costra|pele|casca|crosta|peau|croute|pelle|haut|kruste|skorka|skin|crackling|crust|balat)\b`,
  'u',
);
const PERSON_BURNT = lazyPattern(
  String.raw`\b(?:me queme|se quemo (?:la|el|su)|quemadura\w*|me queimei|queimadura\w*|je me suis brule\w*|brulure\w*|mi sono bruciat\w*|ustion\w*|verbrannt|verbrennung\w*|poparzy\w*|oparzeni\w*|burned (?:my|his|her)|burnt (?:my|his|her)|napaso|hospital|urgencias|ambulancia|ayuda|help|herid\w*)\b`,
  'u',
);

// A chore's hyperbole taken back as a joke: "if I have to … again, I'll jump out the window jk".
const HYPERBOLE = String.raw`\b(?:if i (?:have|had) to|if (?:they|he|she|you) (?:make|makes) me|if i hear|if i see|one more|si (?:tengo|me toca|me ponen|me hacen|vuelvo a)|se (?:eu tiver|tiver) que|si je dois|si on me (?:fait|remet)|se devo|se mi (?:fanno|tocca)|wenn ich noch (?:einmal|mal)|jesli (?:jeszcze raz|znowu))\b[^.!?\n]{0,80}?\b(?:jump (?:out|off)(?: of)? (?:the|a|this) (?:window|roof|bridge|balcony|building)|throw myself (?:out|off)(?: of)? (?:the|a|this) (?:window|roof|bridge|balcony)|kill myself|end it|me tiro (?:por|de|desde) (?:la|el) (?:ventana|techo|puente|balcon)|me mato|me jogo (?:da|pela|do) (?:janela|ponte|telhado)|je (?:me jette|saute) (?:par|du) (?:la fenetre|le toit|le pont)|je me tue|mi butto (?:dalla|dal) (?:finestra|tetto|ponte)|mi ammazzo|spring ich aus dem fenster|bring ich mich um|wyskocze przez okno|zabije sie)\b`;
const JOKE_MARK = String.raw`(?:\b(?:jk|j/k|just kidding|only joking|just joking|kidding|es broma|es en broma|bromeando|e brincadeira|to brincando|brincadeira|je rigole|c'est une blague|sto scherzando|scherzo|nur spass|spass|zartuje|charot|joke lang|dua thoi)\b|\bj/k\b)`;
const TAKEN_BACK = lazyPattern(String.raw`${HYPERBOLE}`, 'u');
const JOKED = lazyPattern(JOKE_MARK, 'u');
const MEANT = lazyPattern(
  String.raw`\b(?:i mean it|not (?:joking|kidding)|no (?:joke|kidding)|seriously|for real|lol not lol|en serio|de verdad|no es broma|serio|je suis serieux|sul serio|im ernst|na serio|fire|smoke|gas|leak|broken|bleeding|hurt|injur\w*)\b`,
  'u',
);

// A gun shown from a hunt or a trip, named with no one at work and nothing said with it.
const GUN_SHOWN = lazyPattern(
  String.raw`\b(?:photos?|pictures?|pics?|videos?|clips?|selfies?)\b[^.!?\n]{0,40}?\b(?:rifles?|shotguns?|guns?|bows?|crossbows?)\b`,
  'u',
);
const HUNT = lazyPattern(
  String.raw`\b(?:hunting|hunt|hunted|deer|duck|elk|turkey|pheasant|goose|geese|season|range|shooting range|clay|clays|skeet|trap shooting|trip|weekend|vacation|holiday|camping|cabin|competition)\b`,
  'u',
);
const GUN_MEANT = lazyPattern(
  String.raw`\b(?:work|boss|manager|supervisor|foreman|lead|coworkers?|co-workers?|colleagues?|plant|office|site|shift|warehouse|locker|parking|car ?park|hr|management|caption\w*|comments?|saying|says|said|wrote|threat\w*|kill\w*|shoot (?:up|you|me|him|her|them|us|every\w*)|watch|dead|next|pay|sent me|send me|texted me|to me|at me|brought|bring|bringing|reported|report)\b`,
  'u',
);

const CHILD = lazyPattern(OWN_CHILD, 'u');
const AGED = lazyPattern(AGE, 'u');
const CHILD_AT_EASE = lazyPattern(CHILD_CALM, 'u');
const CHILD_AT_RISK = lazyPattern(CHILD_DANGER, 'u');

function calmLookAlike(sentence: string): boolean {
  if (CHILD.get().test(sentence) && AGED.get().test(sentence))
    return CHILD_AT_EASE.get().test(sentence) && !CHILD_AT_RISK.get().test(sentence);
  if (FILM_HOLDS_FIRE.get().test(sentence)) return FILM_LIKED.get().test(sentence) && !FILM_REAL.get().test(sentence);
  if (COOK_STEP.get().test(sentence)) return !PERSON_BURNT.get().test(sentence);
  if (TAKEN_BACK.get().test(sentence)) return JOKED.get().test(sentence) && !MEANT.get().test(sentence);
  if (GUN_SHOWN.get().test(sentence)) return HUNT.get().test(sentence) && !GUN_MEANT.get().test(sentence);
  return false;
}

// Cheap test: the text has one of the words each look-alike needs.
const MAY_BE = lazyPattern(
  String.raw`\d|eleven|twelve|thirteen|movie|film|peli|serie|episod|phim|\u0641\u064a\u0644\u0645|\u0645\u0633\u0644\u0633\u0644|piel|pele|peau|pelle|haut|skorka|skin|crust|costra|crosta|croute|kruste|balat|jk|j/k|kidding|joking|broma|brincadeira|rigole|blague|scherz|spass|zartuje|charot|joke|dua thoi|photo|picture|pic|video|clip|selfie`,
  'u',
);

/** The folded text with each calm look-alike sentence blanked; itself when it has none. */
export function withoutCalmLookAlikesAtt46(folded: string): string {
  if (!MAY_BE.get().test(folded)) return folded;
  return withSentencesBlanked(folded, calmLookAlike);
}

/** The folded text with each sentence (of at most 300 characters) that `isCalm` reads blanked; itself when none is. */
export function withSentencesBlanked(folded: string, isCalm: (sentence: string) => boolean): string {
  let changed = false;
  const blanked = folded.replace(SENTENCE, (sentence) => {
    if (sentence.length > 300 || !isCalm(sentence)) return sentence;
    changed = true;
    return ' '.repeat(sentence.length);
  });
  return changed ? blanked : folded;
}
