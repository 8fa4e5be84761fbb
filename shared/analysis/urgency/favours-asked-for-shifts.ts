import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * Sexual coercion said in everyday words (att43, u44b): a shift, hours, a contract or a promotion made to depend on a
 * date, a night or "being nice to him after work": "he said if I want to keep my hours I have to be nice to him after
 * work", "the shift lead says the good shifts go to girls who go out with him", "бригадир каже, що хороші зміни
 * отримують дівчата, які ходять з ним на побачення". Harassment, whoever says it: its owner is whoever owns
 * harassment. Read when a good of the job and a favour asked of the body or the evenings stand in one sentence, in
 * English, Spanish, French, Portuguese, German, Italian, Polish and Ukrainian; "be nice to the new guy", "the good
 * shifts go to whoever has seniority", "we went out with the team after work" name only one of the two.
 * Written as spoken and folded as the text is (foldPattern); every gap is bounded.
 * Tests: test/unit/analysis/urgency-people-at-risk-u44b.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,80}?`;
const NB = String.raw`(?<![\p{L}])`;
// "after work", "at night", "alone": the kindness asked for is not the shop floor's.
const EN_AFTER = String.raw`(?= [^.!?\n]{0,30}\b(?:after (?:work|hours|the shift|shift|closing)|at night|tonight|outside (?:of )?work|in private|alone|on the weekend|this weekend|at (?:his|her) (?:place|house|flat)|in (?:his|her) (?:car|office))\b)`;

const LANGUAGES: { good: string; favour: string }[] = [
  {
    good: String.raw`\b(?:shifts?|hours|overtime|promotion|raise|contract|day shift|morning shift|keep (?:my|your|her|the) job|position|bonus|schedule|rota|permanent|days off|weekends? off)\b`,
    favour: String.raw`\b(?:(?:go|goes|going) out with (?:him|her|the (?:boss|manager|supervisor|foreman))|(?:be|are|being|is) (?:extra |real |really |very )?(?:nice|friendly|sweet|good|nicer|friendlier) (?:to|with) (?:him|her)${EN_AFTER}|friendly with (?:him|her) after (?:hours|work)|(?:sleep|sleeps|slept|sleeping|hook(?:s|ed)? up) with (?:him|her|the (?:boss|manager|supervisor|foreman))|(?:come|comes|go|goes|coming|going) (?:over )?(?:to|back to) (?:his|her) (?:place|house|flat|apartment|room|hotel|car)|(?:date|dates|dating) (?:him|her)|spend (?:the|a) (?:weekend|night|evening) with (?:him|her))\b`,
  },
  {
    good: String.raw`\b(?:turnos?|horas|horario|ascenso|contrato|puesto|aumento|bono|extras|planta|fijo)\b`,
    favour: String.raw`\b(?:sal(?:ir|go|gas|ga|gan|en|imos) con (?:el|ella|el jefe|el gerente|el encargado|la jefa)|(?:acostar|dormir)(?:me|se|te)? con (?:el|ella|el jefe|el gerente|el encargado)|(?:ser|sea|seas) (?:amable|carinosa?|buena|buenita) con (?:el|ella)(?= [^.!?\n]{0,30}\b(?:despues del trabajo|por la noche|en la noche|a solas|en su casa|fuera del trabajo)\b)|ir a su (?:casa|depa|departamento|hotel)|pasar (?:el fin de semana|la noche) con (?:el|ella))\b`,
  },
  {
    good: String.raw`\b(?:poste|heures|horaires|creneaux|planning|contrat|cdi|promotion|augmentation|prime|shifts?|service du matin|emploi|boulot)\b`,
    favour: String.raw`\b(?:(?:etre|soit|sois) (?:gentille?|sympa|aimable|douce?|cool) avec (?:lui|elle)(?= [^.!?\n]{0,30}\b(?:le soir|ce soir|apres (?:le travail|le boulot|le service)|en prive|seule?|chez (?:lui|elle)|le week-end)\b)|sort(?:ir|ent|e|es) avec (?:lui|elle|le (?:chef|patron|responsable))|couch(?:er|ent|e|es) avec|(?:aller|venir|passer|vont|viennent) chez (?:lui|elle)|un verre chez (?:lui|elle)|passer (?:la nuit|le week-end|la soiree) avec (?:lui|elle))\b`,
  },
  {
    good: String.raw`\b(?:turnos?|horas|horario|promocao|contrato|vaga|emprego|aumento|bonus|escala|plantao|efetivad[oa])\b`,
    favour: String.raw`\b(?:sa(?:ir|ia|ir|irem|em) com (?:ele|ela|o (?:chefe|gerente|encarregado))|(?:dormir|transar|ficar) com (?:ele|ela|o (?:chefe|gerente|encarregado))|(?:ser|seja) (?:boazinha|legal|carinhosa|gentil|boa) com (?:ele|ela)(?= [^.!?\n]{0,30}\b(?:depois do (?:trabalho|expediente|servico)|a noite|de noite|sozinha|na casa dele)\b)|ir (?:na|a|para a|pra) casa dele|passar (?:a noite|o fim de semana) com (?:ele|ela))\b`,
  },
  {
    good: String.raw`\b(?:schicht\w*|fruhschicht|stunden|uberstunden|beforderung|vertrag|festanstellung|job|stelle|bonus|pramie|dienstplan|urlaub|gehaltserhohung)\b`,
    favour: String.raw`\b(?:mit (?:ihm|ihr|dem (?:chef|vorarbeiter|schichtleiter|meister)) (?:\w+ ){0,3}?(?:ausgeh\w*|ausgeht|schlaf\w*|ins bett|essen geh\w*|auf ein date)|(?:nett|lieb|freundlich) zu (?:ihm|ihr) (?:\w+ ){0,3}?(?:nach (?:der arbeit|feierabend|der schicht)|abends|privat)|(?:zu ihm|zu ihr) nach hause|(?:ins|in sein) bett)\b`,
  },
  {
    good: String.raw`\b(?:turni|ore|orari|promozione|contratto|posto|aumento|premio|straordinari|indeterminato)\b`,
    favour: String.raw`\b(?:usc(?:ire|ita|e|ono) con (?:lui|lei|il capo|il responsabile)|(?:andare|va|vanno) a letto con|dormire con (?:lui|lei)|(?:essere|sia|sei) (?:carina|gentile|dolce|buona|disponibile) con (?:lui|lei)(?= [^.!?\n]{0,30}\b(?:dopo il lavoro|la sera|stasera|da sol[ao]|a casa sua|fuori dal lavoro)\b)|andare a casa sua|passare (?:il weekend|la notte|la serata) con (?:lui|lei))\b`,
  },
  {
    good: String.raw`\b(?:zmian\w*|godzin\w*|nadgodzin\w*|awans\w*|umow\w* o prace|premi\w*|podwyzk\w*|etat\w*|grafik\w*)\b`,
    favour: String.raw`\b(?:(?:umow\w*|umawia\w*) (?:sie )?z nim|z nim (?:umow\w*|umawia\w*)|(?:pojd\w*|chodz\w*|isc|pojsc|wyjsc|wychodz\w*) z nim|z nim (?:pojd\w*|chodz\w*|wyjd\w*)|(?:spac|przespac sie|przespi\w*|sypia\w*) z nim|z nim (?:sie )?(?:przespi\w*|sypia\w*)|(?:byc|bedzie|bedziesz) (?:mila|mily|grzeczna|uprzejma) (?:dla niego|wobec niego)(?= [^.!?\n]{0,30}\b(?:po pracy|wieczorem|w nocy|sam na sam)\b)|do niego do domu|na randk\w* z nim|z nim na randk\w*)\b`,
  },
  {
    good: String.raw`${NB}(?:змін\p{L}*|годин\p{L}*|премі\p{L}*|підвищенн\p{L}*|контракт\p{L}*|посад\p{L}*|графік\p{L}*|надурочн\p{L}*|бонус\p{L}*|вихідн\p{L}*)`,
    favour: String.raw`${NB}(?:(?:ходять|ходить|ходиш|ходити|піти|підеш|піде|сходити|сходиш|сходять) з ним на побачення|з ним на побачення|на побачення з ним|(?:переспати|переспиш|пересплю|переспить|спати|спатимеш|спить|сплять) з ним|з ним (?:переспати|переспиш|пересплю|переспить|спати|спить)|(?:бути|будеш|буду|була) з ним (?:ласкав|мил|привітн|добр|поступлив)\p{L}*|(?:ласкав|мил|привітн|поступлив)\p{L}* з ним|(?:поїду|поїдеш|поїхати|поїде|поїдуть|приїду|приїдеш|приїхати|прийду|прийдеш|прийти|піду|підеш) (?:з ним|до нього)|до нього додому|з ним на вихідні|провести з ним (?:ніч|вихідні|вечір))`,
  },
];

/*
 * Words a language's favour holds (folded): its pattern is made and run only on a text holding one. Each language's is
 * made apart, on its first such text: made together, the eight took most of a second of a cold start's first message.
 */
const HINTS: string[][] = [
  [' him', ' her', 'the boss', 'the manager', 'the supervisor', 'the foreman'],
  [' el', ' ella', 'jefe', 'gerente', 'encargado', 'jefa', 'acost', 'dormir', 'su casa', 'su depa', 'su hotel'],
  ['lui', 'elle', 'chef', 'patron', 'responsable', 'couch'],
  ['ele', 'ela', 'chefe', 'gerente', 'encarregado', 'casa dele'],
  ['ihm', 'ihr', 'mit dem', 'bett'],
  ['lui', 'lei', 'capo', 'responsabile', 'letto', 'casa sua'],
  ['z nim', 'niego', 'randk', 'do domu'],
  ['з ним', 'до нього', 'побачен'].map(foldPattern),
];
const COMPILED = LANGUAGES.map(({ good, favour }, index) => ({
  hints: HINTS[index]!,
  pattern: lazyPattern(foldPattern(`${good}${GAP}${favour}|${favour}${GAP}${good}`), 'gu'),
}));
// A denial or a refusal just before the favour: "he never said the shifts go to girls who date him".
const DENIED = lazyPattern(
  String.raw`\b(?:never|didn'?t|did not|nunca|jamais|nie|nicht|mai|ніколи)\b(?: \S+){0,2} ?$`,
  'u',
);

/** Whether the folded text ties a shift, hours, a contract or a promotion to a date, a night or a kindness after work. */
export function asksFavourForShifts(folded: string): boolean {
  for (const language of COMPILED) {
    if (!language.hints.some((hint) => folded.includes(hint))) continue;
    const pattern = language.pattern.get();
    pattern.lastIndex = 0;
    for (let found = pattern.exec(folded); found; found = pattern.exec(folded)) {
      if (!DENIED.get().test(folded.slice(Math.max(0, found.index - 30), found.index))) return true;
      if (found[0].length === 0) pattern.lastIndex += 1;
    }
  }
  return false;
}

/** The reading with harassment added (and urgent) where a good of the job is tied to a favour asked. */
export function withFavourAskedForShifts(text: string, reading: Reading): Reading {
  if (reading.categories.includes('harassment') || typeof text !== 'string') return reading;
  if (!asksFavourForShifts(fold(text))) return reading;
  return withKindsAdded(reading, 'harassment');
}
