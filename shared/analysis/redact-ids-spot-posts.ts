import { lazyPattern } from './lazy-pattern';

/*
 * spot39 (ra38b, blind): a post one worker is assigned to, by its number. sp37 read tills, checkouts, cajas, kasy,
 * lockers, rooms and routes (redact-ids-spots-people-hold.ts); a door, a gate, a table, a chair, a pump, a bed, a
 * desk, a booth, a press or a machine named by its number with a person at it names that person as well: whoever
 * reads the rota knows who works dock door 14, who deals table 11, who stands at gate 5 on nights ("the guard at gate
 * 5 drinks on duty", "die Kollegin am Platz 17", "l'operaia al posto 9", "el mesero de la mesa 5", "yung nasa kahera
 * 2"). These tables widen sp37's places, people and links, so each of its readings (the person first, the spot first,
 * the Polish and Ukrainian genitive) takes them; the writer at a post is redact-ids-spots-writer-holds.ts.
 *
 * Read as a table of what one person holds, not as examples. What stays, on purpose (docs/anonymity.md):
 * - the same spot said of no one: "the exit at gate 5 is blocked", "pump 7 leaks", "table 11 wobbles", "the heater in
 *   booth 3 is broken", "the scanner at counter 3 keeps freezing" (a thing is no person: the people tables hold no
 *   word for a machine, so "printer", "heater", "scanner" never start the reading);
 * - places many share, where a hazard is reported and which name no one: a bay, an aisle, a line, a dock, a ramp, a
 *   hall, a floor, a building, a ward ("bay 3's forklift has no horn", "aisle 7 is wet", "the nurses on ward 3"), an
 *   airport's terminal; a grade many hold ("I am Position 5, 4 to 8 hours a week", an eval row). Round 34's decision
 *   is kept: a ward or a cabin right after a hidden bed or bunk goes with it ("bed [ID] on ward [ID]",
 *   redact-ids-held-spots.ts), as the two together are one person;
 * - counts, times, shifts: sp37's NUMBER already leaves "at gate 5 for 20 minutes", "12 hour shifts", "3 of us".
 */

// The Polish and Ukrainian posts in the genitive, after "z", "\u0437" or a worker right before them (below).
export const GENITIVE_POSTS = String.raw`(?:stolika|sto\u0142u|bramy|bramki|prasy|maszyny|dystrybutora|kabiny|budki|posterunku|\u0432\u043e\u0440\u0456\u0442|\u0431\u0440\u0430\u043c\u0438|\u0441\u0442\u043e\u043b\u0443|\u0441\u0442\u043e\u043b\u0438\u043a\u0430|\u043f\u043e\u0441\u0442\u0443|\u043a\u043e\u043b\u043e\u043d\u043a\u0438|\u043a\u0430\u0431\u0456\u043d\u0438|\u0431\u0443\u0434\u043a\u0438|\u0432\u0435\u0440\u0441\u0442\u0430\u0442\u0430)`;

// Places one worker holds at a time, in English, Spanish, Portuguese, French, German, Italian, Polish, Ukrainian,
// Tagalog and Haitian Creole, in the case forms a preposition asks for. German compounds end in their place
// ("Zapfsäule", "Arbeitsplatz", "Nähplatz"). Not "stand" (a verb before a count: "who stand 2 hours"), "dock",
// "ramp", "bay", "terminal", "ward" (many share them: above), "banco" (a bank), "Leiter" (a ladder).
export const POSTS = String.raw`(?:post|desk|chair|bar|barra|grill|fryer|oven|stool|table|bench|workbench|door|gate|entrance|pump|press|machine|lathe|loom|crane|console|spot|podium|berth|cot|entr\u00e9e|accueil|ingresso|banco|wej\u015bci(?:e|a|u)|\u0432\u0445\u0456\u0434|\u0432\u0445\u043e\u0434(?:\u0443|\u0456)|antre|pasukan|puesto|mesa|silla|sill\u00f3n|puerta|port\u00f3n|garita|caseta|cabina|surtidor|bomba|prensa|m\u00e1quina|maquina|m\u00f3dulo|modulo|entrada|posto|cadeira|bancada|port\u00e3o|porta|portaria|guarita|cabine|doca|leito|baia|poste|chaise|fauteuil|si\u00e8ge|porte|portail|barri\u00e8re|gu\u00e9rite|pompe|\u00e9tabli|presse|tavol(?:o|ino)|sedia|poltrona|cancello|varco|casello|pompa|colonnina|bancone|pressa|macchina|telaio|\p{L}*platz|posten|tisch(?:es)?|stuhl|sessel|tor|pforte|t\u00fcr|kabine|\p{L}*s\u00e4ule|maschine|werkbank|stolik(?:a|u|iem)?|st\u00f3\u0142|sto\u0142(?:u|e|em)|krzes\u0142(?:o|a|e)|fotel(?:a|u)?|bram(?:a|y|ie|\u0119)|bramk(?:a|i|ce|\u0119)|drzwi|kabin(?:a|y|ie)|budk(?:a|i|ce)|dystrybutor(?:a|ze)?|pras(?:a|y|ie)|maszyn(?:a|y|ie)|posterunk(?:u|iem)|\u0432\u043e\u0440\u043e\u0442(?:\u0430\u0445|\u0430)?|\u0431\u0440\u0430\u043c(?:\u0430|\u0438|\u0456)|\u0434\u0432\u0435\u0440(?:\u0456|\u044f\u0445|\u0435\u0439)|\u0441\u0442\u043e\u043b(?:\u0443|\u0456|\u043e\u043c)?|\u0441\u0442\u043e\u043b\u0438\u043a(?:\u0430|\u0443|\u043e\u043c)?|\u043f\u043e\u0441\u0442(?:\u0443|\u0456)?|\u043a\u043e\u043b\u043e\u043d\u043a(?:\u0430|\u0438|\u0446\u0456|\u043e\u044e)|\u043a\u0440\u0456\u0441\u043b(?:\u043e|\u0430|\u0456)|\u043a\u0430\u0431\u0456\u043d(?:\u0430|\u0438|\u0456)|\u0431\u0443\u0434(?:\u043a\u0430|\u043a\u0438|\u0446\u0456)|\u0432\u0435\u0440\u0441\u0442\u0430\u0442(?:\u0430|\u0456)?|\u0441\u0442\u0456\u0439(?:\u043a\u0430|\u043a\u0438|\u0446\u0456)|\u043b\u0456\u0436\u043a\u0443|${GENITIVE_POSTS}|kahera|lamesa|upuan|silya|pinto|pintuan|istasyon|estasyon|kama|kwarto|kuwarto|tab|ch\u00e8z|ponp|p\u00f2t|bary\u00e8|p\u00f2s|kabin|machin)`;

// What an English place is often named after, just before it: "works dock door 14", "runs the grill station 3",
// "the sewing machine 4 girl". Any one word, but not a verb of what is done to the place (whoever fixed, blocked or
// hit pump 7 is not placed there): no "-ed", no word of a short list of such verbs.
export const POST_MODIFIER = String.raw`(?!(?:broke|break|breaks|hit|hits|repair|repairs|service|services|inspect|inspects|maintain|maintains|report|reports|damage|damages|crash|crashes|jam|jams|unjam|unjams|drive|drives|left|fix|fixes|use|uses|open|opens|close|closes|shut|shuts|lock|locks|block|blocks|clean|cleans|check|checks|watch|watches|empty|empties|fill|fills|leave|leaves|see|sees|saw|keep|keeps|kept|park|parks|got|get|gets|hold|holds|held|move|moves|find|finds|found|said|says|told|tells|and|or|but|not|never|only|just|also|then|there|here|with|for|near|into|onto|over|under|past|by)(?![\p{L}]))(?![\p{L}-]*ed(?![\p{L}]))\p{Ll}[\p{L}-]{2,}`;

// People named by their work, beyond sp37's few: trades of service, care, guarding, fuel, tables, hair, making and
// mending, in the ten languages; and the endings that only make people ("-ist", "-ian", "-man", "-woman", "-person",
// Spanish, Portuguese and Italian "-ista", French "-iste" and "-icien(ne)", German "-erin" and compounds of "-fahrer",
// "-arbeiter", "-helfer", "-pfleger", "-wart", "-mann", "-frau", "-kraft"). A thing's name never starts the reading.
const WORDS_OF_WORK = String.raw`(?:boss|gal|fella|fellow|chap|kid|newbie|rookie|dealer|croupier|crupier|bartender|barman|barmaid|barkeep|barkeeper|stylist|hairdresser|barber|beautician|masseuse|masseur|therapist|pharmacist|chemist|collector|cleaner|janitor|custodian|doorman|bouncer|usher|greeter|host|hostess|receptionist|concierge|valet|steward|stewardess|chef|baker|butcher|welder|machinist|fitter|mechanic|electrician|technician|inspector|tester|assembler|seamstress|tailor|painter|miner|lifeguard|watchman|sentry|busser|busboy|runner|caregiver|aide|orderly|paramedic|medic|doctor|physician|surgeon|midwife|dentist|hygienist|phlebotomist|radiographer|ranger|trucker|guide|instructor|teacher|tutor|trainer|coach|librarian|interpreter|translator|telemarketer|rep|associate|salesperson|salesman|saleswoman|seller|vendor|shopkeeper|storekeeper|stocker|handyman|plumber|carpenter|laborer|labourer|apprentice|trainee|intern|volunteer|sorter|stacker|inspector|supervisor|manager|foreman|forewoman|lead|mesero|mesera|camarer[oa]|mozo|moza|cantiner[oa]|guardia|vigilante|porter[oa]|enfermer[oa]|cuidador(?:a)?|auxiliar|operari[oa]|operador(?:a)?|trabajador(?:a)?|emplead[oa]|despachador(?:a)?|gasoliner[oa]|peluquer[oa]|barbero|cociner[oa]|ayudante|mec\u00e1nic[oa]|soldador(?:a)?|costurer[oa]|limpiador(?:a)?|conserje|taquiller[oa]|cobrador(?:a)?|vendedor(?:a)?|dependient[ea]|m\u00e9dic[oa]|doctor(?:a)?|t\u00e9cnic[oa]|encargad[oa]|supervisor(?:a)?|jef[ea]|velador(?:a)?|sereno|becari[oa]|practicante|chav[oa]|muchach[oa]|morr[oa]|se\u00f1orita|hombre|mujer|gar\u00e7om|gar\u00e7onete|empregad[oa]|vigia|porteir[oa]|enfermeir[oa]|cuidador(?:a)?|operador(?:a)?|oper\u00e1ri[oa]|trabalhador(?:a)?|cozinheir[oa]|cabeleireir[oa]|barbeiro|manicure|faxineir[oa]|zelador(?:a)?|costureira|mec\u00e2nic[oa]|bilheteir[oa]|estagi\u00e1ri[oa]|mo\u00e7o|senhor(?:a)?|serveu(?:r|se)|vigile|gardien(?:ne)?|portier|r\u00e9ceptionniste|h\u00f4tesse|infirmi(?:er|\u00e8re)|aide-soignant(?:e)?|soignant(?:e)?|op\u00e9rat(?:eur|rice)|ouvri(?:er|\u00e8re)|employ\u00e9(?:e)?|salari\u00e9(?:e)?|coiffeu(?:r|se)|barbier|masseu(?:r|se)|pharmacien(?:ne)?|pr\u00e9parat(?:eur|rice)|cuisinier|plongeur|commis|vendeu(?:r|se)|soudeu(?:r|se)|couturi\u00e8re|manutentionnaire|magasinier|int\u00e9rimaire|stagiaire|apprenti(?:e)?|m\u00e9decin|docteur|nana|keum|madame|monsieur|camerier(?:e|a)|operai[oa]|lavorat(?:ore|rice)|dipendente|impiegat[oa]|addett[oa]|guardia|custode|portiere|infermier(?:e|a)|badante|benzinai[oa]|parrucchier(?:e|a)|barbiere|massaggiat(?:ore|rice)|cuoc[oa]|lavapiatti|tecnic[oa]|meccanic[oa]|saldatore|sarta|magazziniere|facchino|casellante|bigliettai[oa]|medic[oa]|dottor(?:e|essa)|inserviente|kellner(?:in)?|wachmann|wache|pf\u00f6rtner(?:in)?|schaffner(?:in)?|bedienung|aushilfe|kassiererin|krankenschwester|schwester|hebamme|azubi|praktikant(?:in)?|arzt|\u00e4rztin|koch|k\u00f6chin|friseur(?:in)?|verk\u00e4ufer(?:in)?|monteur(?:in)?|kelner(?:ka)?|barmanka|stra\u017cni(?:k|czka)|portierka|recepcjonist(?:a|ka)|piel\u0119gniar(?:z|ka)|opiekun(?:ka)?|operator(?:ka)?|robotni(?:k|ca)|fryzjer(?:ka)?|farmaceut(?:a|ka)|kucharz|kucharka|mechanik|spawacz|szwaczka|magazynier|sprz\u0105taczka|salowa|lekar(?:z|ka)|ratowni(?:k|czka)|krupier|bileter(?:ka)?|sta\u017cyst(?:a|ka)|praktykant(?:ka)?|laska|\u043e\u0444\u0456\u0446\u0456\u0430\u043d\u0442(?:\u043a\u0430)?|\u0431\u0430\u0440\u043c\u0435\u043d(?:\u043a\u0430)?|\u043e\u0445\u043e\u0440\u043e\u043d\u043d\u0438\u0446\u044f|\u0432\u0430\u0445\u0442\u0435\u0440(?:\u043a\u0430)?|\u0441\u0442\u043e\u0440\u043e\u0436|\u0430\u0434\u043c\u0456\u043d\u0456\u0441\u0442\u0440\u0430\u0442\u043e\u0440(?:\u043a\u0430)?|\u043c\u0435\u0434\u0441\u0435\u0441\u0442\u0440\u0430|\u043c\u0435\u0434\u0431\u0440\u0430\u0442|\u0441\u0430\u043d\u0456\u0442\u0430\u0440(?:\u043a\u0430)?|\u0434\u043e\u0433\u043b\u044f\u0434\u0430\u043b\u044c\u043d\u0438\u0446\u044f|\u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440(?:\u043a\u0430)?|\u0440\u043e\u0431\u0456\u0442\u043d\u0438(?:\u043a|\u0446\u044f)|\u043f\u0440\u0430\u0446\u0456\u0432\u043d\u0438\u0446\u044f|\u0437\u0430\u043f\u0440\u0430\u0432\u043d\u0438(?:\u043a|\u0446\u044f)|\u043f\u0435\u0440\u0443\u043a\u0430\u0440(?:\u043a\u0430)?|\u0444\u0430\u0440\u043c\u0430\u0446\u0435\u0432\u0442(?:\u043a\u0430)?|\u0430\u043f\u0442\u0435\u043a\u0430\u0440|\u043a\u0443\u0445\u0430\u0440(?:\u043a\u0430)?|\u043c\u0435\u0445\u0430\u043d\u0456\u043a|\u0437\u0432\u0430\u0440\u043d\u0438\u043a|\u0448\u0432\u0430\u0447\u043a\u0430|\u043f\u0440\u0438\u0431\u0438\u0440\u0430\u043b\u044c\u043d\u0438\u0446\u044f|\u043b\u0456\u043a\u0430\u0440(?:\u043a\u0430)?|\u0434\u0438\u043b\u0435\u0440|\u0441\u0442\u0430\u0436\u0435\u0440(?:\u043a\u0430)?|weyter|weytres|serbidor|bantay|sekyu|nars|barbero|manikurista|kusiner[oa]|ate|gad|gadyen|s\u00e8v\u00e8z?|enfimy\u00e8z?|mekanisyen|ouvriye|kwaf\u00e8z?|famasyen|kiziny\u00e8z?|pompis|resepsyonis|b\u00f2s)`;
const ENDINGS_OF_WORK = String.raw`(?:(?!(?:\p{L}*(?:list|wrist|twist|mist|fist|gist|exist|assist|insist|resist|persist|consist)|median|meridian|ottoman|revista|entrevista|conquista|autopista|prevista|imprevista)(?![\p{L}]))\p{L}{2,}(?:ist|ian|man|woman|person|ista|iste|icien|icienne|erin|fahrer|arbeiter|helfer|pfleger|wart|mann|frau|kraft))`;
export const WORKERS = String.raw`(?:${WORDS_OF_WORK}|${ENDINGS_OF_WORK})`;

// The Polish and Ukrainian worker right before the post in the genitive ("operator prasy 7", "kelnerka stolika 5",
// "\u043e\u0445\u043e\u0440\u043e\u043d\u0435\u0446\u044c \u0432\u043e\u0440\u0456\u0442 2"), as sp37 reads "kierowca trasy 9".
export const GENITIVE_WORKERS = String.raw`(?:operator(?:ka)?|kelner(?:ka)?|barman(?:ka)?|ochroniarz|stra\u017cni(?:k|czka)|portier(?:ka)?|piel\u0119gniar(?:z|ka)|opiekun(?:ka)?|robotni(?:k|ca)|krupier|\u043e\u0444\u0456\u0446\u0456\u0430\u043d\u0442(?:\u043a\u0430)?|\u043e\u0445\u043e\u0440\u043e\u043d\u0435\u0446\u044c|\u043e\u0445\u043e\u0440\u043e\u043d\u043d\u0438\u0446\u044f|\u0432\u0430\u0445\u0442\u0435\u0440(?:\u043a\u0430)?|\u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440(?:\u043a\u0430)?|\u0437\u0430\u043f\u0440\u0430\u0432\u043d\u0438(?:\u043a|\u0446\u044f)|\u0434\u0438\u043b\u0435\u0440)`;

// What places someone at a post, beyond sp37's links: assigned, stationed, posted to it; serving or caring for it
// ("el que atiende el surtidor 5", "quem cuida do leito 4"); "za" (behind: "za stolikiem", "\u0437\u0430 \u0441\u0442\u043e\u043b\u0438\u043a\u043e\u043c").
export const POST_LINKS = String.raw`(?:assigned|stationed|watching|watches|minding|minds|tending|tends|staffing|staffs|serving|serves|dealing|deals|posted|(?:assigned|stationed|posted|placed|based|rostered|scheduled|put|moved|sent)[ \t]+to|atiende|cuida|lleva|asignad[oa]|atende|designad[oa]|affect\u00e9(?:e)?|assegnat[oa]|zust\u00e4ndig|f\u00fcr|eingeteilt|obs\u0142uguje|przydzielon[ya][ \t]+do|za|\u043e\u0431\u0441\u043b\u0443\u0433\u043e\u0432\u0443\u0454|\u0437\u0430)`;

/*
 * Some words for people at work are also things fitted to or standing by a machine: a machine's guard, a dust
 * collector, a floor cleaner, a cable tester, a runner of a mould, a bar loader ("Frank removed the guard on press 4",
 * "the dust collector on machine 4 is clogged", "the press 4 guard is missing": the press's number is what the report
 * needs). Such a word is a person only away from a machine and with no thing's word before it ("the guard at gate 5",
 * "the cleaner at gate 2" stay people).
 */
const THING_OR_WORKER =
  /^(?:guards?|collectors?|cleaners?|testers?|sorters?|stackers?|runners?|loaders?|packers?|pickers?|hosts?|stockers?|trainers?|painters?)$/iu;
const MACHINE = lazyPattern(
  String.raw`(?<![\p{L}])(?:press|machine|lathe|loom|crane|pump|grill|fryer|oven|console|saw|conveyor|prensa|m\u00e1quina|maquina|bomba|surtidor|presse|pompe|pressa|macchina|pompa|maschine|\p{L}*s\u00e4ule|pras[ayie]|maszyn[ayie]|\u0432\u0435\u0440\u0441\u0442\u0430\u0442\p{L}*|ponp|machin)(?![\p{L}])`,
  'iu',
);
const THING_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:dust|safety|machine|blade|belt|chain|finger|hand|glass|floor|carpet|window|steam|vacuum|drain|lint|grease|oil|water|fume|mist|chip|coin|cash|heat|spark|splash|nip|point|edge|mould|mold|bar|cable|battery|leak|pallet)[ \t]+$`,
  'iu',
);

/** Whether the person word of a held spot's reading is a thing here: a guard on a press, a dust collector (see above). */
export function isThingNotWorker(person: string, match: string, before: string): boolean {
  return THING_OR_WORKER.test(person) && (MACHINE.get().test(match) || THING_BEFORE.get().test(before));
}
