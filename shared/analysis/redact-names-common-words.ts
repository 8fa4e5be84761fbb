import { FREQUENT_WORDS } from './redact-names-frequent-words';
import { relativeWords } from './redact-names-relatives';

/*
 * Frequent words of the languages the service hears that have the shape of a
 * name, or are one somewhere: Spanish "dan" (they give) is the name Dan,
 * Portuguese "minha" and Italian "mia" (my) are given names, Vietnamese "thì"
 * is "Thi", Polish "kazał" (ordered) or "Mój" (my) is no word of English, so a
 * capital made it a surname. In a text of that language they are the word,
 * not the person. Data only; redact-names-rules.ts decides when they count.
 *
 * `closed`: pronouns, possessives, articles, prepositions, conjunctions,
 * which open a sentence as often as anything ("Mia sorella", "Minha chefe").
 * `open`: frequent verbs, days, months, feasts, thanks, which a person's name
 * is more likely to be when capitalised ("Dan", "Natale", "Claire").
 * Both in lower case, with the accents people type and leave out.
 */
const WORDS_BY_LANGUAGE: Readonly<Record<string, { closed: string; open: string }>> = {
  es: {
    closed: `el la lo los las le les un una me te se nos mi mis tu tus su sus mío mía mio mia tuyo suyo suya nuestro
      nuestra con contra sin sobre tras hacia según segun entre desde hasta para por pero aunque sino que como cuando
      donde quien cual muy ya aún aun más mas menos tan también tambien tampoco solo sola mismo misma otro otra cada
      todo toda todos nada nadie algo alguien yo tú él ella ellas ellos usted ustedes nosotros nosotras vosotros
      vosotras ello esto eso aquello este esta estos estas ese esa esos esas aquel aquella del al ante bajo durante
      mediante excepto salvo pues porque sino ni ningún ningun ninguno ninguna alguno alguna algún algun varios
      varias cuyo cuya`,
    open: `dan da doy das dar dio dieron dice dicen dijo digo hace hacen hizo hago pone ponen puso va van voy fue fui
      fueron viene vienen vino tiene tienen tengo tuvo puede pueden quiere quieren sabe saben sale deja dejan manda
      mandan grita gritan trata tratan paga pagan ve ven vio mira miran toca tocan asco miedo rabia pena ganas hambre
      hoy ayer mañana siempre nunca lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero
      febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre navidad gracias hola adiós
      adios vale bueno soy eres somos sois amo amas ama amamos aman odio odias odia odiamos odian vivo vives vive
      vivimos viven`,
  },
  pt: {
    closed: `o a os as um uma uns umas me te se lhe lhes nos meu minha meus minhas teu tua seu sua seus suas dele dela
      deles delas nosso nossa do da dos das no na nos nas ao aos pelo pela com contra sem sobre entre desde até ate
      para pra pro por mas porém porem que como quando onde quem qual muito muita mais menos tão tao também tambem só
      so mesmo mesma outro outra cada todo toda tudo nada ninguém ninguem alguém alguem`,
    open: `tá ta tô to vai vou vão vao foi fui foram faz fez fazer diz disse dá deu dão dao tem têm tinha pode podem
      quer querem sabe manda mandou grita gritou deixa deixou paga pagou olha viu hoje ontem amanhã amanha sempre
      nunca ainda já ja segunda terça terca quarta quinta sexta sábado sabado domingo janeiro fevereiro março marco
      abril maio junho julho agosto setembro outubro novembro dezembro natal páscoa pascoa obrigado obrigada valeu
      oi olá ola tchau linha sou és somos são sao amo amas ama amamos amam odeio odeias odeia odiamos moro mora
      moramos vivo vive vivemos`,
  },
  fr: {
    closed: `le la les un une des du de au aux me te se lui leur leurs mon ma mes ton ta tes son sa ses notre nos
      votre vos il elle on nous vous ils elles ce cette ces avec sans pour par chez sur sous dans depuis pendant
      entre mais donc car que qui quand comme où ou très tres trop aussi encore déjà deja rien personne chaque tout
      toute tous m'a m'ont j'ai c'est n'est l'a s'est qu'il qu'elle d'un d'une je tu moi toi soi eux celui celle
      ceux celles ceci cela ça lequel laquelle lesquels lesquelles duquel auquel dont puis sinon ni or malgré vers
      envers voici voilà parmi selon sauf hormis outre contre durant dès jusque jusqu'à quoique lorsque puisque
      aucun aucune nul nulle plusieurs quelques certains certaines tel telle quel quelle quels quelles`,
    open: `est a ont fait font dit disent va vont vient donne donnent prend met crie paie voit clair claire toujours
      jamais aujourd'hui hier demain lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars
      avril mai juin juillet août aout septembre octobre novembre décembre decembre noël noel pâques paques merci
      bonjour salut bien suis sommes êtes etes sont aime aimes aimons aiment adore adores adorons adorent déteste
      deteste détestons`,
  },
  it: {
    closed: `il lo la i gli le un uno una mi ti si ci vi ne lui lei loro mio mia miei mie tuo tua suo sua nostro
      nostra del della dei delle al alla nel nella col con contro senza su per tra fra da di che chi come quando dove
      ma però pero anche ancora già gia più piu molto troppo ogni tutto tutti nessuno nessuna niente qualcuno`,
    open: `ha ho hanno è sono fa fanno dice dicono detto dà da dato va vanno viene manda urla paga vede oggi ieri
      domani sempre mai lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato
      domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre natale
      pasqua ferragosto grazie ciao buongiorno aria amo ami ama amiamo amano odio odi odia odiamo odiano siamo siete`,
  },
  de: {
    closed: `der die das dem den des ein eine einen einem einer mein meine meinen meinem sein seine ihr ihre unser
      unsere er sie es wir ihm ihn ihnen mit ohne für fur gegen von vom zu zum zur bei beim nach aus über uber unter
      und oder aber weil dass wenn als wie wo was wer auch noch schon sehr nur immer nie jeder alle alles niemand`,
    open: `ist hat haben war waren wird sagt sagte macht machte gibt gab kommt kam geht ging schreit zahlt heute
      arbeitet arbeitete brüllt brüllte beleidigt beleidigte belästigt belästigte schlägt schlug droht drohte lügt
      log klaut klaute stiehlt stahl trinkt trank raucht rauchte fehlt fehlte weint weinte lacht lachte hilft half
      kennt kannte weiß wusste sieht sah hört hörte
      gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni
      juli august september oktober november dezember weihnachten ostern danke bitte hallo`,
  },
  // Dutch and Swedish, whose texts the language guess often reads as German: a lower-case verb after a lower-case
  // name ("peter werkt hier", "erik jobbar natt") is what the person does, no surname.
  nl: {
    closed: `de het een ik jij je hij zij ze wij we jullie hun hem haar mijn jouw zijn ons onze met zonder voor tegen
      van naar bij uit over onder en of maar omdat dat als wanneer waar wat wie ook nog al heel erg alleen altijd nooit
      iedereen alles niemand niets er hier daar`,
    open: `is was waren heeft hebben had hadden wordt werd zegt zei zeggen doet deed gaat ging komt kwam geeft gaf
      werkt werkte werken schreeuwt schreeuwde scheldt schold slaat sloeg betaalt betaalde pest pestte duwt duwde
      belt belde praat praatte kijkt keek zit zat staat stond loopt liep blijft bleef weet wist kan kon moet moest
      wil wilde mag mocht zal zou maakt maakte neemt nam laat liet vraagt vroeg krijgt kreeg denkt dacht drinkt dronk
      rookt rookte steelt stal liegt loog lacht lachte huilt huilde vandaag gisteren morgen maandag dinsdag woensdag
      donderdag vrijdag zaterdag zondag bedankt dank hoi hallo`,
  },
  sv: {
    closed: `och att det som en ett den de jag du han hon honom henne oss mitt din ditt vår vårt med utan för mot av till hos från om under men eller för eftersom när där vad vem också
      bara alltid aldrig allt ingen inget här där inte`,
    open: `är var har hade blir blev säger sa sade gör gjorde går gick kommer kom ger gav jobbar jobbade arbetar
      arbetade skriker skrek slår slog betalar betalade mobbar mobbade ringer ringde pratar pratade tittar tittade
      sitter satt står stod springer sprang stannar stannade vet visste kan kunde måste ska skulle vill ville får
      fick tar tog låter lät frågar frågade tror trodde dricker drack röker rökte stjäl stal ljuger ljög skrattar
      skrattade gråter grät idag igår imorgon måndag tisdag onsdag torsdag fredag lördag söndag tack hej`,
  },
  pl: {
    closed: `mój moj moja moje mojego mojej moim mnie mi mu jej jego ich nam nas wam was sam sama samo się sie ten ta
      to tego tej w z ze na do od po przez dla bez pod nad przy za że ze bo ale lub czy jak kiedy gdzie kto co już juz
      jeszcze też tez tylko bardzo wszystko wszyscy nic nikt ktoś ktos coś cos każdy kazdy`,
    open: `kazał kazal kazała kazala kazali każe kaze każą kaza mówi mowi mówił mowil mówiła mowila powiedział
      powiedzial powiedziała powiedziala jest był byl była byla było bylo są sa będzie bedzie ma miał mial miała
      miala przyszedł przyszedl przyszła przyszla poszedł poszedl poszła poszla zrobił zrobil zrobiła zrobila dał dal
      dała dala wziął wzial boję boje boi chce chciał chcial może moze musi musiał musial trzeba krzyczy płaci placi dziś dzis
      dzisiaj wczoraj jutro poniedziałek poniedzialek wtorek środa sroda czwartek piątek piatek sobota niedziela
      styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień dzięki dzieki
      dziękuję dziekuje proszę prosze cześć czesc`,
  },
  vi: {
    closed: `thì là mà và của cho với để khi nếu vì nên hay hoặc nhưng rằng trong ngoài trên dưới sau trước bên theo
      từ đến tới mình tôi tui em chúng họ ai gì nào đâu này kia đó ấy mỗi mọi các những một hai`,
    open: `đã đang sẽ rồi vẫn cũng không chưa có được bị phải muốn nói bảo làm đi về ra vào lên xuống dẫn dán xỉu
      tuần ngày tháng năm lần giờ người đàn dân nhiều ít rất quá lắm hết cảm ơn`,
  },
  tl: {
    closed: `ang ng sa mga ako ko mo niya namin natin nila kami tayo sila siya ito iyan iyon yan yun na pa ba po
      opo din rin lang naman at pero kasi dahil kung para tungkol`,
    open: `hindi oo may wala talaga lunes martes miyerkules huwebes biyernes sabado linggo enero pebrero marso
      abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre pasko salamat maraming katoliko muslim`,
  },
};

const LANGUAGES_OF = new Map<string, Set<string>>();
const CLOSED = new Set<string>();
for (const [language, { closed, open }] of Object.entries(WORDS_BY_LANGUAGE)) {
  // The longer lists of everyday words count as open-class words: a capital mid-sentence still makes a known name a name.
  // German capitalises "Sohn" and "Tochter" as it does a name: its words for relatives are its words ("mein Sohn Paul").
  const relatives = language === 'de' ? relativeWords('de').join(' ') : '';
  for (const list of [closed, `${open} ${FREQUENT_WORDS[language] ?? ''} ${relatives}`])
    for (const word of list.split(/\s+/).filter(Boolean)) {
      if (!LANGUAGES_OF.has(word)) LANGUAGES_OF.set(word, new Set());
      LANGUAGES_OF.get(word)!.add(language);
      if (list === closed) CLOSED.add(`${language}:${word}`);
    }
}

// Round 34: German joins a word to its nouns for people ("Arbeitskollege", "Schulfreund", "Hausnachbar",
// "Lieblingskollegin"): one ending in a relative's or a friend's word of five letters or more is that noun, not a
// surname before a given name ("mein Arbeitskollege Dennis" was stored "mein [NAME]"). Not "-mann" (Hartmann).
const GERMAN_PERSON_WORDS = new Set(relativeWords('de').filter((w) => w.length >= 5));
const LONGEST_PERSON_WORD = Math.max(...[...GERMAN_PERSON_WORDS].map((w) => w.length));
const GERMAN = new Set(['de']);

/** The languages in which `lower` is a frequent word, if any. */
export function commonWordLanguages(lower: string): ReadonlySet<string> | undefined {
  const found = LANGUAGES_OF.get(lower);
  if (found || lower.length < 8) return found;
  for (let k = 5; k <= LONGEST_PERSON_WORD && k <= lower.length - 3; k++)
    if (GERMAN_PERSON_WORDS.has(lower.slice(-k))) return GERMAN;
  return undefined;
}

/** A pronoun, article, preposition or conjunction of `language`. */
export function isClosedClassWord(language: string, lower: string): boolean {
  return CLOSED.has(`${language}:${lower}`);
}
