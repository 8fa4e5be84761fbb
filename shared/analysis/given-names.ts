import { isEnglishWord, isProperNoun } from './english-dictionary';
import { GIVEN_NAMES_BY_LANGUAGE, WORDLIKE_GIVEN_NAMES } from './given-names-languages';
import { commonWordLanguages } from './redact-names-common-words';
import { isLowerAsciiWord } from './ascii-letters';
import {
  HAITIAN_GIVEN_NAMES,
  LATIN_AMERICAN_GIVEN_NAMES,
  UKRAINIAN_LATIN_GIVEN_NAMES,
  WEST_AFRICAN_GIVEN_NAMES,
} from './given-names-uk-ht-west-african';
import {
  ARABIC_MORE_GIVEN_NAMES,
  CELTIC_GIVEN_NAMES,
  HORN_OF_AFRICA_GIVEN_NAMES,
  MEXICAN_PET_GIVEN_NAMES,
  PACIFIC_GIVEN_NAMES,
  SOUTH_ASIAN_MORE_GIVEN_NAMES,
  SOUTHERN_AFRICAN_GIVEN_NAMES,
  WEST_AFRICAN_MORE_GIVEN_NAMES,
} from './given-names-more-regions';

/*
 * Common given names, for redaction: a few hundred of the most frequent in
 * the US, UK, Canada and Australia, with common Hispanic, South Asian, East
 * Asian, African and Arabic names, because a workforce is all of these.
 * Lower case. Deliberately general: it will miss rare names, which is why
 * redaction also uses titles and cues ("my manager ...", "named ...").
 * Its last lines (blind round 22) are names a fresh set found missing: a
 * unisex name ("Dominique"), short forms ("jess", "becca", "kev"), and
 * Persian, Thai, Japanese, Korean, Yoruba and Russian names as English text
 * spells them. "lydia" (fx37r) was missing because it is a payment service too; "momo" (a
 * Japanese name, a wallet, a dumpling) is among the word-like ones.
 */
const COMMON = `
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony donald steven
paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
stephen larry justin scott brandon benjamin samuel gregory alexander patrick jack dennis jerry tyler aaron jose adam
nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl
harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne
randy vincent liam ralph roy eugene russell bobby philip louis johnny mike matt chris steve dave tom tim jim bob dan
ben sam alex nick tony joey josh jake luke mark marcus travis derek shawn troy cody chad brett craig todd greg jeff
victor oscar omar luis carlos jorge miguel pedro diego manuel ricardo javier fernando alejandro rafael sergio mario
antonio francisco eduardo roberto hector raul enrique andres pablo marco ivan mohammed muhammad ahmed ali hassan
hussein omar yusuf ibrahim mustafa khalid tariq raj rajesh amit arjun vikram sanjay rahul ravi anil suresh deepak
vijay kumar wei li chen jun hiroshi kenji takeshi minh tuan nguyen kwame kofi chinedu emeka oluwaseun tunde
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela
shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl
hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia denise
beverly danielle marilyn charlotte natalie diana brittany isabella doris kayla alexis lori tiffany jasmine sue
courtney kathy tina tracy wendy erin jill becky beth jenny jen katie kate kat liz lizzy meg annie sally molly ellie
chloe zoe mia ava amelia harper ella scarlett aria luna layla nora riley hazel aurora savannah audrey brooklyn bella
claire skylar lucy paisley anna caroline genesis aaliyah kennedy kinsley allison maya sadie naomi gabriella alyssa
valentina ruby eva stella leah vanessa veronica monica erica jessie jocelyn brianna gabriela lucia carmen rosa ana
guadalupe juana marisol yesenia alejandra adriana daniela fernanda mariana paola priya anjali sunita pooja neha
deepika kavita lakshmi fatima aisha amina zainab mariam layla noor yasmin mei ling xiu yuki keiko sakura hana
lena nina tara tanya sonia sophie lily-rose elena irina olga svetlana natasha anya katya
thi linh lan ngozi chioma amara abena adaeze funmilayo shanice latoya keisha tanisha ebony imani aliyah destiny
jane anne lee lynn dana leslie stacy stacey kristen kristin tammy rhonda sheila peggy gail dorothy marie ellen eleanor
rita irene louise jenna lindsay lindsey kelsey chelsea whitney morgan casey jamie shannon colleen maureen cathy debbie
vicki vicky tricia shelly shelley heidi gina tonya laurie terri kerry marcia yvonne yolanda norma wanda alicia claudia
silvia sylvia lorena cristina monique tamara renee rosie jackie bonnie connie carrie kristy christy melanie tracey
esther miriam nadia leila salma ayesha zara sofia camila valeria ximena maribel leticia araceli beatriz luz pilar
blanca dolores esperanza consuelo sana hina meera rekha usha nikita shreya divya ananya simran harpreet gurpreet
manpreet jaspreet akosua nkechi yemi wanjiru lerato
fred freddie ted eddie ron ronnie doug phil pete rick ricky robbie tommy danny jimmy kenny lenny marty mitch nate neil
neal nigel ian colin graham gareth gavin allan alastair barry clive darren duncan gordon hugh kieran leon lewis martin
malcolm neville owen rhys rory ross simon stuart stewart trevor glenn howard leonard frederick francis norman herbert
melvin clarence curtis dwayne darnell tyrone jamal malik andre terrence reggie marvin leroy lamar jerome maurice cedric
derrick antoine xavier dominic julian hugo ramon rodrigo alberto armando ernesto gustavo julio cesar arturo felipe
guillermo jaime marcos adrian ruben alfredo joaquin mateo santiago emilio ahmad hamza bilal faisal imran rashid samir
karim arun ashok manoj sunil vinod prakash ramesh krishna ganesh nikhil rohit sachin aditya karan kwabena kojo chidi
obinna uche ifeanyi femi kamau thabo sipho themba

karl jurgen juergen jorg joerg klaus dieter uwe horst helmut wolfgang gunter guenter gerhard manfred siegfried
reinhard hartmut winfried ulrich detlef bernd ralf rainer holger volker thorsten torsten norbert ingo lutz dirk sven
jens lars timo kai moritz niklas florian sebastian stefan andreas markus matthias tobias lukas jonas hans fritz
sabine petra birgit heike silke anke katrin kerstin susanne stefanie nadine jana leonie marlene frieda ingrid
ingeborg gudrun hildegard elke dagmar anja tanja bettina martina karin ilse erika helga ursula ulrike gisela
brigitte renate monika
marta kasia katarzyna malgorzata gosia agnieszka joanna magdalena magda ewa ewelina beata dorota jolanta grazyna
halina krystyna wieslawa bozena urszula zofia zosia basia aleksandra justyna karolina paulina weronika natalia
zuzanna wiktoria julia iwona renata elzbieta danuta grzegorz grzesiek krzysztof krzysiek tomasz tomek piotr piotrek
pawel michal marcin lukasz jakub mateusz bartosz bartek dawid kamil wojciech wojtek zbigniew zbyszek stanislaw
tadeusz jerzy jurek andrzej janusz ryszard miroslaw mirek slawomir slawek bogdan leszek zdzislaw mariusz dariusz
darek jaroslaw jarek przemyslaw przemek radoslaw radek wieslaw henryk jozef kazimierz wladyslaw szymon wiktor maciej
maciek artur rafal damian patryk kacper filip oskar hubert konrad waldemar witold zygmunt arkadiusz jacek waclaw
czeslaw
marcel elodie amelie aurelie celine nathalie sandrine sylvie isabelle valerie veronique christelle laetitia
mathilde camille manon lea ines margaux clemence oceane sebastien stephane jerome frederic francois thierry pascal
didier olivier benoit guillaume mathieu nicolas julien romain maxime quentin theo yannick gerard jacques michel
pierre alain philippe christophe sylvain fabien cedric yves herve rene gilles arnaud loic mickael
alvaro gonzalo inigo inaki raul nacho paco pepe manolo rocio nuria montse montserrat inmaculada lourdes begona ainhoa
itziar raquel susana noelia vanesa joao goncalo rui tiago diogo fabio vitor marcelo thiago matheus leandro juliana
larissa bruna giulia giuseppe giovanni francesco alessandro lorenzo matteo luca davide federico stefano paolo
massimo salvatore vincenzo gianluca chiara francesca federica alessia elisa serena giorgia roberta antonella simona
ilaria
siobhan niamh aoife ciara sinead saoirse orla grainne roisin eoin cian oisin padraig seamus declan ciaran niall
fergus callum hamish fiona morag shona kirsty ailsa
youssef yousef mohamed mahmoud khaled walid hisham yasser adel rami sami marwan othman osman abdullah abdul abdel
hamid majid nabil fatma khadija zeinab rania dina reem lina samira huda hoda
mehmet ahmet emre burak murat ayse elif zeynep fatih hakan serkan
dmitri dmitry dimitri sergei sergey alexei alexey aleksei nikolai nikolay mikhail yuri yury vladimir vladislav
anatoly andrei andrey oleg igor pavel evgeny yevgeny vasily valentin konstantin arkady gennady leonid stanislav
vadim vitaly ruslan timur lyudmila ludmila galina tatiana tatyana yekaterina ekaterina oksana nadezhda larisa
marina polina anastasia darya daria kseniya ksenia yulia ulyana valentina zhanna
bartholomew barnaby bartholomeus ebenezer ezekiel jebediah cornelius percival reginald archibald bertram
thandiwe thandi nomvula zanele sibusiso sizwe bongani mandla lindiwe nokuthula palesa refilwe tshepo thulani
nandi ayanda busisiwe nosipho khanyisile lwazi zodwa mpho kagiso tumelo
maddie maddy piper caleb ezra jaxon asher wyatt colton brody bryce jared reid shane wes zach zoey addison avery
kara kiera kira lacey mabel millie nell paige quinn reese remy sienna tessa tilly freya isla evie imogen phoebe
matilda alfie archie ollie albie dermot
dominique jess steph becca frankie stevie toni bobbie kev leigh kiran reza mehdi arash shirin parisa zahra farhad
dariush babak navid kiana somchai nattapong somsak malee siriporn haruto yui akira sota riku hinata minjun jiwoo
seoyeon jihoon jiho minji soyeon bisi yetunde olumide misha vanya kolya olek cem
lydia
`;

/*
 * Given names that are also everyday words or months ("Will you...", "in
 * May", "grace period", "Mark the date"): redacted only where the context
 * says they are names (a title, a cue, a capital letter mid-sentence).
 */
const WORDLIKE = `
will grace hope joy faith rose may june april august mark bill pat sue jack frank art max drew dawn summer amber ruby
penny guy rich ray sunny chase hunter mason carter taylor jordan ivy lily daisy holly angel destiny harmony autumn
river sky jay dean gene kim don rob sandy crystal misty brandy violet iris heather jasmine olive pearl dusty lane
miles grant price young king cash bishop earl duke major sterling page bell hall hill wood cook baker chance
august christian faith ali patty angus wade jade cole brooke eden poppy skye wren harvey stanley
hudson trinity precious melody serenity raven tiff momo`;

// Names seen mostly as the second half of a double name ("Karl-Heinz"); alone, a brand.
const SECOND_PARTS = new Set(['heinz', 'pierre', 'luc', 'marie', 'claude', 'josé', 'jose', 'maria', 'joseph']);

// Each language's own list beside the one above (given-names-languages.ts).
const NAMES = new Set(
  [
    COMMON,
    WORDLIKE,
    ...Object.values(GIVEN_NAMES_BY_LANGUAGE),
    WORDLIKE_GIVEN_NAMES,
    // said38: Ukrainian in Latin letters, Haitian, West African and Latin American names.
    UKRAINIAN_LATIN_GIVEN_NAMES,
    HAITIAN_GIVEN_NAMES,
    WEST_AFRICAN_GIVEN_NAMES,
    LATIN_AMERICAN_GIVEN_NAMES,
    // names39: Ethiopian and Somali, Pacific, Southern African, more West African, Celtic, Arabic, South Asian names.
    HORN_OF_AFRICA_GIVEN_NAMES,
    PACIFIC_GIVEN_NAMES,
    SOUTHERN_AFRICAN_GIVEN_NAMES,
    WEST_AFRICAN_MORE_GIVEN_NAMES,
    CELTIC_GIVEN_NAMES,
    ARABIC_MORE_GIVEN_NAMES,
    SOUTH_ASIAN_MORE_GIVEN_NAMES,
    MEXICAN_PET_GIVEN_NAMES,
  ]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean),
);
const AMBIGUOUS = new Set([...wordsOf(WORDLIKE), ...wordsOf(WORDLIKE_GIVEN_NAMES)]);
// The names only the other languages' lists hold: one written as a frequent word of one of those languages ("justo",
// "clara", "ze") is that word first, but not written otherwise ("zé"). A name of the first list keeps its reading
// ("Mia", "Dan"): redact-names-common-words.ts guards it in a text of the language it is a word of.
const FIRST_LIST = new Set(wordsOf(COMMON));
const OTHER_LANGUAGES_ONLY = new Set(
  Object.values(GIVEN_NAMES_BY_LANGUAGE)
    .flatMap(wordsOf)
    .filter((name) => !FIRST_LIST.has(name)),
);

function wordsOf(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Every listed given name (lower case), with whether it is also an everyday word ("will", "summer": isWordlikeName). */
export function listedGivenNames(): { name: string; wordlike: boolean }[] {
  return [...NAMES].map((name) => ({ name, wordlike: AMBIGUOUS.has(name) }));
}

/** Whether a word (any case, with or without accents: "José") is a common given name. */
export function isGivenName(word: string): boolean {
  if (WORDS_BY_THEIR_MARKS.has(word)) return false;
  const lower = plain(word);
  if (NAMES.has(lower)) return true;
  // Blind round 25: a name stretched for feeling ("mattt", "connnor"): its run of three or more letters read as two,
  // then as one ("annnna" is "anna", "jessss" is "jess").
  // A name that is a word too ("hillllll") is the word; a run of three may be a typo ("beeen" is "been", not "Ben").
  if (/(\p{L})\1\1/u.test(lower)) {
    const two = lower.replace(/(\p{L})\1{2,}/gu, '$1$1');
    const one = /(\p{L})\1{3}/u.test(lower) ? lower.replace(/(\p{L})\1{2,}/gu, '$1') : two;
    return [two, one].some((plain) => NAMES.has(plain) && !AMBIGUOUS.has(plain));
  }
  // "Karl-Heinz", "Jean-Pierre", "Anna-Maria": each part a given name.
  if (lower.includes('-')) return lower.split('-').every((part) => NAMES.has(part) || SECOND_PARTS.has(part));
  // Declined, as Polish writes a name after a verb or preposition: "Kasią", "Grzegorzowi", "Marty"; as Finnish
  // does ("Liisan", "Mikolle", "Jukan"); and the Hungarian "to" ("Erzsinek").
  if (lower.length < 5 || !DECLINED_ENDINGS.has(lower[lower.length - 1]!)) return false;
  let known = declined.get(lower);
  if (known === undefined) {
    // Bounded: a flood of invented words must not grow it without end.
    if (declined.size > 20_000) declined.clear();
    known = declinedStem(lower) !== undefined;
    declined.set(lower, known);
  }
  return known;
}

const declined = new Map<string, boolean>();
// The last letters of the forms declinedStem reads: Polish -owi, -em, -ą, -ę, -y, -i, -a, -u; Finnish -n, -lle, -lla,
// -llä, -lta, -ltä; Hungarian -nak, -nek.
const DECLINED_ENDINGS = new Set(['i', 'm', 'ą', 'ę', 'y', 'a', 'u', 'n', 'e', 'ä', 'k']);

/*
 * "kasią" → "kasia", "grzegorzowi" → "grzegorz", "markowi" → "marek" (Polish drops the "e" of "Marek", "Tomek",
 * "Jacek" before an ending); Finnish "liisan" → "liisa", "mikolle" → "mikko", "jukan" → "jukka" (its double
 * consonant goes single before an ending); Hungarian "erzsinek" → "erzsi". A name that is a word too ("Mark",
 * "Rose") is no stem: "markiem" could be anything.
 */
function declinedStem(lower: string): string | undefined {
  if (lower.length < 5 || isEnglishWord(lower) || isProperNoun(lower)) return undefined;
  const polish = /^(\p{L}{3,}?)(?:owi|iem|em|ą|ę|y|i|a|u)$/u.exec(lower);
  // Not "-en" (Dutch "lenen" is "lend", not "Lene's"), nor any word a language the service hears uses.
  if (commonWordLanguages(lower) !== undefined) return undefined;
  const finnish = /^(\p{L}{3,}?(?:[aiouyäö]n|[aeiouyäö](?:lle|lla|llä|lta|ltä)))$/u.test(lower)
    ? /^(\p{L}{3,}?)(?:n|lle|lla|llä|lta|ltä)$/u.exec(lower)
    : null;
  const hungarian = /^(\p{L}{3,}?[aeiou])(?:nak|nek)$/u.exec(lower);
  const known = (candidate: string) => NAMES.has(candidate) && !AMBIGUOUS.has(candidate);
  if (polish) {
    const stem = polish[1]!;
    for (const candidate of [stem, `${stem}a`, stem.replace(/(\p{L})$/u, 'e$1')])
      if (known(candidate)) return candidate;
  }
  // Only the names Finns give: a Finnish ending on another list's name is a word of some other language ("livin",
  // "Dinon").
  if (finnish) {
    const stem = finnish[1]!;
    for (const candidate of [stem, stem.replace(/(\p{L})([aeiouyäö])$/u, '$1$1$2')])
      if (FINNISH.has(candidate) && known(candidate)) return candidate;
  }
  if (hungarian && known(hungarian[1]!)) return hungarian[1];
  return undefined;
}

// The names declined the Finnish way: Finland's own and the Nordic and international ones given there.
const FINNISH = new Set([
  ...wordsOf(GIVEN_NAMES_BY_LANGUAGE.fi ?? ''),
  ...wordsOf(GIVEN_NAMES_BY_LANGUAGE.nordic ?? ''),
  ...wordsOf('anna maria sara emma laura julia eeva eva ella helena ville olli'),
]);

/** Whether a given name is also an everyday word, needing context to be read as a name. */
export function isWordlikeName(word: string): boolean {
  const lower = plain(word);
  if (AMBIGUOUS.has(lower)) return true;
  if (OTHER_LANGUAGES_ONLY.has(lower) && commonWordLanguages(word.toLowerCase()) !== undefined) return true;
  // "gabi-gabi" (every night, in Tagalog): a double name is a word when one of its halves is.
  return (
    lower.includes('-') &&
    word
      .toLowerCase()
      .split('-')
      .some((part) => isWordlikeName(part))
  );
}

// Attack round 29: words whose marks make them a word, which without the marks spell a name: Czech and Slovak "že"
// (that: "šéf řekl, že nás vyhodí") is no Portuguese "Zé".
const WORDS_BY_THEIR_MARKS = new Set(['že', 'Že', 'ŽE']);

function plain(word: string): string {
  if (isLowerAsciiWord(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßłđø]/g, (c) => FOLDED[c]!);
}

// Letters NFD does not take apart.
const FOLDED: Record<string, string> = { ß: 'ss', ł: 'l', đ: 'd', ø: 'o' };
