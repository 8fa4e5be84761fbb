import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Classes an outside attacker (ra35) found missed or misread, checked with look-alikes written for the class (u36b): a
// tuned half, a half held back while the rules were written, and a set written after them (docs/performance-log.md,
// "Urgency: ra35's classes outside English (u36b)"). Each urgent text must reach the kind whose sponsor owns it; each
// calm one must page nobody. Texts still misread are left out here and listed in the log.

describe('someone drunk or high at a machine, a vehicle or a patient (slang, fr, de, uk, ht)', () => {
  it.each([
    [['safety'], 'dude on the press is high as a kite again and nobody stops him'],
    [['safety'], 'our van driver smokes weed at lunch then drives the afternoon route'],
    [['safety'], "l'infirmière de nuit était ivre pendant son service avec les patients"],
    [['safety'], 'der Kranführer war betrunken und hat trotzdem den Kran bedient'],
    [['safety'], 'chofè bis la sou chak maten e li kondui timoun yo lekòl'],
    [['safety'], 'the anaesthetist smelled of booze and was slurring before the operation'],
    [['safety'], 'forklift guy is stoned outta his mind every nite shift'],
    [['safety'], 'водій був п’яний і все одно повіз пасажирів'],
    [['safety'], 'le chauffeur du car avait bu et a conduit les enfants quand même'],
    [['safety'], 'bro is baked every shift and still runs the chainsaw'],
    [['safety'], 'the crane operator is always drunk on the job, he nearly dropped a load yesterday'],
    [['safety'], 'die Pflegerin ist im Dienst oft angetrunken und gibt dann Medikamente'],
    [['safety'], 'le cariste fume des joints et conduit le chariot élévateur défoncé'],
    [['safety'], 'mekanisyen an bwè tafya e li kondui kamyon an ak moun ladan l'],
    [['safety'], 'наш водій навантажувача постійно під кайфом на зміні'],
    [['safety'], 'our pilot was hungover and still reeked of vodka when he flew us'],
    [['safety'], 'nurse on ward 4 is off her face on something and handing out meds'],
    [['safety'], 'the guy on the crane was totally wasted today, swinging loads over our heads'],
    [['safety'], 'el enfermero llega borracho al turno de noche y pone inyecciones'],
    [['safety'], "le pilote sentait l'alcool avant le décollage"],
    [['safety'], 'der Staplerfahrer ist jeden Tag bekifft und fährt durch die Halle'],
    [['safety'], 'sipèvizè a bwè kleren e li kondui chariot la'],
    [['safety'], 'водій автобуса п’яний возить дітей'],
    [['safety'], 'lorry driver is off his face on coke on the motorway runs'],
  ])('is urgent, as %j: %s', (kinds, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories.some((category) => kinds.includes(category))).toBe(true);
  });
  it.each([
    'i was high as a kite after winning the raffle lol',
    'the driver stopped for a drink of water then drove the route',
    'mwen te bwè yon ti byè apre travay la samdi',
    'the christmas party got a bit drunk but everyone took taxis home',
    'we had a few drinks at the christmas party, the driver stayed sober',
    'der Busfahrer trinkt nur Kaffee im Dienst',
    'high as a kite after the good news today!',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('a worker set on and robbed, or an armed robbery (en, es, pt, fr, it, uk, ht)', () => {
  it.each([
    [['safety', 'threat'], 'two guys jumped me on my way to drop the cash and took everything'],
    [['safety', 'threat'], 'nos asaltaron con una pistola en la tienda anoche'],
    [['safety', 'threat'], 'fomos assaltados por dois homens armados na loja'],
    [['safety', 'threat'], 'на касу напали з ножем і забрали виручку'],
    [['safety', 'threat'], 'yo te vòlè nou ak yon zam nan kès la'],
    [['safety', 'threat'], 'got mugged at knifepoint in the car park after closing'],
    [['safety', 'threat'], 'me atracaron a punta de navaja al salir del turno'],
    [['safety', 'threat'], 'a loja foi assaltada à mão armada e o caixa levou uma coronhada'],
    [['safety', 'threat'], 'some guy pulled a gun at the counter and cleaned out the register'],
    [['safety', 'threat'], 'they robbed the driver at gunpoint on the night route'],
    [['safety', 'threat'], 'dos tipos armados robaron la caja y golpearon al cajero'],
    [['safety', 'threat'], 'um assaltante armado rendeu o frentista no posto ontem à noite'],
    [['safety', 'threat'], 'мене пограбували з пістолетом біля складу'],
    [['safety', 'threat'], 'de nèg ak zam te atake kesye a e yo pran tout kòb la'],
    [['safety', 'threat'], 'i was held up with a knife at the till and they took the takings'],
    [['safety', 'threat'], 'three lads cornered me by the bins, punched me and took my phone and the float'],
    [['safety', 'threat'], 'a man with a knife robbed the night cashier and ran off'],
    [['safety', 'threat'], 'couple of lads jumped our delivery driver and took the van keys and cash'],
    [['safety', 'threat'], 'nos robaron con un cuchillo en el almacén anoche, el guardia está herido'],
    [['safety', 'threat'], 'fui assaltado com uma faca no ponto de ônibus depois do turno'],
    [['safety', 'threat'], 'on s’est fait braquer avec une arme à la caisse ce soir'],
    [['safety', 'threat'], 'yo atake nou ak kouto e yo vòlè tout lajan kès la'],
    [['safety', 'threat'], 'ieri sera ci hanno rapinato con una pistola al bancone'],
    [['safety', 'threat'], 'got held up by two men with a gun outside the depot'],
  ])('is urgent, as %j: %s', (kinds, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories.some((category) => kinds.includes(category))).toBe(true);
  });
  it.each([
    'we did a robbery drill with the police last week, very useful',
    'el atraco en la película fue genial',
    'a loja foi assaltada em 2010, antes de eu trabalhar aqui',
    'they took everything off the shelves for the stocktake',
    'hold up, the register total is wrong again',
    'the movie about the bank robbery was great',
    'the customer jumped the queue and took the last sandwich',
    'la película del atraco con armas fue muy buena',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('hunting whoever wrote an anonymous report (en, es, fr, it, pt, ht)', () => {
  it.each([
    [
      ['threat', 'harassment'],
      'the supervisor is comparing handwriting on the comment cards to find out who the rat is',
    ],
    [['threat', 'harassment'], 'el jefe quiere saber quién puso la queja anónima para echarlo'],
    [['threat', 'harassment'], 'il direttore cerca di scoprire chi ha scritto la segnalazione anonima'],
    [['threat', 'harassment'], 'le directeur essaie de découvrir qui a fait le signalement anonyme'],
    [['threat', 'harassment'], 'bòs la vle konnen kiyès ki ekri plent anonim nan'],
    [
      ['threat', 'harassment'],
      'manager read the anonymous survey comments out loud and said the writer will be dealt with',
    ],
    [['threat', 'harassment'], 'they are checking the kiosk camera to see who typed the complaint'],
    [['threat', 'harassment'], 'la supervisora está comparando la letra de las quejas para saber quién fue'],
    [
      ['threat', 'harassment'],
      'our lead is going round asking everyone who wrote the anonymous feedback and says he will find the snitch',
    ],
    [['threat', 'harassment'], 'il capo ha letto ad alta voce i commenti anonimi e ha detto che sa chi li ha scritti'],
    [['threat', 'harassment'], "la cheffe compare l'écriture des fiches anonymes pour trouver la balance"],
    [['threat', 'harassment'], 'el encargado dice que ya sabe quién hizo la denuncia anónima y que lo va a pagar'],
    [['threat', 'harassment'], 'sipèvizè a ap chèche kiyès ki fè plent lan pou l revoke moun nan'],
    [['threat', 'harassment'], 'hr gave my manager the name of whoever reported him on the hotline'],
    [
      ['threat', 'harassment'],
      'boss pulled the suggestion box notes and is matching the writing to our timesheets to find out who complained',
    ],
    [['threat', 'harassment'], 'il responsabile vuole scoprire chi ha fatto la denuncia anonima per licenziarlo'],
    [['threat', 'harassment'], 'the director is looking at the cctv to work out who typed the anonymous complaint'],
    [
      ['threat', 'harassment'],
      'my boss keeps asking everyone who wrote the survey comment and says he will find the rat',
    ],
    [['threat', 'harassment'], 'el gerente quiere descubrir quién escribió la queja anónima'],
    [['threat', 'harassment'], 'ils cherchent à savoir qui a déposé la plainte anonyme'],
    [['threat', 'harassment'], 'il direttore vuole sapere chi ha fatto il reclamo anonimo'],
    [['threat', 'harassment'], 'o gerente quer descobrir quem fez a denúncia anônima'],
    [['threat', 'harassment'], 'manadjè a ap chèche konnen kiyès ki voye plent lan'],
    [['threat', 'harassment'], 'hr leaked the name of the person who reported the supervisor'],
  ])('is urgent, as %j: %s', (kinds, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories.some((category) => kinds.includes(category))).toBe(true);
  });
  it.each([
    'the anonymous survey results were shared at the huddle, nice to see',
    'il capo vuole sapere chi ha scritto il verbale della riunione',
    'we compared handwriting samples in the forensics training, fun',
    'we want to know who wrote the lovely thank you card',
    'the snitch in the tv show got caught',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('a suicide plan with the means ready and an end said without the words (en, uk, es, fr, it, pt, de)', () => {
  it.each([
    [['self-harm'], "bought the rope yesterday. after payday i won't be anyone's problem anymore"],
    [['self-harm'], 'ive got enough pills saved up, sunday nite im done w all of it'],
    [['self-harm'], 'я вже купив мотузку, у неділю все закінчу'],
    [['self-harm'], "i've been saving my sleeping pills, friday is the day i finally stop being a burden"],
    [['self-harm'], 'picked the bridge already. after my last shift nobody will have to deal with me'],
    [['self-harm'], 'ya compré la cuerda, el domingo se acaba todo'],
    [['self-harm'], "j'ai acheté une corde, samedi je ne serai plus un fardeau pour personne"],
    [['self-harm'], 'wrote my letters to the kids, the pills are in the drawer, tonight is the night'],
    [['self-harm'], 'got the rope in my locker. monday i wont be anybodys problem'],
    [['self-harm'], 'i have been stockpiling my meds and after christmas i am done with everything'],
    [['self-harm'], 'я накопичила таблеток, в суботу все припиню'],
    [['self-harm'], 'tengo suficientes pastillas guardadas, el viernes termino con todo'],
    [['self-harm'], 'already bought the rope, after the weekend nobody has to worry about me again'],
    [['self-harm'], 'gave away my dog and my tools, the pills are ready for sunday'],
    [['self-harm'], 'ho comprato la corda, domenica la faccio finita'],
    [['self-harm'], 'hab genug Tabletten gesammelt, am Sonntag ist Schluss mit allem'],
    [['self-harm'], 'wrote goodbye letters, bought the rope, saturday nobody will have to put up with me'],
    [['self-harm'], 'купила снодійне, в понеділок мене вже не буде'],
    [['self-harm'], 'ya tengo las pastillas, el lunes termino con todo'],
    [['self-harm'], "j'ai gardé mes cachets, dimanche tout sera fini"],
    [['self-harm'], 'tenho comprimidos guardados, sábado acabo com tudo'],
    [['self-harm'], 'picked the spot, after my last shift on friday i am finished with everything'],
  ])('is urgent, as %j: %s', (kinds, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories.some((category) => kinds.includes(category))).toBe(true);
  });
  it.each([
    'bought rope for the tent, weekend camping with the kids',
    'ive got enough pills for the trip, sunday im done with packing',
    'я купив мотузку для білизни',
    'friday is the day i finally finish the project',
    'bought rope for the boat, sunday we sail',
    'after this weekend the project is finished, finally',
    'ya tengo las pastillas para la gripe',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('silenced by harm promised to whoever tells (en, es, fr, it, de, uk, ht)', () => {
  it.each([
    [['threat'], 'keep your mouth shut about the stock or you know what happens to rats'],
    [['threat'], 'він сказав, що якщо я поскаржуся, мене знайдуть мертвим'],
    [['threat'], 'the foreman said people who talk to the inspector end up having accidents'],
    [['threat'], 'she told me snitches get stitches if i go to hr about the forklift'],
    [['threat'], 'si hablas con recursos humanos vas a aparecer en una zanja'],
    [['threat'], 'he said if i report the leak my family will pay for it'],
    [['threat'], 'si tu parles à la direction, on va te retrouver dans le canal'],
    [['threat'], 'shut ur mouth about the cash or ull regret it, we know where u live'],
    [['threat'], 'owner told me rats around here end up in the river, keep quiet about the dumping'],
    [['threat'], 'якщо розкажеш інспекції, тебе закопаємо'],
    [['threat'], 'he reminded me i have kids and that people who complain have accidents on the stairs'],
    [['threat'], 'se parli con il sindacato finisci male, mi ha detto il capo'],
    [['threat'], 'wenn du zur Personalabteilung gehst, wirst du es bereuen, wir wissen wo du wohnst'],
    [['threat'], 'you keep talking to the auditors and you will end up in a ditch'],
    [['threat'], 'si ou pale ak RH, y ap jwenn ou mouri'],
    [['threat'], 'they said what happens to snitches will happen to me if i report the bruises'],
    [['threat'], 'my supervisor said snitches end up in the river, so keep quiet about the theft'],
    [['threat'], 'if you go to the union you will have an accident, he told me'],
    [['threat'], 'si denuncias al jefe vas a acabar en el hospital'],
    [['threat'], 'si tu balances, on sait où tu habites'],
    [['threat'], 'se fai la spia ti troviamo nel fiume'],
    [['threat'], 'якщо скажеш поліції, тебе вб’ють'],
    [['threat'], 'he said to remember i have a daughter if i keep talking to the inspector'],
  ])('is urgent, as %j: %s', (kinds, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories.some((category) => kinds.includes(category))).toBe(true);
  });
  it.each([
    'keep your mouth shut during the minute of silence please',
    'we watched a film about rats in the sewer, gross',
    'people who talk a lot in meetings end up running them',
    'якщо поскаржишся, тобі відповідять протягом тижня',
    'if you report the leak facilities will fix it quickly',
    'keep quiet in the library please',
    'if you go to the union you will get better pay',
    'si hablas con recursos humanos te ayudan rapido',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('a card clocked for someone away or paid for days off (en, de, es, fr, it, pt, ht)', () => {
  it.each([
    [['fraud'], 'he gets paid for days off because someone badges for him'],
    [['fraud'], 'der Schichtleiter stempelt seinen Kumpel ein, obwohl der zu Hause ist'],
    [['fraud'], 'li pase kat kolèg li chak maten menm lè l pa la'],
    [['fraud'], 'sup swipes his cousin in every morning and the cousin rolls in at noon'],
    [['fraud'], 'she clocks in her boyfriend with his card when he is not even here'],
    [['fraud'], 'el supervisor ficha por su amigo aunque no viene'],
    [['fraud'], 'der Kollege stempelt für seine Frau, die gar nicht arbeitet'],
    [['fraud'], 'il caporeparto timbra il cartellino per la moglie che resta a casa'],
    [['fraud'], 'somebody scans in for him every day and he never shows'],
    [['fraud'], 'sie stempelt jeden Morgen für ihren Bruder ein, er kommt erst mittags'],
    [['fraud'], 'l ap pointe pou zanmi l chak jou pandan zanmi an lakay li'],
    [['fraud'], 'le chef badge pour son pote qui ne vient jamais'],
    [['fraud'], 'my lead uses his mates badge to punch him in while he is at his other job'],
    [['fraud'], 'a encarregada bate o ponto do namorado que nem aparece'],
    [['fraud'], 'the guy who badges in for his buddy is paid for shifts neither of them worked'],
    [['fraud'], 'she badges in for her sister who stays home all week'],
    [['fraud'], 'someone clocks in for him and he gets paid for shifts he never worked'],
    [['fraud'], 'der Vorarbeiter stempelt seine Frau ein, obwohl sie gar nicht da ist'],
    [['fraud'], 'li pointe pou mennaj li chak maten men mennaj la pa vini'],
    [['fraud'], 'il collega timbra per la fidanzata che è a casa'],
    [['fraud'], 'ella ficha por su hermano que nunca viene'],
    [['fraud'], 'elle badge pour sa copine qui est en vacances'],
  ])('is urgent, as %j: %s', (kinds, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories.some((category) => kinds.includes(category))).toBe(true);
  });
  it.each([
    'someone badges in for the visitor at reception, that is the process',
    'ich stemple mich morgens ein und abends aus',
    'my badge stopped working, can someone fix it',
    'li pase kat li chak maten a 7è',
    'el supervisor ficha a las ocho como todos',
    'i badge in at 7 every morning',
    'security badged the visitor in for the meeting',
    'der Chef stempelt pünktlich ein',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('Haitian Creole: discrimination, falls, injuries hushed, insults, sex for the job, tips, threats', () => {
  it.each([
    [['discrimination'], 'manadjè a pa vle travayè nwa yo nan kès la'],
    [['safety'], 'yon travayè tonbe soti anlè echafo a san kas'],
    [['harassment'], 'sipèvizè a joure m devan tout moun chak jou'],
    [['discrimination'], 'yo pa bay fanm pwomosyon paske yo se fanm'],
    [['safety'], 'machin nan koupe dwèt yon travayè epi yo di nou pa pale'],
    [['harassment'], 'bòs la di si m pa kouche avè l m ap pèdi djòb mwen'],
    [['fraud'], 'manadjè a pran tip nou yo chak swa'],
    [['threat'], 'yo di m si m pale ak RH m ap mouri'],
    [['discrimination'], 'yo peye ayisyen yo mwens paske yo ayisyen'],
    [['safety'], 'yon nèg tonbe nan twou a, pa gen kas ni senti sekirite'],
    [['harassment'], 'fòmann nan rele m makak devan tout ekip la chak jou'],
    [['harassment'], 'patwon an di fò m dòmi avè l si m vle kenbe travay la'],
    [['fraud'], 'sipèvizè a vòlè pouboa nou yo chak semèn'],
    [['safety'], 'yon travayè blese men l nan machin nan epi bòs la di pa di pèsonn'],
    [['threat'], 'depi m te pale ak RH, yo di m y ap touye m'],
    [['discrimination'], 'yo pa anboche moun ki pale kreyòl, se sa manadjè a di'],
    [['discrimination'], 'chèf la trete nou mal paske nou nwa'],
    [['discrimination'], 'yo pa vle anboche fanm ansent nan depo a'],
    [['discrimination'], 'manadjè a peye dominiken yo plis pase ayisyen yo paske yo ayisyen'],
    [['safety'], 'yon moun tonbe sot sou nechèl la e li pa leve'],
    [['harassment'], 'fòmann nan ap imilye nou devan tout moun chak maten'],
    [['harassment'], 'sipèvizè a mande m kouche avè l pou m jwenn pwomosyon an'],
    [['fraud'], 'manadjè a kenbe tout tip sèvè yo'],
    [['threat'], 'si w al pale ak lapolis y ap touye w'],
    [['safety'], 'machin nan kraze men yon travayè epi yo di l pa di anyen'],
  ])('is urgent, as %j: %s', (kinds, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories.some((category) => kinds.includes(category))).toBe(true);
  });
  it.each([
    'nou te fè yon bèl fèt pou ekip la samdi',
    'manadjè a bay tout moun pwomosyon ane sa a',
    'mwen pale ak RH pou konje mwen, yo te janti',
    'nou resevwa tip nou chak vandredi',
    'tout moun mete kas yo sou chantye a',
    'manadjè a bay fanm yo ak gason yo menm lajan',
    'mwen tonbe damou pou yon fi nan travay la',
    'nou pataje tip yo ansanm chak samdi',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('calm by its class: results, children, leave, a goodbye, a poster, a morning run', () => {
  it.each([
    'die Beförderung hängt von meiner Leistung ab, sagt mein Chef',
    'el ascenso depende de los resultados del trimestre',
    'i miei figli hanno 12 e 14 anni, vorrei più flessibilità',
    "I've saved up my holidays for a trip to Spain",
    'said goodbye to my mom at the airport this morning, bit sad',
    'poster in the canteen: call osha if you see something unsafe',
    'we found a new supplier at half the price, great news for the budget',
    '工资每个月按时发，很满意',
    'الراتب يصل في موعده كل شهر والحمد لله',
    'mi jefe corre cada mañana antes del trabajo',
    'die Gehaltserhöhung hängt von der Bewertung ab',
    'la promoción depende de la evaluación anual',
    'mia figlia ha 9 anni e va a scuola vicino',
    "I've been saving up my leave days for christmas",
    'kissed my dad goodbye at the station before my shift',
    'sign by the door says report hazards to osha or your supervisor',
    'the new vendor quoted us half of what the old one charged, saves a lot',
    '这个月的奖金比上个月多，谢谢公司',
    'زيادة الراتب هذا العام كانت جيدة',
    'il mio capo corre ogni mattina al parco',
    'mon chef court tous les matins avant le travail',
    'o meu chefe corre todas as manhãs',
    'le prix du nouveau fournisseur est deux fois moins cher',
    'my kids are 7 and 10 so the school run matters to me',
    'my promotion depends on my sales numbers this quarter',
    'la prime dépend de mes résultats',
    'meine Kinder sind 5 und 9 Jahre alt',
    'my kids are 3 and 6 so i need early shifts',
    'hugged my wife goodbye before the flight',
    'notice on the board says report any hazards to your supervisor',
    'il mio capo corre ogni sera dopo il lavoro',
    '我们的工资比去年高了',
    'الشركة تدفع الرواتب في الوقت المحدد',
    'we switched to a cheaper supplier and saved a lot',
    "I've saved up all my annual leave for a big trip",
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
