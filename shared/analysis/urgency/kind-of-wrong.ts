import { JOB_THREATS_FR_IT_AR } from './job-threats-fr-it-ar';
import { IDIOM_OF_PUNISHMENT } from './retaliation-said-as-an-idiom';
import { tiesKillingToFiring } from './kill-after-firing';
import { promisesViolenceOnAFiring } from './violence-promised-if-fired';
import { threatensWhoeverTells } from './threats-to-whoever-tells';
import { keepsAGunForAFiring } from './threats-by-notes-and-posts';
import { fold } from './normalise';
import { SLURS_BESIDE_A_THREAT } from './slurs-beside-a-threat';
import { URGENCY_CATEGORIES, type UrgencyCategory } from './types';

/*
 * Which kind of wrong an urgent report tells of, where its words mislead the readers: a slur hurled at someone, or a
 * threat to their job or papers, reads to the rules and the model as a "threat" (or a danger), and a threat goes to
 * whoever owns health and safety. A threat to someone's job is not a threat to their safety: it is retaliation or
 * bullying (harassment), and a slur or a people run down for where they come from is discrimination. Both are
 * owned by whoever owns those topics (the CHRO in the example config), not by the COO.
 *
 * Only the kind changes here, never whether a report is urgent: a report is read again with the slur or the job
 * threat blanked out, and only what it no longer reads (a threat, a danger) was the slur's or the job threat's doing.
 * "He said he will fire me and then kill me" still reads a threat without "fire me", and keeps it.
 *
 * Patterns run on folded text (lower case, no accents), so they are written in ASCII; Cyrillic is escaped.
 */

// Slurs for a people, in the languages workers write in; each is a slur wherever it is used at work. Not "nigga",
// which in the tweets of the eval sets is nearly always said among friends.
const SLURS = [
  String.raw`czarnuch\w*|ciapat\w*`,
  String.raw`mojad[oa]s?|beaners?|wetbacks?|sudacas?|panchit[oa]s?|indi[oa]s? de mierda|negr[oa]s? de mierda|moro de mierda|maric[oa]n\w*|put[oa] (?:indi[oa]|negr[oa]|chin[oa])`,
  String.raw`nigg(?:er|ers|uh)|n[ -]?word|chinks?|spics?|kikes?|ragheads?|towelheads?|sand ?niggers?|gooks?|pakis?|coons?|jungle bunn(?:y|ies)|faggots?|trann(?:y|ies)`,
  String.raw`kanaken?|neger\w*|bougnoules?|crouilles?|bicots?|sale (?:arabe|noir|negre|juif|chinois|pede)|macac[oa]s?|tich[oa]s? de|ching chong`,
];

// A people run down as a people ("los mexicanos are lazy", "all you immigrants steal"), or told to go back.
const PEOPLES = String.raw`(?:mexican|latin|hispanic|black|african|asian|chinese|filipin|indian|muslim|arab|jew|immigrant|foreigner|gay|polish|pole|ukrainian|romanian|vietnamese|haitian|somali)[oa]?e?s?|negr[oa]s|indi[oa]s|musulman[ae]s|extranjer[oa]s|inmigrantes|polac[oa]s|chin[oa]s|ukrain(?:cy|ki)|polacy|obcokrajowcy|etrangers|arabes|noirs`;
const RUN_DOWN = String.raw`(?:lazy|dirty|stupid|thieves|animals|criminals|flojos|flojas|huevones|sucios|sucias|ladrones|animales|brutos|burros|pendejos|leniwi|brudni|zlodzieje|paresseux|sales|voleurs|faul|dreckig)`;
const DISPARAGED = [
  String.raw`(?:los|las|all|those|you|these|wszyscy|les|todos los|todas las)\s(?:\w+\s)?(?:${PEOPLES})\s(?:are|son|sont|sa|estan)\s(?:all\s|todos\s|muy\s|so\s|tous\s)?${RUN_DOWN}`,
  String.raw`go back to (?:your|ur|their) (?:own )?country|(?:regresate|vete|vuelvete|regresen|vayanse) a (?:tu|su) pais|wracaj do (?:siebie|swojego kraju)|rentre chez toi|retourne dans ton pays|geh zuruck in dein land`,
];

// A threat to someone's job: to be fired or sacked. Papers held or deportation threatened stay a threat (forced
// labour, test/unit/analysis/urgency-attack-round-30.test.ts): more than a job is at stake.
const JOB_THREATS = [
  String.raw`\b(?:fire|sack|terminate|fires|fired|sacked|terminated|firing|sacking)\s(?:me|us|you|him|her|them|everyone|all of us)\b|\bget (?:me|us|you|them) (?:fired|sacked)|\bhave (?:me|us|you) fired`,
  String.raw`\b(?:lose|losing|lost) (?:my|your|our|his|her|their) (?:job|jobs)|\b(?:dont|don't|do not|won't|wont|not) (?:have|get to keep) (?:a|my|your|our) (?:job|jobs)|\bout of (?:a|my|your) job|\bno (?:job|jobs) (?:for|left)`,
  // Spanish "correr", "echar", "despedir" are also to run, to throw and to see off: only with whom they put out.
  String.raw`\b(?:despedir|correr|echar)(?:me|nos|te|los|las|le|les)\b|\b(?:me|nos|te|los|las|lo|la) (?:va|van|vamos) a (?:correr|echar|despedir)\b(?! (?:una|un|la|el|las|los|de|a)\b)|\b(?:me|nos|te|los|las|lo|la) (?:despide|despidio|despedira|corre|corrio|correra|echa|echo|echara)n?\b|\bsin (?:trabajo|chamba|empleo)\b|\bperder (?:el|tu|mi|nuestro) (?:trabajo|empleo|chamba)`,
  // Polish "zwolnic" is also to slow down: only with whom it lets go, or as a dismissal.
  String.raw`\b(?:mnie|nas|cie|go|ja|ich|was) (?:zwolni|zwolnia|zwolnic|wywali|wyrzuci)\w*|\b(?:zwolni|zwolnia|zwolnic|zwolnie|wywali|wyrzuci)\w* (?:mnie|nas|cie|go|ja|ich|was)\b|\bzwolnien\w* dyscyplinarn\w*|\bzwolniony\b|\bzwolniona\b|\bwyrzuc\w* (?:z|nas z|mnie z) (?:pracy|roboty)|\bstracisz prace|\bstracimy prace`,
  String.raw`\bdemit\w*|\bmandar (?:nos |me |te )?embora|\bperder o emprego|\b(?:me|nous|te|vous|les|la|le|l')\s?vir(?:er|e|era|ent|eront)\b|\blicenci\w*|\bperdre (?:ton|mon|votre|notre) (?:emploi|travail|boulot)|\bkundig\w*|\brausschmei\w*|\bfeuern\b|\bentlass\w*|\btanggalin|\bsisantehin`,
  String.raw`\b(?:doa |se |bi )?duoi viec|\bcho (?:nghi|thoi) viec|\bmat viec|\bnaukri (?:se )?(?:nikal|nikaal|chali|chhin)\w*|\bjob se (?:nikal|nikaal)\w*|\bnikaal dunga|\bnikal dunga`,
  // Ukrainian and Russian: to fire (звільн-, уволь-/увол-), to lose the job (втратиш роботу).
  String.raw`\u0437\u0432\u0456\u043b\u044c\u043d\p{L}*|\u0443\u0432\u043e\u043b\p{L}*|\u0432\u0442\u0440\u0430\u0442\u0438\u0448 \u0440\u043e\u0431\u043e\u0442\u0443`,
  ...JOB_THREATS_FR_IT_AR,
  // A death or being done for, said of whoever speaks up ("me mata si hablo con el sindicato", "I'm dead if I report
  // the injury"): the punishment of a protected act, not a threat to life (retaliation-said-as-an-idiom.ts).
  ...IDIOM_OF_PUNISHMENT,
];

const compiled = (sources: readonly string[]): RegExp => new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu');
const DISCRIMINATION = compiled([String.raw`\b(?:${SLURS.join('|')})\b`, ...DISPARAGED, ...SLURS_BESIDE_A_THREAT]);
const JOB_THREAT = compiled(JOB_THREATS);

// What a slur or a job threat is read as by readers who do not know it: the kinds it takes from the report.
const MISREAD: readonly UrgencyCategory[] = ['threat', 'safety'];

interface Reading {
  urgent: boolean;
  categories: UrgencyCategory[];
}

/**
 * The reading of an urgent report with its kind set right: a slur or a people run down adds discrimination, a
 * threat to the job or papers is harassment; a threat or danger read only from those words is dropped.
 * `read` is the detector's rules, asked again with the words blanked out (only for texts that hold them): the
 * model reads what is left ("kierownik mowi na mnie", "my manager said he'll make sure") as a threat by itself.
 */
export function withKindOfWrong(text: string, reading: Reading, read: (text: string) => Reading): Reading {
  if (!reading.urgent || typeof text !== 'string') return reading;
  const folded = fold(text);
  const slurred = DISCRIMINATION.test(folded);
  DISCRIMINATION.lastIndex = 0;
  const jobThreat = JOB_THREAT.test(folded);
  JOB_THREAT.lastIndex = 0;
  if (!slurred && !jobThreat) return reading;
  // A slur stands for a person ("this n*** holding a gun in my face" keeps its gun): it becomes "someone".
  const blanked = folded.replace(DISCRIMINATION, ' someone ').replace(JOB_THREAT, ' ');
  const without = read(blanked);
  const kept = reading.categories.filter(
    (category) =>
      !MISREAD.includes(category) ||
      without.categories.includes(category) ||
      // A killing tied to the firing ("si me despiden, mato al gerente") is read only with the firing: still a threat.
      (category === 'threat' && tiesKillingToFiring(folded)) ||
      // Deaths promised on a firing ("si la corren aquí no queda nadie vivo") are read only with the firing: a threat
      // to everyone on site, the safety owner's (violence-promised-if-fired.ts).
      (promisesViolenceOnAFiring(folded) && (category === 'threat' || category === 'safety')) ||
      // A harm promised to whoever tells ("si tu balances t'es mort") stays a threat beside the retaliation
      // (threats-to-whoever-tells.ts), where the job's idiom blanked would drop it.
      (category === 'threat' && threatensWhoeverTells(folded)) ||
      // A gun kept "just in case they fire me" stays a threat to everyone on site (threats-by-notes-and-posts.ts).
      ((category === 'threat' || category === 'safety') && keepsAGunForAFiring(folded)),
  );
  const added: UrgencyCategory[] = [
    ...(jobThreat ? (['harassment'] as const) : []),
    ...(slurred ? (['discrimination'] as const) : []),
  ];
  const categories = new Set<UrgencyCategory>([...kept, ...added]);
  return { urgent: true, categories: URGENCY_CATEGORIES.filter((category) => categories.has(category)) };
}
