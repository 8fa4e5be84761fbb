import { eitherOrder, sentenceHolding } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * A tool or a machine's safeguard visibly damaged or defeated, and used anyway (buried39, after the ra38b attack):
 * "the grinding wheel on bench 3 has a crack right across it and people keep using it because the spare is on order",
 * "el disco de la amoladora está rajado y lo seguimos usando", "il cavo della betoniera è spellato e ci fanno lavorare
 * lo stesso". bad-air-and-damaged-gear.ts reads lifting gear, ladders and brakes so; a grinding disc, a blade, a saw,
 * a power lead, a hose, or a guard, interlock or light curtain taped over, bypassed or wired shut, was read by nothing
 * (the model read a few alone, and none inside a friendly note). Safety: a wheel that bursts or a lead that shocks
 * hurts whoever is at it next.
 *
 * Each language: the tool and its damage, within a few words either order, in one sentence with a word of using it
 * still (anyway, keep using, made to). Calm beside them: the cracked wheel replaced, the frayed lead binned, a
 * training on spotting a cracked disc, one's own cracked phone: nothing used, or nothing of work's.
 */

/** A thing and what is wrong with it, within a few words, either order. */
const near = (thing: string, wrong: string): string =>
  String.raw`\b(?:${thing})\b(?: [\w'-]+){0,5}? (?:${wrong})\b|\b(?:${wrong})\b(?: [\w'-]+){0,3}? (?:${thing})\b`;

const usedAnyway = (table: { tool: string; damaged: string; anyway: string }, notReal: string): UrgencyRule =>
  rule('safety', sentenceHolding(eitherOrder('latin', 90, near(table.tool, table.damaged), table.anyway), notReal));

// A belonging of one's own is no work tool: "my phone screen is cracked but I still use it".
const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|quiz|example|scenario|drill|toolbox talk|my (?:own |old )?(?:phone|screen|laptop|bike|car|glasses|mug|cup)`;
export const ENGLISH_DAMAGED_TOOLS_USED_ANYWAY: UrgencyRule = usedAnyway(
  {
    tool: String.raw`(?:grinding |grinder |cutting |cut-?off |abrasive |flap )?(?:wheels?|discs?|disks?)|(?:angle |bench )?grinders?|blades?|(?:table |band |circular |chop |mitre |miter |chain ?)?saws?|chainsaws?|drill bits?|chisels?|(?:extension |power |electric )(?:cords?|leads?|cables?)|cords?|cables?|plugs?|hoses?|gas lines?|air lines?|guards?|interlocks?|light curtains?|(?:e-?|emergency )stops?|safety (?:switch|switches|valves?|catch|catches|cut-?outs?|sensors?)|relief valves?|safety cut-?outs?|kill switch(?:es)?|dead ?man'?s? (?:switch|handle)`,
    damaged: String.raw`cracked|has a crack|a crack|cracks|chipped|split|splitting|frayed|fraying|bare|exposed|stripped|melted|scorched|bent|buckled|warped|snapped|broken|busted|missing|taken off|removed|thrown (?:away|out)|binned|scrapped|taped (?:over|up|down|shut|open)|covered (?:with|in) tape|bypassed|jumpered|jumped out|overridden|disabled|zip-?tied|cable-?tied|wired (?:shut|open|out)|wedged (?:open|shut)|pinned (?:open|back)|held (?:open|down|in) with`,
    anyway: String.raw`anyway|anyways|regardless|still (?:use|uses|using|used|run|runs|running|cut|cutting|grind|grinding|work|working|plug|plugging)|(?:keep|keeps|kept) (?:on )?(?:using|running|cutting|grinding|working|plugging|going)|carry on|carries on|(?:make|makes|made|making|told|tells|telling|forced|forces|expects?) (?:us|me|them|everyone|people|the lads|the guys|the girls) (?:\w+ ){0,2}?(?:use|run|cut|grind|work|keep|carry)|(?:we|they|people|everyone) (?:all )?(?:still |have to |got to |gotta )?(?:use|uses) it|use it like that|runs? (?:with|like that)|just be careful`,
  },
  EN_NOT_REAL,
);

const ES_NOT_REAL = String.raw`pelicula|serie|libro|novela|juego|noticia|curso|capacitacion|video|broma|jaja\w*|simulacro|mi (?:celular|telefono|movil)`;
export const SPANISH_DAMAGED_TOOLS_USED_ANYWAY: UrgencyRule = usedAnyway(
  {
    tool: String.raw`disco|discos|hoja|hojas|sierra|sierras|amoladora|esmeril|esmeriladora|radial|cable|cables|extension|enchufe|manguera|mangueras|guarda|resguardo|proteccion|enclavamiento|cortina de luz|barrera de luz|paro de emergencia|sensor|valvula de (?:seguridad|alivio)`,
    damaged: String.raw`rajad[oa]s?|agrietad[oa]s?|tiene una grieta|una grieta|partid[oa]s?|despostillad[oa]s?|deshilachad[oa]s?|pelad[oa]s?|expuest[oa]s?|derretid[oa]s?|doblad[oa]s?|rot[oa]s?|quitad[oa]s?|quitaron|sin|desactivad[oa]s?|puentead[oa]s?|anulad[oa]s?|tapad[oa]s? con cinta|con cinta|amarrad[oa]s?`,
    anyway: String.raw`igual|de todas formas|de todos modos|aun asi|asi mismo|seguimos (?:usando|cortando|trabajando)|siguen? (?:usando|cortando|trabajando)|lo (?:seguimos )?usamos|todos lo usan|(?:nos )?(?:hace|hacen|obliga\w*|manda\w*) (?:\w+ ){0,2}?(?:usar|cortar|trabajar)`,
  },
  ES_NOT_REAL,
);

const FR_NOT_REAL = String.raw`film|serie|livre|roman|jeu|article|formation|video|blague|mdr|ptdr|exercice|mon (?:telephone|portable|ecran)`;
export const FRENCH_DAMAGED_TOOLS_USED_ANYWAY: UrgencyRule = usedAnyway(
  {
    tool: String.raw`disques?|meuleuses?|lames?|scies?|tronconneuses?|rallonges?|cables?|fils?|prises?|tuyaux?|flexibles?|carters?|protections?|securites?|barrieres? immaterielles?|rideaux? lumineux|arrets? d'urgence|capteurs?|soupapes?`,
    damaged: String.raw`fendu\w*|fissur\w*|une fissure|ebrech\w*|effiloch\w*|denud\w*|a nu|fondu\w*|tordu\w*|cass\w*|enleve\w*|retire\w*|demont\w*|shunt\w*|pontee?s?|neutralis\w*|desactiv\w*|scotche\w*|bloque\w*|sans`,
    anyway: String.raw`quand meme|malgre tout|tout de meme|comme ca|continue\w* (?:a|de) (?:l'|les? |la )?(?:utilis\w*|servir|couper|meuler|travailler)|on (?:l'|les )?utilise|oblige\w* a|on travaille|tout le monde l'utilise`,
  },
  FR_NOT_REAL,
);

const PT_NOT_REAL = String.raw`filme|novela|serie|livro|jogo|noticia|curso|treinamento|video|piada|kkk\w*|simulado|meu (?:celular|telefone)`;
export const PORTUGUESE_DAMAGED_TOOLS_USED_ANYWAY: UrgencyRule = usedAnyway(
  {
    tool: String.raw`discos?|esmerilhadeiras?|lixadeiras?|laminas?|serras?|serra circular|motosserras?|cabos?|fios?|extensao|extensoes|tomadas?|mangueiras?|protec\w*|proteca\w*|intertravamento|cortina de luz|botao de emergencia|sensor(?:es)?|valvulas?`,
    damaged: String.raw`trincad\w*|rachad\w*|uma rachadura|lascad\w*|desfiad\w*|descascad\w*|desencapad\w*|exposto\w*|derretid\w*|tort\w*|empenad\w*|quebrad\w*|tirad\w*|tiraram|sem|desativad\w*|jumpead\w*|burlad\w*|anulad\w*|com fita|fitad\w*`,
    anyway: String.raw`assim mesmo|mesmo assim|do mesmo jeito|continua\w* (?:usando|cortando|trabalhando)|a gente usa|todo mundo usa|(?:manda|mandam|obriga\w*) (?:\w+ ){0,2}?(?:usar|cortar|trabalhar)`,
  },
  PT_NOT_REAL,
);

const DE_NOT_REAL = String.raw`film|serie|buch|roman|spiel|artikel|schulung|unterweisung|video|witz|haha\w*|ubung|mein (?:handy|display)`;
export const GERMAN_DAMAGED_TOOLS_USED_ANYWAY: UrgencyRule = usedAnyway(
  {
    tool: String.raw`\w*scheiben?|flex|schleifer\w*|sage\w*|sageblatt|sageblatter|blatt|kabel|verlangerung\w*|stecker|schlauch\w*|schutz\w*|schutzhaube|verriegelung\w*|sicherheitsschalter|turschalter|lichtschranke\w*|lichtvorhang|not-?aus|sensor\w*|ventil\w*`,
    damaged: String.raw`gerissen|angerissen|riss|einen riss|gesprungen|ausgebrochen|ausgefranst|blank|geschmolzen|verbogen|gebrochen|kaputt|defekt|abgebaut|entfernt|abmontiert|uberbruckt|uberbrueckt|abgeklebt|zugeklebt|uberklebt|uberlistet|ausgeschaltet|deaktiviert|fehlt|fehlen`,
    anyway: String.raw`trotzdem|dennoch|weiter (?:benutzt|benutzen|arbeiten|schneiden|schleifen)|arbeiten (?:\w+ ){0,2}?weiter|wird (?:\w+ ){0,2}?benutzt|so weiter\w*|weiterarbeiten|mussen (?:\w+ ){0,3}?(?:arbeiten|schneiden|schleifen|benutzen)`,
  },
  DE_NOT_REAL,
);

const IT_NOT_REAL = String.raw`film|serie|libro|romanzo|gioco|articolo|corso|formazione|video|scherzo|ahah\w*|esercitazione|il mio (?:telefono|cellulare)`;
export const ITALIAN_DAMAGED_TOOLS_USED_ANYWAY: UrgencyRule = usedAnyway(
  {
    tool: String.raw`dischi|disco|mola|mole|smerigliatric\w*|flessibile|lam[ae]|seg[ah]e?|motosega|cav[oi]|prolunga|spina|tubo|tubi|protezion\w*|carter|interblocco|barriera fotoelettrica|fotocellul\w*|fungo di emergenza|sensor\w*|valvol\w*`,
    damaged: String.raw`crepat\w*|incrinat\w*|una crepa|scheggiat\w*|sfilacciat\w*|spellat\w*|scopert\w*|fus[oi]|piegat\w*|stort\w*|rott\w*|tolt\w*|smontat\w*|bypassat\w*|ponticellat\w*|disattivat\w*|escluso|esclusa|nastrat\w*|con lo scotch|senza`,
    anyway: String.raw`lo stesso|comunque|ugualmente|lavorare cosi|continu\w* a (?:usar\w*|tagliar\w*|lavorar\w*)|lo usiamo|la usiamo|(?:ci )?(?:fa|fanno) (?:\w+ ){0,2}?(?:usare|tagliare|lavorare)`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`film\w*|serial\w*|ksiazk\w*|gra|gry|artykul\w*|szkoleni\w*|kurs\w*|wideo|zart\w*|haha\w*|cwiczeni\w*|moj (?:telefon|ekran)`;
export const POLISH_DAMAGED_TOOLS_USED_ANYWAY: UrgencyRule = usedAnyway(
  {
    tool: String.raw`tarcz\w*|szlifierk\w*|szlifierc\w*|ostrz\w*|pil[aey]|pilach|kabel|kabl\w*|przedluzacz\w*|wtyczk\w*|waz\w*|oslon\w*|blokad\w*|kurtyn\w* swietln\w*|wylacznik\w*|czujnik\w*|zawor\w*`,
    damaged: String.raw`pekniet\w*|peknieci\w*|ma pekniecie|wyszczerbion\w*|postrzepion\w*|przetart\w*|goly|gole|stopion\w*|zgiet\w*|wygiet\w*|zepsut\w*|zdjet\w*|zdjal\w*|zmostkowan\w*|obejscie|wylaczon\w*|zaklejon\w*|oklejon\w*|bez`,
    anyway: String.raw`i tak|mimo to|mimo wszystko|dalej|nadal|(?:uzywa\w*|uzywamy|tniemy|pracujemy) (?:\w+ ){0,2}?(?:dalej|nadal)|kaze\w* (?:\w+ ){0,2}?(?:uzywac|ciac|pracowac|robic)|musimy (?:\w+ ){0,2}?(?:uzywac|ciac|pracowac)`,
  },
  PL_NOT_REAL,
);

const TL_NOT_REAL = String.raw`pelikula|teleserye|serye|libro|laro|balita|training|video|biro|joke|haha\w*|drill|cellphone ko|phone ko`;
export const TAGALOG_DAMAGED_TOOLS_USED_ANYWAY: UrgencyRule = usedAnyway(
  {
    tool: String.raw`disc|disk|grinder|gilingan|talim|blade|lagari|saw|kable|cable|kawad|extension|saksakan|plug|hose|guard|interlock|sensor|safety switch`,
    damaged: String.raw`basag|may lamat|lamat|bitak|may bitak|tapyas|punit|nakalabas ang wire|kita ang wire|lusaw|baluktot|bali|sira|tinanggal|wala nang|walang|binypass|bypass|tinape|nilagyan ng tape`,
    anyway: String.raw`pa rin|parin|ginagamit pa|ginagamit namin|pinapagamit|pinagagamit|pinapa-?\w+`,
  },
  TL_NOT_REAL,
);
