/*
 * A harm named as what a campaign, a week, a day, a poster or a policy is against (ra35, calm class): "anti-bullying
 * week posters look great", "la semaine contre le harcèlement était bien organisée", "kampania przeciw mobbingowi była
 * ciekawa". The harm is the campaign's subject, not something that happened, so the name is blanked as an idiom is
 * (each language's `benign`), and only the name: "the anti-bullying policy is a joke, he bullies me daily" still reads
 * "bullies". A "campaign of harassment against me" is not a campaign's name (the harm comes after "against" only).
 */

// What stands against the harm: campaigns, weeks, days, talks, posters, policies, programmes, each language's words.
const HARMS = {
  en: String.raw`bull(?:y|ying|ies)|harass\w*|discriminat\w*|racis\w*|sexis\w*|homophob\w*|fraud|brib\w*|corruption|violence|abuse|mobbing`,
  es: String.raw`acoso(?: laboral| sexual| escolar)?|discriminacion|racismo|machismo|violencia(?: de genero| laboral)?|fraude|corrupcion|homofobia|bullying`,
  fr: String.raw`harcelement(?: moral| sexuel)?|discriminations?|racisme|sexisme|violences?(?: sexistes| sexuelles)?|fraude|corruption|homophobie`,
  it: String.raw`bullismo|molestie|mobbing|discriminazion[ei]|razzismo|violenza(?: di genere| sulle donne)?|frode|corruzione|omofobia`,
  pt: String.raw`assedio(?: moral| sexual)?|discriminacao|racismo|violencia(?: de genero| domestica)?|fraude|corrupcao|homofobia`,
  de: String.raw`mobbing|belastigung|diskriminierung|rassismus|sexismus|gewalt|betrug|korruption|homophobie`,
  pl: String.raw`mobbing\w*|molestowani\w*|dyskryminacj\w*|rasizm\w*|przemoc\w*|korupcj\w*|oszust\w*|nekani\w*`,
};

export const ENGLISH_CAMPAIGNS_AGAINST = [
  String.raw`\banti[- ]?(?:${HARMS.en})\b|\b(?:campaigns?|weeks?|days?|months?|talks?|posters?|policy|policies|programmes?|programs?|pledges?|charter|training|workshops?|initiatives?|drives?|marches?|walks?|ribbons?|stand|standing up|speak(?:ing)? out|united) (?:\w+ )?against (?:\w+ )?(?:${HARMS.en})\b`,
];
export const SPANISH_CAMPAIGNS_AGAINST = [
  String.raw`\b(?:semana|dia|jornada|campana|charla|taller|politica|protocolo|carteles?|afiches?|marcha|lucha|programa|plan|compromiso|formacion|curso) (?:\w+ ){0,2}(?:contra|para prevenir|de prevencion del?|de lucha contra) (?:el |la |los |las )?(?:${HARMS.es})\b|\banti-?(?:acoso|bullying|racista|fraude|corrupcion)\b`,
];
export const FRENCH_CAMPAIGNS_AGAINST = [
  String.raw`\b(?:semaine|journee|campagne|affiches?|charte|politique|programme|plan|formation|sensibilisation|marche|mois|conference|atelier)s? (?:\w+ ){0,2}(?:contre|de lutte contre|de prevention du|de prevention des|de prevention de la) (?:le |la |les |l')?(?:${HARMS.fr})\b|\blutte contre (?:le |la |les |l')?(?:${HARMS.fr})\b|\banti-?(?:harcelement|racisme|fraude|corruption|discrimination)\b`,
];
export const ITALIAN_CAMPAIGNS_AGAINST = [
  String.raw`\b(?:settimana|giornata|campagna|corso|politica|manifesti?|cartelloni?|programma|progetto|formazione|marcia|convegno|sportello) (?:\w+ ){0,2}(?:contro|di prevenzione del(?:la|le|lo)?|per la prevenzione del(?:la|le|lo)?) (?:il |la |le |lo |i |gli |l')?(?:${HARMS.it})\b|\banti-?(?:bullismo|mobbing|molestie|razzismo|frode|corruzione)\b`,
];
export const PORTUGUESE_CAMPAIGNS_AGAINST = [
  String.raw`\b(?:semana|dia|campanha|palestra|politica|cartaz(?:es)?|programa|treinamento|formacao|curso|marcha|caminhada) (?:\w+ ){0,2}(?:contra|de combate (?:ao|a)|de prevencao (?:ao|a|do|da)) (?:o |a |os |as )?(?:${HARMS.pt})\b|\bcombate (?:ao|a) (?:${HARMS.pt})\b|\banti-?(?:assedio|racismo|fraude|corrupcao)\b`,
];
export const GERMAN_CAMPAIGNS_AGAINST = [
  String.raw`\b(?:woche|tag|aktionstag|kampagne|aktion|schulung|plakate?|richtlinie|programm|initiative|workshop|vortrag)\w* (?:\w+ ){0,2}gegen (?:\w+ )?(?:${HARMS.de})\b|\banti-?(?:mobbing|rassismus|diskriminierung|korruption)\w*`,
];
export const POLISH_CAMPAIGNS_AGAINST = [
  String.raw`\b(?:kampani\w*|tydzie\w*|tygodni\w*|dzien|dnia|szkoleni\w*|polityk\w*|plakat\w*|akcj\w*|program\w*|procedur\w*|warsztat\w*) (?:\w+ ){0,2}(?:przeciw|przeciwko|przeciwdzialani\w*|zapobiegani\w*|antymobbingow\w*) (?:\w+ )?(?:${HARMS.pl})\b|\bantymobbingow\w*`,
];
