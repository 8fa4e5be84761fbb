import type { OtherLanguage } from './table';

// Folded: "å", "ä" read "a", "ö" reads "o" ("hjälp" is "hjalp", "föll" is "foll"), as many type them anyway.
export const swedish: OtherLanguage = {
  code: 'sv',
  name: 'Swedish',
  words:
    'och jag det inte som har med ar ett han ni forfoljer utanfor kvall hjalp snalla kollega kollegan jobbet lagret nagon nagot nagra eller mycket kan ska vill brinner brandkaren ambulans polisen luktar andas medvetslos knivhuggen valdtagen forsvunnen fastklamd doda sjalvmord chefen igar bloder kraftigt andas svimmade ryker brinner hotar tafsar nodutgangen nodutgang utrymningsvagen blockerad sladdar skyddet borttaget syra ogonen forsvinna fixat lagat igen backar backade korde nastan overkord pakord att vid lastbilen gaffeltrucken fotgangare kemikalier lackte labbet kollega kollegan brinner lagret slar',
  bounds: 'word',
  negation: String.raw`inte|ingen|inget|aldrig|utan`,
  story: String.raw`film\w*|serie\w*|spel\w*|bok\w*|avsnitt\w*|nyhet\w*|tidning\w*`,
  fixed: String.raw`fixat|fixad|lagat|lagad|atgardat|atgardad|ordnat|falskt larm`,
  still: String.raw`igen|fortfarande|annu`,
  calm: [
    String.raw`brand ?(?:ovning\w*|larm ?(?:test|prov)\w*|slackare\w*|dorr\w*(?! (?:\S+ ){0,3}(?:last|blockerad|kedja|igenstalld))|trapp\w*|skydd\w*|utbildning\w*|syn)|(?:ovning|test|utbildning|kurs)\w* (?:\S+ ){0,2}(?:brand|utrymning)\w*`,
    String.raw`(?:mobil|telefon|batteri|laptop|dator)\w* (?:ar |har )?(?:\S+ )?(?:dod|slut|dog|urladdad)`,
    String.raw`(?:film|serie|spel|bok|avsnitt)\w*`,
    String.raw`skratta (?:mig )?ihjal|dor av (?:skratt|tristess|hunger)|skulle (?:kunna )?doda for|doda tiden`,
    String.raw`(?:skar|skara|hacka|skala)\w* (?:\S+ ){0,3}(?:med )?(?:en |kniven )?kniv\w*|kniv och gaffel|kokskniv\w*`,
  ],
  cries: String.raw`hjalp(?: (?:mig|oss))?|det brinner|brand`,
  urgent: {
    safety: [
      // A Swedish subject with an English tail: "min kollega can't breathe properly" (blind round 29).
      String.raw`(?:kollega|kollegan|arbetskamrat\w*|chef\w*|kund\w*|han|hon) (?:\S+ ){0,2}(?:can'?t|cannot|cant|kan inte) (?:breathe|andas)`,
      // Run over or into by a truck or a car; lying bleeding (blind round 26).
      String.raw`(?:truck\S*|gaffeltruck\S*|bil\S*|lastbil\S*|skotare\S*) (?:har )?(?:kort|korde|backade) (?:pa|over|in i) (?:\S+ )?\S+|ligger och bloder|bloder (?:mycket|kraftigt|som fan)`,
      String.raw`det brinner|brinner (?:i|pa|har)|brand (?:i|pa|har|ute)|eldsvada|(?:det )?ar (?:en )?brand|eld (?:i|pa)|(?:det )?ryker|rok (?:kommer|overallt|i|fran)|gaslukt|luktar gas|gaslacka|lacker gas|gasen lacker`,
      String.raw`andas inte|medvetslos|svimma(?:de|t)|kollapsa(?:de|t)|blod(?:er)? (?:mycket|kraftigt|massor|overallt)|mycket blod`,
      String.raw`(?:foll|ramlade|har fallit|har ramlat) (?:ner )?(?:fran|av) (?:stegen|trappan|stallningen|taket|hojd)|(?:han|hon|nagon|kollegan) (?:har )?(?:ramlat|ramlade|foll) (?:och|ihop)|klamd\w*|fastklamd|fast under|krossad|instangd`,
      String.raw`ring (?:efter )?(?:en )?(?:ambulans|polis|polisen|brandkaren|112)|ringa 112|(?:hjalp|hjalp mig) ?!|(?:ar |har )?forsvunnen|(?:barnet|barn|kollegan|arbetaren)\w* (?:ar )?(?:borta|forsvunn\w*|saknas)`,
    ],
    weapon: [
      String.raw`(?:har|hade|med|drog|viftar med|viftade med|bar|tog fram) (?:en |ett )?(?:kniv|pistol|vapen|gevar|skjutvapen)|skottlossning|skjuter|skot (?:pa|mot)|knivhogg\w*|knivskuren|skjuten|skottskadad`,
    ],
    threat: [
      // Someone hitting or kicking a person now: "en kund slår min kollega just nu" (blind round 29).
      String.raw`(?:slar|sparkar|misshandlar|knuffar|stryper|slog|sparkade|misshandlade) (?:min|mina|mig|oss|honom|henne|en|ett|var|vara|hans|hennes) ?(?:\S+)?`,
      String.raw`(?:ska|kommer att|tanker|hotar att) (?:\S+ )?(?:doda|morda|skjuta|knivhugga|sla ihjal|mucka) (?:dig|er|honom|henne|alla|oss|mig)|dodar dig|mordar dig|dodshot\w*|hotar (?:att doda|mig|oss)`,
      String.raw`(?:slar|slog|sparkade|sparkar|knuffade|stryper|strypte|misshandlade) (?:mig|oss|henne|honom)|misshandl\w*`,
    ],
    harassment: [
      String.raw`valdtag\w*|valdtog|valdtakt\w*|antastad|tafsade|tafsar|sexuellt ofredande|sexuella overgrepp`,
    ],
    'self-harm': [
      String.raw`(?:vill|ska) (?:bara )?(?:do|ta livet av mig|doda mig)|ta livet av mig|sjalvmord|skada mig sjalv|skar mig sjalv|vill inte leva|orkar inte (?:\S+ )?leva|(?:ta|tar|tanker ta|ska ta|kommer (?:att )?ta) mitt (?:eget )?liv`,
    ],
  },
  described: {
    safety: [
      // Blind round 25: cold that makes someone confused or shake ("-30 ute och Erik … pratar konstigt och skakar").
      String.raw`(?:[-−]\d{2}|minus \d+|iskallt|kylan|frysrum\w*|frys\w*)[^.!?\n]{0,100}(?:pratar (?:konstigt|osammanhangande|sluddrigt)|sluddrar|skakar|forvirrad|kanner inte (?:sina )?(?:hander|fotter|fingrar))`,
      // Someone gone with the phone off, either order ("försvann efter nattskiftet, telefonen är avstängd").
      String.raw`(?:forsvann|forsvunnen|forsvunnit|ar inte hemma|inte (?:kommit|dykt upp) (?:till|pa) (?:jobbet|passet|skiftet)|ingen vet var (?:han|hon) ar)\b[^.!?\n]{0,100}?(?:(?:telefonen?|mobilen?) (?:\S+ ){0,2}(?:avstangd|av|dod)|svarar inte)|(?:(?:telefonen?|mobilen?) (?:\S+ ){0,2}(?:avstangd|av|dod)|svarar inte)\b[^.!?\n]{0,100}?(?:forsvann|forsvunnen|forsvunnit|ar inte hemma|inte (?:kommit|dykt upp) (?:till|pa) (?:jobbet|passet|skiftet))`,
      // A hand or arm caught in a machine ("fastnat med armen i pressen", "handen har fastnat i valsen").
      String.raw`(?:arm|armen|hand|handen|finger|fingret|fingrar|fingrarna|tummen|benet|foten|haret|armar|hander|handerna)\b[^.!?\n]{0,30}?\b(?:fastnat|fastnade|fastnar|sitter fast|satt fast|klamd|klamdes|klamt|klams|drogs in|dragits in|kom in|fick in|fastklamd)\b[^.!?\n]{0,20}?\bi (?:\S+ )?(?:pressen|press|maskinen|maskin|valsen|valsarna|bandet|transportbandet|kvarnen|sagen|kedjan|kugghjulet|kuggarna|rullarna|rullen|blandaren|skruven|frasen|svarven|krossen|hacken)|(?:fastnat|fastnade|fastnar|sitter fast|satt fast|klamd|klamdes|klamt|fastklamd)\b[^.!?\n]{0,20}?\b(?:med )?(?:\S+ )?(?:arm|armen|hand|handen|finger|fingret|fingrarna|tummen|benet|foten|haret|handerna)\b[^.!?\n]{0,10}?\bi (?:\S+ )?(?:pressen|press|maskinen|maskin|valsen|valsarna|bandet|transportbandet|kvarnen|sagen|kedjan|kugghjulet|kuggarna|rullarna|rullen|blandaren|skruven|frasen|svarven|krossen|hacken)`,
      // A silo, tank or well entered and no word since ("har inte hörts av sedan han gick in i silon").
      String.raw`(?:gick|gatt|klattrade|klev|krop|steg|hoppade|for) (?:\S+ )?(?:in i|ner i|ned i) (?:\S+ )?(?:silo\w*|tank\w*|cistern\w*|brunn\w*|kulvert\w*|behallare\w*|schakt\w*|avlopp\w*|bassang\w*|rotkammare\w*|pumpgrop\w*|slamavskiljare\w*)\b[^.!?\n]{0,80}?(?:(?:har )?inte (?:\S+ )?(?:kommit (?:upp|ut|tillbaka)|kommer (?:upp|ut)|horts av|hort av sig|svarat|svarar)|svarar inte|hors inte|(?:bara|endast) (?:en|den ena) (?:kom|har kommit) (?:upp|ut)|ar kvar (?:darinne|dar nere))|(?:(?:har )?inte (?:\S+ )?(?:kommit (?:upp|ut|tillbaka)|horts av|hort av sig|svarat)|ingen (?:har )?hort (?:\S+ ){0,2}fran (?:honom|henne|dem))\b[^.!?\n]{0,80}?(?:gick|gatt|klattrade|klev|krop|steg|hoppade|for) (?:\S+ )?(?:in i|ner i|ned i) (?:\S+ )?(?:silo\w*|tank\w*|cistern\w*|brunn\w*|kulvert\w*|behallare\w*|schakt\w*|avlopp\w*|bassang\w*|rotkammare\w*|pumpgrop\w*|slamavskiljare\w*)`,
      String.raw`(?:(?:telefonen?|mobilen?) (?:\S+ )?(?:avstangd|av|dod)|svarar inte)\b[^.!?]{0,100}\b(?:ingen vet var (?:han|hon|de) ar|(?:har varit|ar) borta sedan (?:igar|i natt|imorse|i morse))|(?:ingen vet var (?:han|hon|de) ar|(?:har varit|ar) borta sedan (?:igar|i natt|imorse|i morse))\b[^.!?]{0,100}\b(?:(?:telefonen?|mobilen?) (?:\S+ )?(?:avstangd|av|dod)|svarar inte)`,
      String.raw`(?:demens|dement\S*|alzheimer)\b[^.!?]{0,100}\b(?:(?:gatt|gick|smet) ut ensam|forsvunnen|forsvann|(?:har varit|ar) borta|hittar (?:honom|henne) inte|ingen hittar)|(?:(?:gatt|gick|smet) ut ensam|forsvunnen|forsvann)\b[^.!?]{0,100}\b(?:demens|dement\S*|alzheimer)|(?:barn|barnet|ungen|pojken|flickan)\b[^.!?]{0,40}\b(?:inlast|inlasta|instangd)\b[^.!?]{0,30}\bi (?:toaletten|badrummet|rummet|garderoben|forradet)`,
      String.raw`(?:nodutgang|nodutgangen|nodutgangar|utrymningsvag|utrymningsvagen|branddorr|branddorren|nodutrymning)\w* (?:\S+ ){0,4}(?:last|lasta|lasts|blockerad|blockerade|blockerat|igenstallda|igenstalld|kedjad|belamrad|spard)|(?:blockerad|last|blockerat) (?:\S+ ){0,2}nodutgang\w*`,
      String.raw`(?:luktar|stinker|luktade) (?:\S+ ){0,5}gas|(?:kanner|kande) (?:\S+ ){0,2}gaslukt`,
      String.raw`(?:stromforande|oisolerade|blottade|nakna|trasiga|losa|skalade|hangande)\w* (?:\S+ )?(?:sladd|sladdar|kabel|kablar|ledning|ledningar)|(?:sladd|sladdar|kablar|ledningar) (?:\S+ ){0,3}(?:hanger (?:lost|fritt|ner)|sticker ut|ligger blottade|ar blottade)|fick (?:en )?(?:strom|stot|elstot)`,
      String.raw`(?:skyddet|skydd|skyddskapan|skyddskapa|skyddsgallret|nodstoppet|ljusridan)\w* (?:\S+ ){0,4}(?:borttaget|borttagen|bortplockat|avstangt|avstangd|urkopplat|trasigt|saknas|bortmonterat)`,
      String.raw`(?:kemikalie|syra|lut|klor|rengoringsmedel|frätande|fratande)\w* (?:\S+ ){0,4}i (?:ogonen|ogat|ansiktet)|(?:ogonen|ogat) (?:\S+ ){0,2}(?:branner|svider)`,
      // A vehicle that ran over or nearly ran over someone, either order ("en truck backar utan att titta, nästan körde
      // över en kille"). "Chefen körde över mig på mötet" (overruled me) has no vehicle in it.
      String.raw`(?:truck\w*|gaffeltruck\w*|lastbil\w*|bilen|hjullastare\w*|traktor\w*|buss\w*|skylift\w*|pallyftare\w*|staplare\w*|lastmaskin\w*|gravmaskin\w*|foraren|forare)\b[^.!?\n]{0,80}?\b(?:(?:korde|kort|kor|kora|backade|backar|backat|backa|rullade) (?:nastan |nara )?(?:over|pa|in i) (?:en |ett )?(?:kille|tjej|kollega|person|arbetare|gubbe|man|kvinna|mig|honom|henne|nagon|oss|fotgangare|lagerarbetare|plockare)\w*|(?:nastan|nara att|holl pa att) (?:\S+ ){0,2}(?:kora|backa|korde|backade|meja) (?:over|pa|in i|ner)|(?:blev|blivit|nastan) (?:\S+ )?(?:overkord|pakord|mejad)\w*)|(?:(?:korde|kort|backade|backat) (?:nastan |nara )?(?:over|pa) (?:en |ett )?(?:kille|tjej|kollega|person|arbetare|fotgangare)\w*|(?:blev|blivit) (?:\S+ )?(?:overkord|pakord)\w*)\b[^.!?\n]{0,80}?\b(?:truck\w*|gaffeltruck\w*|lastbil\w*|bilen|hjullastare\w*|traktor\w*|buss\w*|staplare\w*|foraren)|(?:har blivit|blev) (?:\S+ )?(?:overkord|pakord)`,
      String.raw`(?:har varit|ar) (?:\S+ ){0,2}forsvunn\w*|ingen (?:har )?(?:sett|hort fran) (?:honom|henne) (?:sedan|pa)|(?:vaknar|reagerar|svarar) inte(?! pa (?:mail|mejl|sms))|ligger (?:\S+ ){0,2}(?:pa golvet|pa marken) (?:\S+ ){0,2}(?:ror sig inte|reagerar inte)`,
    ],
    harassment: [
      // Blind round 24: followed home, or waiting outside now.
      String.raw`forfoljer (?:mig|henne|honom|oss)|(?:star|vantar) utanfor (?:\S+ ){0,2}(?:nu|mitt hus|min dorr|min lagenhet|hemma)`,
      String.raw`(?:tafsar|tafsade) (?:\S+ ){0,2}pa (?:mig|min|mina|rumpan|brosten)|ror vid (?:mig|min|mina)|(?:hela tiden|varje dag|varje pass|i manader|i veckor) (?:\S+ ){0,3}(?:tafsar|ror vid mig|ror mig)`,
    ],
    threat: [String.raw`hotar (?:\S+ ){0,3}(?:sparka|avskeda|att jag)|hotar mig (?:\S+ ){0,3}(?:varje|hela)`],
    'self-harm': [
      String.raw`(?:ska|tanker|vill|ville|kommer att|gor) (?:\S+ ){0,2}(?:gora slut pa|avsluta) (?:allt(?=\s*(?:$|[.,;!?])|(?: ikvall| inatt| idag)\s*(?:$|[.,;!?]))|mig sjalv|mitt liv|livet)|gora slut pa (?:mig sjalv|mitt liv)`,
      String.raw`(?:vill|ville) (?:\S+ ){0,2}forsvinna|orkar inte (?:mer|langre)(?:,| och) (?:\S+ ){0,3}(?:forsvinna|do|sluta)|(?:alla|ni) (?:\S+ ){0,2}(?:battre|lattare) utan mig|vill inte vakna|ingen mening (?:att|med att) leva`,
    ],
  },
};
