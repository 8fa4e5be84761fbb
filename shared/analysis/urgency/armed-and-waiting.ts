import { eitherOrder, sentenceHolding } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Someone armed, waiting on the site or at its edge: "her husband is in the parking lot with a bat waiting for her to
 * come out", "her ex is sitting in his truck in the lot with a machete", "su ex está en el estacionamiento con un
 * bate esperando". The harassment rules read a partner waiting for a worker, so the report reached the owner of
 * harassment alone (blind attack att40, F8), or nothing read it at all; but an armed man on site endangers whoever
 * walks out, and the site's safety owner must know first. Safety, and a threat of violence.
 *
 * The weapon must be held ("with a bat", "con un bate", "avec une batte"), and in the same sentence someone waits,
 * lurks or sits, or is at the site's edge (the car park, the gate, the door, outside). Not a game's bat or a kitchen
 * knife at work, nor a guard's or the police's gun: a sentence naming a match, a practice, a team, the kitchen's work or
 * security is read as nothing here.
 */
const NOT_REAL = String.raw`softball|baseball (?:game|practice|team)|cricket|practice|training|tournament|match|league|game|drill|movie|film|halloween|costume|cosplay|security|guards?|police|officers?|cops?|deputy|sheriff|chopping|slicing|cutting (?:veg|meat|bread|boxes)|kitchen|prep|unbox\w*|boxes`;
const armedAndWaiting = (held: string, waiting: string): UrgencyRule[] => {
  const source = sentenceHolding(eitherOrder('latin', 80, held, waiting), NOT_REAL);
  return [rule('safety', source), rule('threat', source)];
};

const EN_HELD = String.raw`with (?:a|an|his|her|their|some|two|a big|a metal|a wooden|a baseball) (?:big |metal |wooden |baseball |huge |long )?(?:bat|bats|knife|knives|gun|guns|pistol|rifle|shotgun|machete|crowbar|axe|hatchet|tire iron|tyre iron|iron bar|metal pipe|pipe|hammer|blade|taser|weapon)`;
const EN_WAITING = String.raw`(?:waiting|waits|waited|lurking|lurks|hanging (?:a)?round|sitting|sits|parked|standing|stands|hiding|pacing|circling)|(?:in|at|outside|by|near|round|around|behind) (?:the |our |this |their )?(?:back |front |main |side |staff |employee )?(?:parking (?:lot|garage|deck)|car ?park|lot|gate|gates|entrance|door|doors|loading dock|dock|lobby|reception|exit|fence)|outside`;
export const ENGLISH_ARMED_AND_WAITING: UrgencyRule[] = armedAndWaiting(EN_HELD, EN_WAITING);

const ES_HELD = String.raw`con (?:un|una|su|unos|unas) (?:bate|bates|cuchillo|cuchillos|navaja|pistola|arma|escopeta|rifle|machete|palo|tubo|barra|fierro|hacha|martillo|punal)`;
const ES_WAITING = String.raw`(?:esperando|espera|esperaba|acechando|merodeando|escondido|sentado|parado|estacionado|rondando)|(?:en|afuera de|fuera de|frente a|junto a) (?:el |la |los |las )?(?:estacionamiento|parqueadero|parking|aparcamiento|porton|puerta|entrada|salida|reja|muelle)|afuera`;
export const SPANISH_ARMED_AND_WAITING: UrgencyRule[] = armedAndWaiting(ES_HELD, ES_WAITING);

const FR_HELD = String.raw`avec (?:une|un|sa|son|des) (?:batte|battes|couteau|couteaux|pistolet|flingue|arme|fusil|machette|barre de fer|barre|hache|marteau|tournevis)`;
const FR_WAITING = String.raw`(?:attend|attendait|guette|guettait|rode|rodait|cache|assis|gare|planque)|(?:sur|dans|devant|a) (?:le |la |l'|les )?(?:parking|portail|entree|sortie|porte|quai)|dehors`;
export const FRENCH_ARMED_AND_WAITING: UrgencyRule[] = armedAndWaiting(FR_HELD, FR_WAITING);

const DE_HELD = String.raw`mit (?:einem|einer|seinem|seiner|nem|ner) (?:baseballschlager|schlager|messer|pistole|waffe|gewehr|machete|brechstange|axt|hammer|eisenstange)`;
const DE_WAITING = String.raw`(?:wartet|wartete|lauert|lauerte|steht|sitzt|versteckt)|(?:auf dem|am|vor dem|vorm) (?:parkplatz|tor|eingang|ausgang|hof)|draussen|drausen`;
export const GERMAN_ARMED_AND_WAITING: UrgencyRule[] = armedAndWaiting(DE_HELD, DE_WAITING);

const PT_HELD = String.raw`com (?:um|uma|seu|sua) (?:taco|faca|pistola|arma|revolver|facao|machado|barra de ferro|martelo|porrete)`;
const PT_WAITING = String.raw`(?:esperando|espera|esperava|a espera|escondido|sentado|parado|rondando)|(?:no|na|em frente ao|em frente a) (?:estacionamento|portao|entrada|saida|porta)|la fora`;
export const PORTUGUESE_ARMED_AND_WAITING: UrgencyRule[] = armedAndWaiting(PT_HELD, PT_WAITING);

const IT_HELD = String.raw`con (?:una|un|la sua|il suo) (?:mazza|coltello|pistola|arma|fucile|machete|spranga|ascia|martello)`;
const IT_WAITING = String.raw`(?:aspetta|aspettava|apposta|nascosto|seduto|fermo|gira)|(?:nel|al|davanti al|fuori dal) (?:parcheggio|cancello|ingresso|uscita|portone)|fuori`;
export const ITALIAN_ARMED_AND_WAITING: UrgencyRule[] = armedAndWaiting(IT_HELD, IT_WAITING);
