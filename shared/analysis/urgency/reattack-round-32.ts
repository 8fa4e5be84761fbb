import { rule, type UrgencyRule } from './types';

/*
 * What a fresh attack on round 32 found read calm, or urgent when it is not (test/unit/analysis/
 * urgency-reattack-round-32.test.ts), each read as a shape, never as the sentence quoted:
 *  - a pregnancy or a return from maternity leave held against someone: "they stopped giving me shifts once I told
 *    them I was pregnant", "since i came back from maternity leave they moved me to nights as punishment";
 *  - being gay or trans held against someone: "they said gay people make the customers uncomfortable";
 *  - a role given to someone younger, "they said i was past it";
 *  - a slur called at a person: it is harassment of them and discrimination both, whichever form the slur takes;
 *  - a person lifted on a forklift's forks;
 *  - paying an agent, a recruiter or a foreman to be hired (fraud);
 *  - Portuguese blows told in the passive or with "deu-me uma bofetada".
 * Calm look-alikes are kept out by what they name: "they moved me to lighter duties once I told them I was pregnant",
 * "gay pride made everyone happy", "lifted the pallet on the forks", "paid for my own boots to get this job".
 */

// A film, a joke or training around the words: no event here.
const EN_NOT_REAL = String.raw`movie|film|show|series|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|haha|quiz|example|scenario|policy|hypothetically`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;

// What was done to someone at work that harms them: their shifts, their job, their place.
const EN_HARMED = String.raw`(?:stopped giving (?:me|her|us) (?:any )?(?:shifts|hours|work|overtime)|(?:cut|cutting|slashed|halved|reduced|took away|taking away|dropped) (?:all )?(?:my|her|our) (?:hours|shifts|overtime|pay|rota)|(?:fired|sacked|dismissed|demoted|let go|laid off|pushed out|forced out|got rid of|written up|wrote (?:me|her) up|punished|replaced|passed (?:me|her) over)(?! (?:the|a|an|some|it|that|this|up)\b)|(?:fired|sacked|dismissed|demoted|replaced|punished) (?:me|her)|let (?:me|her) go|took (?:me|her) off (?:the )?(?:rota|schedule|shifts|floor|front|till|tills|counter)|(?:moved|put|switched|sent) (?:me|her) (?:on|to|onto) (?:nights|night shift|nights only|the night shift|the worst shifts?|the back|the stockroom|part[- ]time)|no more shifts|(?:as|like) (?:a )?punishment)`;
// A pregnancy or a return from the leave that follows it, told to the employer.
const EN_PREGNANCY = String.raw`(?:(?:told|tell|telling|informed|let) (?:them|him|her|my (?:boss|manager|supervisor|team leader|line manager)|the (?:boss|manager|supervisor|team leader|office|agency|company))(?: that)? (?:i was|i'?m|im|i am|she was|she'?s|shes|we were|we'?re) (?:pregnant|expecting|having a baby)|(?:told|tell|telling|informed) (?:them|him|her|my \w+|the \w+) about (?:the|my|her|our) (?:baby|pregnancy)|(?:announced|mentioned|shared) (?:my|her) pregnancy|(?:i|she) (?:got|was|became|fell) pregnant|(?:i |she |we )?(?:went|go|going|was|were) on (?:my |her )?(?:maternity|pregnancy) leave|(?:i |she |we )?(?:came|come|got|coming|returned|went) back (?:to work )?(?:from|after) (?:my |her )?(?:maternity|paternity|parental|pregnancy) leave|(?:since|after) (?:my |her )?(?:maternity|pregnancy) leave)`;

// A word for a gay, lesbian, bisexual or trans person.
const EN_ORIENTATION = String.raw`(?:gay|gays|lesbian|lesbians|bi|bisexual|trans|transgender|queer|homosexual|homosexuals|lgbt\w*|nonbinary|non-binary)`;

// Slurs that name no one but by what they are: called at someone, always both harassment and discrimination.
const EN_SLUR = String.raw`(?:nigger|niggers|faggot|faggots|fag|paki|chink|spic|kike|wetback|tranny|dyke|coon|gook|raghead|towelhead|sand nigger|n word|n\*{2,}[a-z]{0,2}|ni\*{2,}[a-z]{0,2}|f\*{2,}(?:t|ts|g|gs)|f[a@]g\*{1,}t)`;
// A slur written with stars is read as the slur, never as its in-group form: said by someone at work, it is the slur.
// In-group forms and the slur for disability, said among friends too: only when someone at work says them.
const EN_SLUR_AT_WORK = String.raw`(?:nigga|niggas|retard|retarded|n word)`;
const EN_AT_WORK = String.raw`(?:boss|supervisor|manager|foreman|team leader|team lead|shift lead|line manager|lead hand|gaffer|coworker|co-worker|colleague|customer|owner|chef|head chef|sup|mgr)`;
const EN_CALLS = String.raw`(?:calls?|called|calling|keeps? calling|kept calling|keeps? saying|said|says|whispered|shouted|yelled|screamed)`;

// Someone lifted, stood or riding on a forklift's forks; a load on them is kept out by what it names.
const EN_LOAD = String.raw`(?:pallets?|boxes|box|load|loads|crates?|stock|cages?|drums?|bins?|skips?|bags?|sacks?|rolls?|parts|goods|stuff|it|them|those|these|the \w+ (?:boxes|pallets?|stock|load))`;
const EN_FORKS = String.raw`(?:(?:the |its |a |the forklift'?s? |the truck'?s? )?(?:forklift |reach truck |truck |fork )?(?:forks|tines)(?: of (?:the|a) (?:forklift|truck|reach truck|fork ?lift))?|a pallet on (?:the )?(?:forks|forklift))`;

// Money and who it goes to for a job.
const EN_MONEY = String.raw`(?:money|cash|a fee|fees|a payment|a bribe|a cut|backhanders?|a backhander|[$\u00a3\u20ac]\s?\d+|\d+ ?(?:quid|pounds|euros?|dollars|bucks|pesos|reais|zloty|lei|rupees|k)|\d+)`;
const EN_FIXER = String.raw`(?:(?:the |an? |some |this |that |our )?(?:agency (?:guy|man|bloke|woman|lady|person|rep|boss|owner)|agent|recruiter|recruitment (?:guy|agent|agency)|foreman|supervisor|manager|boss|gaffer|middleman|broker|fixer|gangmaster|hr (?:guy|man|woman|lady)|guy|bloke|man|woman|lady|contractor|crew boss|team leader)|him|her|them)`;
const EN_HIRED = String.raw`(?:to get (?:this|the|a|my|that) (?:job|position|post|place|contract|role|start)|to (?:get|be) (?:hired|taken on|started|put on the rota|a start)|(?:for|to get) (?:the|this|a|my) (?:job|position|post|place|start)\b(?! (?:interview|fair|advert|ad|application|training|course|uniform|boots|test))|to hire (?:me|us|her|him|them)|to take (?:me|us|her|him|them) on|so (?:i|we|she|he) (?:could|would|can|will) (?:get|be) (?:hired|taken on|the job|a start))`;

/** English. */
export const ENGLISH_REATTACKED_32: UrgencyRule[] = [
  // A pregnancy held against someone, told in either order.
  rule(
    'discrimination',
    String.raw`\b${EN_HARMED}\b[^.!?\n]{0,80}?\b(?:once|after|since|when|because|as soon as|the day|the week|right after|straight after)\b[^.!?\n]{0,20}?\b${EN_PREGNANCY}\b${notAround(`${EN_NOT_REAL}|congrat\\w*|supportive|so kind|lighter duties|light duties`)}|\b(?:since|after|once|when|as soon as|ever since) ${EN_PREGNANCY}\b[^.!?\n]{0,80}?\b${EN_HARMED}${notAround(`${EN_NOT_REAL}|congrat\\w*|supportive|so kind|lighter duties|light duties`)}`,
  ),
  // Being gay or trans held against someone: "gay people make the customers uncomfortable", "cant work front desk
  // because im trans".
  rule(
    'discrimination',
    String.raw`(?:\b${EN_ORIENTATION}(?: (?:people|staff|men|women|guys|girls|folk|workers|employees|couples?|person|man|woman))?\b (?:make|makes|made|would make|will make)\b[^.!?\n]{0,20}?\b(?:customers?|clients?|guests?|patients?|people|others|the team|staff|everyone|residents?|parents|kids) (?:feel )?(?:uncomfortable|uneasy|nervous|awkward|weird|unsafe)|\b(?:because|since|as|coz|cause|for being) (?:i'?m|im|i am|she'?s|shes|he'?s|hes|they'?re|i was|she was|he was)? ?${EN_ORIENTATION}\b[^.!?\n]{0,30}?\b(?:cant|can'?t|cannot|not allowed to|wont let (?:me|her|him)|won'?t let (?:me|her|him)|banned from|kept (?:me|her|him) off|took (?:me|her|him) off|fired|sacked|moved)\b|\b(?:cant|can'?t|cannot|not allowed to|wont let (?:me|her|him)|won'?t let (?:me|her|him)|banned from|kept (?:me|her|him) off|took (?:me|her|him) off|fired|sacked|moved (?:me|her|him))\b[^.!?\n]{0,40}?\b(?:because|since|coz|cause|for being) (?:i'?m|im|i am|she'?s|shes|he'?s|hes|they'?re)? ?${EN_ORIENTATION}\b)${notAround(`${EN_NOT_REAL}|pride|bar|club|parade`)}`,
  ),
  // A role given to someone because they are younger, and being told one is past it.
  rule(
    'discrimination',
    String.raw`(?:\b(?:got|gets|given|gave|promoted|hired|picked|chose|chosen|went to)\b[^.!?\n]{0,50}?\b(?:because|since|as|coz|cause) (?:she'?s|shes|he'?s|hes|they'?re|she is|he is|they are|she was|he was|they were) (?:much |way |a lot )?younger\b|\b(?:said|says|told (?:me|her|him|us)|telling (?:me|her|him)|tells (?:me|her|him))(?: that)? (?:i was|i'?m|im|i am|she was|she'?s|shes|he was|he'?s|hes) (?:too old|past it|over the hill|too old now)\b(?! (?:for (?:this|that) (?:lol|haha|game|music|club)|to (?:party|go out|club|dance))))${notAround(`${EN_NOT_REAL}|my (?:kids?|son|daughter|wife|husband|partner|mum|mom|dad|friends?|grandkids?)|(?:i|we) (?:joked|laughed)`)}`,
  ),
  // A person lifted, stood or riding on a forklift's forks.
  rule(
    'safety',
    String.raw`(?:\b(?:lift|lifts|lifted|lifting|raise|raises|raised|raising|hoist|hoisted|hoisting|put|puts|putting|send|sent|sending|take|took|taking|carry|carried|carrying|push|pushed)\b (?!(?:the |some |a |an |those |these |all the |our |two |three )?${EN_LOAD}\b)(?:[a-z]+ ){0,2}?(?:up )?(?:on|onto|in|using|with) ${EN_FORKS}\b|\b(?:stand|stands|standing|stood|ride|rides|riding|rode|sit|sits|sitting|sat|climb|climbs|climbed|climbing|hanging|hung|balanced|balancing|lifted|raised|hoisted) (?:up )?(?:on|onto|off) ${EN_FORKS}\b)${notAround(`${EN_NOT_REAL}|never|not allowed|banned|forbidden|rule|rules|sign|poster|toolbox talk|dont|don'?t|no one is to`)}`,
  ),
  // Paying someone to be hired, or being asked to: "had to pay the agency guy 200 quid to get this job".
  rule(
    'fraud',
    String.raw`(?:\b(?:pay|pays|paid|paying|give|gave|given|giving|hand(?:ed)? over|slip(?:ped)?|bung(?:ed)?|transfer(?:red)?|send|sent)\b (?:(?:the|an?|some|this|that|our) )?${EN_FIXER}\b[^.!?\n]{0,40}?\b${EN_HIRED}|\b(?:pay|pays|paid|paying|give|gave|hand(?:ed)? over)\b (?:${EN_MONEY})\b[^.!?\n]{0,30}?\b(?:to|for) ${EN_FIXER}\b[^.!?\n]{0,40}?\b${EN_HIRED}|(?<!\b(?:get|got|gets|getting|be|being|been|are|were|was|is|am|im|i'm|you|u) )\b(?:pay|pays|paid|paying)\b (?:${EN_MONEY})\b[^.!?\n]{0,15}?\b${EN_HIRED}(?![^.!?\n]{0,30}\b(?:course|training|licen[cs]e|certificate|card|check|test|uniform|boots|ticket|visa|bus|train|fare|petrol|gas|medical)\b)|\b(?:agency|agent|recruiter|recruiters|recruitment \w+|foreman|supervisor|manager|boss|gaffer|middleman|broker|gangmaster|contractor|they|he|she)\b (?:asked|asks|asking|wanted|wants|demanded|demands|charged|charges|charging|took|takes|made (?:me|us) pay) (?:me |us |her |him |them |people |workers |everyone )?(?:for )?${EN_MONEY}\b[^.!?\n]{0,30}?\b${EN_HIRED})${notAround(`${EN_NOT_REAL}|dbs|background check|uniform|boots|ppe|course|training`)}`,
  ),
];

/** English idioms that use danger words harmlessly, blanked out before any rule runs. */
export const ENGLISH_REATTACK_CALM_32: string[] = [
  // Clocking in or out ("he punched in late again"), no blow: only before a time, a card or the end of the clause.
  String.raw`\bpunch(?:ed|es|ing)? (?:in|out)\b(?=$|[.,!?;:)]| (?:late|early|on time|at\b|for (?:him|her|me|them|each other|someone|a mate|his mate|her mate)|and (?:out|in|left|went)|again|yet|before|after|ok|fine|\d|then|today|yesterday|this morning|tonight|last night|already|with|using)\b)|\bpunch(?:ed|es|ing)? (?:the |his |her |my |their |our |a )?(?:clock|time ?card|time ?sheet|card|ticket|numbers?|buttons?|code|keys|holes?)\b`,
  // A product or a place free of a hazardous substance: "the new ammonia-free cleaner", "a latex-free glove".
  String.raw`\b(?:ammonia|chlorine|asbestos|bleach|latex|chemical|lead|mercury|solvent|formaldehyde|fragrance|phosphate|sulphate|sulfate|paraben|toxin|voc|cfc|gluten|alcohol)s?[- ]?free\b`,
  // An exit survey or interview, and an afternoon blocked out, are no exit blocked.
  String.raw`\bexit (?:surveys?|interviews?|questionnaires?|forms?|polls?|meetings?|paperwork|tickets?|strateg(?:y|ies)|plans?|exams?|reviews?|calls?|chats?|packs?)\b|\bblock(?:ed|s|ing)? (?:out |off )?(?:my|our|the|his|her|their|your|a|an) (?:whole |entire |full |free )?(?:afternoon|morning|calendar|diary|day|evening|weekend|schedule|time|week|lunch|agenda|hour|slot|half day)\b`,
];

// A slur called at someone, "keeps calling me a n*****", "called me a stupid paki".
const EN_SLUR_CALLED = String.raw`\b${EN_CALLS} (?:me|her|him|us|them|my \w+)(?: a| an| the| his| her| their| that| this)?(?: \w+){0,2}? ${EN_SLUR}(?![a-z*])|\b${EN_AT_WORK}\b[^.!?\n]{0,40}?\b${EN_CALLS} (?:me|her|him|us|them)(?: a| an| the| his| her| their)?(?: \w+){0,2}? ${EN_SLUR_AT_WORK}\b${notAround(`${EN_NOT_REAL}|song|lyrics?|rap|rapper|rhyme`)}`;

/**
 * A slur called at someone is harassment of them and discrimination both. Rules that consume their words run first,
 * and one of them eats "keeps calling me" for harassment alone, leaving the slur no verb: so these two are consuming
 * rules placed first, and match no words at all (a lookahead), so that each finds its kind and every other rule
 * still reads the whole text.
 */
export const ENGLISH_SLUR_CALLED_32: UrgencyRule[] = (['harassment', 'discrimination'] as const).map((category) =>
  rule(category, String.raw`(?=${EN_SLUR_CALLED})`, { consumes: true }),
);

// Portuguese blows: the passive with "por/pelo" and "deu-me uma bofetada" (European), "me deu um tapa" (Brazilian).
const PT_BLOWN = String.raw`(?:esbofetead[oa]|estalad[oa]|agredid[oa]|socad[oa]|esmurrad[oa]|espancad[oa]|pontapead[oa]|chutad[oa]|estapead[oa]|estrangulad[oa]|mordid[oa]|arranhad[oa])`;
const PT_BLOW = String.raw`(?:bofetadas?|estalos?|murros?|socos?|pontapes?|chapadas?|lambadas?|tapas?|tabefes?|cabecadas?|cotoveladas?|joelhadas?|sopapos?|bofetoes?|chutes?)`;
const PT_NOT_A_BLOW = String.raw`de luva branca|de realidade|na cara da sociedade|pela vida|pela realidade|pelo destino|pela noticia|pelo calor|pelo sono|pelo cansaco|filme|novela|serie|jogo|piada|kkk\w*|hahah\w*|rsrs\w*`;

/** Portuguese. */
export const PORTUGUESE_REATTACKED_32: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`(?:\b(?:fui|foi|fomos|foram|levei|levou) ${PT_BLOWN} (?:pel[oa]s?|por) (?:\w+ ){0,4}?\w+|\b(?:deu-me|deu-lhe|deu-nos|me deu|lhe deu|nos deu|deram-me|me deram|mandou-me|me mandou|acertou-me|me acertou)(?: \w+){0,2}? (?:uma?|dois|duas|tres|varios|varias|alguns|algumas) ${PT_BLOW}\b|\blevei (?:uma?|dois|duas) ${PT_BLOW} d[oa] (?:meu|minha|nosso|nossa|\w+)\b(?![^.!?\n]{0,10}\bde luva\b))${notAround(PT_NOT_A_BLOW)}`,
  ),
];

// Portuguese: paying the person who hires to be hired.
export const PORTUGUESE_FRAUD_32: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\b(?:paguei|pagamos|pagou|pagaram|tive de pagar|tive que pagar|pediu-me|me pediu|pediram-me|me pediram|cobrou-me|me cobrou)\b[^.!?\n]{0,40}?\b(?:para (?:ser (?:contratad[oa]s?|admitid[oa]s?)|me contratarem|me contratar|nos contratar|entrar|conseguir (?:o|este|esse) (?:trabalho|emprego|lugar|posto))|pelo (?:trabalho|emprego|lugar|posto))\b(?![^.!?\n]{0,30}\b(?:curso|formacao|exame|medico|uniforme|botas|bilhete|passe|autocarro|onibus)\b)${notAround('curso|formacao|exame|medico|uniforme|botas|bilhete|passe|autocarro|onibus|carta|licenca')}`,
  ),
];

// Spanish: pushed to study or to try is encouragement, not a shove.
export const SPANISH_REATTACK_CALM_32: string[] = [
  String.raw`\b(?:me|te|le|nos|les|la|lo) (?:empujo|empujaba|empuja|empujan|empujaron|ha empujado|han empujado) a (?:estudiar|aprender|seguir|mejorar|intentar\w*|probar|apuntarme|presentarme|buscar|cambiar|crecer|ser mejor|dar lo mejor|superarme|formarme|pedir|luchar|leer|practicar|hacer (?:el|la|un|una) (?:curso|examen|carrera|master|formacion))\b`,
];
// Portuguese and Italian, the same encouragement.
export const PORTUGUESE_REATTACK_CALM_32: string[] = [
  String.raw`\b(?:me|te|nos|o|a) (?:empurrou|empurra|empurraram|empurrava) (?:a|para) (?:estudar|aprender|continuar|melhorar|tentar|crescer|ler|praticar|fazer (?:o|um|uma) (?:curso|exame|mestrado))\b|\b(?:empurrou|empurra|empurraram|empurrava)[- ]?(?:me|te|nos|o|a) (?:a|para) (?:estudar|aprender|continuar|melhorar|tentar|crescer|ler|praticar|fazer (?:o|um|uma) (?:curso|exame|mestrado))\b`,
];
export const FRENCH_REATTACK_CALM_32: string[] = [
  String.raw`\b(?:m'?|me |t'?|te |nous |l'?)(?:a |ont |avait )?(?:pousse|poussee|poussait|pousse) a (?:etudier|apprendre|continuer|progresser|essayer|lire|pratiquer|me former|postuler|faire (?:une|un|la|le) (?:formation|examen|master))\b`,
];

// A person lifted on a forklift's forks, in French and Portuguese; a pallet or a load is not one.
const FORK_NOT_A_PERSON = String.raw`palettes?|paletes?|caisses?|cartons?|caixas?|carga|charge|colis|stock|estoque|mercadoria|marchandise`;
export const FRENCH_FORKS_32: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:leve|levee|leves|levees|monte|montee|montes|hisse|hissee|souleve|soulevee|mis|mise|debout|assis|assise|perche|perchee|grimpe|grimpee|monter|lever|hisser)\b(?! (?:la |le |les |une |un |des )?(?:${FORK_NOT_A_PERSON})\b)[^.!?\n]{0,30}? (?:sur|dans|avec) les fourches\b${notAround(`${FORK_NOT_A_PERSON}|interdit|jamais|consigne|regle|formation`)}`,
  ),
];
export const PORTUGUESE_FORKS_32: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:levantad[oa]s?|subid[oa]s?|icad[oa]s?|levantaram|subiram|icaram|puseram|levaram|levantou|subiu|andou|andava|anda|andam|em pe)\b(?! (?:a |o |as |os )?(?:${FORK_NOT_A_PERSON})\b)[^.!?\n]{0,30}? (?:nos|nas|em cima dos|em cima das|sobre os|sobre as) (?:garfos|garras|pas|lancas)\b${notAround(`${FORK_NOT_A_PERSON}|proibido|nunca|regra|formacao`)}`,
  ),
];

/** French: a slur called at someone (the rules knew "sale arabe", not every slur a boss uses). */
export const FRENCH_REATTACKED_32: UrgencyRule[] = [
  ...(['harassment', 'discrimination'] as const).map((category) =>
    rule(
      category,
      String.raw`\b(?:m'?|me |l'?|le |la |nous |les |t'?)\s?(?:appelle|appellent|appelait|appelaient|a appele|ont appele|traite|traitent|traitait|a traite|ont traite|surnomme|surnomment)(?: de| d'| comme)?(?: le| la| les| un| une| sale| espece de| gros| grosse| petit| petite)* ?(?:bougnoules?|bicots?|negres?|negresses?|youpins?|youpines?|bamboulas?|macaques?|ratons?|chinetoques?|bridees?|brides?|pedes?|gouines?|tapettes?|tarlouzes?|boukaks?|bounty|feujs?|niakoues?|romanos?|manouches?|melons?|crouillats?|bougnes?)\b(?![^.!?\n]{0,30}\b(?:film|chanson|livre|blague|mdr|ptdr|lol)\b)`,
    ),
  ),
];

/** Italian: age held against someone, "il capo ha detto che sono troppo vecchia per questo lavoro". */
export const ITALIAN_REATTACKED_32: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`\b(?:detto|dice|dicono|diceva|dicevano|ripete|ripetono|fatto capire)(?: a me| mi)?(?: che)? (?:sono|ero|sei|sarei|e|era|siamo) (?:troppo (?:vecchi[oa]e?|anzian[oa]e?|avanti con gli anni)|vecchi[oa] per)\b(?! (?:per (?:le |la |il |queste |questa )?(?:discoteca|discoteche|feste|tiktok|videogiochi|giochi))\b)(?![^\n]{0,60}\b(?:ahah\w*|haha\w*|scherz\w*|lol|film|serie)\b)(?<!\b(?:mia (?:figlia|moglie|madre|sorella)|mio (?:figlio|marito|padre|fratello)|i miei (?:figli|nipoti|amici)|nipot[ei])\b[^\n]{0,60})`,
  ),
];
