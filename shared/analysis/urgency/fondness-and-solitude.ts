/*
 * What people say of a colleague they like or of one who keeps to himself, which the learned model reads as trouble
 * done to someone (its harassment and discrimination weigh "him", "himself", "since he left" heavily, as those are the
 * words of real reports): missing a colleague who left ("I haven't seen him since he left the team, I miss him",
 * "la echo de menos", "elle me manque", "sinto falta dele"), someone shut in their own office to work ("he locked
 * himself in the office all day", "keeps to himself"), and HR or payroll slow to answer a question ("HR has not called
 * back about my payslip", "recursos humanos no me ha contestado"). They are passed over as idioms (each language's
 * `benign` list), by the rules and the model alike; the rest of the text is still read.
 *
 * Only the phrase, and never where the same sentence says the person cannot be reached or is in distress: "he locked
 * himself in the toilet and is not answering", "I haven't seen him since he left for the freezer an hour ago" stay
 * reports (the freezer is no team he left).
 */

// What turns shutting oneself in from a habit into a worry, within the same sentence (folded, en and others).
const DISTRESS = String.raw`(?![^.!?]{0,80}\b(?:answer\w*|respond\w*|reply\w*|replying|cry\w*|scream\w*|sob\w*|pills?|tablets|hurt\w*|kill\w*|end (?:it|his life|her life)|suicid\w*|unresponsive|won'?t (?:come|open|talk)|not (?:come|coming|opening|moving|breathing)|can'?t (?:get (?:in|to)|reach)|threat\w*|knife|gun|rope|blood|smell\w* (?:of )?gas|locked (?:us|me|them) (?:in|out)|contesta\w*|respond\w*|llora\w*|pastillas|repond\w*|pleur\w*|antwort\w*|weint|responde\w*|chora\w*)\b)`;

const IDIOMS: Record<string, string> = {
  en: [
    // Missing a colleague who is gone from the team, not missing from the site.
    String.raw`\b(?:i|we|everyone|everybody|the (?:whole )?team|all of us)(?: (?:all|really|so|still|do|truly|honestly|genuinely|already|kinda|kind of|lowkey|deeply|terribly))* miss(?:es|ed)? (?:him|her|them|you|you guys|y'?all|(?:my|our|the) (?:old |former |previous )?(?:\w+ )?(?:team|boss|manager|supervisor|colleagues?|coworkers?|co-workers?|crew|mates?|friends?|lead|gang)|working (?:with|alongside|for) (?:him|her|them|\w+)|having (?:him|her|them) (?:around|here|on (?:the|our) team))\b`,
    String.raw`\b(?:i |we )?(?:haven'?t|have not|hadn'?t|not|never) (?:really )?(?:seen|heard from|spoken to|talked to) (?:him|her|them|\w+) (?:since|after) (?:he|she|they|\w+) (?:left|quit|retired|moved|transferred|went|was moved|got moved|changed) (?:(?:the|our|my|this) (?:team|company|firm|job|department|dept|business|project)|(?:to|over to|into) (?:another|a different|the other|nights|days|the \w+ (?:team|shift|site|branch|store|office))|(?:for|to join) (?:another|a new|a different) (?:job|company|team|role)|(?:last|this) (?:year|month|week|summer|spring|autumn|winter)|for good|on maternity|on paternity)\b(?![^.!?]{0,80}\b(?:answer\w*|phone|worried|police|nobody knows|no one knows|missing|not (?:come|came) home|hasn'?t (?:come|been) home)\b)`,
    // Shut in their own office or car to work or to be alone, as a habit.
    String.raw`\b(?:locks?|locked|locking|shuts?|shutting|hides?|hid|hiding|holes?|holed|holing) (?:him|her|them)sel(?:f|ves) (?:away |up )?(?:in|into) (?:his|her|their|the|an?) (?:own |back |little |private |corner )?(?:office|room|cabin|car|van|cab|study|booth|meeting room|boardroom|den)(?: (?:all|every|most|each) (?:day|morning|afternoon|evening|week|shift|lunch(?:time)?|meeting)| for (?:hours|the (?:day|morning|afternoon))| to (?:work|focus|concentrate|get \w+ done|make calls|eat|avoid \w+|think|do \w+ \w+))\b${DISTRESS}`,
    String.raw`\bkeeps? (?:(?:him|her|them)sel(?:f|ves) )?to (?:him|her|them)sel(?:f|ves)\b`,
    // Waiting on HR or payroll to answer a question.
    String.raw`\b(?:hr|payroll|human resources|people team|accounts|admin|the office|head office)(?: (?:team|department|dept|lady|guy|people))? (?:still )?(?:has not|hasn'?t|have not|haven'?t|never|did not|didn'?t|won'?t|will not|is not|isn'?t|are not|aren'?t) (?:yet )?(?:\w+ )?(?:called|rung|rang|phoned|got|gotten|written|emailed|answered|replied|responded|come|getting|answering|replying|responding)(?: (?:me|us))?(?: back)?(?: to (?:me|us|my \w+))?\b`,
  ].join('|'),
  es: [
    String.raw`\b(?:l[oa]s?|te|os) (?:echo|echamos|extrano|extranamos)(?: mucho| muchisimo| un monton)?(?: de menos)?\b|\b(?:echo|echamos) (?:mucho |muchisimo )?de menos a (?:mi|mis|nuestr[oa]s?|\w+)\b|\b(?:extrano|extranamos) (?:mucho |muchisimo )?a (?:mi|mis|nuestr[oa]s?)\b`,
    String.raw`\b(?:recursos humanos|rrhh|rr hh|personal|nominas|administracion|la oficina)(?: todavia| aun)? no me (?:ha|han) (?:contestado|respondido|llamado|devuelto la llamada|escrito|dicho nada)\b`,
    String.raw`\bse (?:encierra|encerro|mete|metio) en su (?:oficina|despacho|coche|cuarto)(?: todo el dia| toda la manana| toda la tarde| cada (?:dia|tarde)| para (?:trabajar|comer|concentrarse))\b${DISTRESS}`,
  ].join('|'),
  pt: [
    String.raw`\b(?:sinto|sentimos|sinto muita|sentimos muita)(?: muita| tanta)? falta (?:dele|dela|deles|delas|de (?:voce|voces|vcs|meu|minha|meus|minhas|nosso|nossa|\w+))\b|\b(?:tenho|temos|estou com|estamos com|morro de|que) saudades?(?: dele| dela| deles| de (?:voce|\w+))?\b`,
    String.raw`\b(?:o rh|rh|recursos humanos|o departamento pessoal|departamento pessoal|a folha|o financeiro)(?: ainda)? (?:nao|nunca) (?:me )?(?:respondeu|retornou|ligou|deu retorno|deu resposta|falou nada)\b`,
    String.raw`\bse (?:tranca|trancou|fecha|fechou) (?:no|na) (?:escritorio|sala|carro)(?: dele| dela)?(?: o dia (?:todo|inteiro)| a tarde toda| toda tarde| pra (?:trabalhar|almocar))\b${DISTRESS}`,
  ].join('|'),
  fr: [
    String.raw`\b(?:il|elle|ils|elles|tu|vous|mes (?:anciens? |ancienne )?(?:\w+ )?(?:collegues|equipe)) (?:me|nous) manque(?:nt|s|z)?(?: (?:beaucoup|tellement|trop|enormement|vraiment))?\b`,
    String.raw`\b(?:les rh|rh|la paie|le service (?:rh|paie|du personnel)|les ressources humaines)(?: ne m'?(?:a|ont)| n'?(?:a|ont))(?: toujours)? (?:pas|jamais) (?:rappele|repondu|rappelee|donne de nouvelles|ecrit)\b`,
    String.raw`\bs'enferm(?:e|ait|ent) dans son (?:bureau|coin|camion|vehicule)(?: toute la journee| tout l'apres-midi| tous les jours| pour (?:travailler|manger))\b${DISTRESS}`,
  ].join('|'),
  de: [
    String.raw`\b(?:ich|wir) vermisse(?:n)? (?:ihn|sie|dich|euch|meine|meinen|unsere|unseren|die alten|den alten|das alte)\b|\b(?:er|sie) fehlt (?:mir|uns)(?: sehr| so)?\b`,
    String.raw`\b(?:die personalabteilung|personalabteilung|die lohnbuchhaltung|lohnbuchhaltung|hr|das lohnburo)(?: hat| haben)? (?:sich )?(?:immer noch |noch |seit \w+ \w+ )?(?:nicht|nie) (?:zuruckgerufen|geantwortet|gemeldet|zuruckgeschrieben)\b`,
  ].join('|'),
};

/** A language's idioms of fondness for a colleague, of keeping to oneself and of waiting on HR (a `benign` source). */
export const fondnessAndSolitude = (code: string): string | undefined => IDIOMS[code];
