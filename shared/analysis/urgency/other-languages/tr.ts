import type { OtherLanguage } from './table';

// Written without Turkish letters (folding reads "yangın" as "yangin", "şef" as "sef"), as many type them anyway.
export const turkish: OtherLanguage = {
  code: 'tr',
  name: 'Turkish',
  words:
    'bir ve bu da de icin ile ben sen biz var yok cok ama gibi daha ne mi benim bana beni onu ona burada orada lutfen acil yardim yangin duman imdat abi abla hemen simdi usta sef mudur intihar bicak bicakla silah tabanca tecavuz oldurecek oldurecegim oldururum bayildi kayboldu dovdu dustu kokuyor ambulans polis artik cocuk akiyor dedi bana kendimi istiyorum nefes alamiyor almiyor yigildi yere depoda disari herkes sikisti ezildi cekti itfaiye kilitli kablo kablolar koruma kimyasal gozleri tehdit dokunuyor kayip vardiya vardiyadan beri ustabasi sicradi atarim bensiz yasamak cozuldu tekrar gundur veda vedalasti mesajinda telefonu kokusu mutfak mutfakta fabrikada atolyede iceride insanlar alevlendi sondurulmustu depodaki',
  bounds: 'word',
  story: String.raw`film\w*|dizi\w*|oyun\w*|kitap\w*|haber\w*|gazete\w*`,
  fixed: String.raw`cozuldu|cozulmus|tamir edildi|tamir ettiler|duzeltildi|duzelttiler|giderildi|halledildi|acildi`,
  still: String.raw`yine|tekrar|hala|gene`,
  calm: [
    // A project, a shift or the heat "going to kill me" is tiredness; a person who will is still a threat (blind round 26).
    String.raw`(?:proje|is|mesai|vardiya|toplanti|rapor|hafta|sinav|trafik|sicak|yorgunluk|fazla mesai|bu tempo)\S* (?:\S+ )?beni (?:oldurecek|olduruyor|bitirecek|bitiriyor)`,
    String.raw`yangin (?:tatbikati|talimi|egitimi|sondurucu\w*|(?:merdiveni|kapisi)(?! (?:\S+ ){0,3}(?:kilitli|kapali|kapatilmis|zincir|tikali|engellenmis))|alarmi testi|sigortasi)|tatbikat\w*`,
    String.raw`(?:telefon|sarj|pil|batarya)\w* (?:\S+ )?(?:bitti|oldu|gitti|yok)|sarjim bitti`,
    String.raw`(?:film|dizi|oyun|kitap)\w*`,
    String.raw`(?:bir )?kahve (?:icin|icn) (?:adam )?oldururum|gulmekten (?:oldum|olecegim|oluyorum)|acliktan oluyorum|yangin yok|yangin degil`,
    String.raw`bicak(?:la)? (?:\S+ )?(?:doguyorum|kesiyorum|kestim|soyuyorum)|(?:ekmek|sogan|domates|et)\w* (?:\S+ )?bicak`,
  ],
  cries: String.raw`imdat|yardim(?: edin)?|yangin(?: var)?|sos`,
  urgent: {
    safety: [
      // A fire back after it was put out: "söndürülmüştü ama tekrar alevlendi" (blind round 29).
      String.raw`(?:tekrar|yeniden|yine|gene) (?:alevlendi|alev ald\w*|tutustu|yanmaya basladi|yaniyor|parladi)`,
      // Smoke in a place, the place last (att28: "duman depoda"); cigarette smoke is none.
      String.raw`(?<!sigara\s)duman (?:\S+(?:da|de|ta|te))(?!\S)`,
      // A foot or hand crushed, much blood (blind round 26).
      String.raw`(?:ayagini|ayagi|elini|eli|bacagini|bacagi|kolunu|kolu|parmagini|parmagi|parmaklarini) (?:\S+ )?(?:ezdi|ezildi|kopardi|koptu|sikisti|sikistirdi|kesti)|cok kan var|kan (?:durmuyor|duramiyor|kaybediyor)`,
      String.raw`yangin(?: var| cikti| basladi|!| cikmis)|yaniyor|alev(?:ler)? (?:var|aldi|cikiyor)|duman (?:var|cikiyor|geliyor)|gaz (?:kacagi|kokusu|kaciyor|sizintisi)|gaz kokuyor`,
      String.raw`nefes (?:almiyor|alamiyor)|bayildi|bayilmis|bilinci (?:yok|kapali|kapandi)|kendinde degil|yere yigildi|yigildi|kan(?:i)? (?:durmuyor|akiyor|kaybediyor)|cok kan(?:ama|iyor)|kaniyor`,
      String.raw`(?:biri|birisi|adam|kadin|arkadas\w*|isci|usta|abi|abla|cocuk|o|forklift) (?:\S+ )?(?:dustu|dusmus|dusup)|(?:merdivenden|iskeleden|merdivenlerden|yuksekten) dus\w*|altinda kaldi|sikisti|ezildi|mahsur kaldi`,
      String.raw`ambulans (?:cagir|cagirin|lazim|gelsin)\w*|polis(?:i)? (?:cagir|cagirin|arayin)\w*|112(?:yi)? (?:arayin|ara)|imdat|yardim (?:edin|et) ?!|(?:cocuk|isci|arkadas|usta|adam|kadin|oglum|kizim)\w* (?:\S+ )?kayboldu|kayip (?:isci|cocuk)|(?:cocuk|isci|arkadas)\w* (?:yok|bulunamiyor|kayip)`,
    ],
    weapon: [
      // Walking at someone with a blade or a gun (blind round 26).
      String.raw`(?:bicag\S*|maket bicag\S*|satir\S*|tabanca\S*|silah\S*)(?: \S+){0,2} (?:ustune|uzerine|pesinden) (?:yuruyor|yurudu|kostu|kosuyor|geliyor|geldi|saldiriyor|saldirdi)`,
      String.raw`(?:elinde|belinde|cantasinda|ustunde) (?:bir )?(?:bicak|silah|tabanca)|bicak(?:la|li)|bicakladi|silah(?:la|li)|tabanca(?:yla|li)|(?:bicak|silah|tabanca) (?:cekti|cikardi|var|sikti|sallad\w*)|ates (?:acti|ediyor|etti)|vuruldu`,
    ],
    threat: [
      String.raw`(?:seni|sizi|onu|hepinizi|hepimizi|beni) (?:\S+ )?(?:oldurece\w*|oldururum|olduruc\w*|gebertir\w*|gebertece\w*|vuracak\w*|bicaklaya\w*)|oldurmekle tehdit|olum tehdidi`,
      String.raw`(?:beni|bizi|onu) (?:\S+ )?(?:dovdu|dovuyor|dovecek|vurdu|tokatladi|itti|tekmeledi|bogazladi|bogmaya)|dayak (?:atti|yedim)|darp (?:etti|edildi)`,
    ],
    harassment: [
      String.raw`tecavuz\w*|taciz (?:etti|ediyor|edildim)|cinsel (?:saldiri|istismar|taciz)|(?:beni|bana) (?:\S+ )?(?:elledi|dokunuyor|dokundu)`,
    ],
    'self-harm': [
      String.raw`intihar (?:edece\w*|etmek|etcem|edicem)|kendimi (?:oldur\w*|asaca\w*|kesece\w*|kesiyorum|oldurmek)|olmek istiyorum|yasamak istemiyorum|canima kiyaca\w*`,
    ],
  },
  described: {
    safety: [
      // Blind round 25: someone locked in a cold store or a room ("soğuk hava deposunda -25, Ali içerde kilitli kaldı").
      String.raw`(?:iceride|icerde|icinde|icine) (?:\S+ ){0,2}(?:kilitli|mahsur) kal\w*|(?:soguk hava depo|dondurucu|sogutucu|soguk oda)\w*[^.!?\n]{0,60}(?:kilitli kal\w*|mahsur kal\w*|kapali kal\w*)`,
      // Blind round 24: a vehicle or scaffold overturned with someone under it.
      String.raw`(?:forklift|istif makinesi|kamyon|traktor|vinc|iskele|kepce)\w* devril\w*[^.!?\n]{0,40}altinda|altinda (?:biri|birisi|bir isci|bir adam|adam|isci|arkadas\w*) (?:var|kaldi)`,
      // Someone gone with the phone off, either order ("vardiyadan sonra kayboldu, telefonu kapalı, evde de yok").
      String.raw`(?:kayboldu|kayip|ortada yok|ortadan kayboldu|nerede oldugunu (?:kimse )?bilmiyor\w*|evde (?:de )?yok|ise gelmedi|vardiyaya gelmedi)[^.!?\n]{0,100}?(?:telefonu (?:\S+ )?(?:kapali|ulasilamiyor|cevap vermiyor|acmiyor)|ulasilamiyor)|(?:telefonu (?:\S+ )?(?:kapali|ulasilamiyor|cevap vermiyor|acmiyor)|ulasilamiyor)[^.!?\n]{0,100}?(?:kayboldu|kayip|ortada yok|nerede oldugunu (?:kimse )?bilmiyor\w*|evde (?:de )?yok|ise gelmedi|vardiyaya gelmedi)`,
      // A tank, silo or well entered and no sign since ("tanka girdi bir saattir cikmadi, cevap vermiyor").
      String.raw`(?:tank\w*|silo\w*|kuyu\w*|rogar\w*|kanalizasyon\w*|sarnic\w*|havuz\w*|bunker\w*|fosseptik\w*|depo(?:ya|nun icine)) (?:\S+ ){0,2}(?:girdi|indi|girmisti|inmisti|girdiler|indiler)\b[^.!?\n]{0,80}?(?:cikmadi|cikamadi|cikmiyor|cikamiyor|donmedi|cevap vermiyor|cevap vermedi|ses vermiyor|sesi gelmiyor|haber alinamiyor)`,
      String.raw`(?:demans|alzheimer)\S*[^.!?]{0,80}(?:(?:tek basina|yalniz) (?:\S+ ){0,2}(?:cikti|cikmis|gitti|kayboldu)|bulamiyoruz|kayboldu|kayip)|(?:cocu|bebe|ogrenci)\S*[^.!?]{0,40}(?:tuvalet|banyo|oda|dolab|depo)(?:e|a|ya|ye|ta|te|da|de) (?:\S+ )?(?:kilitli|kilitlendi|kilitlemis\S*|kapatilmis|kapatildi)|(?:cocu|bebe)\S*[^.!?]{0,30}kilitle\S*[^.!?]{0,20}(?:tuvalet|banyo|oda|dolab)(?:e|a|ya|ye|ta|te|da|de)`,
      String.raw`(?:telefonu (?:kapali|acmiyor|kapatilmis)|ulasilamiyor)\b[^.!?]{0,100}\b(?:kimse (?:\S+ )?nerede (?:oldugunu )?bilmiyor|\S+ (?:beri|bu yana) yok)|(?:kimse (?:\S+ )?nerede (?:oldugunu )?bilmiyor|\S+ (?:beri|bu yana) yok)\b[^.!?]{0,100}\b(?:telefonu (?:kapali|acmiyor|kapatilmis)|ulasilamiyor)`,
      String.raw`(?:acil|yangin|kacis) (?:cikis|cikisi|kapisi|kapi|merdiveni|yolu)\w* (?:\S+ ){0,4}(?:kilitli|kilitlendi|kilitlemis\w*|kilitledi\w*|kapali|kapatilmis|kapattilar|zincir\w*|tikali|tikanmis|engellenmis|onu (?:\S+ )?dolu)|cikis kapisi (?:\S+ ){0,3}(?:kilitli|kapali|zincir\w*)`,
      String.raw`gaz (?:\S+ ){0,2}(?:kokusu|kokuyor|koktu)|gaz gibi kokuyor`,
      String.raw`(?:acik|acikta|ciplak|soyulmus|sarkan|kopuk|yalitimsiz)\w* (?:\S+ )?(?:kablo|tel)\w*|kablo\w* (?:\S+ ){0,2}(?:acikta|soyulmus|sarkiyor|cikmis|ciplak)|elektrik (?:carpti|carpiyor|kacagi)|akim (?:kacagi|carpti)`,
      String.raw`(?:koruma|koruyucu|muhafaza|siper)\w* (?:\S+ ){0,3}(?:sokulmus|sokuldu|sokmusler|cikarilmis|cikarildi|cikardilar|yok|takilmamis|iptal)|acil stop\w* (?:\S+ )?(?:calismiyor|bozuk|iptal)`,
      String.raw`(?:kimyasal|asit|camasir suyu|kostik|cozucu)\w* (?:\S+ ){0,3}(?:sicradi|sicramis|dokuldu|kacti|yuzune|gozune|gozlerine)|(?:gozu|gozleri|gozum|gozlerim)\w* (?:\S+ )?(?:yaniyor|yandi|goremiyor)`,
      String.raw`beri (?:\S+ )?(?:kayip|ortada yok|haber yok|haber alamiyoruz|ulasilamiyor|gorulmedi)|(?:yere|yerde) (?:\S+ ){0,2}(?:yatiyor|kalkmiyor)|(?:bayildi|dustu|yigildi)\w* (?:\S+ ){0,3}(?:cevap|tepki) vermiyor|kendine gelmiyor|fenalasti`,
    ],
    harassment: [
      // Blind round 24: followed, or waited for at home.
      String.raw`(?:beni|bizi|onu) (?:\S+ ){0,3}takip ediyor|pesimden (?:geliyor|eve kadar)|ev(?:imin|imizin) (?:onunde|kapisinda) (?:\S+ )?bekliyor`,
      String.raw`(?:surekli|her gun|aylardir|haftalardir|hep|devamli)\w* (?:\S+ ){0,3}(?:dokunuyor|elliyor|sarkintilik|taciz)|sarkintilik|(?:bana|beni) (?:\S+ ){0,2}(?:elliyor|sikistiriyor|dokunmaya)`,
    ],
    threat: [
      String.raw`(?:beni|bizi|bana|bize) (?:\S+ ){0,3}tehdit (?:ediyor|etti|edip)|tehdit ediyor|(?:kimseye|birine) (?:\S+ )?(?:soylersen|soylersem|anlatirsan|soyleyen) (?:\S+ ){0,3}(?:atarim|atacak|oldururum|gorursun)`,
    ],
    'self-harm': [
      String.raw`her seye (?:\S+ )?son ver(?:ece\w*|icem|cem|mek istiyorum)|hayatima son ver\w*`,
      // Someone gone or unreachable whose last message said goodbye to everyone, either order ("2 gündür yok, telefonu
      // kapalı, son mesajında herkese veda etti"). A goodbye alone is a leaving do ("emekli müdür herkese veda etti").
      String.raw`(?:(?:\d+|bir|iki|uc|dort|bes) (?:gundur|gunden beri|saattir|haftadir)|(?:dunden|sabahtan|aksamdan|dun geceden|pazartesiden) beri) (?:\S+ )?(?:yok|ortada yok|haber (?:yok|alamiyoruz)|gelmiyor|ulasilamiyor|kayip)\b[^.!?\n]{0,150}?(?:veda (?:etti|etmis|ediyor|yazdi|mesaji)|vedalasti|vedalasmis|hoscakalin|elveda|hakkinizi helal edin|helallik (?:istedi|diledi))|(?:kayboldu|kayip|ortada yok|ortadan kayboldu|ulasilamiyor|telefonu (?:\S+ )?(?:kapali|acmiyor))\b[^.!?\n]{0,150}?(?:veda (?:etti|etmis|ediyor|yazdi|mesaji)|vedalasti|vedalasmis|hoscakalin|elveda|hakkinizi helal edin|helallik (?:istedi|diledi))|(?:veda (?:etti|etmis|ediyor|yazdi|mesaji)|vedalasti|vedalasmis|hoscakalin|elveda|hakkinizi helal edin|helallik (?:istedi|diledi))\b[^.!?\n]{0,150}?(?:kayboldu|kayip|ortada yok|ortadan kayboldu|ulasilamiyor|telefonu (?:\S+ )?(?:kapali|acmiyor)|(?:\d+|bir|iki|uc) (?:gundur|saattir) (?:\S+ )?(?:yok|haber yok|ulasilamiyor))`,
      String.raw`bensiz (?:\S+ ){0,2}(?:daha iyi|rahat)|yasamanin (?:bir )?anlami (?:yok|kalmadi)|kaybolmak istiyorum|her seye son vermek|uyanmak istemiyorum|artik dayanamiyorum`,
    ],
  },
};
