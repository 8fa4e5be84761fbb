import type { OtherLanguage } from './table';

// Hindi and Urdu typed in Latin letters, as most texts from phones are: spellings vary ("nahi", "nai", "nhi").
export const hinglish: OtherLanguage = {
  code: 'hi-Latn',
  name: 'Hindi in Latin letters (Hinglish)',
  words:
    'hai hain nahi nahin nai nhi mera meri mujhe muje mujhko humko tum aap kya koi kuch aur bhai yaar yar raha rahi rahe gaya gayi gya gyi tha thi abhi jaldi bahut bohot bahot sab wala wali karo bachao madad aag behosh kaha kahan yahan wahan chaku chaaku paas bola usne maara dunga jaan bandook goli khudkushi aatmahatya balatkar bachao chhedkhani lapata dhamki',
  bounds: 'word',
  negation: String.raw`nahi|nahin|nai|nhi|mat|bina`,
  story: String.raw`movie\w*|film\w*|picture|serial\w*|web series|game\w*|kahani|news`,
  calm: [
    String.raw`(?:fire|mock) drill|drill|training|practice`,
    String.raw`(?:phone|fone|mobile|battery|laptop)\w* (?:\S+ ){0,2}(?:mar gaya|mar gya|dead|band|khatam|gir (?:gaya|gya|gayi))`,
    String.raw`movie|film|picture|serial|web series|game|kahani`,
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
      String.raw`balatkar|balaatkar|rape|chhed ?chhad|ched ?chad|chhedkhani|chedkhani|galat (?:tareeke|tarike|jagah) (?:se )?(?:chhu|chu|touch)\w*|yaun shoshan`,
    ],
    'self-harm': [
      String.raw`(?:marna|mrna|mar jana|mar jaana) (?:chahta|chahti|chahata)|mar jaunga|mar jaungi|khud ?kushi|suicide kar\w*|aatmahatya|atmahatya|(?:jeena|jina) (?:nahi|nai|nhi) (?:chahta|chahti)|jeene ka (?:mann|man) (?:nahi|nai|nhi)|khud ko (?:khatam|maar|hurt)\w*`,
    ],
  },
};
