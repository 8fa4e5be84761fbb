import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Classes an outside attacker (blind) found missed in session 37 (u37b), read by look-alikes written for each class:
// a tuned half, a half held back while the rules were written, and a set written after them (docs/performance-log.md,
// "Urgency: Haitian Creole's missing kinds and the last misses (u37b)"). Each urgent text must reach the kind whose
// sponsor owns it (a report's kind picks the executive it is emailed to); each calm one must page nobody. Texts still
// misread are left out here and listed in the log.

describe('Haitian Creole as it is texted: theft at work, fake invoices and bribes (fraud), a weapon held or promised (threat), sex asked for a job, a shift or hours (harassment), a gas leak, an unsafe scaffold or ladder, live wires, a chemical spilled, a guard taken off (safety)', () => {
  it.each([
    ['fraud', 'manadje a ap vole lajan nan kes la chak swa'],
    ['fraud', 'sipevize a vole materyel konpayi an e li vann yo'],
    ['fraud', 'yo ap vòlè machandiz nan depo a e manadjè a konnen'],
    ['fraud', 'm we bos la ap pran kob nan kes la mete nan poch li'],
    ['fraud', 'kesye a ap vole lajan kliyan yo chak jou'],
    ['fraud', 'fomann nan ap detounen lajan konpayi a depi 3 mwa'],
    ['fraud', 'manadje a ap fe fo fakti pou l touche lajan'],
    ['fraud', 'yo fabrike fakti pou travay ki pa janm fet'],
    ['fraud', 'li fe fakti pou materyo nou pa janm resevwa'],
    ['fraud', 'kontab la ap fe fo resi pou depans ki pa egziste'],
    ['fraud', 'bos la gonfle fakti yo e li kenbe res kob la'],
    ['fraud', 'sipevize a siyen fo fakti ak konpayi zanmi l'],
    ['fraud', 'li mande m lajan anba tab pou m jwenn kontra a'],
    ['fraud', 'achte a pran kob nan men founise a pou l chwazi yo'],
    ['fraud', 'manadje a pran kob anba tab nan men founise yo'],
    ['fraud', 'fo w peye chef la 50 dola pou w jwenn travay la'],
    ['threat', 'sipevize a menase m ak yon kouto'],
    ['threat', 'li di m si m pale l ap tire m'],
    ['threat', 'koleg la menase pou l pote zam vin travay demen'],
    ['threat', 'msye di m l ap pote zam li vin jwenn mwen apre travay'],
    ['threat', 'msye montre m zam li e li di m fe atansyon'],
    ['threat', 'bos la mete manchet la sou kou m e li di m ap mouri'],
    ['threat', 'li menase l ap vin ak revolve li pou l regle nou'],
    ['threat', 'nèg la di l ap fè m yon kout kouto si m rapote l'],
    ['harassment', 'bos la di si m pa dako soti avek li m p ap jwenn shift la'],
    ['harassment', 'manadje a mande m fe sex avel pou m ka jwenn plis le'],
    ['harassment', 'li pwomet m pwomosyon si m vin lakay li aswe a'],
    ['harassment', 'li vle m dome avek li pou l ban m travay la'],
    ['harassment', 'sipevize a di l ap ban m bon ore yo si m kouche ak li'],
    ['harassment', 'chef la di si m pa bo l li ap revoke m'],
    ['harassment', 'li di m pap jwenn okenn le siplemante si m pa sot avel'],
    ['safety', 'gen yon fwit gaz nan kizin nan'],
    ['safety', 'tiyo gaz la fann e gaz ap soti'],
    ['safety', 'pwopan ap koule nan depo a'],
    ['safety', 'boutey gaz la ap fwit depi maten'],
    ['safety', 'tout kizin nan plen sant gaz'],
    ['safety', 'gen yon fuit gaz bo fou a'],
    ['safety', 'echafo a ap balanse li pa byen mare'],
    ['safety', 'yo fe nou monte sou echafo a san senti sekirite'],
    ['safety', 'echafo a pa solid ditou, li ka kraze nenpot ki le'],
    ['safety', 'echafodaj la pret pou tonbe ak nou sou li'],
    ['safety', 'planch echafo yo pouri e yo fe nou travay anwo a'],
    ['safety', 'nou travay sou echafo san gadfou ni kod'],
    ['safety', 'gen fil kouran dekouvri ate a kote nou travay'],
    ['safety', 'fil elektrik yo toutouni nan dlo a'],
    ['safety', 'm pran yon chok nan priz la, fil yo dekouvri'],
    ['safety', 'fil yo pa izole e yo pandye sou tet nou'],
    ['safety', 'pwodui chimik la koule atè a e moun ap touse'],
    ['safety', 'yo fe nou manyen klowox san gan, po nou ap boule'],
    ['safety', 'yo retire pwoteksyon machin nan e nou oblije travay konsa'],
    ['safety', 'machin koupe a pa gen gad ankò, li ka koupe men nou'],
    ['fraud', 'chef la ap vòlè kòb nan kès restoran an chak samdi'],
    ['fraud', 'yo detounen lajan sandika a'],
    ['fraud', 'manadjè depo a ap chipe zouti yo al vann yo'],
    ['fraud', 'yo voye fo fakti bay konpayi asirans lan'],
    ['fraud', 'resi yo tout fo, li envante depans'],
    ['fraud', 'fòmann nan mande chak nouvo travayè 100 dola anba tab'],
    ['threat', 'kliyan an pwente revolve li sou mwen nan kès la'],
    ['threat', 'msye menase tout moun ak yon machèt jodi a'],
    ['threat', 'li di m demen l ap tire nou tout'],
    ['harassment', 'sipèvizè a di m si m pa kouche avè l m ap pèdi travay mwen'],
    ['harassment', 'bos la di si m bo l l ap ban m pwomosyon an'],
    ['harassment', 'manadjè a fè m konnen si m pa soti ak li yo pral revoke m'],
    ['safety', 'gen yon sant gaz fò nan sousòl la'],
    ['safety', 'bonbon gaz la ap koule nan kizin restoran an'],
    ['safety', 'nechèl la kase e yo fè nou monte sou li kanmenm'],
    ['safety', 'nou travay sou echafo a san kas ni senti'],
    ['safety', 'fil elektrik yo dekouvri bò machin lavaj la'],
    ['safety', 'yon koleg pran kout kouran nan panno a'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
  it.each([
    'fakti gaz la monte anpil mwa sa a',
    'pri gaz la wo anpil, m bezwen mete gaz nan machin nan',
    'yo ap demonte echafo a lendi',
    'echafo a ap desann lendi maten',
    'kouran an koupe anko jodi a lakay mwen',
    'bonjou tout moun, jodi a fe bon tan',
    'nou te manje diri ak pwa nan kantin lan, li te bon',
    'bos la di nou bon travay semen sa a',
    'm kontan travay isit, koleg yo janti',
    'kontab la voye fakti yo bay kliyan yo',
    'manadje a ap pran vakans semen pwochen',
    'li di m l ap ban m yon woulib apre travay',
    'fil telefon mwen kase, m bezwen yon lot',
    'yo vole bisiklet mwen devan lakay mwen yer',
    'nou pral fete anivese bos la vandredi',
    'nou pral achte fakti pou kliyan yo demen',
    'gaz la fini nan machin nan, m ap mache',
    'yo monte yon nouvo echafo bo pako a, li byen mare',
    'mwen renmen travay isit, manadje a bon moun',
    'm ap soti ak koleg yo apre travay vandredi',
    'kouran an tounen, nou ka travay kounye a',
    'li pwomet m pwomosyon si m fini pwoje a anvan vandredi',
    'kontab la prepare fakti yo pou mwa sa a',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('drinks taken by whoever drives or runs a machine, before or while at it (en, es)', () => {
  it.each([
    ['safety', 'bus driver takes a few shots before the school run'],
    ['safety', 'delivery driver sips from a flask between drops all day'],
    ['safety', 'our forklift guy knocks back a couple beers before every shift'],
    ['safety', 'van driver is buzzed every morning on the delivery route'],
    ['safety', 'crane operator does a line in the toilets then climbs back in the cab'],
    ['safety', 'the shuttle driver downs a few cans before he picks up the kids'],
    ['safety', 'the truck driver has a couple of shots of vodka before the morning run'],
    ['safety', 'el chofer del bus se toma unos tragos antes de llevar a los niños'],
    ['safety', 'our coach driver necks a couple of tinnies before every school trip'],
    ['safety', 'the taxi guy swigs whiskey from a bottle while driving'],
    ['safety', 'el camionero se echa unas chelas y luego maneja el trailer'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
  it.each([
    'we had a few shots after the shift on friday',
    'the bus driver took a few shots of the sunset on the school run',
    'got a few shots at the clinic before the school run, arm is sore',
    'the driver had a couple of coffees before the morning run',
    'we grabbed a few beers after work, i took the bus home',
    'the driver had a few shots of espresso before the morning run',
    'we all downed a few beers at the party after the shift',
    'forklift driver took a few shots for the team photo before the shift',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe("an end told as 'i am done' with the pills lined up or counted out", () => {
  it.each([
    ['self-harm', 'got the pills lined up, friday night i am done'],
    ['self-harm', 'saved up all my meds, sunday is the day i end it'],
    ['self-harm', 'rope is ready in the garage, after payday im gone for good'],
    ['self-harm', 'got the whole bottle counted out, tonight i am finished with all of it'],
    ['self-harm', 'pills are stacked on my nightstand, this weekend it ends'],
    ['self-harm', 'i have my tablets saved up, after the shift tonight im checking out for good'],
    ['self-harm', 'already wrote the letters and have the pills ready, monday i wont be here'],
    ['self-harm', 'the pills are counted out on my desk, sunday im done'],
    ['self-harm', 'have all my meds saved up, after tonight it is over'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
  it.each([
    'got my vitamins lined up, friday night i am done with this project',
    'friday night i am done with work for two weeks, holiday!',
    'the pills are lined up on the pharmacy shelf, friday we do inventory',
    'got the drinks lined up, friday night we party',
    'got the meds lined up for the residents, i am done for tonight',
    'stock is counted out, friday night i am done',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('Ukrainian armed robbery: a weapon with the robbery, or the robbery told as armed', () => {
  it.each([
    ['threat', 'нас пограбували зі зброєю в магазині'],
    ['threat', 'двоє чоловіків з пістолетом забрали гроші з каси'],
    ['threat', 'вчора був збройний напад на наш склад'],
    ['threat', 'грабіжник погрожував касирці ножем і забрав виручку'],
    ['threat', 'нашу аптеку пограбували під дулом пістолета'],
    ['threat', 'озброєні люди вдерлися на заправку і забрали касу'],
    ['threat', 'касира пограбували з ножем біля входу'],
    ['threat', 'на нашу АЗС напали грабіжники з битами'],
    ['threat', 'магазин обікрали озброєні люди в масках'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
  it.each([
    'дивилися фільм про пограбування банку, було цікаво',
    'у нас на складі пройшло навчання з безпеки',
    'кажуть, що ціни на пальне - це пограбування',
    'грали в настільну гру про пограбування, було весело',
    'у мене болить у грудях після тренування',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('Tagalog: clocked out and made to work on unpaid is pay taken (fraud), not a hazard', () => {
  it.each([
    ['fraud', 'pinapatrabaho kami pagkatapos mag-clock out at hindi binabayaran'],
    ['fraud', 'pinapatrabaho kami ng libre pagkatapos ng shift, walang sahod yun'],
    ['fraud', 'nag-out na kami sa bundy pero pinagtrabaho pa kami ng dalawang oras na walang bayad'],
    ['fraud', 'pinapa-out kami ng supervisor tapos pinapatrabaho pa rin nang walang bayad'],
    ['fraud', 'hindi binabayaran ang overtime namin, pinag-time out muna kami bago maglinis'],
    ['fraud', 'pinag-out na kami pero pinaglinis pa rin ng isang oras, walang sahod'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
    expect(categories).not.toContain('safety');
  });
  it.each([
    'nag-out na ako at umuwi agad, pagod na',
    'pinapatrabaho kami ng maayos at libre ang pagkain',
    'pinag-overtime kami kahapon pero bayad naman',
    'bayad na ang sahod namin kahapon, salamat',
    'nag-time out ako ng maaga kasi may sakit anak ko',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('Haitian Creole: fired or hours cut for complaining, followed home, remarks on a body (harassment); struck by a vehicle or a load, a co-worker gone, a chemical in the eyes, papers held (safety); wages unpaid for weeks (fraud)', () => {
  it.each([
    ['harassment', 'bos la di si nou plenn l ap revoke nou tout'],
    ['harassment', 'manadje a menase pou l mete deyo nenpot moun ki ale nan rh'],
    ['harassment', 'sipèvizè a di tout moun ki pote plent ap pèdi travay yo'],
    ['harassment', 'depi m te fè plent lan yo koupe lè m yo'],
    ['harassment', 'sipevize a swiv mwen lakay mwen chak swa'],
    ['harassment', 'msye toujou ap tann mwen nan pakin lan apre travay'],
    ['harassment', 'koleg la ap veye m chak jou jis devan kay mwen'],
    ['harassment', 'li swiv mwen nan lari a apre shift la'],
    ['harassment', 'bos la toujou ap fè komante sou ko m'],
    ['harassment', 'fomann nan fe remak sal sou kò medam yo chak jou'],
    ['safety', 'yon chariot elevatè frape yon koleg nan depo a'],
    ['safety', 'yon bwat tonbe sou tet yon travayè'],
    ['safety', 'fòklif la pase sou pye koleg mwen'],
    ['safety', 'yon palèt tonbe sou yon moun nan reyon an'],
    ['safety', 'koleg mwen disparet depi 3 jou telefon li fèmen'],
    ['safety', 'travayè a pa janm tounen depi yè swa e telefon li pa sonnen'],
    ['safety', 'pwodui a tonbe nan je l'],
    ['safety', 'klowox la voltije nan zye koleg mwen'],
    ['fraud', 'li pa peye nou depi 2 mwa'],
    ['fraud', 'patwon an pa peye travayè yo depi twa semèn'],
    ['safety', 'yo pran paspo nou e yo pa kite nou ale'],
    ['safety', 'ajans lan kenbe papye nou yo e li pa vle renmèt yo'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
  it.each([
    'm ap swiv yon fomasyon apre travay',
    'li peye nou chak 2 semen san pwoblem',
    'm bezwen renouvle paspo m, m ap pran yon jou konje',
    'bwat yo tonbe ate a men pa gen moun ki blese, nou ranmase yo',
    'nou te fe plent pou kafe a e yo chanje machin kafe a',
    'chat mwen disparet depi yè',
    'bos la fè yon bon komante sou travay mwen',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
