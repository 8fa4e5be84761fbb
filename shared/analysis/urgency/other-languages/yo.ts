import type { OtherLanguage } from './table';

/*
 * Yoruba, with or without its tone marks and underdots (folding drops them: "Iná ń jó" reads "ina n jo", "òṣìṣẹ́"
 * "osise"): blind round 30, read by nothing before. Hunger, sleep or work that "kills" one ("ebi n pa mi": I am
 * hungry) is no threat; a threat is someone who will kill ("yoo pa mi"). A song "hot like fire" is no fire: a fire
 * burns ("ina n jo").
 */
export const yoruba: OtherLanguage = {
  code: 'yo',
  name: 'Yoruba',
  words:
    'ina jo eefin gaasi eje subu daku eniyan awon osise oga alabojuto idana inu ninu sinu omi lowo leti ara yoo maa obe ibon ebi oorun ounje nigba bayi daadaa idanrawo lanaa orin gbona panapana ero ategun lati enikan obinrin lai owo omiyale iranlowo',
  unreadByModel: true,
  bounds: 'word',
  negation: String.raw`ko si|kosi|ko`,
  story: String.raw`fiimu\w*|sinima\w*|ere ori itage|iroyin\w*`,
  fixed: String.raw`a ti tun\w*|ti tun un se|won ti pa ina|ti pa ina|gbogbo re ti dara`,
  still: String.raw`leekan si|sibe|tun ti`,
  calm: [
    // A drill, hunger, sleep or work that "kills", a song hot like fire.
    String.raw`idanrawo (?:\S+ )?ina|(?:ebi|oorun|ise|ooru|otutu|erin) (?:\S+ )?(?:n |maa |yoo |ti )?pa (?:mi|wa)|bi ina`,
  ],
  cries: String.raw`e gba wa|e gba mi|e ran wa lowo|ran wa lowo|iranlowo|ina`,
  urgent: {
    safety: [
      String.raw`ina (?:ti )?(?:n )?jo|ile (?:\S+ )?(?:n|ti) jo|(?:pe|e pe) (?:awon )?panapana|eefin (?:po|n jade|pupo)`,
      String.raw`gaasi (?:n |ti )?(?:jo|jade)|oorun gaasi`,
      String.raw`eje (?:n |ti )?(?:san|jade|po)|ti daku|o daku|ko mi mo|ko le mi|subu (?:lati|ni)|ha (?:si|sinu|si inu)|(?:eniyan|osise|enikan)\S* (?:\S+ )?ko le jade`,
      String.raw`omi (?:ti )?bo (?:ile|ibi)|omiyale|ikun omi`,
    ],
    weapon: [String.raw`(?:mu|yo|fa|gbe) (?:\S+ )?(?:obe|ibon|ada) (?:jade|wa|si)|gun (?:\S+ ){0,3}ni obe|yin ibon`],
    threat: [
      String.raw`(?:yoo|maa|ma|a) pa (?:mi|wa|e|yin)|hale mo (?:mi|wa|awon)|n hale|gba (?:\S+ ){0,2}leti|(?:n |ti )lu (?:mi|wa|osise|awon)`,
    ],
    harassment: [
      String.raw`fi owo kan ara (?:\S+ ){0,3}(?:lai fe|laife|lai gba)|ifipabanilopo|fipa ba (?:mi|a|won) (?:lo|sun)`,
    ],
    'self-harm': [String.raw`pa ara (?:mi|mi)|(?:mo )?fe ku|gbe ara mi ko`],
  },
};
