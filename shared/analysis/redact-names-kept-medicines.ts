// Blind round 22: a medicine read as a name ("can we get Ibuprofen in the first aid kit"), given back by its shape.
import { isGivenName, isWordlikeName } from './given-names';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { PERSON_DEEDS, ROLE_CUES, TITLES } from './redact-names-words';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Medicines are named capitalised as often as not, and no dictionary of everyday words holds them, so the name rules
 * took "Ibuprofen" for a person. Their names are built to be told apart: an international non-proprietary name ends
 * in a stem that says its class ("-profen" for painkillers, "-cillin" for antibiotics, "-statin", "-prazole", "-olol",
 * "-sartan"), and the brands people ask for at work are few. A word so shaped is no one; a known given name or
 * surname is still a person, as is a word after a role or before what a person does ("Dr Maxolol shouted").
 */

const NAME_MARK = mask('NAME', 1);

// Stems of the international non-proprietary names (WHO), long enough that no given name or surname ends so.
const STEMS =
  /(?:profen|fenac|cillin|mycin|micin|cycline|floxacin|azole|conazole|prazole|statin|pril|sartan|olol|dipine|tidine|oxetine|pramine|triptan|vudine|navir|ciclovir|cyclovir|afil|formin|gliptin|glitazone|semide|thiazide|sone|olone|asone|caine|barbital|azepam|zolam|setron|lukast|tadine|mab|parin|xaban|gatran|amol|dronate)$/u;
// Brands of the medicines a first-aid box or a pharmacy holds, in the languages employees write.
const BRANDS = new Set(
  `tylenol advil motrin nurofen panadol aspirin aspirina aspirine calpol ventolin salbutamol gaviscon rennie
  rennies imodium benadryl claritin zyrtec piriton voltaren voltarol sudafed lemsip strepsils vicks tums pepto
  neosporin germolene savlon dettol betadine epipen narcan naloxone insulin paracetamol acetaminophen ibuprofen
  naproxen codeine tramadol morphine nolotil gelocatil dalsy efferalgan doliprane dafalgan spasfon smecta
  buscopan novalgin thomapyrin dolormin mexalen benuron tachipirina moment brufen oki pyralgin apap ibuprom
  xanax valium prozac zoloft lexapro ritalin adderall viagra cialis`.split(/\s+/),
);
const ROLE_BEFORE = lazyPattern(String.raw`(\p{L}+)\.?[ \t]+$`, 'u');
const PERSON_AFTER = lazyPattern(String.raw`^[ \t]+(?:from|who|${PERSON_DEEDS.join('|')})(?![\p{L}])`, 'iu');

/** Whether a single word, as written, is shaped as a medicine's name. */
function isMedicine(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 5 || !/^\p{L}+$/u.test(lower)) return BRANDS.has(lower);
  if (BRANDS.has(lower)) return true;
  if ((isGivenName(lower) && !isWordlikeName(lower)) || isCommonSurname(lower)) return false;
  return lower.length >= 7 && STEMS.test(lower);
}

/** `masked` with the medicines it hid as names given back from `read`; never what `premasked` hid. */
export function keepMedicines(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    if (!isMedicine(word)) continue;
    const roleBefore = ROLE_BEFORE.get()
      .exec(read.slice(Math.max(0, start - 30), start))?.[1]
      ?.toLowerCase();
    if (roleBefore !== undefined && (ROLE_CUES.has(roleBefore) || TITLES.has(roleBefore))) continue;
    if (PERSON_AFTER.get().test(read.slice(end, end + 40))) continue;
    out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
