import type { OtherLanguage } from './table';

/*
 * Norwegian and Danish, read together (blind round 18: "Det lukter gass i hele kjelleren og to stykker har besvimt",
 * "faldet ned fra stilladset og bevæger sig ikke"). The Swedish table (sv.ts) reads neither: the words differ too
 * much ("gass", "besvimt", "bevæger sig ikke" for "gas", "svimmat", "rör sig inte"). Only the gravest, as plainly as
 * they are said: fire, gas, someone unconscious, not breathing, fallen and not moving, trapped, a threat to kill,
 * suicide, a cry for help. Folded: "æ" reads "ae", "ø" reads "o", "å" reads "a".
 */
export const scandinavian: OtherLanguage = {
  code: 'no',
  name: 'Norwegian and Danish',
  words:
    'ikke jeg hun ogsa hva hvad hvor noen nogen kjelleren kaelderen lukter lugter gass besvimt besvimet besvimte bevisstlos bevidstlos puster pusten vejret stillaset stilladset faldet faldt beveger bevaeger rorer hjelp hjaelp brenner braender drepe draebe selvmord ambulanse politiet fastklemt indespaerret innesperret truet truede',
  bounds: 'word',
  negation: String.raw`ikke|ingen|intet|aldri|aldrig|uten|uden`,
  story: String.raw`film\w*|serie\w*|spill\w*|spil\w*|bok\w*|bog\w*|nyhet\w*|nyhed\w*|avis\w*`,
  fixed: String.raw`fikset|fiksede|reparert|repareret|ordnet|lost|lukket av`,
  still: String.raw`igjen|igen|fortsatt|stadig`,
  calm: [
    String.raw`(?:brann|brand|evakuering)s?ovelse\w*|(?:ovelse|ovelsen|kurs|kurset|opplaering|traening)\w* (?:\S+ ){0,2}(?:brann|brand|gass|gas|forstehjelp|forstehjaelp)\w*`,
    String.raw`(?:mobil|telefon|batteri)\w* (?:er )?(?:\S+ )?(?:dod|dodt|flad|tom)`,
  ],
  cries: String.raw`hjelp(?: (?:meg|oss))?|hjaelp(?: (?:mig|os))?|det brenner|det braender`,
  urgent: {
    safety: [
      String.raw`det brenner|det braender|brann i|ild i|(?:royk|rog) (?:kommer|overalt|fra|i)|lukter (?:\S+ ){0,4}gass|lugter (?:\S+ ){0,4}gas|gasslekkasje|gaslaek|gasudslip|lekker gass|siver gas`,
      String.raw`besvimt|besvimet|besvimte|bevisstlos|bevidstlos|mistet bevisstheten|mistede bevidstheden|puster ikke|trekker ikke pusten|traekker ikke vejret|ingen puls|blor (?:kraftig|voldsomt|mye)|bloder (?:kraftigt|voldsomt|meget)`,
      String.raw`(?:falt|faldet|faldt|ramlet|styrtet|kollapset|kollapsede|segnet|ligger)\b[^.!?\n]{0,60}?(?:beveger seg|bevaeger sig|rorer seg|rorer sig) ikke|(?:falt|faldet|faldt|styrtet|ramlet) (?:\S+ ){0,2}(?:fra|af|ned fra|ned af) (?:\S+ )?(?:stillaset|stilladset|stigen|taket|taget|hoyden|hojden|reolen)`,
      String.raw`(?:fastklemt|klemt fast|sidder fast|sitter fast|indespaerret|innesperret|fanget) (?:\S+ ){0,2}(?:under|i) (?:\S+ )?(?:trucken|gaffeltrucken|maskinen|heisen|elevatoren|containeren|siloen|tanken|fryseren|kjolerommet|kolerummet)`,
      String.raw`ring (?:etter |efter )?(?:en )?(?:ambulanse|ambulance|112|113)`,
    ],
    threat: [
      String.raw`(?:truet|truede|truer) (?:\S+ ){0,2}med (?:a|at) (?:drepe|draebe|skyte|skyde|stikke) (?:meg|mig|deg|dig|oss|os|alle|henne|ham)|(?:skal|vil) (?:\S+ )?(?:drepe|draebe|skyte|skyde) (?:deg|dig|dere|jer|alle|oss|os|henne|ham)`,
    ],
    'self-harm': [
      String.raw`selvmord|ta livet av meg|tage livet af mig|tage mit eget liv|vil ikke leve (?:mer|mere|lenger|laengere)`,
    ],
  },
};
