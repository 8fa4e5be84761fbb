/*
 * names39 (blind attack ra38b): given names the lists did not hold, so a name written small with no cue word
 * ("tariku never signs…", "letting nneka handle the cash", "about kalani and…", "😡 mbali 😡", "Fenella. Again.",
 * "Cormac.", "does zaid get", "priyanka!!!", "makoa and the other drivers", "ebo keeps…", "tell kiri to") stayed
 * visible. Written from knowledge of the names given in each place, with the short forms colleagues use; no list was
 * copied. Lower case without accents, as given-names.ts reads them. Left out: names that are words of English or of a
 * language the service reads, or of one its employees write ("selam", hello; "saba"; "aster", a flower; "koa", a wood;
 * "bola", a ball; "mansa", "ato", "dayo", "kemi", "swati", "garba", "khaya", "rangi", "huia", "ngaio", "hemi", "tane",
 * "moana", "nena", "chela", "pancho", "güero"), and names seen as a place or firm more than a person.
 */

// Ethiopian, Eritrean and Somali names.
export const HORN_OF_AFRICA_GIVEN_NAMES = `
  tariku abebe bekele girma haile alemu tesfaye tadesse mulugeta getachew dawit yonas yohannes tsegaye kebede tewodros
  biniam bereket mekonnen amanuel henok kidus nahom fitsum eyob tigist hirut tsion hiwot mahlet azeb meseret rahel
  birtukan mekdes selamawit yordanos feven semhar luwam senait abdirahman mohamud faduma ladan guled abdikarim
  abdiaziz fadumo hamdi khadra`;

// Hawaiian, Maori, Samoan and Tongan names.
export const PACIFIC_GIVEN_NAMES = `
  kalani makoa keoni kekoa kainoa kaimana kanoa leilani noelani kalea kapono ikaika mahina nalani iolana keala kawika
  palani akamu kiri aroha manaia tamati wiremu rawiri tipene ngaire anahera awhina mikaere paora sione tevita
  viliami losana siaosi ioane malakai semisi`;

// Zulu, Xhosa and Sotho names beside the first list's.
export const SOUTHERN_AFRICAN_GIVEN_NAMES = `
  mbali nomsa andile siyabonga nkosinathi lungile nandipha ntombi zinhle bheki lindani thandeka nokwanda sindisiwe
  mthunzi sibongile nhlanhla phumzile nompumelelo thembeka`;

// Igbo, Yoruba, Akan and Hausa names beside said38's.
export const WEST_AFRICAN_MORE_GIVEN_NAMES = `
  nneka chinwe ebere uzoma onyeka chukwudi obiora nonso chidinma adaobi ebo kwadwo kwesi ekow fiifi adwoa kobina
  tunji lanre tobi yinka hadiza usman`;

// Irish, Scottish and Welsh names beside the first list's.
export const CELTIC_GIVEN_NAMES = `
  fenella cormac darragh fiachra clodagh caoimhe mairead diarmuid donal eamon fionn ruairi tadhg alasdair euan bronwen
  iwan emrys llinos peadar sorcha deirdre oonagh cathal colm ronan`;

// Arabic names beside the first list's.
export const ARABIC_MORE_GIVEN_NAMES = `
  zaid ziad zayd tarek yasin yassin ammar farida ghada marwan rashid waleed hisham osama bassam fadi ghassan nizar
  rasha lubna dalia`;

// South Asian names beside the first list's.
export const SOUTH_ASIAN_MORE_GIVEN_NAMES = `
  priyanka kavya sneha aishwarya meena geeta shalini mahesh dinesh naresh mukesh rakesh ankit abhishek aakash manish
  pradeep sandeep navdeep baljit kuldeep rajinder sukhwinder parminder harjit jasvir
  tanvi ishita pallavi shweta`;

// Mexican and Central American pet forms.
export const MEXICAN_PET_GIVEN_NAMES = `ramonita pepita chuy lalo chema to\u00f1o`;
