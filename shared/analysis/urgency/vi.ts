import { VIETNAMESE_RECRUITMENT_FEES_FROM_WAGES } from './recruitment-fees-repaid-from-wages';
import { VIETNAMESE_FIRE_BACK_AND_LEFT_INSIDE } from './fire-back-and-people-left-inside';
import { VIETNAMESE_VESSELS_ABOUT_TO_BURST } from './vessels-about-to-burst';
import { VIETNAMESE_PAY_SIGNED_ABOVE_WHAT_IS_PAID } from './pay-to-work-and-signed-for-the-absent';
import { childAloneNear } from './child-alone';
import { cryForHelp } from './cry-for-help';
import { rule, type UrgencyLanguage } from './types';
import { harmInCare } from './in-care';
import { outOfContact } from './lone-worker';
import { inOneSentence } from './one-sentence';
import { drivenUnfit } from './unfit-vehicle';
import { VIETNAMESE_SAID_28 } from './said-in-haste-28';

/*
 * Vietnamese, with or without tones: rules are written toneless ("nguy hiem"
 * matches "nguy hiểm" and "nguy hiem") and as whole phrases, because single
 * toneless syllables collide ("danh" is both "đánh", to hit, and "đánh giá",
 * to review). "Cười muốn chết", "đói chết đi được" are idioms, not events.
 */
export const vietnamese: UrgencyLanguage = {
  code: 'vi',
  name: 'Vietnamese',
  script: 'latin',
  negation: String.raw`khong|chua|chang|cha|khong he|chang he|chua he|khong bao gio|chang co|khong co`,
  benign: [
    // Gãy chân khi đá bóng, ngoài giờ làm: lý do nghỉ, không phải tai nạn lao động.
    String.raw`(?:(?:toi|em|minh|tui|con|no|anh|chi) )?(?:bi )?(?:gay|bong gan|trat khop|trat|ran) (?:\w+ ){1,2}(?:khi|luc|trong luc|do|vi) (?:di |dang )?(?:da bong|choi bong|da banh|choi \w+|tap gym|tap the duc|truot tuyet|du lich|o nha|dap xe|chay bo|boi)`,
    // "Sếp giết tôi với mấy cuộc họp": một cách nói, không phải lời đe dọa.
    String.raw`giet (?:toi|em|minh|tui|bon toi|chung toi) (?:voi|bang|vi) (?:\w+ ){0,2}(?:cuoc hop|hop hanh|buoi hop|bao cao|deadline|giay to|email|mail|cong viec|viec|ca dem|tang ca)`,
    // A prevention programme, poster or training named for suicide is a subject, not a report.
    String.raw`(?:chien dich|tap huan|dao tao|ap phich|poster|tuan le|ngay|chuong trinh|hoi thao|to roi) (?:\w+ ){0,2}(?:phong chong|phong ngua|ngan ngua|nang cao nhan thuc ve) (?:tu tu|tu sat|tu gay thuong tich)`,
    String.raw`(?:cuoi|doi|met|so|buon ngu|chan|lanh|nong|ngai|thich|dep|vui|ban|khat|hoi hop|ngon|suong|hay|nho|thuong|tuc|buc|xau ho|ghen|me|ngu) (?:muon |gan |sap |den )?chet(?: di duoc| mat| luon| thoi)?|chet (?:cuoi|doi|met|mat)`,
    // Thèm, nhớ, mê điều gì "muốn chết luôn": nói quá, không phải muốn chết.
    String.raw`(?:them|nho|thich|me|mong|ghien|muon an|muon ve) (?:\w+ ){0,3}(?:muon|gan|sap) chet(?: di duoc| luon| mat| thoi| roi)?`,
    String.raw`giet thoi gian|(?:dien tap|huan luyen|tap huan|dao tao) (?:\w+ ){0,2}(?:phong chay|chua chay|an toan|thoat hiem|so tan)(?: chua chay)?`,
    String.raw`ban chay|chay hang|chay show|chay deadline|chay doanh so`,
    // Dọa vui: mang bánh, hát.
    String.raw`(?:doa|de doa|hu doa) (?:\w+ ){0,3}(?:mang|dem|lam|hat|mo|to chuc|nuong) (?:\w+ ){0,2}(?:banh|keo|pizza|karaoke|bai hat|tiec|tra sua)`,
    // "Đánh" trong từ ghép không phải đánh người: đánh máy, đánh răng, đánh giá, đánh dấu, đánh bại, đánh cờ; và
    // "dành" (dành cho, dành thời gian), "danh" (danh sách, ẩn danh), viết không dấu cũng là "danh". Không có "để
    // dành", "điểm danh": các quy tắc đọc chúng (tích trữ thuốc, điểm danh hộ).
    String.raw`danh (?:may|rang|gia|dau|thuc|van|so\b|bong|giay|chu|bai|co\b|co tuong|co vua|cau long|ten nit|tennis|golf|bi-?a|bida|bong ban|trung|son|phan|mat|thue|tieng|dien\b|cuoc|nhip|trong|dan\b|game|dien tu)|danh (?:toi|em|minh) thua (?:\w+ )?(?:van|tran|game|hiep|set)|danh (?:thoi gian|rieng|dum|dut|tien|cho (?:nhan vien|cong nhan|moi nguoi|khach hang|khach|tre em|phu nu|cac ban|ban|quan ly|doi|phong|bo phan|rieng|tat ca))|danh (?:sach|du|hieu|thiep|ba|muc|tieng|nghia|tinh|phan|ngon|nhan|hoa)|(?:cong|vo|an|nac|ho|biet|dieu|chuc|hu) danh\b`,
  ],
  rules: [
    // A recruitment fee taken back out of wages (recruitment-fees-repaid-from-wages.ts, att48).
    ...VIETNAMESE_RECRUITMENT_FEES_FROM_WAGES,
    // Smoke at a place with no verb: "khói ở kho 2" (said-in-haste-28.ts).
    ...VIETNAMESE_SAID_28,
    // Reports told by what happened, each kind in a file named for what it reads (forks-and-loads.ts, discrimination-said.ts, …).
    ...VIETNAMESE_FIRE_BACK_AND_LEFT_INSIDE,
    ...VIETNAMESE_VESSELS_ABOUT_TO_BURST,
    // A payroll signed for more than is paid (att44: pay-to-work-and-signed-for-the-absent.ts).
    ...VIETNAMESE_PAY_SIGNED_ABOVE_WHAT_IS_PAID,
    // Ai đó đang bị nạn tại chỗ làm: không thở, co giật, đau tim, đột quỵ, hóc, tím tái.
    rule(
      'safety',
      String.raw`\b(?:khong|ko|k|hong|chang|ngung|ngat|tat) (?:con |the |duoc )?tho(?: duoc| nua)?\b(?! (?:voi|vi|noi voi|tho|van|ca))|\bkhong (?:con )?(?:mach|nhip tim)\b|\b(?:co giat|len con (?:co giat|dong kinh|dau tim|hen)|dong kinh|len con dau tim|nhoi mau co tim|dot quy|ngung tim|soc phan ve)\b|(?<!\bsuyt )\bbi (?:len )?(?:con )?(?:dau tim|dot quy|dong kinh|ngung tim|co giat)\b|\b(?:bi hoc|bi nghen|hoc xuong|nghen tho)\b|\b(?:tim tai|moi tim)\b`,
    ),
    // Súng, dao ở chỗ làm mà không có động từ: "có súng ở bãi đỗ xe".
    rule(
      'threat',
      String.raw`\b(?:co|cam|mang|thay|khau|cay|con|mot khau|mot cay|mot con) (?:\S+ )?(?:sung|sung luc|dao|dao phay|ma tau|kiem)\b (?:o|trong|tai|ngoai|gan|truoc) (?:\S+ )?(?:bai (?:do|gui) xe|nha ve sinh|tu (?:do|khoa|ca nhan)|phong (?:thay do|nghi|an)|canteen|cong(?! vien| viec| ty| nhan| an)|kho|van phong|hanh lang|xuong|cua hang|thang may|xe|tui|ba lo|le tan)\b|\bdang (?:danh|dam|chem|dap|bop co) (?:anh|chi|em|co|ong|ba|nguoi|ai|no|ho|thang|con|ban|toi)\b|\bdang bi (?:danh|dam|chem|dap|bop co|tan cong)\b`,
    ),
    rule(
      'discrimination',
      String.raw`\b(?:thong long|day thong long|chu van|chu thap ngoac|swastika)\b|(?:^|[.!?] ?)(?:may|mi|ban|anh|chi|em) (?:se )?la (?:nguoi|dua|thang|con) tiep theo(?=\s*(?:$|[.!?,]))`,
    ),
    // A boss or colleague kicking, pushing or spitting on the writer ("sếp đá tôi"): "đá" (kick) folds to "da", like
    // "đã" (already), so only after a person.
    rule(
      'threat',
      String.raw`\b(?:sep|quan ly|giam doc|to truong|truong ca|giam sat|ong ay|ba ay|anh ay|chi ay|han|dong nghiep)(?: (?:lai|cu|hay|thuong|luon))? (?:da|xo|day manh|nhao) (?:toi|em|chung toi)\b|\b(?:sep|quan ly|giam doc|to truong|truong ca|giam sat|ong ay|ba ay|anh ay|chi ay|anh ta|ong ta|han|dong nghiep|no)(?: (?:lai|cu|hay|thuong|luon|con))? day (?:toi|em|chung toi)(?=\s*(?:$|[.!?,;]|ra\b|vao (?:tuong|tu|ke|cua|xe|may|goc)|nga|xuong|mot cai|manh|te\b|khoi|lui\b))|\b(?:nho|khac nho) (?:nuoc bot )?(?:vao|len) (?:mat |nguoi )?(?:toi|em|chung toi)\b`,
      { negatable: true },
    ),
    // So soang: dong cham than the trai phep.
    rule('harassment', String.raw`\bso soang\b`),
    // Sờ (chạm) vào người viết, không dấu là "so" như "sợ": chỉ sau một người và khi không có gì theo sau ngoài lúc, nơi.
    rule(
      'harassment',
      String.raw`\b(?:sep|quan ly|giam doc|to truong|truong ca|giam sat|ong ay|ba ay|anh ay|chi ay|anh ta|ong ta|han|dong nghiep|khach)(?: (?:lai|cu|hay|thuong|luon|con))? so (?:vao )?(?:nguoi |nguc |dui |mong |chan |tay |mat )?(?:toi|em)(?=\s*(?:$|[.!?,;]|o\b|vao\b|khi\b|lien tuc|nhieu lan|trong\b|moi\b|hoai|mai\b|suot|nua\b|tai\b|ngay\b|luc\b|du\b|mac du))`,
      { negatable: true },
    ),
    // Mong ngu luon khong day nua, mong bien mat.
    // Ending one's life said without a word for death (class of blind round 15): vanishing for good, ending it all,
    // never waking up. Only with the words that make it final: "disappear on holiday", "end the meeting" stay calm.
    rule(
      'self-harm',
      String.raw`\b(?:se|muon|dinh|quyet dinh|sap) (?:\w+ ){0,2}(?:ket thuc|cham dut|ket lieu) (?:(?:tat ca|moi thu)(?=\s*(?:$|[.,;!?]| (?:roi|thoi|day|nhe|cam on)\b))|cuoc doi|cuoc song|doi minh|ban than)\b|\bbien mat (?:mai mai|vinh vien)\b`,
    ),
    rule(
      'self-harm',
      String.raw`\b(?:gia ma|uoc gi|uoc)\s(?:em |toi |minh )?(?:ngu (?:luon|mai) (?:khong|chang) (?:day|tinh) (?:nua|lai)|chet (?:di|quach)|bien mat)\b|\bngu (?:luon )?khong (?:bao gio )?(?:day|tinh) (?:nua|lai)\b`,
    ),
    // Noi biet con hoc truong nao hay gia dinh o dau, de de doa.
    rule(
      'threat',
      String.raw`(?<!\b(?:em|toi|minh) )\bbiet (?:con|cac con|vo|chong|gia dinh|bo me)\s(?:em|toi|minh) (?:hoc truong nao|hoc o dau|o dau|song o dau)\b`,
    ),
    // Khoi boc ra tu mot thu gi: dang chay ngay bay gio.
    rule(
      'safety',
      String.raw`\bkhoi (?:den |trang )?(?:boc|bay|thoat|toa|tuon|phut|xi) ?(?:ra|len)?\b|\b(?:boc|nghi ngut|mu mit|day|toan) khoi\b|\bbot khoi\b`,
    ),
    // Lửa ở một chỗ ngay bây giờ, đọc với dấu ("cháy ở kho hàng", "xưởng bị cháy"): bỏ dấu, "chay" cũng là "chạy".
    // "Bán cháy hàng", "cháy túi", "cháy nắng" là nói khác; "phòng cháy" là phòng ngừa cháy (diễn tập phòng cháy).
    rule(
      'safety',
      String.raw`(?<![\p{L}])(?:đang |bị |có )?cháy (?:ở|tại|trong|dưới|trên) (?:\S+ ){0,2}?(?:kho|xưởng|nhà|phòng|tầng|bếp|văn phòng|công ty|nhà máy|khu|bãi|xe|tòa|căng tin|máy)|(?<![\p{L}])(?:kho(?: hàng)?|xưởng|nhà xưởng|phòng|bếp|văn phòng|nhà máy|tầng \d+|tòa nhà|căng tin|bãi xe|xe tải|xe nâng) (?:\S+ ){0,2}?(?:đang |bị |đã )?(?<!(?<![\p{L}])phòng )(?:cháy|bốc cháy)(?![\p{L}])(?! (?:hàng|vé|show|túi|nắng|deadline|doanh số))`,
    ),
    // Chay mau nhieu, mau khap noi.
    rule(
      'safety',
      String.raw`\b(?:chay mau (?:nhieu|rat nhieu|khong ngung|qua troi|lenh lang|xoi xa|dam dia)|mat (?:nhieu|rat nhieu) mau|mau chay (?:nhieu|lenh lang|ra nhieu|khong ngung)|be bet mau|dam mau|vung mau)\b`,
    ),
    // A small child alone where vehicles or machines move (child-alone.ts).
    rule(
      'safety',
      childAloneNear(
        String.raw`(?:dua be|dua tre|be trai|be gai|tre em|tre con|em be|chau be|thang be|con be)\b`,
        String.raw`mot minh|khong ai trong|khong ai biet con ai|khong co nguoi lon|lang thang|chay nhay`,
        String.raw`boc (?:hang|do|xep)|xe nang|xe tai|xe container|may moc|kho\b|bai (?:xe|do)|duong|san xuat|day chuyen|cong truong|xuong`,
        'latin',
      ),
    ),
    // Rape and sexual abuse, said plainly ("anh ta hiếp tôi", "bị hiếp dâm"); folded "hiep" alone is also "hiệp" (association).
    rule(
      'harassment',
      String.raw`hiếp dâm|cưỡng hiếp|(?:bị|đã|định|muốn|nó|hắn|ta) hiếp|hiếp (?:tôi|em|cô ấy|chị ấy|con bé|mình|tui)|xâm hại tình dục|tấn công tình dục|lạm dụng tình dục`,
    ),
    // A whole message that is only a cry for help (cry-for-help.ts).
    rule(
      'safety',
      cryForHelp(String.raw`cứu(?: tôi| với| em| chúng tôi| tui)*|cứu với|cháy|cháy rồi|có cháy|giúp tôi với`, 'latin'),
    ),
    // An armed person, shooting or a bomb on site now.
    rule(
      'threat',
      String.raw`\bnổ súng\b|\bbắn (?:người|loạn|chết|vào người)\b|\b(?:đang|vừa) bắn\b|\bcó (?:người|kẻ|thằng|ông|gã) (?:\w+ )?(?:cầm|mang|có|giơ) (?:súng|dao|mã tấu)\b|\btiếng súng\b|\bcó (?:quả )?bom\b|\bbom (?:ở|trong|dưới)\b`,
    ),
    rule(
      'threat',
      String.raw`\b(?:đang|họ|nó|anh ta|ông ta) (?:đánh|đập|bóp cổ) (?:tôi|em|chúng tôi|đồng nghiệp|người)\b|\b(?:tôi|em) (?:đang )?bị (?:đánh|đập|bóp cổ)\b`,
    ),
    rule(
      'harassment',
      String.raw`\bbỏ (?:thuốc|gì đó) vào (?:ly|cốc|nước|đồ uống) (?:của )?(?:tôi|em)\b|\b(?:theo|bám theo) (?:tôi|em) về (?:tận )?nhà\b`,
    ),
    rule(
      'self-harm',
      String.raw`\b(?:sẽ|muốn|định) (?:tự tử|tự sát|tự vẫn)\b|\bkhông ai (?:nhớ|để ý) (?:đến )?(?:tôi|em)\b`,
    ),
    // Saying goodbye for good: farewell letters, giving belongings away, not being around much longer.
    rule(
      'self-harm',
      String.raw`\bthu (?:tuyet menh|tu biet|vinh biet|tu tu)\b|\bse khong con o day (?:lau|nua)\b|\b(?:cho|tang) (?:het|di) do dac\b`,
    ),
    rule(
      'self-harm',
      String.raw`tu tu|tu sat|(?:muon|chi muon|dinh|nghi den chuyen|nghi toi viec) (?:chet|tu tu|tu sat|bien mat mai mai)|ket thuc (?:cuoc doi|cuoc song|doi minh|tat ca)|khong muon song (?:nua)?|chang muon song|tu lam hai (?:ban than|minh)|(?:rach|cat) (?:co )?tay (?:minh|toi)|uong thuoc (?:ngu )?tu tu`,
    ),

    rule(
      'threat',
      String.raw`(?:se|doa|muon|dinh|noi la se|thu) (?:\w+ )?(?:giet|dam chet|ban chet|danh chet|xu dep|cho an don)|giet (?:chet|no|han|anh|chi|ong|ba|em|toi|to truong|quan ly|sep|nguoi)|(?:doa|de doa) (?:giet|dam|danh|dot|tat axit|tat a xit|ban)|doa (?:se )?quay lai|(?:cam|mang|rut|chia|vung|ban) (?:theo )?(?:sung|dao|sung luc|dao nhon|mui ten)|dam (?:chet|nhan vien|nhau)|dao dam`,
    ),
    rule(
      'threat',
      String.raw`danh nhau|danh dap|au da|hanh hung|(?:bi|bi no) (?:danh|dam|dap|xo)(?! (?:gia|may|dau|thue|so|rang|bong|chu))|bi tat (?:vao mat|tai)|danh (?:toi|nguoi|nhan vien|y ta|bac si|dieu duong|dong nghiep|tai xe|bao ve|em ay|chi ay|anh ay)|tat (?:vao mat|vao mat toi|toi)|bao luc|tan cong (?:nhan vien|toi|y ta|nguoi)`,
      { negatable: true },
    ),

    rule(
      'harassment',
      String.raw`quay roi|so mo|sam so|ga gam|ga tinh|dung cham|bat nat|trac an|tra thu|rinh rap|de doa|lam nhuc|si nhuc|xuc pham|chui boi|chui mang|chui rua|lang ma`,
      { negatable: true },
    ),
    rule(
      'harassment',
      String.raw`(?:tin nhan|hinh anh|anh|video|loi noi|cau noi|chuyen|truyen|bo|loi le) (?:khieu dam|tuc tiu|nhay cam|doi truy|bay ba|tho tuc|dam o|thieu te nhi|den)|(?:theo|bam theo|di theo) (?:toi|chi ay|em ay|co ay) (?:ve|den|toi)|xam hai tinh duc|tan cong tinh duc|(?:ep|bat|doi) (?:di nha nghi|quan he|ngu voi)`,
    ),

    rule(
      'discrimination',
      String.raw`phan biet doi xu|ky thi|phan biet (?:chung toc|vung mien|gioi tinh|ton giao|dan toc|mau da)|miet thi|coi thuong (?:nguoi|dan toc|phu nu)`,
      { negatable: true },
    ),
    rule(
      'discrimination',
      String.raw`vi (?:toi |co ay |chi ay |em |minh )?(?:dang |la |bi )?(?:mang thai|co thai|co bau|phu nu|nguoi dan toc|lon tuoi|gia|khuyet tat|dong tinh|nguoi mien|nguoi nuoc ngoai|theo dao)|(?:phu nu|lao dong nu|nhan vien nu|nu)[^.!?]{0,30}(?:luong thap hon|tra luong thap hon|it luong hon)|luong (?:thap hon|it hon) (?:nam|dan ong|nam gioi)|chi (?:thang chuc|de bat|tuyen) (?:nam|dan ong|nam gioi|nguoi kinh)`,
    ),

    // Made to work overtime without pay: wage theft going on now (unpaid-overtime test; a question about when overtime is paid is not this).
    rule(
      'fraud',
      String.raw`(?:bat|ep|buoc|cuong ep)(?: \w+){0,4} (?:lam them gio|lam them|tang ca|lam ngoai gio)(?: \w+){0,3} (?:khong (?:duoc )?(?:tra|tinh|co) (?:tien|luong|cong)|khong luong|khong cong|mien phi)`,
    ),
    rule(
      'fraud',
      String.raw`gian lan|lua dao|hoi lo|lai qua|an hoa hong|tham o|bien thu|rua tien|an bot|bot xen|khai man|khai khong|quyt (?:luong|tien)|no luong|dut lot`,
      { negatable: true },
    ),
    rule(
      'fraud',
      String.raw`(?:lam gia|sua|lam lai|khai gian|khai khong) (?:\w+ )?(?:bang cham cong|cham cong|giay to|so sach|chu ky|hoa don|ho so|bao cao|gio cong|phieu|so lieu|bien ban)|(?:an cap|an trom|lay trom|trom|trom cap|bien thu) (?:\w+ ){0,2}(?:tien|hang|hang hoa|dau|xang|do nghe|tai san|cua cong ty|trong quay|trong ket)`,
    ),
    rule(
      'fraud',
      String.raw`(?:khong|chua|chang|cham|no) (?:\w+ )?tra (?:tien )?(?:lam them gio|lam them|tang ca|ngoai gio|luong|tien luong|tien tang ca|tien lam them)`,
    ),

    rule(
      'safety',
      String.raw`nguy hiem|mat an toan|khong an toan|thieu an toan|de doa tinh mang|nguy co (?:tai nan|chay|no|dien giat|nga|te)|van de (?:gi )?(?:ve )?an toan|cai bay chet nguoi`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:loi|cua|loi ra|loi di|cau thang) (?:thoat hiem|thoat nan|khan cap|exit)[^.!?]{0,40}?(?:bi chan|chan|bi khoa|khoa|bit|bi bit|dong|chat|lap|bi lap|de hang|xich)|(?:chan|khoa|bit|lap|dong) (?:\w+ )?(?:loi|cua) thoat hiem|fire exit[^.!?]{0,30}?(?:khoa|chan|bit)`,
    ),
    rule(
      'safety',
      String.raw`(?:mui|ro ri|ri|xi) (?:\w+ )?(?:gas|khi ga|hoa chat|amoniac|khi clo|xang)|mui khet|boc khoi|(?:day|ong) dien (?:\w+ )?(?:ho|tro|long|bi ho|ho hong|chap|tia lua)|dien giat|bi giat dien|amiang|chap dien|boc chay|chay no|(?:vu|dam) chay|hoa hoan`,
    ),
    rule(
      'safety',
      String.raw`khong co (?:day an toan|dai an toan|mu bao hiem|non bao ho|gang tay|kinh bao ho|do bao ho|dung cu bao ho|binh chua chay|hop so cuu|tu thuoc|phanh|lan can|khau trang|ung bao ho)|thieu (?:\w+ )?(?:do bao ho|dung cu bao ho|binh chua chay|hop so cuu|day an toan|lan can)|(?:hong|mat|hu) phanh|phanh (?:bi )?(?:hong|hu|mat)|(?:binh chua chay|lan can|gian giao|thang|bao ve may) (?:\w+ )?(?:het han|hong|hu|gay|bi thao|bi go)`,
    ),
    rule(
      'safety',
      String.raw`suyt (?:\w+ )?(?:dam|can|de|nga|chet|roi|te|ket|giat|dam vao|cuon)|xe nang[^.!?]{0,40}?(?:dam|can|lat|do|hong|khong phanh)|(?:se|sap|thi) co (?:nguoi|ai do) (?:bi thuong|chet|gap nan)`,
    ),
    rule(
      'safety',
      String.raw`bi thuong|tai nan|(?:di|phai|dua di|xe|goi|chuyen|cho di) cap cuu|nhap vien|(?:dua|cho|cho vao|cho di) (?:vao |di |den )?(?:benh vien|vien)|bi (?:may )?(?:cat|ep|ket|kep|nghien|dap|cuon) (?:vao |dut |mat )?(?:tay|chan|ngon|dau)|bi bong|bong nang|ngat xiu|bat tinh|say nang|soc nhiet|(?:nga|te|roi) (?:tu|khoi) (?:tren )?(?:gian giao|mai|thang|cao|xe)|gay (?:tay|chan|xuong)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:say ruou|say xin|nhau say|phe thuoc|dung ma tuy)[^.!?]{0,20}?(?:lai xe|di lam|van hanh|chay may|lai)`,
    ),
    // Said without the obvious words: veiled threats, pills put by, 'go back to your country',
    // punishment after a refusal, forms signed blank, structures giving way.
    rule(
      'threat',
      String.raw`biet (?:nha (?:toi|em|minh|chi|anh)|(?:toi|em) (?:o|song) (?:dau|cho nao))|liu hon|cho (?:may|mi) biet tay`,
    ),
    rule(
      'self-harm',
      String.raw`(?:gom|tich|tru|de danh|giu|cat) (?:\w+ )?thuoc ngu|moi nguoi (?:se )?(?:tot hon|nhe nhom hon) (?:neu )?(?:khong co|thieu) (?:toi|em)`,
    ),
    rule('discrimination', String.raw`(?:ve|cut ve|bien ve) (?:nuoc|que) (?:di|may)|cut ve (?:nuoc|que)`),
    rule(
      'harassment',
      String.raw`tu khi (?:toi|em|minh) tu choi[^.!?]{0,80}(?:ca|xep|noi xau|tru luong|phat|kho de|truy)|noi (?:xau )?(?:toi|em) (?:la )?de dai`,
    ),
    rule('fraud', String.raw`ky khong|ky (?:vao |ten vao )?(?:\w+ ){0,3}(?:trong|chua dien|de trong) (?:roi|de|xong)`),
    rule(
      'safety',
      String.raw`(?:ke hang|ke chua hang|gia ke|gian giao|tran nha|xa go)[^.!?]{0,25}(?:bi cong|cong venh|bi nghieng|nghieng|nut(?! nho| nhe| chan chim)|sap|oan|lung lay|vong xuong|bi vong|sut xuong|lun xuong|roi xuong)`,
    ),
    // Tự làm đau mình: rạch tay, cắt tay.
    rule(
      'self-harm',
      String.raw`tu (?:rach|cat|lam dau|dam|dot|hanh ha) (?:\w+ )?(?:tay|co tay|minh|ban than|chan|dui)|(?:toi|em|minh|anh|chi|tao) (?:\w+ ){0,2}(?:rach|cat|dot|ran|cua) (?:co tay|tay|dui|canh tay)(?! (?:vao|phai|trong may|boi))`,
    ),
    // Một cách tự tử: treo cổ, nhảy cầu, cắt cổ tay.
    rule(
      'self-harm',
      String.raw`treo co (?:tu tu|cho xong|chet|luon)|(?:muon|se|dinh|tinh|nghi den chuyen|nghi toi chuyen) (?:\w+ ){0,2}(?:treo co|nhay cau|nhay song|nhay lau|cat co tay|rach co tay|cat mach|lao dau vao xe|lao vao xe)|(?:nhay cau|nhay lau) tu tu`,
    ),
    // Ký nhận hoặc chấm công cho thứ chưa có: khống, ma.
    rule(
      'fraud',
      String.raw`(?:cham cong|ky cong|diem danh|ky ten|bam the|quet the) (?:\w+ ){0,2}(?:khong|ho|thay) (?:\w+ ){0,3}(?:nguoi|ban|ai) (?:\w+ ){0,2}(?:nghi|vang|khong di lam|khong den|khong co mat)|(?:cong nhan|nhan vien|luong|nguoi) ao|(?:cong nhan|nhan vien|lao dong) ma (?:de|an luong|lanh luong|nhan luong|huong luong)\b|ky (?:nhan|xac nhan|ten nhan) (?:\w+ ){0,5}(?:nhung|ma|chu) (?:\w+ ){0,2}(?:chua|khong|chang) (?:\w+ ){0,2}(?:phat|nhan|duoc phat|duoc nhan|dua|cap)`,
    ),
    // Công nhân bị nhốt ở chỗ làm, không có lối ra.
    rule(
      'safety',
      String.raw`\b(?:nhot|khoa cua nhot|khoa nhot|giam) (?:chung toi|chung em|bon toi|bon em|anh em|cong nhan|nhan vien|moi nguoi|tat ca)\b|\b(?:bi|deu bi|toan bi) (?:khoa cua )?nhot\b|\bkhoa (?:chung toi|bon toi|chung em|bon em|cong nhan|nhan vien|moi nguoi)\b[^.!?]{0,30}\btrong\b|\bkhoa cua (?:nhot |lai )?(?:chung toi|bon toi|chung em|cong nhan|nhan vien)\b`,
    ),
    // Mối nguy bị bỏ mặc: dầu đổ ra lối đi, bình chữa cháy hết hoặc bị mất, chỗ rò rỉ sửa rồi vẫn rò lại.
    rule(
      'safety',
      String.raw`\b(?:dau|nhot|dau nhot|mo|hoa chat|axit|xang|dau diesel|chat long)\b (?:\w+ ){0,2}(?:do ra|tran ra|chay ra|loang ra|do tren|do khap|do day|vung vai|dinh day|tran lenh lang|loang lo)\b|\b(?:vet|vung|bai|vung) (?:dau|nhot|hoa chat|dau nhot)\b (?:\w+ ){0,3}(?:tren|o|giua|ngay) (?:\w+ )?(?:loi di|san|nen|hanh lang|cau thang|duong di)\b|\b(?:san|nen|loi di|hanh lang|cau thang|duong di)\b (?:\w+ ){0,4}(?:tron truot|tron trot|rat tron|tron qua|bi tron|tron lam)\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\bbinh (?:chua chay|cuu hoa)\b(?: \w+){0,4} (?:da |bi |thi )?(?:het (?:roi|sach|binh|khi|ga|gas|bot|nap|han)|het|rong|trong rong|rong khong|bi mat|mat roi|mat tieu|bi lay|bi lay mat|bi trom|khong con|qua han|bien mat|khong thay dau)\b|\b(?:mat|mat het|het|khong con|thieu|khong thay|ai lay|bi lay mat) (?:cai |chiec |may |cac )?binh (?:chua chay|cuu hoa)\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:sua|da sua|sua xong|sua roi|moi sua)\b[^.!?]{0,25}\b(?:van|lai|tiep tuc) (?:\w+ )?(?:ro ri|bi ro|ri nuoc|ri ga|ri dau|xi|thung|nho giot)\b|\b(?:ro ri|bi ro|ri nuoc|ri ga|ri dau|xi ga)\b (?:\w+ ){0,2}(?:lai roi|tro lai|nua roi)\b`,
    ),
    // Lời đe dọa ngầm gắn với lúc tan ca: "tan ca rồi mày sẽ hối hận", "chờ tan ca tao xử mày".
    rule(
      'threat',
      String.raw`(?<!\b(?:khong di (?:nhau|an|choi)|nhau|an uong|tiec|karaoke|lien hoan|an toi|da bong|ca phe|cafe)\b[^.!?]{0,60})(?![^.!?]{0,120}\b(?:khong di (?:nhau|an|choi)|nhau|an uong|tiec|karaoke|lien hoan|an toi|da bong|ca phe|cafe)\b)(?:(?:\bhoi han\b|\bbiet tay\b|\bxu (?:may|mi|no|em)\b|\bcho do\b|\bliu hon\b|\bcoi chung\b|\btinh so\b|\bkhong yen dau\b|\bse biet\b|\bno don\b)[^.!?]{0,40}(?:\btan ca\b|\bsau ca\b|\bhet ca\b|\bra ve\b|\bngoai cong\b|\bbai xe\b|\bngoai kia\b)|(?:\btan ca\b|\bsau ca\b|\bhet ca\b|\bra ve\b|\bngoai cong\b|\bbai xe\b|\bngoai kia\b)[^.!?]{0,40}(?:\bhoi han\b|\bbiet tay\b|\bxu (?:may|mi|no|em)\b|\bcho do\b|\bliu hon\b|\bcoi chung\b|\btinh so\b|\bkhong yen dau\b|\bse biet\b|\bno don\b))`,
    ),
    // Đòi ngủ với sếp để được ca, được giữ việc.
    rule(
      'harassment',
      String.raw`\bneu (?:toi|em|minh|tui|chi|co) (?:khong |ko |k )?(?:chiu )?(?:ngu|di khach san|qua dem|len giuong|di nha nghi|qua nha) voi (?:ong ay|anh ay|anh ta|ong ta|han|sep|quan ly|no|ong|anh)\b[^.!?]{0,40}\b(?:ca lam|cat ca|duoc ca|thang chuc|tang luong|duoi viec|sa thai|hop dong|giam gio|khong co ca|bi cat)\b`,
    ),
    // Mixed with English, as people write: "el extintor is empty", "aceite all over the pasillo".
    rule(
      'safety',
      String.raw`\b(?:binh (?:chua chay|cuu hoa))\b(?: \w+){0,4} (?:is|are|was|were|its|it's) (?:\w+ )?(?:empty|gone|missing|expired|out of date|discharged|used up|not there)\b|\b(?:dau nhot|nhot|hoa chat|axit)\b (?:\w+ )?(?:all over|everywhere|on the floor|spilled|spilt)\b`,
      { negatable: true },
    ),
    // A partner's violence reaching work: an ex or partner turned up shouting or threatening, or here despite a court order.
    rule(
      'threat',
      String.raw`\b(?:lenh (?:cam|bao ve|cach ly)(?: tiep xuc| lai gan)?|restraining order|protection order)\b[^.!?]{0,60}?\b(?:dang o|o ngoai|den (?:day|cong ty|xuong|cua hang)|xuat hien|dung (?:o|truoc|ngoai)|cho (?:o )?ngoai|xong vao)\b|\b(?:chong cu|vo cu|nguoi yeu cu|ban trai cu|ban gai cu|chong|ban trai|nguoi yeu)(?: cua (?:em|toi|chi|co ay|minh))?\b[^.!?]{0,20}?\b(?:den|xong vao|xuat hien|dung ngoai|cho ngoai)\b[^.!?]{0,60}?\b(?:la het|chui boi|danh (?:em|toi|chi|co ay|nguoi)|doa (?:giet|danh)|giet|cam dao|co dao|rut dao|sung\b|say xin|say ruou|dap pha|khong chiu (?:ve|di))`,
    ),
    // Someone who cannot keep themselves safe (dementia, a small child) gone missing or out onto the road.
    rule(
      'safety',
      String.raw`\b(?:dang tri|sa sut tri tue|mat tri nho|alzheimer|lu lan|tu ky)\b[^.!?]{0,60}?\b(?:di lac|di lang thang|tron|ra khoi (?:trai|vien|khu|toa nha|cong|benh vien)|ra ngoai duong|ra duong|mat tich|khong tim thay|khong thay dau|bien mat)\b|\b(?:dua be|em be|chau be|be gai|be trai|dua nho|tre con|tre em|con nit)\b[^.!?]{0,30}?\b(?:chay ra|di ra|bo ra|tron ra|ra khoi)\b[^.!?]{0,40}?\b(?:duong|cong|bai xe|xe tai|xe nang|khu boc do)\b`,
    ),
    // A minor pressed by an adult to meet alone: said by age beside meeting alone, his car or his house.
    rule(
      'harassment',
      String.raw`\b(?:1[0-7]|muoi (?:ba|bon|lam|nam|sau|bay)) tuoi\b[^.!?]{0,60}?\b(?:gap rieng|gap mat rieng|di choi rieng|hen (?:gap|ho|ra)|ru (?:di|gap|ve)|ve nha (?:anh ta|ong ta|han)|len xe (?:anh ta|ong ta|han)|gui anh (?:nong|khoa than)|chi co hai nguoi)\b|\b(?:nhan tin|ru re|tan tinh|ep)\b[^.!?]{0,50}?\b(?:1[0-7]|muoi (?:ba|bon|lam|nam|sau|bay)) tuoi\b`,
    ),
    // A death threat sent by message: "nó nhắn tin nói mày chết chắc rồi".
    rule(
      'threat',
      String.raw`\b(?:nhan tin|tin nhan|inbox|facebook|zalo|messenger|viet|noi|bao)\b[^.!?]{0,40}?\b(?:may chet (?:chac|voi tao)|may se chet|giet may|tao (?:se )?giet|biet nha (?:em|toi|may|chi|minh) o dau|den tim (?:em|toi|may|chi))\b`,
    ),
    // Blind round 12:
    // Harm to someone in the writer's care (in-care.ts): "cô giáo đánh bé", and told with who did it between "bị" and
    // the verb: "bà cụ phòng 9 bị nhân viên đánh". "đánh giá" (assess), "đánh dấu" (mark) are no blows.
    rule(
      'threat',
      harmInCare('latin', {
        carer: String.raw`nhan vien|dieu duong|y ta|ho ly|co giao|thay giao|giao vien|bao mau|co bao mau|nguoi cham soc|nguoi giup viec|bo duong|me ke|bo (?:no|be|chau)|me (?:no|be|chau)`,
        harm: String.raw`danh(?! gia| dau| may| rang| so| thuc| bai| ten| vo| bong)|tat|dam|xo nga|troi|nhot|bop co|giat toc|lam bong|bo doi|nhin doi`,
        dependant: String.raw`ba cu|ong cu|cu ba|cu ong|ba noi|ong noi|benh nhan|nguoi benh|be|chau|hoc sinh|tre|em be|nguoi gia|cu`,
        passive: String.raw`\bbi `,
        harmed: String.raw`danh(?! gia| dau| so)|tat|dam|xo nga|troi|nhot|bop co|giat toc|lam bong|bo doi|nhin doi|nhot`,
      }),
    ),
    // A pupil who tells that a parent beats them: "học sinh nói bố đánh em suốt".
    rule(
      'threat',
      String.raw`\b(?:hoc sinh|be|chau|em be|tre|con)\b[^.!?\n]{0,40}\b(?:bo|me|cha|bo duong|me ke|ba|ma) (?:hay |thuong |suot ngay |ngay nao cung |lai |cu )?(?:danh|dap|tat|danh dap) (?:no|em|chau|be|con)\b`,
    ),
    // A small child left alone for an hour or more: "cô giáo bỏ bé một mình trong phòng ngủ cả tiếng đồng hồ".
    rule(
      'safety',
      inOneSentence(
        'latin',
        60,
        String.raw`be|chau|tre|em be|tre con|hoc sinh`,
        String.raw`mot minh|khong ai trong|khong co ai trong`,
        String.raw`(?:ca |hon |gan |suot )?(?:mot |1 |hai |2 |ba |3 |may |nhieu )?(?:tieng|gio)(?: dong ho)?|ca buoi|suot dem|ca dem`,
      ),
    ),
    // A lone worker out of contact (lone-worker.ts): "anh Tâm không nghe máy từ sáng, đi kiểm tra bể một mình".
    rule(
      'safety',
      outOfContact(
        'latin',
        String.raw`khong (?:nghe may|bat may|tra loi|lien lac duoc|goi duoc)|mat lien lac|thue bao|tat may`,
        String.raw`mot minh|xe (?:van|con) (?:\w+ )?(?:o day|do|con|nam)|bon chua|be chua|ham|silo|kho lanh`,
        String.raw`nghi phep|o nha|dang hop|di hop|nghi le|nghi om`,
      ),
    ),
    // A vehicle unfit to drive, driven with people aboard; a drunk driver of a school or works shuttle (unfit-vehicle.ts).
    // "say xe" is carsick and "say mê" keen: only drink makes a driver drunk here.
    rule(
      'safety',
      drivenUnfit(
        'latin',
        String.raw`(?:tai xe|lai xe|bac tai|nguoi lai)\b[^.!?\n]{0,30}\b(?:say ruou|say xin|say khuot|uong ruou|nhau say|xin)\b|(?:hong|mat|tuot|yeu) phanh|phanh (?:bi )?(?:hong|mat|yeu|khong an)`,
        String.raw`xe dua don|xe dua ruoc|xe buyt|xe khach|xe cho|hanh khach|hoc sinh|cong nhan|van (?:chay|lai|cho)|dang chay|dang lai`,
      ),
    ),
    // A resident with dementia not in their room, with a door open, at night or in the cold (the English rule's twin).
    rule(
      'safety',
      String.raw`\b(?:sa sut tri tue|mat tri nho|lu lan|alzheimer)\b[^.!?\n]{0,60}\bkhong (?:co )?(?:o )?(?:trong )?(?:phong|giuong|vuon|san)\b[^.!?\n]{0,80}(?:\bcua (?:\w+ ){0,2}(?:mo|khong khoa|chua khoa)|\b(?:lanh|ret|toi|dem|mua|duong)\b)`,
    ),
    // Vòng mù 13: ai đó sẽ đến chỗ làm để bắn, giết, đâm người: "mai nó sẽ đến văn phòng để bắn quản lý". Người bị nhắm
    // phải là người ("để bán hàng", "giết thời gian" không phải).
    rule(
      'threat',
      String.raw`\b(?:den|toi|qua|ghe|sang|vao|quay lai)\b(?: \S+){0,7}? (?:de|ma|va|roi) (?:ban|giet|dam|chem|danh) (?:chet )?(?:toi|chung toi|chung ta|tui|minh|anh|chi|em|co|ong|ba|no|han|quan ly|sep|giam doc|to truong|truong ca|moi nguoi|ca|tat ca|het|nhan vien|bao ve|nguoi)\b`,
    ),
  ],
};
