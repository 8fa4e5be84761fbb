/*
 * A fire put out or a leak sealed, told as done (outside attacker, session 28): "the small fire in the canteen last
 * spring was handled well", "aquele cheiro de gás de outubro era do esgoto, a manutenção já vedou". Words read with
 * resolved.ts's own, per language (folded): a clause holding one is history unless it says the fire is back, or the
 * putting out is denied or wished for ("it was never put out", "has to be sealed").
 */
export const PUT_OUT = [
  String.raw`\b(?:(?:was|were|got|been|is|are) (?:\w+ )?(?:put out|extinguished)|handled (?:really )?(?:well|quickly|fast|properly|perfectly|brilliantly|great|calmly|professionally)|(?:put|stamped) it out|handled it)\b`,
  String.raw`\b(?:(?:fuego|incendio|llamas)\b[^.!?\n]{0,40}\b(?:(?:fue|fueron) (?:\w+ )?(?:apagad[oa]s?|controlad[oa]s?|sofocad[oa]s?)|(?:lo |la )?apagaron|sofocaron)|sellad[oa]s?|sellaron)\b`,
  String.raw`\b(?:vedou|vedaram|vedad[oa]s?|(?:fogo|incendio|chamas)\b[^.!?\n]{0,40}\b(?:(?:foi|foram) (?:\w+ )?(?:apagad[oa]s?|controlad[oa]s?)|apagaram))\b`,
  String.raw`\b(?:feu|incendie|flammes)\b[^.!?\n]{0,40}\b(?:(?:a ete|ont ete|est|sont) (?:vite |rapidement |bien )?(?:eteint|maitrise)e?s?|(?:l'ont|l'a) (?:vite |rapidement )?eteint)\b`,
  String.raw`\b(?:feuer|brand|flammen)\b[^.!?\n]{0,40}\b(?:geloscht|geloescht|unter kontrolle gebracht)\b`,
  String.raw`\b(?:fuoco|incendio|fiamme)\b[^.!?\n]{0,40}\b(?:(?:e|e stato|e stata|sono stati|stato|stata) (?:subito )?(?:spent[oaie]|domat[oaie])|hanno spento|abbiamo spento)\b`,
  String.raw`\b(?:pozar|ogien|plomienie)\b[^.!?\n]{0,40}\b(?:ugaszon\w*|ugasili|ugasilismy)\b`,
].join('|');
