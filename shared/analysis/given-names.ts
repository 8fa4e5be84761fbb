/*
 * Common given names, for redaction: a few hundred of the most frequent in
 * the US, UK, Canada and Australia, with common Hispanic, South Asian, East
 * Asian, African and Arabic names, because a workforce is all of these.
 * Lower case. Deliberately general: it will miss rare names, which is why
 * redaction also uses titles and cues ("my manager ...", "named ...").
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
august christian faith ali patty angus`;

const NAMES = new Set(`${COMMON} ${WORDLIKE}`.split(/\s+/).filter(Boolean));
const AMBIGUOUS = new Set(WORDLIKE.split(/\s+/).filter(Boolean));

/** Whether a word (any case, with or without accents: "José") is a common given name. */
export function isGivenName(word: string): boolean {
  return NAMES.has(plain(word));
}

/** Whether a given name is also an everyday word, needing context to be read as a name. */
export function isWordlikeName(word: string): boolean {
  return AMBIGUOUS.has(plain(word));
}

function plain(word: string): string {
  if (/^[a-z]+$/.test(word)) return word;
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
