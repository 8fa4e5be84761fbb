import { isGivenName } from './given-names';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * op58 (2026-12-08): after "I'm", "soy", "je suis", "sou", "ich bin", "sono", "jestem" the names rules take a word no
 * dictionary knows for the writer's name, and a condition or an identity is often such a word: "I'm transgender", "I'm
 * autistic", "I'm bipolar", "Soy testigo de Jehová", "Ich bin HIV-positiv" were stored as "I'm [NAME]". What one is,
 * is no name: it is given back, and the preview warns that it may point to the writer
 * (self-descriptions-conditions-op58.ts). A real name there ("I'm Priya from packing", "Soy Marisol") stays hidden: only
 * a word of the lists below is given back.
 */

const NAME_MARK = mask('NAME', 1);

// What the writer may say they are, in small letters, in en es fr pt de it pl: conditions, identities, faiths.
const WHAT_ONE_IS = new Set(
  `transgender transgendered trans nonbinary non-binary queer gay lesbian bisexual bi intersex asexual autistic bipolar
  diabetic epileptic dyslexic dyspraxic schizophrenic asthmatic celiac coeliac hiv-positive hiv deaf blind disabled
  muslim jewish sikh hindu buddhist mormon catholic atheist agnostic pagan jehovah jehovah's jehovah’s
  vegan vegetarian
  transgénero transexual no-binario autista bipolar diabético diabética epiléptico epiléptica disléxico disléxica
  esquizofrénico esquizofrénica celíaco celíaca seropositivo seropositiva sordo sorda ciego ciega musulmán musulmana
  judío judía evangélico evangélica testigo testiga mormón lesbiana bisexual
  transgenre transsexuel transsexuelle non-binaire autiste bipolaire diabétique épileptique dyslexique schizophrène
  cœliaque séropositif séropositive sourd sourde aveugle musulman musulmane juif juive témoin bisexuelle lesbienne
  transgênero transsexual não-binário não-binária diabético diabética epiléptico epiléptica disléxico disléxica
  soropositivo soropositiva surdo surda cego cega muçulmano muçulmana judeu judia testemunha
  autist autistin diabetiker diabetikerin epileptiker epileptikerin legastheniker legasthenikerin hiv-positiv
  schwul lesbisch taub gehörlos blind jüdisch jüdin zeuge zeugin nicht-binär
  transessuale autistico autistica bipolare diabetico diabetica epilettico epilettica dislessico dislessica
  sieropositivo sieropositiva ebreo ebrea musulmano musulmana testimone
  autystą autystyczny autystyczna gejem lesbijką biseksualny biseksualna diabetykiem diabetyczką epileptykiem
  epileptyczką muzułmaninem muzułmanką żydem żydówką świadkiem`.split(/\s+/),
);
// "I'm", "I am", "soy", "je suis", "sou", "ich bin", "sono", "jestem", an article after it allowed ("I'm a Jehovah's").
const I_AM_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:i['\u2019]?m|i[ \t]+am|(?:yo[ \t]+)?soy|je[ \t]+suis|(?:eu[ \t]+)?sou|ich[ \t]+bin|bin[ \t]+ich|(?:io[ \t]+)?sono|jestem)(?:[ \t]+(?:a|an|un|una|une|um|uma|ein|eine|uno))?[ \t]+$`,
  'iu',
);

/** `masked` with what the writer says they are, taken for their name after "I'm", given back from `read`. */
export function keepConditionsAfterIAm(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const first = /^[\p{L}'\u2019-]+/u.exec(read.slice(start, end))?.[0]?.toLowerCase();
    if (first === undefined || !WHAT_ONE_IS.has(first)) continue;
    if (!I_AM_BEFORE.get().test(read.slice(Math.max(0, start - 24), start))) continue;
    // "I am Muslim Ahmed Khan from line 4": only what one is comes back; the name after it stays hidden (rev59).
    const rest = /^[ \t]+/u.exec(read.slice(start + first.length, end));
    const restStart = start + first.length + (rest?.[0].length ?? 0);
    const named =
      restStart < end &&
      read
        .slice(restStart, end)
        .split(/[ \t]+/u)
        .some(
          (word) => /^\p{Lu}/u.test(word) && (isGivenName(word.toLowerCase()) || isCommonSurname(word.toLowerCase())),
        );
    out = named
      ? out.slice(0, start) + read.slice(start, restStart) + mask('NAME', end - restStart) + out.slice(end)
      : out.slice(0, start) + read.slice(start, end) + out.slice(end);
  }
  return out;
}
