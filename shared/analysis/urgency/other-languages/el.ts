import type { OtherLanguage } from './table';

/*
 * Greek, read on any text in Greek letters: only the gravest, as people text them (blind round 26: a fire with
 * people inside, a fall from a scaffold and someone not moving, a smell of gas, read as nothing). Folding drops the
 * accents ("φωτιά" reads "φωτια"), on the phrases as on the text.
 */
export const greek: OtherLanguage = {
  code: 'el',
  name: 'Greek',
  script: /\p{Script=Greek}/u,
  bounds: 'word',
  negation: String.raw`δεν|μην|οχι|καμια|κανενας|χωρις`,
  story: String.raw`ταινια|σειρα|παιχνιδι|βιβλιο|ειδησεις`,
  fixed: String.raw`επισκευαστηκε|φτιαχτηκε|διορθωθηκε|σβηστηκε|λυθηκε`,
  still: String.raw`ξανα|παλι|ακομα`,
  calm: [
    // A fire or evacuation drill, an extinguisher, dying of laughter or hunger.
    String.raw`ασκηση (?:πυρκαγιας|εκκενωσης|πυρασφαλειας|πυροσβεσης)|πυροσβεστηρ\p{L}*|πεθανα (?:στα γελια|της πεινας)|πεθαινω (?:στα γελια|της πεινας|για)|ψοφησα (?:στα γελια|στην κουραση)`,
  ],
  cries: String.raw`βοηθεια|βοηθηστε|βοηθεια βοηθεια`,
  urgent: {
    safety: [
      String.raw`φωτια|πυρκαγια|καιγεται|καιγονται|επιασε φωτια|πολυς καπνος|καπνος (?:παντου|βγαινει)|διαρροη (?:γκαζιου|αεριου)|μυριζει (?:\p{L}+ )?(?:γκαζι|αεριο)`,
      String.raw`επεσε απο (?:τη |το |την |τα )?(?:σκαλωσια|σκαλα|στεγη|ταρατσα|υψος|κλαρκ)|δεν κουνιεται|δεν αναπνεει|λιποθυμησε|αναισθητ\p{L}*|εγκλωβισμεν\p{L}*|παγιδευμεν\p{L}*|αιμορραγει|χτυπησε (?:το |τον |την )?κλαρκ`,
    ],
    weapon: [String.raw`με (?:μαχαιρι|οπλο|πιστολι|οπλα)|πυροβολ\p{L}*`],
    threat: [String.raw`θα σε σκοτωσω|θα σας σκοτωσω|απειλει (?:να|οτι)|απειλησε (?:να|οτι)`],
    'self-harm': [String.raw`θελω να πεθανω|να αυτοκτονησω|θα αυτοκτονησω|θα τελειωσω τη ζωη μου`],
  },
};
