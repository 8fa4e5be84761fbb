/*
 * A slur written with stars for its middle letters ("wrote n***** on my locker", "called me a f****t"): the disguise
 * pass (disguise.ts) fills stars with one vowel, which spells no slur, so the rules never read it. A starred word is
 * read as the slur whose first letter, length and letters left showing it has, unless a swear word fits it too
 * ("f***" is read as the swear, and stays calm: swearing alone is no report).
 */
// In-group forms come first: a starred word that fits one ("you a bitch ass n*****") is read as it, as the rules
// read it spelled out (offensive, not discrimination); written on a locker, either form is a slur written at work.
const SLURS = [
  'nigga',
  'niggas',
  'nigger',
  'niggers',
  'faggot',
  'faggots',
  'fag',
  'fags',
  'retard',
  'retarded',
  'paki',
  'pakis',
  'chink',
  'chinks',
  'spic',
  'spics',
  'kike',
  'kikes',
  'wetback',
  'wetbacks',
  'tranny',
  'dyke',
  'coon',
  'coons',
  'gook',
  'gooks',
  'raghead',
  'towelhead',
];
// Swear words a star-written word may be: a word that fits one of these is read as it.
const SWEARS = [
  'fuck',
  'fucks',
  'fucking',
  'fucked',
  'fucker',
  'shit',
  'shits',
  'shitty',
  'cunt',
  'cunts',
  'crap',
  'damn',
  'hell',
  'bitch',
  'bitches',
  'dick',
  'dicks',
  'piss',
  'pissed',
  'bastard',
  'arse',
  'ass',
  'asshole',
  'twat',
  'wank',
  'wanker',
  'prick',
  'cock',
  'cocks',
  'bollocks',
  'tits',
  'slut',
  'whore',
  'christ',
  'bloody',
  'feck',
  'frick',
  'freaking',
  'fricking',
  'sucks',
];
const STARRED = /(?<![a-z*])([a-z])([a-z]?)(\*+)([a-z]*)(?![a-z*])/g;
const MAY_BE_STARRED = /[a-z]\*/;

function fits(word: string, first: string, second: string, stars: number, rest: string): boolean {
  return (
    word.length === 1 + second.length + stars + rest.length && word.startsWith(first + second) && word.endsWith(rest)
  );
}

/** The folded text with each star-written slur spelled out, or undefined when it has none. */
export function withStarredSlursSpelled(folded: string): string | undefined {
  if (!MAY_BE_STARRED.test(folded)) return undefined;
  let changed = false;
  const spelled = folded.replace(STARRED, (written, first: string, second: string, stars: string, rest: string) => {
    const fit = (word: string) => fits(word, first, second, stars.length, rest);
    if (SWEARS.some(fit)) return written;
    const slur = SLURS.find(fit);
    if (!slur) return written;
    changed = true;
    return slur;
  });
  return changed ? spelled : undefined;
}
