/*
 * "What do I do if …?" asked of a case that may come, in the first person and in Polish and Tagalog (att57 C2,
 * helper u58c): "¿qué hago si hay un incendio en el comedor?", "¿cómo reporto si hay una fuga de gas?", "co robić
 * jeśli ktoś zemdleje na linii?", "que dois-je faire s'il y a une fuite de gaz ?", "was mache ich, wenn es brennt?".
 * procedure-question.ts reads the same question put impersonally ("¿qué hay que hacer si…?"); this adds the first
 * person, Polish and Tagalog, and reads "si hay", "s'il y a", "se tem", "se c'è", "wenn es" after the "if" as the
 * case supposed (they are how the language says "if there is"), not as a report. Whatever else in the case puts it
 * here and now or names someone ("si hay un incendio en la nave 3 ahora", "jeśli mój kolega teraz…") keeps it read,
 * and a report before the question ("hay humo, ¿qué hago?") is not this shape. Folded text; fixed word lists only.
 * Tests: test/unit/analysis/urgency-u58c-news-questions-jokes.test.ts.
 */

const ASKED = String.raw`que (?:hago|hacemos|debo hacer|debemos hacer|tengo que hacer|tenemos que hacer)|como (?:reporto|aviso|informo|lo reporto|actuo|actuamos)|a quien (?:le )?(?:aviso|llamo|digo|reporto)|que (?:dois-?je|devons-?nous|est-?ce que je dois|est-?ce qu'on doit) faire|qu'est-?ce que (?:je fais|on fait|je dois faire)|je fais quoi|qui (?:dois-?je|je dois) (?:appeler|prevenir)|o que (?:eu )?(?:faco|fazemos|devo fazer)|como (?:eu )?(?:comunico|aviso|reporto)|(?:cosa|che) (?:faccio|facciamo|devo fare)|chi (?:chiamo|devo chiamare|avviso)|was (?:mache ich|machen wir|tue ich|tun wir|soll ich (?:tun|machen)|muss ich tun)|wen (?:rufe ich|muss ich|soll ich) (?:an|anrufen|informieren)|wie (?:melde ich|gehe ich vor|reagiere ich)|co (?:mam|mamy|nalezy|trzeba|powinienem|powinnam|powinnismy)? ?(?:robic|zrobic)|co robimy|co robic|kogo (?:mam )?(?:wolac|zawolac|zawiadomic|powiadomic|informowac)|jak (?:mam )?(?:zglosic|zglaszac|reagowac)|gdzie (?:zglosic|zglaszac)|ano(?:ng| ang) (?:gagawin|dapat gawin)(?: ko| namin| natin)?|sino ang (?:tatawagan|dapat tawagan)`;
const IF = String.raw`si|s'il|s'ils|en caso de|au cas ou|en cas d[e']|se|em caso de|in caso di|wenn|falls|jesli|jezeli|gdy|gdyby|w razie|w przypadku|kung|kapag|pag`;
const QUESTION = new RegExp(
  String.raw`^[\s¿?¡!]*(?:(?:hola|bonjour|salut|hallo|ola|ciao|czesc|dzien dobry|hi|hello|hey)[\s,!.]+)?(?:${ASKED})\b,?(?: [^\s?]+){0,2}? (?:${IF})\b( [^?]{1,80}?)\s*\??\s*$`,
  'u',
);
// "There is" after the "if": the supposed case, as each language says it.
const THERE_IS = /^ ?(?:hay|y a|il y a|tem|ha|houver|c'e|ci sono|ci fosse|es|es gibt|jest|may|mayroong)\b/u;
// Here, now, mine, or someone named: the case is happening.
const HAPPENING =
  /(?:^|[\s'])(?:ahora|ahorita|ya|todavia|aun|otra vez|hoy|aqui|aca|esta|estan|mi|mis|nuestr[oa]s?|este|maintenant|actuellement|encore|deja|aujourd'hui|ici|mon|ma|mes|notre|agora|ainda|hoje|aqui|meu|minha|nosso|nossa|adesso|ora|ancora|gia|oggi|qui|qua|mio|mia|nostr[oaie]|jetzt|gerade|noch|schon|heute|hier|mein\w*|unser\w*|teraz|juz|znowu|dzisiaj|tutaj|tu|moj\w*|nasz\w*|ngayon|dito|ko|namin)(?=$|[\s?!.,])/u;

/** Whether the folded sentence only asks what to do if a case comes, in the first person or in pl or tl. */
export function isAskedWhatToDoIf(sentence: string): boolean {
  const match = QUESTION.exec(sentence.trim());
  if (!match) return false;
  const supposed = (match[1] ?? '').replace(THERE_IS, ' ');
  return !HAPPENING.test(supposed);
}

// A second sentence that only asks for the protocol or says why one asks: "¿hay protocolo?", "c'est pour la formation".
export const ONLY_THE_PROTOCOL_OR_WHY =
  /^[\s¿?¡!]*(?:(?:hay|existe|tenemos|y a-t-il|il y a|est-ce qu'il y a|on a|tem|existe|c'e|ce|gibt es|haben wir|czy (?:jest|mamy|istnieje)|jest|mayroon bang?)\s+(?:un |una |une |um |uma |un' |ein |eine |einen )?(?:protocolo|procedimiento|plan|formulario|protocole|procedure|consigne|procedimento|procedura|protokoll|ablauf|plan|procedura|protokol|instrukcja|procedur\w*|proseso)(?: para eso| pour ca| dafur| na to)?|(?:c'est|es|e|ist|to|ito ay) (?:pour|para|per|fur|dla|para sa) (?:la |el |a |il |die |den |das )?(?:formation|formacion|capacitacion|curso|treinamento|formazione|corso|schulung|unterweisung|szkolenie|szkolenia|kurs|training|pagsasanay)|(?:es |c'est |e |ist )?(?:solo |juste |nur |tylko |apenas |solo )?(?:por curiosidad|pour savoir|par curiosite|aus neugier|z ciekawosci|pra saber|so para saber|per sapere)|(?:pytam |pregunto |je demande |frage |chiedo )?(?:tylko |solo |juste |nur )?(?:na wszelki wypadek|por si acaso|au cas ou|fur alle falle|per sicurezza))\s*[.!?]*\s*$/u;
