import { rule, type UrgencyRule } from './types';

/*
 * A bomb said to be brought or set off at work, or the workplace to be blown up ("he said he would bring a bomb to
 * work lol", "va a volar la bodega", "ha detto che fa saltare in aria il magazzino"): a threat, and a danger to
 * everyone on site that no laugh takes away. "That song is the bomb lol" is none.
 * Tests: test/unit/analysis/urgency-round-32-classes.test.ts, urgency-attack-round-31.test.ts.
 */

// A bomb said to be brought or set off at work, whoever laughs: "he said he would bring a bomb to work lol". It is a
// threat, and a danger to everyone on site: a laugh takes the threat away (playful.ts), never the danger.
const EN_BOMB = String.raw`\b(?:bring|brings|bringing|brought|plant|plants|planting|put|leave|leaving|set off|setting off|make|making|build|building|carry|carrying|has|have|got) (?:a |an |his |the |some )?(?:real )?(?:bomb|pipe ?bomb|explosives?|ied|grenade|dynamite)s? (?:to|into|in|at|under|inside) (?:the |our |this |my |his )?(?:work|office|site|warehouse|plant|factory|store|shop|depot|building|canteen|meeting|shift|place|car ?park)\b`;
const dangerToAll = (source: string): UrgencyRule[] => [rule('threat', source), rule('safety', source)];
const ENGLISH_BOMB: UrgencyRule[] = dangerToAll(EN_BOMB);

export const ENGLISH_BOMBS_BROUGHT_TO_WORK: UrgencyRule[] = [...ENGLISH_BOMB];

export const GERMAN_BOMBS_BROUGHT_TO_WORK: UrgencyRule[] = [
  // A bomb brought to work: a threat, and a danger to everyone on site that no laugh takes away.
  ...dangerToAll(
    String.raw`\b(?:bringt|bringe|bringen|mitbringen|bringt (?:\w+ )?mit|legt|legen|zundet|zuendet|zunden|zuenden) (?:\w+ ){0,2}(?:eine |die |ne )?(?:bombe|sprengsatz|sprengstoff|granate)\b|\b(?:bombe|sprengsatz|sprengstoff)\b[^.!?\n]{0,25}\b(?:mitbringen|mitnehmen|mit zur arbeit|in die firma|zur arbeit|legen|zunden|zuenden)\b`,
  ),
];

export const SPANISH_BOMBS_BROUGHT_TO_WORK: UrgencyRule[] = [
  // A bomb brought to work: a threat, and a danger to everyone on site that no laugh takes away.
  ...dangerToAll(
    String.raw`\b(?:traer|traigo|trae|traeria|trajo|va a traer|poner|pone|pondra|va a poner|dejar|deja|meter|mete|colocar) (?:una |la |unas )?(?:bomba|bombas|explosivos?|granada|dinamita) (?:al|a la|en el|en la|dentro del|en) (?:trabajo|oficina|fabrica|almacen|bodega|planta|tienda|obra|empresa|nave)\b`,
  ),
  rule(
    'threat',
    String.raw`\b(?:amenaz\w* con|va(?:n|mos)? a|voy a|iba(?:n)? a|quiere|quieren|juro que|piensa|planea|dijo que (?:va a|iba a|lo va a|lo iba a))\b (?:\w+ )?(?:volar|hacer volar|hacer explotar|explotar|dinamitar|poner(?:le)? una bomba (?:en|a)) (?:toda )?(?:la |el |esta |este |todo el |toda la )?(?:planta|fabrica|oficina|oficinas|bodega|almacen|empresa|edificio|tienda|nave|obra|sucursal|chamba|negocio|galera)\b`,
  ),
];

export const FRENCH_BOMBS_BROUGHT_TO_WORK: UrgencyRule[] = [
  // A bomb brought to work: a threat, and a danger to everyone on site that no laugh takes away.
  ...dangerToAll(
    String.raw`\b(?:faire sauter|faire exploser) (?:l'usine|le boulot|l'entrepot|le bureau|l'atelier|le depot|le magasin|la boite|le site|l'entreprise|tout le monde)\b|\b(?:apporter|ramener|amener|poser|mettre|apporte|ramene|amene|pose) (?:une |la |des )?(?:bombe|bombes|explosifs?|grenade) (?:au|a la|dans l'|dans le|dans la|a l') ?(?:travail|boulot|usine|bureau|entrepot|atelier|magasin|boite|site)\b`,
  ),
];

export const PORTUGUESE_BOMBS_BROUGHT_TO_WORK: UrgencyRule[] = [
  // A bomb brought to work: a threat, and a danger to everyone on site that no laugh takes away.
  ...dangerToAll(
    String.raw`\b(?:trazer|traz|traria|trouxe|vai trazer|colocar|coloca|por|botar|deixar) (?:uma |a )?(?:bomba|bombas|explosivos?|granada|dinamite) (?:pro|pra|para o|para a|no|na|ao|a) (?:trabalho|escritorio|fabrica|armazem|galpao|loja|obra|empresa|firma|servico)\b`,
  ),
];

export const ITALIAN_BOMBS_BROUGHT_TO_WORK: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:fa|faccio|fara|faranno|far|fare|fanno)\b saltare in aria (?:il|lo|la|l'|tutto il|tutta la|questo|questa)? ?(?:magazzino|ufficio|uffici|fabbrica|capannone|azienda|stabilimento|negozio|posto|edificio|reparto|cantiere|sede)\b|\b(?:mett(?:e|o|ere|era)|piazz(?:a|are|era)) una bomba (?:nel|nello|nella|in|all'|al) ?(?:magazzino|ufficio|fabbrica|capannone|azienda|stabilimento|negozio|edificio|reparto|cantiere|sede)\b`,
  ),
];
