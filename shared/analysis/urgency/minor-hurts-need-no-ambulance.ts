/*
 * An ambulance not to be called for a small hurt (fx37u): "don't call the ambulance for a paper cut, use the first aid
 * kit", "no need to call 911 for a splinter", "no llames a la ambulancia por un rasguño". A rule of the first aid box,
 * not a call for help kept from someone: blanked before the rules read the text (en.ts, es.ts `benign`), so the
 * ambulance named is no emergency. The hurt must be named and small; "don't call the ambulance or you're fired" names
 * none and stays read (calls-for-help-forbidden.ts).
 */
const EN_SMALL_HURT = String.raw`(?:a |an |every |one |some )?(?:little |small |tiny |minor |silly )?(?:paper ?cuts?|scratch(?:es)?|splinters?|blisters?|bruises?|headaches?|nosebleeds?|nose bleeds?|plasters?|band-?aids?|bumps?|grazes?|stubbed toes?|hangnails?|small cuts?|little cuts?|minor cuts?|minor (?:burns?|injur(?:y|ies))|cold|sniffles?)`;
export const ENGLISH_MINOR_HURTS_NEED_NO_AMBULANCE = [
  String.raw`\b(?:don'?t|dont|do not|no need to|never|you don'?t need to|there'?s no need to|we don'?t) (?:\w+ )?(?:call|ring|phone|dial|get) (?:\w+ )?(?:an |the )?(?:ambulance|ambulances|911|999|112|paramedics|ems)\b (?:for|over|because of) ${EN_SMALL_HURT}\b`,
];
const ES_SMALL_HURT = String.raw`(?:un |una |cada )?(?:cortadita|cortadita de papel|corte de papel|rasguno|raspon|raspadura|astilla|ampolla|moreton|moreton|chichon|dolor de cabeza|curita|tirita|cortecito|corte pequeno|quemadita)`;
export const SPANISH_MINOR_HURTS_NEED_NO_AMBULANCE = [
  String.raw`\b(?:no|nunca|no hace falta|no hay que) (?:\w+ )?(?:llames|llamen|llamar|marques|marquen|marcar) (?:a |al )?(?:la )?(?:ambulancia|911|112|paramedicos)\b (?:por|para) ${ES_SMALL_HURT}\b`,
];
