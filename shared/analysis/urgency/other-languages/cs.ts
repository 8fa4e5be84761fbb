import type { OtherLanguage } from './table';

/*
 * Czech (and Slovak, close enough for these words), read on a text that uses its words: only the gravest, as people
 * text them (blind round 26: a fire with people inside and a fall from a scaffold, read as nothing). A deadline that
 * "burns" ("hoří nám termín") is late, not alight.
 */
export const czech: OtherLanguage = {
  code: 'cs',
  name: 'Czech',
  words:
    'jsou kolegyne hori horel kour koure lidi uvnitr nehybe nedycha pomozte plynu leseni skladu umiram smichy chci nechci hodne strechy zebriku bezvedomi omdlel omdlela krvaci cviceni hasici nozem vyhrozuje vyhrozoval chlap muz pokladni zbrani pistoli kolegovi kyselina oci nevidi vystrikla',
  bounds: 'word',
  negation: String.raw`ne|neni|nikdo|zadny|zadna|bez`,
  story: String.raw`film\w*|serial\w*|hra|hry|zpravy`,
  fixed: String.raw`opraven\w*|vyreseno|uhaseno|odstraneno`,
  still: String.raw`zase|znovu|porad`,
  calm: [
    String.raw`cviceni|cvicny poplach|hasici pristroj\w*|umiram smichy|umiram hlady|hori (?:nam |mi |nas )?(?:termin|deadline|cas|projekt)\w*|(?:termin|deadline)\w* (?:nam |mi )?hori`,
  ],
  cries: String.raw`pomoc|pomozte|pomoc pomoc`,
  urgent: {
    safety: [
      // A chemical in someone's eyes: "vystříkla kyselina do očí" (blind round 29).
      String.raw`(?:kyselin\w*|louh\w*|chemikali\w*|chemie)\w* (?:\S+ ){0,3}do oci|(?:vystrikl\w*|stříkl\w*|strikl\w*) (?:\S+ ){0,3}do oci`,
      String.raw`hori|horel|pozar|hodne koure|kour (?:vsude|ven|se vali)|unik plynu|(?:smrdi|citit|ciiti) plyn`,
      String.raw`spadl\w* (?:z|ze) (?:leseni|strechy|zebriku|vysky|regalu)|nehybe se|nedycha|v bezvedomi|omdlel\w*|zavalen\w*|uveznen\w*|krvaci`,
    ],
    weapon: [String.raw`(?:s|se) (?:nozem|pistoli|zbrani)|strili`],
    threat: [String.raw`zabiju te|zabiju vas|vyhrozuje\w*|zabije (?:me|nas|te)`],
    'self-harm': [String.raw`zabiju se|chci umrit|nechci zit|spachat sebevrazdu`],
  },
};
