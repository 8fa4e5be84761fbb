/*
 * said38 (blind attack ra38, class 5): given names the lists did not hold, so a name at a text's start, written small
 * or with its capital, before where the person works ("bohdan zi skladu…", "Сашко з нічної…", "Kervens nan depo a…")
 * stayed visible. Written from knowledge of the names given in each place over the last decades, with the forms
 * colleagues call each other by; no list was copied. Lower case without accents, as given-names.ts reads them. Left
 * out: names that are words of a language the service reads or of English ("olha", "sasha", "denys" are read
 * already; "tope", "wale", "yaa", "esi"), places and firms ("Islande", "Jameson", "Stevenson", "Woodley", "Nazar").
 */

// Ukrainian names as a Latin keyboard writes them (the official transliteration and the common informal one), with
// the short and pet forms used at work.
export const UKRAINIAN_LATIN_GIVEN_NAMES = `
  dmytro taras oleksandr oleksiy oleksii mykola mykhailo mykhaylo petro vasyl serhiy serhii bohdan volodymyr vitaliy
  vitalii yaroslav ostap ihor oleh pavlo hryhoriy yevhen yevhenii anatoliy valentyn vadym maksym artem kostiantyn
  zakhar myroslav yosyp fedir tymofiy yuriy yurii andrii andriy ivanko
  kateryna olena tetiana tetyana nataliya iryna svitlana halyna liudmyla lyudmyla yuliia mariia mariya anastasiia
  khrystyna solomiia solomiya oleksandra viktoriia daryna zoriana uliana ulyana yaryna lesia lesya larysa valentyna
  sofiia marichka khrystia
  vovan vova sashko dima dimon andriyko andriiko tolik tolya vitya kolia kolya seryozha olya olia halia galya lyuda
  liuda sveta yulka oksanka irka yurko yurchyk slavko slavik petryk mykolka kostya`;

// The same in Cyrillic, Ukrainian spelling (the Russian list is in redact-names-scripts.ts), and the pet forms with
// their suffixes ("-ко", "-ка", "-ик", "-ьок"), which no Cyrillic list held.
export const UKRAINIAN_CYRILLIC_GIVEN_NAMES = `
  віктор дмитро сергій юрій михайло володимир павло степан остап назар віталій вадим максим артем денис костянтин
  євген анатолій валентин григорій федір тимофій олексій ярослав мирослав орест зиновій богдан тарас ігор петро
  олександр андрій василь микола
  оксана олена ольга тетяна наталія ірина світлана галина людмила юлія марія анастасія христина соломія олександра
  вікторія дарина уляна ярина ганна софія поліна аліна інна лариса валентина тамара ніна катерина мар'яна олеся
  сашко вітьок вітя оксанка ірка іра олька оля танька таня наталка галька галя марійка петрик тарасик андрійко
  миколка коля вовчик вовка вован толік толя славік славко юрко юрчик дімон діма сєрий серьога льоха льоша женя
  женька катруся катя леся ганнуся орися дмитрик сергійко івасик іванко василько михась стьопа`;

// Haitian given names, as Haiti and its diaspora give them.
export const HAITIAN_GIVEN_NAMES = `
  fritznel fritzner wilner wisly wesner wilfrid wislande roselaure mackenson kervens kenson dieuseul dieuvens frantz
  frantzy guerline guerda rosemene rosemonde mirlande myrlande yveline yvrose yolette ketly ketsia medjine medgine
  bethsaida clervil mackenley wilky wilguens jocelyne nerlande merlande yvenel jamesly sherly dieunel widlet wilnise
  rosenie`;

// Igbo, Yoruba and Akan given names and the short forms used at work.
export const WEST_AFRICAN_GIVEN_NAMES = `
  ijeoma chiamaka chinonso chukwuemeka nnamdi amaka uchenna ikenna kelechi ifeoma obiageli oluchi somto tochukwu
  ebuka chibuike chisom adewale adeola ayodele babatunde kayode seun temitope damilola gbenga jumoke kunle kwaku
  akua efua afua`;

// Given names of Colombia, Venezuela and Central America that the Spanish list lacked.
export const LATIN_AMERICAN_GIVEN_NAMES = `
  marleny yeferson yeison leidy yurany yuliana maryuri deisy nidia yorleny yamileth dayana yuleisy jhonatan brayan
  maikol estiven yeimy`;
