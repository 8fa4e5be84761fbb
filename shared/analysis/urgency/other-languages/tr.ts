import type { OtherLanguage } from './table';

// Written without Turkish letters (folding reads "yangın" as "yangin", "şef" as "sef"), as many type them anyway.
export const turkish: OtherLanguage = {
  code: 'tr',
  name: 'Turkish',
  words:
    'bir ve bu da de icin ile ben sen biz var yok cok ama gibi daha ne mi benim bana beni onu ona burada orada lutfen acil yardim yangin duman imdat abi abla hemen simdi usta sef mudur intihar bicak bicakla silah tabanca tecavuz oldurecek oldurecegim oldururum bayildi kayboldu dovdu dustu kokuyor ambulans polis artik cocuk akiyor dedi bana kendimi istiyorum nefes alamiyor almiyor yigildi yere depoda disari herkes sikisti ezildi cekti itfaiye',
  bounds: 'word',
  story: String.raw`film\w*|dizi\w*|oyun\w*|kitap\w*|haber\w*|gazete\w*`,
  calm: [
    String.raw`yangin (?:tatbikati|talimi|egitimi|sondurucu\w*|merdiveni|kapisi|alarmi testi|sigortasi)|tatbikat\w*`,
    String.raw`(?:telefon|sarj|pil|batarya)\w* (?:\S+ )?(?:bitti|oldu|gitti|yok)|sarjim bitti`,
    String.raw`(?:film|dizi|oyun|kitap)\w*`,
    String.raw`(?:bir )?kahve (?:icin|icn) (?:adam )?oldururum|gulmekten (?:oldum|olecegim|oluyorum)|acliktan oluyorum|yangin yok|yangin degil`,
    String.raw`bicak(?:la)? (?:\S+ )?(?:doguyorum|kesiyorum|kestim|soyuyorum)|(?:ekmek|sogan|domates|et)\w* (?:\S+ )?bicak`,
  ],
  cries: String.raw`imdat|yardim(?: edin)?|yangin(?: var)?|sos`,
  urgent: {
    safety: [
      String.raw`yangin(?: var| cikti| basladi|!| cikmis)|yaniyor|alev(?:ler)? (?:var|aldi|cikiyor)|duman (?:var|cikiyor|geliyor)|gaz (?:kacagi|kokusu|kaciyor|sizintisi)|gaz kokuyor`,
      String.raw`nefes (?:almiyor|alamiyor)|bayildi|bayilmis|bilinci (?:yok|kapali|kapandi)|kendinde degil|yere yigildi|yigildi|kan(?:i)? (?:durmuyor|akiyor|kaybediyor)|cok kan(?:ama|iyor)|kaniyor`,
      String.raw`(?:biri|birisi|adam|kadin|arkadas\w*|isci|usta|abi|abla|cocuk|o|forklift) (?:\S+ )?(?:dustu|dusmus|dusup)|(?:merdivenden|iskeleden|merdivenlerden|yuksekten) dus\w*|altinda kaldi|sikisti|ezildi|mahsur kaldi`,
      String.raw`ambulans (?:cagir|cagirin|lazim|gelsin)\w*|polis(?:i)? (?:cagir|cagirin|arayin)\w*|112(?:yi)? (?:arayin|ara)|imdat|yardim (?:edin|et) ?!|(?:cocuk|isci|arkadas|usta|adam|kadin|oglum|kizim)\w* (?:\S+ )?kayboldu|kayip (?:isci|cocuk)|(?:cocuk|isci|arkadas)\w* (?:yok|bulunamiyor|kayip)`,
    ],
    weapon: [
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
};
