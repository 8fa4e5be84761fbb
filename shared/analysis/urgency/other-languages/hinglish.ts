import type { OtherLanguage } from './table';

// Hindi and Urdu typed in Latin letters, as most texts from phones are: spellings vary ("nahi", "nai", "nhi").
export const hinglish: OtherLanguage = {
  code: 'hi-Latn',
  name: 'Hindi in Latin letters (Hinglish)',
  words:
    'hai hain nahi nahin nai nhi mera meri mujhe muje mujhko humko tum aap kya koi kuch aur bhai yaar yar raha rahi rahe gaya gayi gya gyi tha thi abhi jaldi bahut bohot bahot sab wala wali karo bachao madad aag behosh kaha kahan yahan wahan chaku chaaku paas bola usne maara dunga jaan bandook goli khudkushi aatmahatya balatkar bachao chhedkhani lapata dhamki liye diya diye karta karti karte hota hoti hata tala taala nange nanga taar latak jeene jeena matlab aankh hosh theek thik phir behos lagyo ghalat tareeqe agun legeche',
  bounds: 'word',
  negation: String.raw`nahi|nahin|nai|nhi|mat|bina`,
  story: String.raw`movie\w*|film\w*|picture|serial\w*|web series|game\w*|kahani|news`,
  fixed: String.raw`theek (?:ho|kar|karwa) (?:gaya|gya|gayi|gyi|diya|dia|di)|thik (?:ho|kar) (?:gaya|gya|diya)|sahi ho (?:gaya|gya)|repair ho (?:gaya|gya)|fix ho (?:gaya|gya)|khol (?:diya|dia)`,
  still: String.raw`phir se|fir se|firse|phirse|dobara|ab bhi|abhi bhi|still|again`,
  calm: [
    String.raw`(?:fire|mock) drill|drill|training|practice`,
    String.raw`(?:phone|fone|mobile|battery|laptop)\w* (?:\S+ ){0,2}(?:mar gaya|mar gya|dead|band|khatam|gir (?:gaya|gya|gayi))`,
    String.raw`movie|film|picture|serial|web series|game|kahani`,
    // "Aag laga di" said of a team, a stage or sales is doing brilliantly (blind round 26): a place set alight is not.
    String.raw`(?:team|sales|performance|stage|dance|gaana|song|reel|insta|match|batting|quarter|numbers)\S* (?:\S+ ){0,3}aag laga (?:di|diya|dia|dii)\b|aag laga (?:di|diya|dia|dii) (?:\S+ ){0,3}(?:target|quarter|sales|stage|dance|match|show|reel|insta|performance)`,
    // A song or a dish that "is fire" (blind round 30: "ye gaana aag hai 🔥🔥").
    String.raw`(?:gaana|gana|gaane|song|music|dance|reel|outfit|look|khana|biryani|item)\S* (?:\S+ ){0,2}aag (?:hai|h|he)\b`,
    String.raw`(?:hans|has|hass|bhook|bhookh|bhuk|garmi|thand)\w* (?:\S+ )?(?:se |ke maare |k mare )?mar\w*|coffee (?:ke liye|k liye) (?:kuch bhi|maar)|(?:rokna|rokne|prevention)\w* (?:\S+ )?suicide`,
    String.raw`chaa?k+u se (?:\S+ ){0,2}(?:kaat|kat|sabzi|sabji|pyaaz|pyaz|fruit)\w*|(?:sabzi|sabji|pyaaz|pyaz|fruit) (?:\S+ ){0,2}chaa?k+u`,
    String.raw`(?:price|rate|daam|share|market|sensex)\w* (?:\S+ )?gir\w*`,
  ],
  cries: String.raw`bacha+o+|madad(?: karo)?|help|aag`,
  urgent: {
    safety: [
      String.raw`aag (?:lag|lagi|lg|lagii|laggi|lagg|lagi hai|lag gayi|lag gyi|lagi h)\w*|aag hai|dhuaa?n?|dhuwa|gas (?:leak|ki smell|ki badbu|ki bdbu)`,
      String.raw`saa?ns (?:nahi|nahin|nai|nhi) (?:le|aa|li)\w*|behosh|behos|hosh (?:me|mein) (?:nahi|nai|nhi)|khoon (?:beh|bah|nikal)\w*|bahut khoon|(?:upar|seedhi|sidhi|ladder|scaffold|chhat|chat) se gir\w*|(?:woh|wo|vo|voh|bhai|banda|aadmi|worker|uncle|aunty|ladka|ladki|koi) (?:\S+ )?gir (?:gaya|gayi|gya|gyi|pada|padi)|(?:dab|phas|fas|phans|fans) (?:gaya|gayi|gya|gyi)`,
      String.raw`(?:ambulance|ambulence|police|polis) (?:ko )?(?:bula|bulao|bulaiye|bulayo|bhejo|chahiye)\w*|(?:112|108|100) (?:pe |par )?(?:call|phone) (?:karo|kro)|lapata|gayab (?:hai|ho gaya|ho gya|ho gayi)|(?:bachcha|baccha|bacha|beta|beti|bachi) (?:\S+ )?(?:kho gaya|kho gya|kho gayi|gum ho|nahi mil|nai mil|nhi mil)`,
    ],
    weapon: [
      String.raw`(?:chaa?k+u|chhura|chura|churi|bandook|bandooq|banduk|pistol|katta|tamancha|gun) (?:\S+ )?(?:hai|h|leke|lekar|le ke|nikala|nikal|dikha|dikhaya|ke saath|leke aaya)|goli (?:chala|maar|mari|chali)\w*|chaa?k+u (?:maar|mara|maara|ghonp)\w*`,
    ],
    threat: [
      String.raw`jaan se maar\w*|maar (?:dalunga|daalunga|dalega|daalega|dalenge|daalenge|dunga|doonga|dega|denge)|khatam kar (?:dunga|doonga|denge|dega)|maarne ki dhamki|dhamki (?:de|di)\w*`,
      String.raw`(?:mujhe|muje|mujhko|mujko|humko|hume|hamein|usko|use) (?:\S+ )?(?:maara|mara|maar raha|maar rahi|peeta|pita|peet raha|thappad)|(?:papa|pati|husband|boss|manager|supervisor|saab|sahab|bhai|seth) ne (?:\S+ )?(?:maara|mara|peeta|pita|thappad)|maar ?peet|marpit|pitai`,
    ],
    harassment: [
      String.raw`balatkar|balaatkar|rape|chhed ?chhad|ched ?chad|chhedkhani|chedkhani|(?:galat|ghalat|glt) (?:tareeke|tarike|tareeqe|tariqe|tareqe|jagah) (?:se )?(?:chhu|chu|chho|cho|touch)\w*|yaun shoshan`,
    ],
    'self-harm': [
      String.raw`(?:marna|mrna|mar jana|mar jaana) (?:chahta|chahti|chahata)|mar jaunga|mar jaungi|khud ?kushi|suicide kar\w*|aatmahatya|atmahatya|(?:jeena|jina) (?:nahi|nai|nhi) (?:chahta|chahti|hai)|(?:mujhe|muje|mujhko) (?:ab )?(?:marna|mrna|mar jana|mar jaana) hai|jeene ka (?:mann|man) (?:nahi|nai|nhi)|khud ko (?:khatam|maar|hurt)\w*`,
    ],
  },
  described: {
    safety: [
      // Blind round 24: a crane hook or sling broken with the load hanging over people.
      String.raw`(?:crane|hook|rassi|chain|sling|patta)\w* (?:\S+ ){0,2}(?:toot|tut) (?:gaya|gya|gayi|gai)|(?:maal|load|saman|samaan)\w* latak (?:raha|rahi)[^.!?\n]{0,40}(?:neeche|niche) (?:log|banda|bande|aadmi|labour)`,
      // A tank, well or sewer entered and no sign since ("tank mein gaya tha, abhi tak bahar nahi aaya").
      String.raw`(?:tank|tanki|tankee|kuan|kuwa|kuye|sewer|gutter|manhole|silo|hauz|gaddhe)\w* (?:mein|me|ke andar|andar) (?:\S+ )?(?:gaya|gayi|gya|gyi|utra|utri|ghusa|ghusi|utar gaya|utar gayi)\b[^.!?\n]{0,80}?(?:bahar nahi (?:aaya|aya|aayi|ayi|nikla|nikli)|nahi nikla|nahi nikli|jawab nahi (?:de raha|de rahi|diya|de rha)|koi jawab nahi|awaaz nahi)`,
      String.raw`dementia[^.!?]{0,80}(?:(?:akele|akela) (?:\S+ ){0,2}(?:chala gaya|chali gayi|nikal gaya|nikal gayi)|mil nahi (?:raha|rahi)|gayab)`,
      String.raw`(?:emergency|fire|aapatkalin|emergancy) (?:\S+ )?(?:exit|gate|darwaza|darwaja|door|rasta)\w* (?:\S+ ){0,4}(?:tala|taala|lock|locked|band|block|blocked|jam|bandh)\w*|(?:exit|gate|darwaza)\w* (?:\S+ ){0,2}(?:pe|par|me) (?:tala|taala) (?:laga|lga|lagaa)`,
      String.raw`gas (?:ki |ka |k )?(?:\S+ ){0,3}(?:smell|badbu|bdbu|bu|gandh)|(?:smell|badbu|bdbu) (?:\S+ ){0,2}gas`,
      String.raw`(?:nange|nanga|khule|khula|kate|kata|latakte|latak|chhile)\w* (?:\S+ )?(?:taar|tar|wire|wires|cable)|(?:taar|tar|wire|wires|cable) (?:\S+ ){0,3}(?:latak|khule|nange|bahar nikal|chhil|spark)\w*|current (?:laga|lag gaya|lg gya|aa raha|maar raha|lagyo)|karant (?:laga|lag gaya|lagyo)|agun (?:legeche|lagche|lege geche|jolche)`,
      String.raw`(?:guard|cover|safety|jaali|jali) (?:\S+ ){0,3}(?:hata|nikal|utar|tuta|toota|gayab|nahi hai|nai hai|nhi hai)\w*|(?:hata|nikal|utar) (?:diya|dia|di) (?:\S+ ){0,2}(?:guard|cover)|(?:guard|cover) (?:nikal|hata) (?:diya|dia|di)`,
      String.raw`(?:chemical|tezab|tejab|acid|bleach|kemikal) (?:\S+ ){0,4}(?:aankh|ankh|aakh|chehre|chehra|face|muh|munh)\w*|(?:aankh|ankh|aakh)\w* (?:\S+ ){0,3}(?:jal rahi|jalan|dikh nahi|dikh nai)\w*`,
      String.raw`(?:subah|kal|dopahar|lunch|shift|break) (?:\S+ ){0,2}se (?:\S+ ){0,4}(?:gayab|gaayab|lapata|nahi mil|nai mil|nhi mil|pata nahi|wapas nahi|return nahi)\w*|hosh (?:nahi|nai|nhi) (?:aa|aya|a) (?:raha|rha|rahi)|(?:collapse|faint) (?:\S+ )?(?:ho )?(?:gaya|gya|gayi|gyi|pada|padi)|(?:zameen|jameen|floor) (?:pe|par) (?:\S+ ){0,2}(?:pada|padi|gira|giri) (?:\S+ ){0,3}(?:hil nahi|uth nahi|jawab nahi|hil nai|uth nai)`,
    ],
    harassment: [
      String.raw`(?:roz|har din|baar baar|bar bar|mahino se|hamesha) (?:\S+ ){0,3}(?:touch|chhu|chu|chhed|ched|haath lagata|hath lagata)\w*|(?:mujhe|muje|mujhko) (?:\S+ ){0,2}(?:touch kar|chhu|chhoo|chhune|haath laga|hath laga)\w*`,
    ],
    threat: [
      String.raw`(?:dhamka|dhamkata|dhamkati|dhamki deta|dhamkiyan|dhamkiya)\w*|(?:kisi ko|kisiko) (?:\S+ )?(?:bataya|bola|btaya) (?:\S+ ){0,3}(?:nikal|maar|kaam se)\w*|nikal (?:dunga|dega|denge) (?:\S+ ){0,3}(?:agar|bataya)`,
    ],
    'self-harm': [
      String.raw`(?<!kaam )(?<!kam )sab (?:kuch )?khatam kar (?:dunga|dungi|doonga|doongi|du|deta|deti)(?=\s*(?:$|[.,;!?])|(?: aaj| aaj raat| abhi)\s*(?:$|[.,;!?]))|khud ko khatam kar\w*|(?:zindagi|jindagi) khatam kar\w*`,
      String.raw`(?:jeene|jine|zindagi|jindagi) (?:ka |ki )?(?:\S+ ){0,2}(?:mann nahi|man nahi|matlab nahi|koi matlab|koi fayda nahi|mann nai|man nai)|(?:gayab|khatam) (?:hona|ho jana) (?:chahta|chahti)|mere bina (?:\S+ ){0,2}(?:better|accha|acha|khush)|(?:neend|sleeping) ki goliyan`,
    ],
  },
};
