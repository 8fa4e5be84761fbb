import { PERSON_DEEDS } from './redact-names-words';
import {
  GROUP_WORDS,
  MORE_CUES,
  MORE_PREPOSITIONS,
  NEEDS_TWO_PERSON_WORDS,
  ONE_PERSON_ONLY,
  TERM_OF_ART,
  isMorePersonWord,
} from './self-descriptions-more-cues';
import { firstPersonPhrase, saidOfThemselves } from './self-descriptions-first-person';
import { oneHolderPosts } from './self-descriptions-one-holder';
import { rareTraitsPlaced } from './self-descriptions-rare-traits';
import { rolesDescribedApart } from './self-descriptions-appositives';
import { superlativesOfOne } from './self-descriptions-superlatives';
import { personalMarks } from './self-descriptions-personal-marks';
import { ownRecords } from './self-descriptions-records';
import { onlyAfterPerson } from './self-descriptions-only-after-noun';
import { ownLooks } from './self-descriptions-own-looks';
import { ownCarDescribed } from './self-descriptions-own-car';
import { childSchoolNamed } from './self-descriptions-child-school';
import { payAndAwards } from './self-descriptions-pay-awards';
import { answersItIsMe } from './self-descriptions-answers';
import { aidsCarsAndMarks } from './self-descriptions-aids-cars-marks';
import { describedApart } from './self-descriptions-said-apart';
import { ownDays } from './self-descriptions-own-days';
import { healthAndRecovery } from './self-descriptions-health-recovery';
import { recoveryAndAidsByVerb } from './self-descriptions-recovery-verbs';
import { recoveryAndPregnancyMore } from './self-descriptions-recovery-pregnancy-op51b';
import { expectingAndRecovery } from './self-descriptions-expecting';
import { recoveryAndPregnancyOp56b } from './self-descriptions-recovery-pregnancy-op56b';
import { conditionsOfTheWriter } from './self-descriptions-conditions-op58';

/*
 * Words that single one person out without naming anyone: "the only left-handed welder on the night crew", "the only
 * woman in the maintenance team", "le seul magasinier sourd de l'entrepôt", "el único soldador zurdo del turno de
 * noche", "die einzige Staplerfahrerin in der Nachtschicht". Redaction keeps them (they are often what the report is
 * about: docs/anonymity.md, "What the text itself says"); the preview names them, so the writer can see before sending
 * that they may point to them, and reword them if they wish.
 *
 * A phrase is "the only / the one / the sole …" (el único, la única, le seul, la seule, l'unique, o único, a única,
 * l'unico, l'unica, der/die/das einzige) with up to four describing words, then a word for a person: a role or trade, a
 * gender, a faith or a group ("the only Sikh forklift driver", "the one wheelchair user"). "The only microwave", "the
 * one thing", "the only option", "the only person who cares" name no one.
 */

const PEOPLE = {
  // English trades and posts (TRADES below), then the words for who someone is.
  en: `worker employee welder driver operator electrician mechanic engineer nurse cleaner picker packer supervisor
    manager foreman forewoman technician tech apprentice trainee intern temp contractor chef cook cashier clerk
    accountant analyst developer designer receptionist guard porter loader courier baker butcher painter plumber
    carpenter joiner fitter machinist storeman storeperson dispatcher planner scheduler buyer agent volunteer student
    teacher doctor pharmacist carer caregiver chemist scientist inspector auditor lead leader electrician fireman
    firefighter paramedic medic labourer laborer handler stocker merchandiser lifeguard server waiter waitress bartender
    housekeeper janitor custodian`,
  enWho: `woman women man men guy guys girl lady gal female male person user sikh muslim jew christian hindu buddhist
    immigrant foreigner migrant veteran mother mum mom dad father parent grandmother grandfather grandma grandpa member
    vegan vegetarian smoker nonsmoker non-smoker left-hander lefty redhead wheelchair-user pensioner grandparent widow
    widower dwarf amputee`,
  es: `mujer hombre chico chica señora señor persona trabajador trabajadora empleado empleada soldador soldadora
    conductor conductora operario operaria electricista mecánico mecánica enfermero enfermera limpiador limpiadora
    supervisor supervisora encargado encargada técnico técnica sordo sorda ciego ciega madre padre musulmán musulmana
    negro negra extranjero extranjera inmigrante carretillero carretillera mozo moza cajero cajera cocinero cocinera
    becario becaria gitano gitana jefe jefa aprendiz ingeniero ingeniera zurdo zurda administrativo administrativa`,
  fr: `femme homme fille garçon dame personne magasinier magasinière soudeur soudeuse cariste conducteur conductrice
    opérateur opératrice électricien électricienne mécanicien mécanicienne infirmier infirmière agent agente employé
    employée salarié salariée ouvrier ouvrière intérimaire technicien technicienne chef cheffe sourd sourde aveugle noir
    noire musulman musulmane mère père apprenti apprentie stagiaire préparateur préparatrice manutentionnaire cadre
    ingénieur ingénieure gaucher gauchère étranger étrangère immigré immigrée`,
  pt: `mulher homem rapaz moça senhora pessoa trabalhador trabalhadora funcionário funcionária soldador soldadora
    motorista operador operadora eletricista mecânico mecânica enfermeiro enfermeira técnico técnica surdo surda negro
    negra estrangeiro estrangeira mãe pai estagiário estagiária canhoto canhota`,
  it: `donna uomo ragazza ragazzo persona lavoratore lavoratrice dipendente saldatore saldatrice autista operaio operaia
    elettricista meccanico infermiere infermiera tecnico sordo sorda straniero straniera madre padre magazziniere
    mulettista stagista mancino mancina`,
};
// German writes a trade as one word ("Staplerfahrerin", "Nachtschichtelektriker"): a word ending in one of these.
const GERMAN_PEOPLE = `frau mann mädchen person mitarbeiter mitarbeiterin kollege kollegin arbeiter arbeiterin schweißer
  schweißerin fahrer fahrerin elektriker elektrikerin mechaniker mechanikerin techniker technikerin lagerist lageristin
  azubi praktikant praktikantin gehörlose gehörloser muslim muslima mutter vater ausländer ausländerin linkshänder
  linkshänderin meister meisterin leiter leiterin pfleger pflegerin schwester ausbilder ausbilderin trainer trainerin
  kassierer kassiererin verkäufer verkäuferin`;

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
const NOUNS = set(Object.values(PEOPLE).join(' '));
const GERMAN_NOUNS = [...set(GERMAN_PEOPLE)];
// A person word alone says only "someone" ("the only person who cares"): it needs a word describing them before it.
const BARE_GENERIC = set('person persona personne pessoa member user agent lead leader');

// "the only", "the one", "the sole", and the other languages' "only" with its article; then the other determiners and
// languages of self-descriptions-more-cues.ts, tried first ("the one and only" before "the one").
const CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:${MORE_CUES}|the[ \t]+(?:only|one|sole)|(?:el|la)[ \t]+\u00fanic[oa]|(?:el|la)[ \t]+unic[oa]|(?:le|la)[ \t]+seule?|l['\u2019]unique|(?:o|a)[ \t]+\u00fanic[oa]|l['\u2019]unic[oa]|(?:il|la)[ \t]+sol[oa]|(?:der|die|das|den|dem)[ \t]+einzigen?)(?![\p{L}])`,
  'giu',
);
// A describing word is no function word: "the only option for the driver" describes no driver.
const NOT_DESCRIBING = set(`for of to the a an in on at that who which is was are and or but with from by as this my
  our your it its de la le les du des el los las en que qui der die das im dem den und oder mit von zu auf il lo gli
  una un di da per o e y et ni um uma do da no na thing things time times way option options one choice reason à`);
const ROMANCE =
  /^(?:el|la|le|l|o|a|il|lo|mi|mis|nuestr[oa]|su|tu|notre|mon|ma|leur|son|sa|ton|ta|meu|minha|nosso|nossa|s[èe]l)(?![\p{L}])/iu;
const PREPOSITIONS = set(`on in at of from among across for de del du des d en dans chez sur im in der auf bei unter
  unter da nel nella nei del della dello dos das do na no em entre ${MORE_PREPOSITIONS}`);
// "del turno de noche", "de l'entrepôt de Roissy": a Romance "of" goes on describing the place.
const CHAINED = set('de del di da du d della');
// Where a description stops: a clause, a verb the writer adds, a comma.
const STOPS =
  set(`${PERSON_DEEDS.join(' ')} gets got get has had have does did can cannot can't will would never always goes went
  makes made feels felt sees saw hears heard works worked
  and who that which is was are were so but i i'm and because when et qui que y porque cuando und
  weil wenn che perché quando`);
const WORD = /[\p{L}\p{M}'’-]+/gu;

/** Each phrase in text that may single one person out, as written ("the only woman in the maintenance team"). */
export function selfDescriptions(text: string): string[] {
  const found = onlyCues(text);
  // A post one person holds ("the payroll manager at Site 2"), once: where an "only" phrase names it too, the longer.
  // red41: a role and a description set off after it ("The CFO's assistant, the tall redhead, …").
  for (const post of [...oneHolderPosts(text), ...rolesDescribedApart(text, isPersonWord)]) {
    const same = found.findIndex((phrase) => phrase.includes(post) || post.includes(phrase));
    if (same < 0) found.push(post);
    else if (post.length > found[same]!.length) found[same] = post;
  }
  // "I'm the oldest guy on the line" (self-descriptions-superlatives.ts); an exact age or tenure at a unit, a dated
  // event HR holds for one person, a union post, a relative at work (self-descriptions-personal-marks.ts).
  for (const phrase of [
    ...superlativesOfOne(text, isPersonOrMore),
    ...personalMarks(text),
    // red43b: "I'm the tall guy with the neck tattoo", "my car, a blue Tesla with a Steelers sticker", "my son is in
    // third grade at Lincoln Elementary": how the writer looks, their car, their child's school.
    ...onlyAfterPerson(text),
    ...ownLooks(text),
    ...ownCarDescribed(text),
    ...childSchoolNamed(text),
    // op44: "the one who uses a wheelchair", "the only Tesla in the lot", "the guy with the snake tattoo and I".
    ...aidsCarsAndMarks(text),
    // red43a: a pay run, a clock punch or a doctor's note of the writer's, with its date (self-descriptions-records.ts).
    ...ownRecords(text),
    // op46a: the writer's injury, a sick or family leave, a child's birth, with its day (self-descriptions-own-days.ts).
    ...ownDays(text),
    // op44a: an exact wage with a time served, an award with its month, a record held (self-descriptions-pay-awards.ts).
    ...payAndAwards(text),
    // op44a: "yes, the only one on nights", "only me on nights": an answer that says it is the writer.
    ...answersItIsMe(text),
    // op46c: "the redhead in returns is me", "I'm 67, oldest one here", "estoy embarazada de 7 meses" (-said-apart.ts).
    ...describedApart(text, isPersonOrMore),
    // op48c: "I'm in AA", "sono un alcolista", "I have epilepsy", "Vengo dal Bangladesh e sono l'unico" (-health-recovery.ts).
    ...healthAndRecovery(text),
    // op50b: "I've been in recovery", "Sou cadeirante", "que je sois enceinte", "Я з Польщі і єдиний поляк" (-recovery-verbs.ts).
    ...recoveryAndAidsByVerb(text),
    // op51b: "я не п'ю вже три роки", "if I hadn't gotten pregnant" (-recovery-pregnancy-op51b.ts).
    ...recoveryAndPregnancyMore(text),
    // op53a: "I'm expecting", "sober 18 months", "Choruję na padaczkę", "en fauteuil" (-expecting.ts).
    ...expectingAndRecovery(text),
    // op56b: "salí de rehabilitación", "tôi mới ra trại cai nghiện", "se rimanessi incinta" (-recovery-pregnancy-op56b.ts).
    ...recoveryAndPregnancyOp56b(text),
    // op58: "I have Crohn's", "tengo diabetes tipo 1", "I'm doing IVF", "ich bin HIV-positiv" (-conditions-op58.ts).
    ...conditionsOfTheWriter(text),
  ])
    if (!found.some((kept) => kept.includes(phrase) || phrase.includes(kept))) found.push(phrase);
  return found;
}

/** The phrases an "only" word or a rare trait with a place makes. */
function onlyCues(text: string): string[] {
  const found = rareTraitsPlaced(text);
  if (
    !/only|one|sole|únic|unic|seul|unique|sol[oa]|einzig|single|lone|remaining|first|enige|ako|єдин|единствен|jedyn|iisang|tanging|s[èe]l/iu.test(
      text,
    )
  )
    return found;
  for (const cue of text.matchAll(CUE)) {
    const start = cue.index;
    WORD.lastIndex = start + cue[0].length;
    const words: { word: string; start: number; end: number }[] = [];
    // The words after the cue, while only spaces part them: a comma or a full stop ends the description.
    let at = WORD.lastIndex;
    for (let m = WORD.exec(text); m && words.length < 12; m = WORD.exec(text)) {
      if (!/^[ \t]*$/.test(text.slice(at, m.index))) break;
      words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
      at = m.index + m[0].length;
    }
    const noun = personAt(words, ROMANCE.test(cue[0]) ? 2 : 4);
    if (noun !== undefined && ONE_PERSON_ONLY.test(cue[0]) && /s$/iu.test(words[noun]!.word)) continue;
    if (noun !== undefined && TERM_OF_ART(cue[0], words[noun]!.word)) continue;
    if (noun === undefined || (NEEDS_TWO_PERSON_WORDS.test(cue[0]) && !twoPersonWords(words, noun))) {
      // "je suis le seul chauffeur de nuit", "soy la única que habla árabe": said of themselves, whatever the noun.
      const own =
        /^the[ \t]+(?:one|first)$/iu.test(cue[0]) || !saidOfThemselves(text, start)
          ? undefined
          : firstPersonPhrase(text, start, start + cue[0].length);
      if (own) found.push(own);
      continue;
    }
    const end = phraseEnd(words, noun, ROMANCE.test(cue[0]));
    found.push(text.slice(start, withPlaceNumber(text, words[end]!.end, end > noun)));
  }
  return found;
}

/** "at Plant 2", "en la Planta 2": a place's number stays with its name in the quoted phrase (words are letters only). */
function withPlaceNumber(text: string, end: number, placed: boolean): number {
  const number = placed ? /^[ \t]\p{N}{1,4}(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 6)) : null;
  return end + (number?.[0].length ?? 0);
}

const isPerson = (lower: string) => NOUNS.has(lower) || isMorePersonWord(lower);
/** A person word as written, in any of the lists (German trades by their ending, capitalised). */
const isPersonOrMore = (word: string) => isPersonWord(word) || isMorePersonWord(word.toLowerCase());

/** "the first woman forklift driver": two person words up to the noun, not "the first woman I met". */
function twoPersonWords(words: readonly { word: string }[], noun: number): boolean {
  return (
    words.slice(0, noun + 1).filter(({ word }) => isPerson(word.toLowerCase()) || GROUP_WORDS.has(word.toLowerCase()))
      .length >= 2
  );
}

/** Where the person word is, after at most `describing` describing words; none if a function word comes first. */
function personAt(words: readonly { word: string }[], describing: number): number | undefined {
  for (let i = 0; i < words.length && i <= describing + 1; i++) {
    const lower = words[i]!.word.toLowerCase();
    const last = lower.split('-').at(-1)!;
    const person =
      isPerson(lower) ||
      isPerson(last) ||
      NOUNS.has(lower.replace(/s$/, '')) ||
      GERMAN_NOUNS.some((n) => lower.endsWith(n) && /^\p{Lu}/u.test(words[i]!.word));
    if (person) return BARE_GENERIC.has(lower) && i === 0 ? undefined : lastPersonFrom(words, i);
    if (NOT_DESCRIBING.has(lower)) return undefined;
  }
  return undefined;
}

/** "the only Sikh forklift driver": the person word that ends a run of them and describing words. */
function lastPersonFrom(words: readonly { word: string }[], noun: number): number {
  let last = noun;
  for (let i = noun + 1; i < words.length && i <= last + 3; i++) {
    const lower = words[i]!.word.toLowerCase();
    if (NOT_DESCRIBING.has(lower) || PREPOSITIONS.has(lower) || STOPS.has(lower)) break;
    if (isPerson(lower) || isPerson(lower.split('-').at(-1)!)) last = i;
  }
  return last;
}

/** The last word of the phrase: the person word, a Romance adjective after it, and a place or team after a preposition. */
function phraseEnd(words: readonly { word: string }[], noun: number, romance: boolean): number {
  let end = noun;
  const lower = (i: number) => words[i]?.word.toLowerCase();
  // "magasinier sourd", "soldador zurdo": Romance languages describe after the noun.
  if (romance && words[end + 1] && !PREPOSITIONS.has(lower(end + 1)!) && !STOPS.has(lower(end + 1)!)) end++;
  if (words[end + 1] && PREPOSITIONS.has(lower(end + 1)!.replace(/['’].*$/, ''))) {
    let i = end + 2;
    // "on the night crew", "de l'entrepôt", "in the maintenance team": up to four words, to a clause's start.
    while (
      i < words.length &&
      i <= end + 5 &&
      !STOPS.has(lower(i)!) &&
      !(i > end + 2 && PREPOSITIONS.has(lower(i)!) && !CHAINED.has(lower(i)!))
    )
      i++;
    while (i - 1 > end + 1 && NOT_DESCRIBING.has(lower(i - 1)!)) i--;
    end = i - 1;
    if (end === noun + 1) end = noun; // a preposition alone says nothing more
  }
  return end;
}

const TRADES = set(PEOPLE.en);
/** Whether an English word names a trade or a post ("courier", "cashiers", "janitor"), not who someone is. */
export function isTradeWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TRADES.has(lower) || TRADES.has(lower.replace(/s$/, ''));
}

/** Whether a word names a person by role, trade, gender or group ("electrician", "driver", "soldadora", "Fahrerin"). */
export function isPersonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    NOUNS.has(lower) ||
    NOUNS.has(lower.replace(/s$/, '')) ||
    GERMAN_NOUNS.some((n) => lower.endsWith(n) && /^\p{Lu}/u.test(word))
  );
}
