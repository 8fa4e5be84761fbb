import { eitherOrder, sentenceHolding } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Hazards described rather than named (kind38, after an outside attack), read as nothing before: the extraction or
 * ventilation broken, or fumes, with people fainting, dizzy or short of breath ("wentylacja nie działa, ludzie mdleją
 * od oparów", "Absaugung … kaputt … Atemprobleme"); lifting gear, a ladder, a guard or brakes visibly damaged and used
 * anyway ("il muletto ha le forche piegate e il capo ci fa caricare lo stesso"): frayed slings, cracked ladders, guards
 * taken off, brakes gone. Safety, the owner of the site's (docs/escalations.md).
 *
 * Two tables a language, each read in one sentence, either order: bad air (the extraction or ventilation and a word
 * of it broken, close together, or fumes) × people taken ill by it; damaged gear (the gear and its damage, close
 * together) × used anyway (still, anyway, made to). Folded text. Calm beside them: a noisy vent, an extraction that
 * works, a frayed sling binned, bent forks tagged out, a cracked ladder thrown away: nothing used or nobody ill.
 */

/** A thing and what is wrong with it, within a few words, either order. */
const near = (thing: string, wrong: string): string =>
  String.raw`\b(?:${thing})\b(?: [\w'-]+){0,5}? (?:${wrong})\b|\b(?:${wrong})\b(?: [\w'-]+){0,3}? (?:${thing})\b`;

const airAndGear = (
  air: { vent: string; broken: string; fumes: string; ill: string },
  gear: { thing: string; damaged: string; anyway: string },
  notReal: string,
): UrgencyRule[] => {
  return [
    rule(
      'safety',
      sentenceHolding(eitherOrder('latin', 90, `${near(air.vent, air.broken)}|${air.fumes}`, air.ill), notReal),
    ),
    rule('safety', sentenceHolding(eitherOrder('latin', 90, near(gear.thing, gear.damaged), gear.anyway), notReal)),
  ];
};

// A belonging of one's own is no work gear: "the straps on my bag are frayed but I'm still using it" (round 12's calm).
const EN_OWN_THINGS = String.raw`(?:my|her|his|your|our) (?:own |old |new |fav(?:ou?rite)? )?(?:bag|backpack|purse|handbag|rucksack|tote|lunch ?box|watch|sandals?|shoes?|sneakers|trainers|flip ?flops|bra|dress|jeans|guitar|suitcase|headphones|earphones|phone|phone case|camera|bike|skateboard)s?`;
const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|quiz|example|scenario|drill|${EN_OWN_THINGS}`;
export const ENGLISH_BAD_AIR_AND_DAMAGED_GEAR: UrgencyRule[] = airAndGear(
  {
    vent: String.raw`ventilation|vents?|vent fans?|extraction|extractors?|fume extractors?|extractor fans?|exhaust fans?|exhaust|fume (?:hood|cupboard)s?|dust (?:collector|extraction)s?|extraction fans?|air handl\w*`,
    broken: String.raw`broken|broke|dead|off|down|out|busted|not working|doesn'?t work|don'?t work|stopped working|quit|died|kaput|failed|shut off|switched off`,
    fumes: String.raw`fumes|vapou?rs|solvent|paint fumes|gas(?:es)?`,
    ill: String.raw`faint\w*|pass(?:ed|ing|es)? out|keel\w* over|black(?:ed|ing)? out|dizzy|dizziness|light-?headed|short of breath|can'?t breathe|cant breathe|could(?:n'?t| not) breathe|trouble breathing|struggl\w* to breathe|throwing up|vomit\w*|collaps\w*`,
  },
  {
    thing: String.raw`forks?|tines|mast|slings?|straps?|lifting (?:strap|sling|chain)s?|chains?|hooks?|shackles?|ladders?|step ?ladders?|rungs?|rails?|guards?|brakes?|harness\w*|lanyards?|ropes?|cables?|wire ropes?|planks?|pallet jack'?s?|hoists?`,
    damaged: String.raw`bent|cracked|split|splitting|frayed|fraying|torn|ripped|snapped|broken|busted|worn (?:through|out)|buckled|twisted|warped|missing|taken off|took the|removed|gone|shot|don'?t work|doesn'?t work|not working|cut`,
    anyway: String.raw`anyway|anyways|regardless|still (?:make|makes|made|told|use|using|used|lift|lifting|load|loading|run|running|drive|driving|climb|climbing|want|have to|got to)|keep (?:using|lifting|loading|running|climbing)|(?:make|makes|made|making|told|tells|telling|forced|forces) (?:us|me|them|everyone|the lads|the guys) (?:\w+ ){0,2}?(?:use|lift|load|run|climb|work|drive|keep)|we (?:still |have to |got to |gotta )(?:use|lift|load|run|climb|drive)|run it like that|use it like that|just be careful`,
  },
  EN_NOT_REAL,
);

const ES_NOT_REAL = String.raw`pelicula|serie|libro|novela|juego|noticia|curso|capacitacion|video|broma|jaja\w*|simulacro`;
export const SPANISH_BAD_AIR_AND_DAMAGED_GEAR: UrgencyRule[] = airAndGear(
  {
    vent: String.raw`ventilacion|extraccion|extractor\w*|campana|ventilador\w*`,
    broken: String.raw`no funciona|no jala|no tira|parad[oa]|apagad[oa]|rot[oa]|descompuest[oa]|averiad[oa]|sin|no sirve`,
    fumes: String.raw`vapores|gases|humos?|solventes?`,
    ill: String.raw`desmay\w*|marea\w*|mareos?|no (?:se )?(?:puede|pueden|podemos) respirar|falta de aire|ahog\w*|perdi\w* el conocimiento|vomit\w*`,
  },
  {
    thing: String.raw`horquillas?|unas?|eslingas?|cinchas?|cadenas?|ganchos?|escaleras?|peldanos?|escalones?|proteccion|guarda|frenos?|arnes\w*|cuerdas?|cables?|mastil`,
    damaged: String.raw`doblad\w*|torcid\w*|rajad\w*|partid\w*|agrietad\w*|deshilachad\w*|pelad\w*|rot[oa]s?|gastad\w*|quitad\w*|quitaron|sin|no tiene`,
    anyway: String.raw`igual|de todas formas|de todos modos|aun asi|asi mismo|trabajar asi|le sigamos|seguimos usando|siguen? usando|lo seguimos usando|(?:nos )?(?:hace|hacen|obliga\w*|manda\w*) (?:\w+ ){0,2}?(?:cargar|subir|usar|levantar|trabajar)`,
  },
  ES_NOT_REAL,
);

const FR_NOT_REAL = String.raw`film|serie|livre|roman|jeu|article|formation|video|blague|mdr|ptdr|exercice`;
export const FRENCH_BAD_AIR_AND_DAMAGED_GEAR: UrgencyRule[] = airAndGear(
  {
    vent: String.raw`ventil\w*|aspiration|aspirateur|extracteur|extraction|hotte|vmc`,
    broken: String.raw`en panne|hs|ne marche plus|marche pas|ne fonctionne plus|fonctionne pas|cass\w*|arret\w*|coupe\w*|morte?`,
    fumes: String.raw`vapeurs|fumees|gaz|solvants?|emanations`,
    ill: String.raw`malaises?|evanoui\w*|s'evanou\w*|tomb\w* dans les pommes|perdu connaissance|vertiges?|etourdi\w*|(?:du )?mal a respirer|respire\w* (?:plus|mal)|souffle court|vomi\w*`,
  },
  {
    thing: String.raw`fourches?|elingues?|sangles?|chaines?|crochets?|echelles?|echelons?|barreaux?|marches?|carters?|protections?|freins?|harnais|longes?|cordes?|cables?`,
    damaged: String.raw`tordu\w*|fendu\w*|fissur\w*|effiloch\w*|dechir\w*|cass\w*|use\w*|enleve\w*|retire\w*|demont\w*|plus de|sans`,
    anyway: String.raw`quand meme|malgre tout|comme ca|oblige\w* a|continue\w* (?:a|de)|tout de meme|bosse\w* sans|travaille\w* sans`,
  },
  FR_NOT_REAL,
);

const PT_NOT_REAL = String.raw`filme|novela|serie|livro|jogo|noticia|curso|treinamento|video|piada|kkk\w*|simulado`;
export const PORTUGUESE_BAD_AIR_AND_DAMAGED_GEAR: UrgencyRule[] = airAndGear(
  {
    vent: String.raw`ventilacao|exaust\w*|exaustor|coifa|ventilador\w*|extrator`,
    broken: String.raw`quebrad\w*|quebrou|parou|parad[oa]|nao funciona|estragad\w*|desligad\w*|sem|queimou`,
    fumes: String.raw`vapores|gases|fumaca|solventes?`,
    ill: String.raw`desmai\w*|tont[oa]s?|tontura|falta de ar|nao consegue\w* respirar|passando mal|passou mal|sufoc\w*|vomit\w*`,
  },
  {
    thing: String.raw`garfos?|garras?|cintas?|lingas?|correntes?|ganchos?|escadas?|degraus?|protec\w*|freios?|cintos?|talabartes?|cordas?|cabos?`,
    damaged: String.raw`tort\w*|empenad\w*|rachad\w*|trincad\w*|desfiad\w*|rasgad\w*|quebrad\w*|gast\w*|tirad\w*|tiraram|sem`,
    anyway: String.raw`assim mesmo|mesmo assim|igual|do mesmo jeito|trabalhar assim|continua\w* usando|(?:manda|mandam|obriga\w*) (?:\w+ ){0,2}?(?:usar|carregar|subir|trabalhar)`,
  },
  PT_NOT_REAL,
);

const DE_NOT_REAL = String.raw`film|serie|buch|roman|spiel|artikel|schulung|video|witz|haha\w*|ubung`;
export const GERMAN_BAD_AIR_AND_DAMAGED_GEAR: UrgencyRule[] = airAndGear(
  {
    vent: String.raw`luftung\w*|absaug\w*|abzug\w*|entluft\w*|ventilator\w*|dunstabzug\w*`,
    broken: String.raw`kaputt|defekt|aus|hin|ausgefallen|funktioniert nicht|geht nicht|lauft nicht|abgeschaltet`,
    fumes: String.raw`dampfe\w*|gase\w*|losungsmittel\w*|abgase\w*`,
    ill: String.raw`umgekippt|kippen um|kippt um|ohnmachtig|bewusstlos|schwindel\w*|atemprobleme\w*|atemnot|kaum luft|keine luft|erbrochen|zusammengebrochen`,
  },
  {
    thing: String.raw`gabel\w*|gurt\w*|hebegurt\w*|kette\w*|haken|leiter\w*|sprosse\w*|schutz\w*|bremse\w*|seil\w*`,
    damaged: String.raw`verbogen|gerissen|angerissen|riss|angebrochen|gebrochen|ausgefranst|durchgescheuert|kaputt|defekt|abgebaut|entfernt|abmontiert|gehen nicht|fehlt|fehlen`,
    anyway: String.raw`trotzdem|dennoch|weiter (?:benutzen|arbeiten|fahren|laden|heben)|so weiter\w*|weiterarbeiten|lasst uns|mussen (?:\w+ ){0,2}?(?:heben|laden|arbeiten|fahren|benutzen|anschlagen)`,
  },
  DE_NOT_REAL,
);

const IT_NOT_REAL = String.raw`film|serie|libro|romanzo|gioco|articolo|corso|formazione|video|scherzo|ahah\w*|esercitazione`;
export const ITALIAN_BAD_AIR_AND_DAMAGED_GEAR: UrgencyRule[] = airAndGear(
  {
    vent: String.raw`ventilazion\w*|aspirazion\w*|aspirator\w*|cappa|cappe|estrattor\w*|ventol\w*`,
    broken: String.raw`rott[oa]|guast[oa]|non (?:va|funziona|tira)|ferm[oa]|spent[oa]|fuori uso`,
    fumes: String.raw`fumi|vapori|solventi|esalazioni`,
    ill: String.raw`svenut\w*|svien\w*|giramenti di testa|capogiri|vertigin\w*|perso i sensi|perde\w* i sensi|non (?:si )?riesc\w* a respirare|manca l'aria|fiato corto|vomit\w*|stanno male|sentit\w* male`,
  },
  {
    thing: String.raw`forche|forca|fasce|fascia|imbracatur\w*|imbragatur\w*|catene|catena|ganci|gancio|scala|scale|pioli?|gradini?|protezion\w*|carter|freni?|corde?|funi|cavi?|cinghi\w*`,
    damaged: String.raw`piegat\w*|stort\w*|crepat\w*|incrinat\w*|sfilacciat\w*|lacerat\w*|strappat\w*|rott\w*|consumat\w*|tolt\w*|smontat\w*|non frena|senza`,
    anyway: String.raw`lo stesso|comunque|ugualmente|lavorare cosi|(?:ci )?(?:fa|fanno) (?:\w+ ){0,2}?(?:caricare|usare|salire|lavorare|sollevare)|dice di (?:usarla|usarlo|caricare|continuare)|continua\w* a usar\w*|lo usiamo|la usiamo`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`film\w*|serial\w*|ksiazk\w*|gra|gry|artykul\w*|szkoleni\w*|kurs\w*|wideo|zart\w*|haha\w*|cwiczeni\w*`;
export const POLISH_BAD_AIR_AND_DAMAGED_GEAR: UrgencyRule[] = airAndGear(
  {
    vent: String.raw`wentylacj\w*|wyciag\w*|odciag\w*|okap\w*|wentylator\w*`,
    broken: String.raw`nie dziala|nie chodzi|padl\w*|wysiadl\w*|zepsut\w*|popsut\w*|wylaczon\w*|nie ciagnie`,
    fumes: String.raw`opar\w*|spalin\w*|rozpuszczalnik\w*`,
    ill: String.raw`mdleja|mdlej\w*|zemdl\w*|zaslabl\w*|zaslab\w*|stracil\w* przytomnosc|zawrot\w* glowy|kreci (?:im |sie )?(?:sie )?w glowie|duszno|dusza sie|dusi\w*|nie moga oddychac|brak\w* (?:im )?tchu|wymiotuj\w*`,
  },
  {
    thing: String.raw`widl\w*|zawies\w*|pasy|pasow|lancuch\w*|hak\w*|drabin\w*|szczebl\w*|oslon\w*|hamulc\w*|uprz\w*|lin[aey]`,
    damaged: String.raw`zgiet\w*|wygiet\w*|krzyw\w*|pekniet\w*|strzepion\w*|postrzepion\w*|przetart\w*|zerwan\w*|zepsut\w*|zdjel\w*|zdjet\w*|nie ma|bez|ulaman\w*`,
    anyway: String.raw`i tak|mimo to|mimo wszystko|dalej|nadal|tak (?:pracowac|robic|jezdzic)|kaze\w* (?:\w+ ){0,2}?(?:ladowac|uzywac|podnosic|wchodzic|pracowac|robic|jezdzic)|musimy (?:\w+ ){0,2}?(?:uzywac|wchodzic|ladowac|jezdzic)`,
  },
  PL_NOT_REAL,
);

const TL_NOT_REAL = String.raw`pelikula|teleserye|serye|libro|laro|balita|training|video|biro|joke|haha\w*|drill`;
export const TAGALOG_BAD_AIR_AND_DAMAGED_GEAR: UrgencyRule[] = airAndGear(
  {
    vent: String.raw`exhaust(?: fan)?|bentilasyon|bentilador|ventilation|blower`,
    broken: String.raw`sira|walang|ayaw gumana|hindi gumagana|patay|tigil`,
    fumes: String.raw`usok|singaw|kemikal|fumes`,
    ill: String.raw`nahimatay|hinimatay|nahihimatay|himatay\w*|nahihilo|nahilo|hirap huminga|hindi makahinga|di makahinga|sumusuka|nawalan ng malay`,
  },
  {
    thing: String.raw`tinidor|forks?|sling|strap|kadena|kawit|hook|hagdan|baitang|guard|preno|brakes?|harness|lubid|cable`,
    damaged: String.raw`baluktot|bali|basag|punit|gasgas|sira|tinanggal|walang|lamat|pudpod`,
    anyway: String.raw`pa rin|parin|ginagamit pa|pinapa-?\w+|pinagagamit|pinapagamit`,
  },
  TL_NOT_REAL,
);
