import type { ConceptLexicon } from '../frames';

/*
 * Vietnamese words for the frames' concepts, without tones (folded away
 * before matching). Without tones many syllables collide (chờ/cho, sờ/số,
 * ảnh/anh, gà/ga), so each concept is written as two-syllable words or with
 * what follows it, never as a bare ambiguous syllable.
 */
export const vietnameseConcepts: ConceptLexicon = {
  exit: String.raw`kho lanh|kho dong|tu dong|phong lanh|loi thoat hiem|cua thoat hiem|loi ra\b|cua ra\b|cua sau\b|cua thoat|loi thoat|cau thang thoat hiem|cua hiem`,
  obstructed: String.raw`tu ben trong|ben trong|bi nhot|nhot trong|ket trong|chan truoc|chan het|chan ngang|chan loi|bi chan|bi bit|bit kin|bi khoa|khoa trai|khoa xich|xich lai|o khoa|chat dong|chat day|truoc\b|khong mo duoc|khong mo ra|mo khong duoc|khong ra duoc|khong di qua duoc|bi ket`,
  fire: String.raw`chay no|hoa hoan|dam chay|co chay|neu chay|lua\b|khoi\b`,
  trapped: String.raw`khong ai ra duoc|khong ai thoat|khong thoat duoc|khong ra duoc|bi ket|ket lai|ket ben trong|chet chay|chet het`,
  electric: String.raw`o dien|day dien|cau dao|phich cam|cong tac|tu dien|o cam|day noi|dien\b`,
  electricFault: String.raw`toe lua|ban lua|nhay lua|phat lua|chap dien|bi chap|tuot vo|bong vo|ho day|boc khoi|khet|giat dien|bi giat|ro dien|bi uot|ngap nuoc|nuoc nho|nong chay|long leo`,
  gas: String.raw`gas\b|khi ga|amoniac|hoa chat|clo\b|hoi doc|khi doc|khoi doc|dung moi|thuoc tay|axit`,
  leaking: String.raw`mui\b|ro ri|bi ro|xi ra|do ra|chong mat|ngat xiu|bi xiu|buon non|non mua|dau dau|ngo doc|kho tho|ho sac|ngua rat`,
  guard: String.raw`chuong bao chay|bao chay|dau bao khoi|binh chua chay|den khan cap|cau thang|bac thang|tay vin|thang\b|gian giao|ke hang|tam chan|tam che|nap che|nap chan|nut dung khan|cam bien|rao chan|lan can|tay vin|phanh\b|luoi chan|vo bao ve|che chan`,
  removed: String.raw`tat\b|da tat|ngat\b|gay\b|nut\b|lung lay|sap\b|khong bat lai|hu hong|bi gay|thao\b|thao ra|bi thao|go bo|bi go|bo di|vo hieu|hong\b|khong hoat dong|khong co|thieu\b|bi gay`,
  lacking: String.raw`khong co|khong he co|chang co|thieu\b|khong deo|khong duoc phat|khong phat`,
  protection: String.raw`day an toan|day dai|mu bao hiem|non bao ho|mu bao ho|gang tay|kinh bao ho|khau trang|do bao ho|bao ho lao dong|giay bao ho|ao phan quang|nut tai|day cuu sinh`,
  following: String.raw`dung cho (?:em|toi)|se cho (?:em|toi)|cho em\b|doi em|doi (?:em|toi|chau|minh)\b|di theo (?:em|toi|chau|minh)|theo doi (?:em|toi)|bam theo|rinh (?:em|toi)|canh (?:em|toi)|lang vang`,
  place: String.raw`may gio em tan ca|may gio tan ca|luc tan ca|khi em ve|bai xe|nha xe|cho de xe|ve nha|nha (?:em|toi)|tram xe|xe buyt|ngoai cong|moi toi|toi nao|moi ngay|phong thay do|nha ve sinh|ngoai duong|tan ca`,
  touching: String.raw`so mo|so soang|mo mam|dung cham|cham vao|sam so|om ap|om (?:em|toi)|hon (?:em|toi)|sat vao|ep vao|dong tay dong chan|dong cham`,
  body: String.raw`vong ba|nguc|dui\b|eo\b|toc\b|nguoi em|co the|khi khong co ai|luc khong co ai|mot minh|khong dong y|da bao dung|khong muon`,
  images: String.raw`nhan tin|tin nhan|nhan xet|binh pham|noi ve|tin nhan|nhan tin|hinh\b|video|clip|gui anh|anh khoa than|anh nong|anh nude|anh sex`,
  sexual: String.raw`co the em|than hinh|co the toi|mac gi|mo thay em|mo ve em|em chan|chan roi|so khac|tai khoan khac|van nhan|khoa than|nude|tinh duc|khieu dam|nhay cam|do lot|khong he muon|khong muon|khong xin|ghe tom|tuc tiu`,
  unfair: String.raw`khong cho (?:em|toi|chi|co ay)? ?(?:len|lam|thang)|khong duoc (?:len|thang|tuyen|gia han|ky)|cho nghi viec|duoi viec|bi duoi|sa thai|ha chuc|tu choi|vi (?:em|toi|co ay|chi|ho) (?:la|co|dang|bi)|vi la|chi vi|phan biet`,
  trait: String.raw`co bau|mang thai|thai san|phu nu|con gai|da den|nguoi da mau|hoi giao|dong tinh|chuyen gioi|khuyet tat|xe lan|khan trum|tuoi\b|ton giao|chung toc|mau da|nguoi nuoc ngoai|dan toc|nguoi bac|nguoi nam`,
  group: String.raw`nguoi dan toc|dan toc|nguoi mien|dan mien|nguoi nuoc ngoai|nguoi trung|nguoi khmer|nguoi hoa|bac ky|nam ky|dan que`,
  dehumanising: String.raw`do moi|moi ro|man ro|suc vat|dong vat|no le|ban thiu|do ban|cut ve|an cap|an trom|do khi`,
  hurting: String.raw`danh\b|dap\b|giet|cho mot tran|xu dep|cho biet tay|bat den|tra thu|an dao|choi chet|lam thit|dap chet|danh chet`,
  ifReported: String.raw`neu (?:em|toi|may|mi|ai) (?:bao|to cao|noi|ke|khieu nai|di bao|mach)|bao cao|to cao|nhan su|cong doan|cong an|tan ca|ngoai cong|bai xe`,
  weapon: String.raw`con dao|dao\b|sung\b|khau sung|ma tau|vu khi|dui cui|binh xit hoi cay|cay sat`,
  brandished: String.raw`mang dao|mang sung|mang theo|mang vao|cam theo|cam dao|rut ra|chia vao|khua|vung\b|de doa|doa\b|tu do|trong tui|lay ra`,
  givingAway: String.raw`cho het|cho (?:di|ban|nguoi ta|moi nguoi)|tang het|tang lai|phan phat|chia het`,
  belongings: String.raw`do dac|do cua em|do cua toi|tai san|quan ao|nhung thu|mon do|dung cu cua`,
  hopeless: String.raw`khong chiu noi|het chiu noi|khong con suc|vo nghia|khong con y nghia|chan lam roi|buong xuoi|khong muon song`,
  living: String.raw`song\b|muon chet|chet\b|bien mat|khong can nua|khong thiet|tu tu|ket thuc|khong con o day`,
  records: String.raw`hang hu|hang hong|hang ton|so lieu|nhap hang|hang hoa|bang cham cong|cham cong|so sach|bien ban|ho so|phieu|hoa don|chu ky|so lieu|nhat ky|so ghi|ban kiem tra|gio cong|the gio`,
  falsified: String.raw`thanh hang da ban|nhu da ban|cho so lieu dep|lam dep so lieu|khai khong|sua gio|sua lai|sua so|chinh sua|thay doi|lam gia|gia mao|khai gian|khai khong|ghi khong|ky khong|khong ai kiem tra|ky dai|ky bua`,
  money: String.raw`tien\b|ket tien|ket sat|quy tien|tien mat|tien thu|tien boa|tien tip|may tinh tien`,
  taken: String.raw`lay\b|an cap|an trom|trom\b|bot xen|bo tui|bien thu|tham o|hut tien|cuom`,
  farewell: String.raw`viet thu|thu tu biet|tu biet|lam di chuc|de lai thu`,
  lovedOnes: String.raw`cho con|cac con|gia dinh|bo me|chong em|vo toi|phong khi|lo co chuyen`,
};
