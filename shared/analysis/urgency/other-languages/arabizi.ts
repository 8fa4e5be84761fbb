import type { OtherLanguage } from './table';

/*
 * Arabic written in Latin letters and digits ("arabizi": 7 for ح, 3 for ع, 2 for ء, 5 for خ), as Levantine,
 * Gulf and Maghrebi speakers text. Spellings vary most of all here: each phrase lists the common ones.
 */
export const arabizi: OtherLanguage = {
  code: 'ar-Latn',
  name: 'Arabic in Latin letters (arabizi)',
  words:
    'fi fih fiha ana enta inta enti inti howa huwa hiya wallah walla yalla mafi shi shu msh kteer ktir 3ala ma3o ma3i 3ande 3andi 3endi hayda hayde hada hadi hek heik lezim lazem ba3d wa7ad wahad wa7ed 7ada 7ad mn darabni modir el-modir ightasabni mout oghmi 3aleha msakkar ta7t sekkine el7a2ouna il7a2ouna ilha2ouna el7a2ni sa3douna sa3douni modir m3allem zalame 2ente7er ente7er inte7er nta7er ntahar mout amout baddi bdi bidi biddi 3ish ba2a hadadni haddadni kol yom mudeer mudir zamili zamily ma2fool m2fool ma2fol msaker tawari2 tawari re7et ri7et 2awiya selk aslak mkashouf makshoof byelmesni byhadedni yhadedni we2e3 bey3ared a3eesh 3ayez 3ayza 3awez',
  // A digit for a letter beside a vowel ("wa7ad", "t7arrash", "2atl"), not an ordinal ("7th") or a code ("b2c").
  shape:
    /^(?![a-z0-9]*\d(?:th|rd|nd|st)$)(?:[a-z0-9]*(?:[aeiou][2379][a-z]|[a-z][2379][aeiou])[a-z0-9]*|[2379][aeiou][a-z]{2,})$/,
  bounds: 'word',
  negation: String.raw`ma|mish|mesh|msh|mafi|mafish|la|bala|bidoun|mou|mu`,
  story: String.raw`film\w*|aflam|mosalsal|musalsal|game\w*|la3be|lo3be|akhbar|news`,
  fixed: String.raw`(?:et|it)?sala7 |(?:ets|its)alla7|sala7ouh|salla7ouh|zabatouh|et7al|ethal|khalas (?:et|it)?sala7`,
  still: String.raw`tani|kaman marra|lessa|lissa|ba3dou|ba3do`,
  calm: [
    String.raw`(?:tamrin|tadrib|training|drill)\w* (?:\S+ ){0,2}(?:7ari2|hari2|7ari9|harik|7arik|ikhla2)\w*`,
    String.raw`(?:phone|tele|telefon|mobile|batterie|battery|charge|laptop)\w* (?:\S+ )?(?:met|mat|mayet|ma2ta3|fade|dead|5ales|khales|5olis)`,
    String.raw`film|aflam|mosalsal|musalsal|game|la3be|lo3be`,
    String.raw`(?:mitt|met|mot|mat|bmout|mayet|mayte) (?:\S+ )?(?:mn|min|men) (?:el |il )?(?:da7k|de7k|da7ek|dahk|jou3|ju3|ta3ab)|(?:bmout|b2otol|ba2tol|a2tol) (?:\S+ )?(?:3a|3ala|la|for) (?:\S+ )?(?:ahwe|2ahwe|coffee|kahwa|qahwa)`,
    String.raw`(?:a2ta3|2ata3|bi2ta3|ba2ta3|bat3|2a6a3|bqata3)\w* (?:\S+ ){0,2}(?:bel|bi|b) ?(?:sekkine|sikkine|sekine|sikine|sekkin|sikkin)|(?:sekkine|sikkine|sekine|sikine|sekkin|sikkin) (?:el |il )?(?:matbakh|matba5|mátba5)`,
  ],
  cries: String.raw`(?:il|el|e)?(?:7a2|ha2|7aq|haq)ouna|(?:il|el|e)?(?:7a2|ha2)ni|sa3(?:e|i)?d(?:ou|oo|u)n(?:i|a)|najde|nejde|najda`,
  urgent: {
    safety: [
      String.raw`(?:7|h)ar(?:i|ee|ii|e)(?:2|9|q)a?|(?:fi|fih|fe|fee|fiha) (?:\S+ )?(?:nar|naar|7ari2|harik)|dukhan|dokhan|do5an|du5an|dou5an|ri7(?:et|it)? (?:el |il )?gaz|(?:el |il )?gaz (?:3am )?(?:bi|bey|b)?(?:sarreb|tsarrab|tsareb|yesareb|y?sarrib)`,
      String.raw`(?:ma|mish|mesh|msh) (?:3am |3m )?(?:yetnaffas|yitnaffas|bitnaffas|bitnafas|yetnafas|bytnafas|yetnaffes|byetnaffas)|(?:oghmi|ughmi|8omi|ghemi|ghmi|oghma) 3a?l(?:e|i)(?:h|ha|hon|ya)|ghayeb 3an el wa3i|(?:3am |3m )?(?:yenzef|yinzif|ynzof|yenzof)|(?:nazif|nazeef) (?:kteer|ktir|2awi)|dam (?:kteer|ktir|2awi)`,
      String.raw`(?:w2e3|wi2i3|we2e3|wa2a3|wi2e3|wa2e3|t7ayyar|so2at|sa2at|wqe3)\w* (?:\S+ )?(?:mn|min|men|3an) (?:el |il |3al )?(?:sellom|sillom|soulom|sa2ale|fo2|sa2f|skaleh)|(?:msakkar|m7ashar|m7asher|ma7shur|mahshour|7ashr) ta7t`,
      String.raw`(?:ittasil|etasel|ettasel|2etsel|dayyer|rin) (?:\S+ )?(?:bel|bil|b|3al|3a) ?(?:es3af|is3af|isaaf|isaf|2es3af|police|boulis|shorta|112|999|911)|(?:ijibo|jibo|talbo|otlobo|otlob|2otlob|jeebo|jibou) (?:el |il )?(?:es3af|is3af|isaaf|isaf|2es3af|police|boulis|shorta)|(?:el |il )?(?:walad|bint|3amel|3amil|ebni|binti|benti|7abibi) (?:\S+ )?(?:da3|dayi3|daye3|mafi|mafqud|mafqoud|ghayeb|ghayib|ekhtafa)`,
    ],
    weapon: [
      String.raw`(?:ma3o|ma3ah|ma3ha|ma3ou|m3o|ma3hon|ma3hom|hamel|7amel|7emel|shahar|taala3|tala3|msakker) (?:\S+ )?(?:sekkine|sekine|sikkine|sikine|sekkin|sikkin|sakkin|sakeen|moos|mous|musas|mousas|fard|slah|sla7|selah|sila7|silah|pistol|pistole|rashash)|tal2 nari|tal9 nari|(?:ta3an|ta3ano|ta3anni|ta3ani|ta3no|daba7)\w* (?:\S+ )?(?:b|bi|bel)? ?(?:sekkine|sikkine|sekine|moos)|(?:3am |3m )?(?:y|bi|bey)?(?:tokhoukh|tokhokh|ta5ukh|t2ukh|2awwas)`,
    ],
    threat: [
      String.raw`(?:ha|7a|ra7|rah|bade|badi|bidi|bdi) ?(?:2|a|e)?2?(?:otlak|tlak|otlek|otlo|2otlak)|(?:a2tlak|e2tlak|2atlak|ha2tlak|b2otlak|y2otlni|yo2tolni|ye2tolni|yi2tilni)|(?:ra7 |rah |ha|7a|b|bi)?(?:y|yi|ye|yo|ti|te|to|a|e|n|ni|ne)?(?:2|q)(?:i|e|o|u)?t(?:i|e|o|u)?l(?:ni|na|ak|ek|ik|kon|kom|ou|oh|ha|hon|hom)|(?:hadadni|haddadni|hadadna|haddadna) (?:\S+ )?(?:bel|bil|b)? ?(?:2atl|qatl|atl|mot|mawt)|tahdid bel (?:2atl|qatl|mot)`,
      String.raw`(?:darabni|darbni|drabni|darabna|dharabni|daraboni|sa7abni|safa3ni|kafani|lakamni|za2ni|da3ashni|5ana2ni|kha2na2ni)|(?:3am |3m )?(?:y|bi|bey)?(?:edrobni|edrabni|drobni|drabni|dorobni)`,
    ],
    harassment: [
      String.raw`(?:ightasab|ghtasab|eghtasab|e8tasab|ightasabni|ghtasabni|ightisab|eghtisab|ightisaab)\w*|ta7arrosh|ta7arosh|taharosh jinsi|(?:3am |3m )?(?:y|b|bi|bye)?(?:e|i)?t7ar+a?sh\w*|ta7arosh jensi|(?:3am |3m )?(?:yilmesni|yelmesni|lamasni|bylmasni|byelmesni|bil7asni)`,
    ],
    'self-harm': [
      String.raw`(?:bade|badi|bdi|bidi|biddi|baddi) (?:\S+ )?(?:mout|mot|amout|emout|2mout|ntehar|intehar|entehar|2ente7er|ente7er|2ente7ir)|(?:2ente7er|ente7er|inta7er|nta7er|ntahar|intihar|inti7ar|ente7ar|2inti7ar)|(?:2a2tol|a2tol|e2tol) (?:7ale|7ali|hali|nafsi)|ma (?:baddi|bade|bdi|bidi) (?:3ish|3eesh|3iche)`,
    ],
  },
  described: {
    safety: [
      String.raw`(?:bab|baab|ma5raj|makhraj|exit)\w* (?:\S+ ){0,2}(?:el |il )?(?:tawari2|tawari|toware2|emergency|7ari2|hari2)\w* (?:\S+ ){0,3}(?:ma2fool|m2fool|ma2fol|m2fl|msakkar|msaker|m2fol|msakar|mas2oul|mo2fal|mqfool|locked)|(?:ma2fool|msakkar|mo2fal) (?:\S+ ){0,2}(?:bab|ma5raj|makhraj) (?:el |il )?(?:tawari2|tawari)`,
      String.raw`(?:re7et|ri7et|ri7a|re7a|ri7t|re7t|rihet|rihat)\w* (?:\S+ ){0,2}(?:el |il )?gaz|gaz (?:\S+ ){0,2}(?:bey|bi|b)?(?:sarreb|tsarrab|tsareb|yesareb|ysarrib|tesrab)\w*`,
      String.raw`(?:selk|silk|sl2|aslak|eslak|wire|wires|kahraba)\w* (?:\S+ ){0,2}(?:mkashouf|mkashof|makshoof|makshouf|met2ata3|ma2tou3|maftou7|mfattah|masloukh|mashlo7|naked|bare|exposed)|(?:kahraba|kahrab|electricity) (?:\S+ ){0,2}(?:mesketo|mesekto|mas2to|maset|darbeto|darabto|lamsetou|sa3a2to)`,
      String.raw`(?:7imaye|himaya|7imaya|cover|guard|ghata)\w* (?:\S+ ){0,3}(?:shalou|sha2alouh|shaloha|sheel|meshala|mafi|ma fi|mksoura|maksoora)`,
      String.raw`(?:kimawi|kimaweyat|kimawiyat|acid|7amed|hamed|klor|chlore|flash|chemical)\w* (?:\S+ ){0,3}(?:3eino|3ayno|3younou|3yuno|3eineh|3einha|wi?che?h|weshou|wij?ho|face)\w*`,
      String.raw`(?:zamili|zamily|zamilna|zamilti|7ad|wa7ad|3amel|3amil|el shaghghil)\w* (?:\S+ ){0,3}(?:we2e3|wi2i3|wa2a3|wi2e3|wa2e3|oghmi|ughmi|ghayeb|mesh la2yeeno|mish la2yino|ekhtafa|e5tafa)\w*|(?:mesh|mish|msh|ma) (?:bey3ared|byrod|bi rod|bird|biyrod|byerod|byruddu|bey2oom|bi2oum|byet7arrak|bit7arrak)\w*|(?:mn|min|men) (?:el sob7|el sobh|es sob7|imbare7|embare7|el daher) (?:\S+ ){0,2}(?:ghayeb|mesh la2yeeno|mish la2yino|ekhtafa|e5tafa|mafi)\w*`,
    ],
    harassment: [
      String.raw`(?:kol|koll|kell) (?:\S+ ){0,2}(?:yom|youm|nhar|nahar|marra) (?:\S+ ){0,3}(?:by|bi|b|3am )?(?:elmesni|yelmesni|lmesni|lmasni|t7arrash|yet7arrash|mad yado)\w*|(?:byelmesni|bilmesni|byelmasni|yelmesni|lamasni|bi7assasni|bit7arrash fiya|bit7arash fiye)`,
    ],
    threat: [
      String.raw`(?:by|bi|b|bey|3am )?(?:hadedni|haddedni|hadadni|hadedna|yhadedni|yhaddedni|ythadedni)\w*|(?:tahdid|tahdeed)\w*`,
    ],
    'self-harm': [
      String.raw`(?:msh|mish|mesh|ma) (?:\S+ )?(?:3ayez|3ayz|3ayza|3awez|baddi|bade|bdi|bidi) (?:\S+ )?(?:a3eesh|a3ish|3ish|3eesh|ashoof had)|(?:3ayez|3ayza|baddi|bdi) (?:\S+ )?(?:akhtefi|a5tefi|ekhtefi|2ekhtefi)|(?:el |il )?(?:dinya|donya|7aya|hayat)\w* (?:\S+ )?(?:malhash|malosh|ma ela|mala) (?:\S+ )?(?:ma3na|lazma|2eema)`,
    ],
  },
};
