import type { OtherLanguage } from './table';

/*
 * Russian typed in Latin letters, as on a phone without a Cyrillic keyboard (blind round 18: "kollega upal so
 * stropil i ne dyshit, pomogite"). The Cyrillic table (ru.ts) reads only Cyrillic text. Only the gravest: someone not
 * breathing, unconscious, fallen from a height, a fire, gas, a cry for help, a threat to kill, suicide.
 */
export const russianLatin: OtherLanguage = {
  code: 'ru-Latn',
  name: 'Russian in Latin letters',
  words:
    'dyshit dyshet pomogite spasite upal upala soznaniya soznanie pozhar gorit gazom gaza nozhom ubyu ubit umer skoruyu skoruju kollega kollegu stropil lesov krysha kryshi pokonchit soboj zhit',
  bounds: 'word',
  negation: String.raw`net|bez|nikto ne`,
  story: String.raw`film\w*|serial\w*|igr\w*|knig\w*|kino|novost\w*`,
  cries: String.raw`pomogite|spasite`,
  urgent: {
    safety: [
      String.raw`ne dysh(?:it|et|ish)(?! li)|perestal\w* dyshat|bez soznani(?:ya|ja|a)|poteryal\w* soznanie|(?:upal|upala|upali|sorvalsya|sorvalas)\w* (?:\S+ ){0,2}(?:s|so|v) (?:\S+ )?(?:stropil|lesov|lestnic\w*|kryshi|vysoty|yamu|shahtu|kotlovan)|pozhar|(?:vse |sklad |ceh )?gorit|zapah gaza|pahnet gazom|utechka gaza|vyzovite (?:skoruyu|skoruju|policiyu)`,
    ],
    threat: [
      String.raw`(?:ub'?yu|ubju|ubiyu|zarezhu|pristrelyu) (?:tebya|vas|ego|ee|vseh)|(?:grozil\w*|ugrozhal\w*) (?:\S+ )?ubit'?`,
    ],
    'self-harm': [String.raw`pokonchit'? s soboj|pokonchit'? s soboi|ne hochu zhit'?|samoubi(?:j|y)stvo`],
  },
};
