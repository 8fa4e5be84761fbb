import type { OtherLanguage } from './table';

// Folded: "ș", "ț", "ă", "â", "î" read "s", "t", "a", "a", "i" ("cuțit" is "cutit"), as many type them anyway.
export const romanian: OtherLanguage = {
  code: 'ro',
  name: 'Romanian',
  words:
    'este sunt pentru multumesc capat nu eu ea noi voi lui ei pe cu mai foarte acum aici repede ajutor sef sefu seful colegul colega depozit avem imi s-a m-a mi-a l-a ne-a cineva sunati incendiu miroase bucatarie cutit vestiar omoare disparut prins stivuitor lovit violat inconstient inconstienta sangereaza sinucid schela seful luat foc etaj muncitor cazut fum ajutati gaz depozitul fabrica coleg iesirea incuiata lacat blocata dezizolate aparatoarea scos ochi atinge mereu traiesc rost rezolvat reparat iar sefa ca daca afara tura ameninta raportez muncitorul aparatoare',
  bounds: 'word',
  negation: String.raw`nu|niciun|nicio|fara`,
  story: String.raw`film\w*|serial\w*|joc\w*|carte\w*|stiri\w*|stirile|ziar\w*`,
  fixed: String.raw`rezolvat|s-a rezolvat|reparat|reparata|remediat|deblocat|deblocata`,
  still: String.raw`iar|din nou|tot|inca`,
  calm: [
    String.raw`exercitiu\w* (?:de )?(?:incendiu|evacuare)|simulare\w* (?:de )?(?:incendiu|evacuare)|stingator\w*|iesire\w* de (?:incendiu|urgenta)(?! (?:\S+ ){0,3}(?:incuiat|blocat|cu lacat|baricadat))|instruire\w*`,
    String.raw`(?:telefonul|telefon|bateria|mobilul|laptopul)\w* (?:\S+ )?(?:e |este )?(?:mort|descarcat|a murit|s-a descarcat)|mi-a murit telefonul`,
    String.raw`(?:film|serial|joc|carte)\w*`,
    String.raw`mor de (?:ras|foame|plictiseala|cald|sete)|as omori pentru|omor timpul|ma omoara (?:caldura|munca|durerea|oboseala|sefu cu)`,
    String.raw`cutit(?:ul)? de bucatarie|(?:tai|taiam|taiat|curat)\w* (?:\S+ ){0,3}cu cutitul`,
  ],
  cries: String.raw`ajutor|ajutati(?:-ma|-ne)?|incendiu|foc`,
  urgent: {
    safety: [
      String.raw`incendiu|arde (?:tot|depozitul|hala|bucataria|masina|ceva)|(?:a )?luat foc|ia foc|foc (?:in|la|mare)|fum (?:in|gros|iese|peste tot|mult)|miroase a gaz|scurgere de gaz|scapari de gaz|gazul (?:curge|se scurge)`,
      String.raw`nu (?:mai )?respira|inconstient\w*|(?:a )?lesinat|si-a pierdut cunostinta|s-a prabusit|sangereaza (?:tare|mult|puternic|abundent|rau)|mult sange|sange peste tot`,
      String.raw`(?:a )?cazut (?:de pe|de la|de sus|de pe schela|in gol)|(?:a )?cazut (?:\S+ )?in (?:groapa|sant|santul|put|putul|canal|canalul|gol|bazin|bazinul|cuva|siloz|fosa|golul)\w*|(?:coleg\w*|muncitor\w*|omul|sofer\w*|el|ea)\b(?: \S+){0,6} nu mai (?:raspunde|misca|se misca|respira|reactioneaza)(?! la (?:mail|mailuri|email|mesaj|mesaje))|strivit\w*|prins\w* (?:sub|intre)|blocat\w* sub`,
      String.raw`(?:sunati|suna|chemati|cheama) (?:\S+ )?(?:la )?(?:112|salvarea|ambulanta|politia|pompierii)|(?:copilul|muncitorul|colegul|colega|copil|muncitor)\w* (?:\S+ )?(?:a )?disparut|a disparut (?:copilul|colegul|muncitorul)`,
    ],
    weapon: [
      String.raw`(?:are|avea|cu|a scos|scoate|flutura|ameninta cu) (?:un |o )?(?:cutit|pistol|arma|briceag|sabie|topor)|(?:a )?injunghiat\w*|impuscat\w*|trage cu|impuscaturi|focuri de arma`,
    ],
    threat: [
      // Someone beating a person now: "un client îl bate pe paznic chiar acum" (blind round 29).
      String.raw`(?:il|o|ma|ne|te|isi) (?:bate|loveste|pocneste|snopeste|calca in picioare)`,
      // The boss said he will kill me if I speak (att28: "sefu mi-a zis ca ma omoara daca spun ceva").
      String.raw`(?:ca|o sa|zis ca|spus ca) (?:ma|te|ne|va) (?:omoara|omoare|bate|taie|impusca)|(?:ma|te|ne) (?:omoara|omoare|bate) daca`,
      String.raw`(?:te|va|il|ne) omor|o sa (?:te|va|il|o|ne|ma) (?:omoare|omor|ucida|omoram)|(?:vrea|vreau) sa (?:te|va|il|o|ne|ma) (?:omoare|omor|ucida)|ameninta\w* (?:ca (?:ma|ne|te) )?(?:omoara|ucide|cu moartea)|amenintari cu moartea`,
      String.raw`(?:m-a|ne-a|l-a|a) (?:\S+ )?(?:lovit|batut|palmuit|impins|strans de gat)|ma (?:bate|loveste|impinge)|a batut-o|bataie`,
    ],
    harassment: [
      String.raw`violat\w*|m-a violat|viol|agresat\w* sexual|agresiune sexuala|hartuire sexuala|m-a pipait|ma pipaie`,
    ],
    'self-harm': [
      String.raw`(?:vreau|vrea) sa (?:mor|ma sinucid|ma omor)|sa ma sinucid|sinucid\w*|sinucidere|nu mai vreau sa traiesc|(?:ma tai|sa ma tai) pe (?:maini|brate)`,
    ],
  },
  described: {
    safety: [
      // Someone gone with the phone off, either order ("a disparut după tură, telefonul e închis și nu e acasă").
      String.raw`(?:a disparut|disparut[aei]?|nu (?:e|este) acasa|nimeni nu stie unde (?:e|este)|nu a venit la (?:munca|tura|serviciu))[^.!?\n]{0,100}?(?:telefonul (?:\S+ ){0,2}(?:e |este )?(?:inchis|oprit|nu raspunde)|nu raspunde la telefon)|(?:telefonul (?:\S+ ){0,2}(?:e |este )?(?:inchis|oprit)|nu raspunde la telefon)[^.!?\n]{0,100}?(?:a disparut|disparut[aei]?|nu (?:e|este) acasa|nimeni nu stie unde (?:e|este)|nu a venit la (?:munca|tura|serviciu))`,
      // A tank, basin or silo entered and no sign since ("a intrat in bazin si nu mai iese, nu raspunde").
      String.raw`(?:intrat|coborat|bagat|intrati|coborati) (?:\S+ ){0,2}(?:in|inauntru|jos in) (?:\S+ )?(?:bazin\w*|rezervor\w*|cistern\w*|siloz\w*|silo\w*|putul|put|puturi|canal\w*|tanc\w*|groap\w*|fosa\w*|buncar\w*|decantor\w*)\b[^.!?\n]{0,80}?(?:nu (?:mai )?(?:iese|ies|a (?:mai )?iesit|au (?:mai )?iesit|raspunde|raspund|a raspuns|se misca|se (?:mai )?aude|urca|a urcat)|n-a (?:mai )?(?:iesit|raspuns)|doar unul a iesit)`,
      String.raw`(?:dementa|alzheimer)[^.!?]{0,80}(?:a iesit singur\w*|a plecat singur\w*|a disparut|nu-?l gasim|nu o gasim|nu (?:il|o) gasim)`,
      String.raw`(?:iesire\w*|usa|usile|scar\w*) (?:de )?(?:urgenta|incendiu|evacuare) (?:\S+ ){0,4}(?:incuiat\w*|blocat\w*|cu lacat|incatusat\w*|baricadat\w*|inchis\w* cu|plin\w* de)|(?:incuiat\w*|blocat\w*) (?:\S+ ){0,2}iesire\w* de (?:urgenta|incendiu)`,
      String.raw`miroase (?:\S+ ){0,3}a gaz|miros (?:\S+ ){0,2}de gaz|pute a gaz`,
      String.raw`(?:fire|cabluri|cablu|sarme)\w* (?:\S+ )?(?:electric\w* )?(?:\S+ )?(?:dezizolat\w*|descoperit\w*|neizolat\w*|atarna\w*|rupt\w*|goale)|(?:l-a|m-a|a) (?:\S+ )?(?:electrocutat|curentat|prins curentul)|electrocutat`,
      String.raw`(?:aparatoare|aparatoarea|protectia|protectie|capacul de protectie|grilaj\w*|butonul de (?:urgenta|oprire))\w* (?:\S+ ){0,3}(?:scoas\w*|dat\w* jos|lipsa|lipseste|nu functioneaza|defect\w*|demontat\w*)|au scos (?:\S+ )?(?:aparatoarea|protectia|capacul)|fara (?:aparatoare|protectie|grilaj|capac de protectie)\b`,
      String.raw`(?:acid|soda|clor|chimical\w*|substanta|solutie|inalbitor|dezinfectant)\w* (?:\S+ ){0,3}in (?:ochi|fata)|i-a (?:sarit|intrat) (?:\S+ ){0,2}in ochi|(?:il|o|ma) (?:ard|usture) ochii`,
      String.raw`(?:a disparut|nu mai e de gasit|nu-l gasim|nu o gasim|nu-l mai gasim|nu raspunde la telefon) (?:\S+ ){0,3}(?:de la|din|de) (?:pauza|dimineata|pranz|tura|aseara)|(?:zace|e cazut|sta) (?:\S+ ){0,2}(?:pe jos|pe podea|la pamant) (?:\S+ ){0,3}(?:nu (?:se misca|raspunde|reactioneaza))|nu (?:isi revine|reactioneaza|se trezeste)|i s-a facut rau`,
    ],
    harassment: [
      String.raw`(?:ma|o|ne) (?:\S+ )?(?:atinge|pipaie|pune mana|apuca)\w* (?:\S+ ){0,3}(?:mereu|zilnic|in fiecare zi|tot timpul|intruna|de luni)|(?:mereu|zilnic|tot timpul|de luni de zile) (?:\S+ ){0,3}(?:ma|o) (?:atinge|pipaie)|(?:pune|baga) mana pe (?:mine|fundul|sanii|piept)`,
    ],
    threat: [
      String.raw`(?:ma|ne) (?:\S+ )?(?:ameninta|santajeaza)\w*|(?:zice|spune|a zis) ca (?:ma|ne) (?:da|dau) afara daca|daca (?:spun|zic|vorbesc) (?:\S+ ){0,3}(?:ma da afara|ma concediaza|ma omoara)`,
    ],
    'self-harm': [
      String.raw`(?:pun|voi pune|o sa pun|vreau sa pun) capat (?:la tot|vietii(?: mele)?)`,
      String.raw`nu mai (?:are|are niciun|vad) (?:\S+ )?rost|vreau sa (?:dispar|nu mai fiu)|(?:toti|toata lumea) (?:\S+ ){0,2}mai bine fara mine|m-am saturat de viata|nu mai pot sa traiesc`,
    ],
  },
};
