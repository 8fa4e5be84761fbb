/*
 * The words people put before the name of someone close to them, and the possessives before those words, in the
 * languages the service hears: "my son jack", "mi hija lucía", "ma femme claire", "mein Sohn paul", "o meu filho
 * joão", "mój syn kuba", "mijn zoon daan"; round 34: and a friend or workmate, "mein Kumpel Jannik", "mi colega brayan". Data only: redact-names-lower-cued.ts reads a name after them, and redact-names-common-words.ts counts
 * them as everyday words of their language, so that German's capital ("mein Sohn Paul") does not make "Sohn" part
 * of the name it stands before. Lower case, with the accents people type and leave out.
 */
export const RELATIVES_BY_LANGUAGE: Readonly<Record<string, string>> = {
  en: `son sons daughter daughters kid kids child wife husband hubby partner fiance fiancee boyfriend girlfriend bf gf
    brother sister bro sis mum mom mam mother dad father stepson stepdaughter stepmom stepmum stepdad nephew niece
    cousin uncle aunt auntie grandson granddaughter grandma grandpa nan nana friend buddy mate roommate flatmate
    neighbour neighbor pal bestie coworker workmate colleague`,
  es: `hijo hija hijos hijas esposo esposa marido mujer novio novia pareja hermano hermana mamá mama papá papa madre
    padre sobrino sobrina primo prima tío tio tía tia nieto nieta abuela abuelo amigo amiga vecino vecina compañero
    compañera companero companera colega`,
  fr: `fils fille femme mari époux epoux épouse epouse copain copine compagnon compagne frère frere sœur soeur mère
    mere père pere maman papa neveu nièce niece cousin cousine oncle tante petit-fils petite-fille ami amie voisin
    voisine pote collègue collegue`,
  de: `sohn tochter kind frau mann ehemann ehefrau freund freundin partner partnerin bruder schwester mutter vater
    mama papa neffe nichte cousin cousine onkel tante enkel enkelin nachbar nachbarin kumpel kumpels kumpeline kollege
    kollegin kollegen schwager schwägerin schwaegerin kamerad kameradin`,
  pt: `filho filha esposo esposa marido mulher namorado namorada irmão irmao irmã irma mãe mae pai sobrinho sobrinha
    primo prima tio tia neto neta avó avo amigo amiga vizinho vizinha colega parceiro parceira`,
  it: `figlio figlia moglie marito fidanzato fidanzata fratello sorella madre padre mamma papà papa nipote cugino
    cugina zio zia amico amica vicino vicina collega compagno compagna`,
  // The forms a sentence puts them in too: "mój syn kuba", "moją córkę olę".
  pl: `syn syna synowi córka córkę corka corke córki żona żonę zona zone żony mąż męża maz meza brat brata siostra
    siostrę siostre mama mamę tata tatę matka ojciec wnuk wnuczka chłopak chlopak dziewczyna narzeczony narzeczona
    kuzyn kuzynka sąsiad sąsiadka przyjaciel przyjaciółka kumpel kolega koleżanka kolezanka`,
  // Not "nicht" (a niece), which is German's "not".
  nl: `zoon dochter vrouw man broer zus zuster moeder vader mama papa vriend vriendin neef oom tante kleinzoon
    kleindochter buurman buurvrouw collega maat`,
};

// "my", "mi", "ma", "mein", "o meu", "il mio" and their forms: the possessive that makes the next word a person's.
export const POSSESSIVES_BY_LANGUAGE: Readonly<Record<string, string>> = {
  en: 'my our',
  es: 'mi mis nuestro nuestra',
  fr: 'mon ma mes notre',
  de: 'mein meine meinem meinen meiner unser unsere unserem unseren unserer',
  pt: 'meu minha nosso nossa',
  it: 'mio mia nostro nostra',
  pl: 'mój moj moja moją moje mojego mojej mojemu moim nasz nasza naszego naszej',
  nl: 'mijn onze ons',
};

export const relativeWords = (language: string): string[] =>
  (RELATIVES_BY_LANGUAGE[language] ?? '').split(/\s+/).filter(Boolean);
