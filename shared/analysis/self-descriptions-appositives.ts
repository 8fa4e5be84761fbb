import { lazyPattern } from './lazy-pattern';
import { ROLE_CUES } from './redact-names-words';

/*
 * red41 (att41): a role with a description set off after it singles one person out as surely as "the only …": how
 * they look ("The CFO's assistant, the tall redhead, reads everyone's email", "el supervisor de turno, el gordito de
 * Monterrey, …", "le responsable du magasin, le grand roux de Lille, …"), where they come from ("the night
 * supervisor, the short blonde from Poland, …") or what they did before ("Our plant manager (the one who came from
 * Toyota last spring) fakes the safety logs", "our HR director (the one who transferred from Berlin in March)"). Named
 * in the preview, not hidden: whom a report is about is what its sponsor needs to act. Read: a person word or role,
 * owned or with an article, in the same clause before a comma or an opening bracket, then a description that opens
 * with an article and holds a trait of looks, an origin ("from/de/aus" and a capitalised place) or a past step ("the
 * one who came/joined/transferred …"), up to the next comma or the bracket's end. Not a thing ("The new canteen, the
 * one near gate 2, …"), a description with none of those ("Our plant manager (who is great)", "The manager, as
 * usual, …"), nor a group ("our supervisors, the ones on nights, …").
 */

const APPOSITIVE = lazyPattern(
  String.raw`(?:,[ \t]+|[ \t]*\([ \t]*)((?:the|el|la|le|l['\u2019]|der|die|das|o|a|il|lo|un|una|une|ein|eine)(?![\p{L}])[^,()\n.!?;]{2,90}?)[ \t]*([,)])`,
  'giu',
);
const DETERMINER =
  /^(?:the|our|my|their|your|his|her|el|la|le|l|der|die|das|den|dem|notre|mon|ma|nuestro|nuestra|mi|unser|unsere|unserer|mein|meine|o|a|il|lo|nosso|nossa|meu|minha|nasz|nasza|m\u00f3j|moja)$/iu;
const MORE_HEADS = new Set(
  `assistant secretary director manager boss supervisor lead foreman responsable gerente jefe jefa encargado encargada
  chef cheffe directeur directrice leiter leiterin chefin vorgesetzte vorgesetzter kierownik kierowniczka szef szefowa
  trainer officer coordinator administrator rep representative`.split(/\s+/),
);
const LOOKS = new Set(
  `tall short bald fat thin skinny chubby blonde blond redhead ginger brunette tattooed tattoo tattoos beard bearded
  glasses pregnant deaf blind hijab turban limp accent muscular curly dreadlocks dreads mustache moustache pierced
  alto alta bajo baja bajito bajita gordo gorda gordito gordita flaco flaca calvo calva g\u00fcero g\u00fcera rubio rubia
  pelirrojo pelirroja moreno morena barb\u00f3n tatuado tatuada grand grande petit petite gros grosse mince chauve roux
  rousse brun brune barbu tatou\u00e9 tatou\u00e9e lunettes gro\u00dfe gro\u00dfer gro\u00dfen kleine kleiner dicke dicker
  glatzk\u00f6pfige glatzk\u00f6pfiger rothaarige rothaariger blonde bl\u00f6nde b\u00e4rtige b\u00e4rtiger t\u00e4towierte
  t\u00e4towierter careca ruivo ruiva loiro loira grasso grassa calvo biondo bionda rosso rossa wysoki wysoka rudy ruda
  \u0142ysy gruby gruba`.split(/\s+/),
);
const ORIGIN = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:from|de|d['\u2019]|du|del|aus|von|da|di|z|ze)[ \t]+\p{Lu}\p{Ll}+`,
  'u',
);
const PAST_STEP = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:who|that|que|qui|che|der|die|kt\u00f3ry|kt\u00f3ra)[ \t]+(?:just[ \t]+|recently[ \t]+)?(?:came|come|moved|transferred|joined|started|arrived|replaced|took[ \t]+over|used[ \t]+to|was[ \t]+hired|got[ \t]+hired|got[ \t]+promoted|was[ \t]+promoted|lleg\u00f3|vino|entr\u00f3|empez\u00f3|est[ \t]+arriv\u00e9e?|est[ \t]+venue?|a[ \t]+remplac\u00e9|kam|gekommen|anfing|przyszed\u0142|przysz\u0142a)(?![\p{L}])`,
  'iu',
);
const WORD = lazyPattern(String.raw`[\p{L}\p{N}'\u2019-]+`, 'gu');

const isHead = (word: string, isPersonWord: (w: string) => boolean): boolean => {
  const lower = word.toLowerCase().replace(/['\u2019]s$/u, '');
  return MORE_HEADS.has(lower) || ROLE_CUES.has(lower) || isPersonWord(word);
};

/** Each role followed by a description that singles its holder out, as written (see above). */
export function rolesDescribedApart(text: string, isPersonWord: (w: string) => boolean): string[] {
  if (!/[,(]/u.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(APPOSITIVE.get())) {
    const description = m[1]!;
    if (/^(?:the|el|la|le|der|die|das|il|lo)[ \t]+ones?(?![\p{L}])[ \t]*$/iu.test(description)) continue;
    const lower = description.toLowerCase();
    // "…, the manager was placed at …": a clause of its own, not a description set off.
    if (
      /^(?:(?!(?:who|that|que|qui|che|kt\S+)\s).)*?\s(?:was|is|were|are|has|had|est|es|fue|era|ist|war)\s/isu.test(
        description,
      )
    )
      continue;
    const trait =
      [...lower.matchAll(WORD.get())].some((w) => LOOKS.has(w[0])) ||
      ORIGIN.get().test(description) ||
      PAST_STEP.get().test(description);
    if (!trait) continue;
    // The clause before: its last words, back to a mark that ends one.
    const before = text.slice(0, m.index);
    const clauseStart = Math.max(
      0,
      ...[',', '.', ';', ':', '!', '?', '(', ')', '\n'].map((c) => before.lastIndexOf(c) + 1),
    );
    const clause = before.slice(clauseStart);
    const words = [...clause.matchAll(WORD.get())].slice(-7);
    const head = words.findIndex((w) => isHead(w[0], isPersonWord));
    if (head < 0) continue;
    const owner = words.slice(0, head).findIndex((w) => DETERMINER.test(w[0]));
    if (owner < 0) continue;
    // A group is no one: "our supervisors, the ones on nights".
    const headText = words[head]![0].toLowerCase();
    const singular = headText.slice(0, -1);
    if (/[^s']s$/u.test(headText) && (MORE_HEADS.has(singular) || ROLE_CUES.has(singular) || isPersonWord(singular)))
      continue;
    const from = clauseStart + words[owner]!.index!;
    const end = m.index + m[0].length - (m[2] === ',' ? 1 : 0);
    found.push(text.slice(from, end).trim());
  }
  return found;
}
