import type { OtherLanguage } from './table';

// Indonesian and Malay, formal and as texted ("gak", "lu", "gw"): "api" (fire) alone is never read, an English API is not one.
export const indonesian: OtherLanguage = {
  code: 'id',
  name: 'Indonesian and Malay',
  words:
    'yang ini itu saya aku gue gw kami kita runtuh ambruk roboh atap tidak tak gak nggak enggak sudah udah ada tolong cepat sekarang dengan untuk bos teman kerja gudang kebakaran pak bu mbak kak banget sini sana orang lagi sedang pingsan diperkosa bunuh pisau jatuh hilang terjepit memukul dipukul ambulans polisi dari keluar mesin tebal napas nafas kejang gudang darurat dikunci terkunci kecemasan berkunci kabel terkelupas pelindung dilepas cipratan kimia atasan pegang ngancam lapor capek hidup pengen diperbaiki beres kawan rakan sekerja semalam syif dihubungi sejak jalur evakuasi ditutup pakai barang megang dapur ramai sangat sgt kilang tercium kawasan raba meraba takde tiada selalu',
  bounds: 'word',
  doubledWithTwo: true,
  negation: String.raw`tidak|tak|gak|ga|nggak|enggak|bukan|belum|tanpa|tiada`,
  story: String.raw`film\w*|sinetron\w*|drama\w*|game\w*|novel\w*|komik\w*|berita\w*|koran\w*`,
  fixed: String.raw`sudah (?:\S+ )?(?:diperbaiki|dibenerin|beres|aman|dibuka)|udah (?:\S+ )?(?:diperbaiki|dibenerin|beres|aman|dibuka)|telah diperbaiki`,
  still: String.raw`lagi|masih|kembali`,
  calm: [
    // "Kebakaran jenggot" (a beard on fire) is panicking, not a fire (blind round 26).
    String.raw`kebakaran jenggot`,
    String.raw`(?:latihan|simulasi|pelatihan|drill)\w* (?:\S+ ){0,2}(?:kebakaran|pemadam|evakuasi|darurat)|alat pemadam|apar|(?:pintu|tangga) darurat(?! (?:\S+ ){0,3}(?:dikunci|terkunci|digembok|diblokir|terhalang|ditutup|dirantai))`,
    String.raw`(?:hp|handphone|ponsel|baterai|batre|batere|laptop)\w* (?:\S+ )?(?:mati|lowbat|habis|low)`,
    String.raw`(?:film|sinetron|drama|game|novel|komik)\w*`,
    String.raw`(?:capek|cape|capai|laper|lapar|ngantuk|bosen|bosan|panas|kenyang|ketawa|ngakak)\w* (?:\S+ ){0,3}mati|bunuh waktu|jatuh (?:cinta|sakit|tempo|hati|miskin)|harga\w* (?:\S+ )?jatuh|(?:pencegahan|kampanye|seminar) (?:\S+ )?bunuh diri`,
    String.raw`(?:masak|memasak|motong|memotong|potong|iris|kupas)\w* (?:\S+ ){0,3}(?:pakai |pake |dengan )?pisau|pisau dapur`,
  ],
  cries: String.raw`tolong(?: (?:saya|aku|kami|gue))?|toloong+|kebakaran`,
  urgent: {
    safety: [
      // Run over or hit by a forklift or a vehicle, a leg or arm broken (blind round 26).
      String.raw`(?:forklift|truk|mobil|motor|bus)\S* (?:\S+ )?(?:nabrak|menabrak|nabrakin|nyenggol|menyenggol|ngelindas|melindas) (?:orang|pekerja|karyawan|teman|rekan|pak|bu|mas|mbak|\S+)|(?:ditabrak|dilindas|kelindas|terlindas|keserempet) (?:forklift|truk|mobil|motor|bus)|(?:kaki|tangan|lengan)\S* (?:\S+ )?patah`,
      String.raw`kebakaran|ada api|api (?:besar|menyala|di (?:gudang|dapur|pabrik|kantor|lantai|mesin))|terbakar|asap (?:tebal|keluar|di|banyak|hitam)|bau gas|gas (?:bocor|nya bocor)|kebocoran gas|bocor gas`,
      String.raw`(?:tidak|tak|gak|ga|nggak|enggak) (?:bisa )?(?:bernapas|bernafas|napas|nafas)|pingsan|(?:tidak|tak|gak|ga|nggak|enggak) sadarkan diri|kejang|berdarah (?:banyak|parah|terus|deras)|banyak darah|darah (?:banyak|terus|mengucur)`,
      String.raw`jatuh dari (?:tangga|atas|ketinggian|perancah|scaffolding|forklift|atap)|(?:dia|orang|teman|pekerja|bapak|ibu|karyawan) (?:\S+ )?jatuh|tertimpa|terjepit|terhimpit|terjebak (?:di dalam|di lift|dalam|di bawah|di ruang)|kejatuhan`,
      String.raw`(?:panggil|telepon|telpon|hubungi) (?:\S+ )?(?:ambulans|ambulan|polisi|damkar|pemadam|112)|(?:anak|pekerja|teman|karyawan)\w* (?:\S+ )?hilang|hilang (?:anak|pekerja)`,
    ],
    weapon: [
      String.raw`(?:bawa|membawa|pegang|megang|keluarkan|ngeluarin|mengacungkan|ngacungin|acungkan) (?:\S+ )?(?:pisau|golok|parang|pistol|senjata|senapan|celurit|clurit|badik)|ditusuk|menusuk|tusuk|ditembak|menembak|tembakan|penembakan|(?:ancam|mengancam|ngancam|diancam)\w* (?:\S+ ){0,3}(?:pakai|pake|dengan|pke) (?:pisau|golok|parang|pistol|senjata|senapan|celurit|clurit|badik)`,
    ],
    threat: [
      // Someone hitting a person at work: "orang mabuk memukul satpam pakai botol" (blind round 29).
      String.raw`(?:memukul|mukul|mukulin|menghajar|ngehajar|hajar|menendang|nendang|mengeroyok|ngeroyok|menusuk) (?:satpam|orang|teman|temen|rekan|pekerja|karyawan|kasir|pelanggan|pak|bu|mas|mbak|bapak|ibu|anak)`,
      String.raw`(?:bunuh|bacok|tusuk|tembak|habisi) (?:kamu|kau|lu|lo|loe|elo|kalian|saya|aku|kami|dia|gue|gw)|(?:mau|akan|ingin|pengen) (?:\S+ )?(?:membunuh|bunuh|menghabisi|ngebunuh|bacok)(?! diri)|mengancam (?:\S+ )?(?:membunuh|bunuh)|ancaman (?:pembunuhan|mati)`,
      String.raw`(?:memukul|mukul|menampar|nampar|menendang|nendang|mencekik|nyekik|menghajar|ngehajar|hajar|mukulin) (?:saya|aku|kami|dia|gue|gw)|dipukul\w*|ditampar|ditendang|dicekik|dihajar|digebukin|dianiaya|penganiayaan`,
    ],
    harassment: [
      String.raw`diperkosa|memperkosa|perkosa|pemerkosaan|dilecehkan|pelecehan seksual|(?:meraba|raba|rabah|raba-raba|gerayangi|menggerayangi|grepe|grepe-grepe|ramas|meramas) (?:\S+ )?(?:saya|aku|gue|gw|kami|badan|tubuh|punggung|paha|dada|pantat|punggung)|diraba|digerayangi|digrepe|diramas|dicabuli|pencabulan`,
    ],
    'self-harm': [
      String.raw`bunuh diri|(?:mau|ingin|pengen|pgn|pingin) mati|(?:ga|gak|tidak|nggak|tak|enggak)(?: \S+)? (?:mau|ingin|pengen|pingin) hidup(?: lagi)?|menyakiti diri|lukai diri|sayat (?:tangan|nadi)`,
    ],
  },
  described: {
    safety: [
      // Blind round 24: a roof, ceiling or building giving way.
      String.raw`(?:atap|plafon|dinding|tembok|gedung|bangunan|perancah|scaffolding)\w* (?:\S+ ){0,5}(?:runtuh|ambruk|roboh|mau jatuh)`,
      // Someone gone with the phone off, either order ("hilang lepas syif malam, telefon dia tutup, tak ada kat rumah").
      String.raw`(?:hilang|menghilang|ngilang|(?:tak|tidak|gak|tiada) (?:ada )?(?:kat|di) rumah|(?:tak|tidak|gak) (?:datang|masuk) kerja)[^.!?\n]{0,100}?(?:(?:telefon|telepon|hp|handphone|fon)\w* (?:\S+ )?(?:mati|tutup|tidak aktif|tak aktif|gak aktif|off)|(?:tak|tidak|gak) (?:dapat|boleh|bisa) dihubungi)|(?:(?:telefon|telepon|hp|handphone|fon)\w* (?:\S+ )?(?:tutup|tidak aktif|tak aktif|gak aktif|off)|(?:tak|tidak|gak) (?:dapat|boleh|bisa) dihubungi)[^.!?\n]{0,100}?(?:hilang|menghilang|ngilang|(?:tak|tidak|gak|tiada) (?:ada )?(?:kat|di) rumah|(?:tak|tidak|gak) (?:datang|masuk) kerja)`,
      // A tank, well or drain entered and no sign since ("masuk ke tangki dan belum keluar, tidak menjawab").
      String.raw`(?:masuk|turun|nyebur|nyemplung|terjun)(?: ke)?(?: dalam)? (?:\S+ )?(?:tangki|silo|sumur|gorong\S*|septic|septik|bak|kolam|bunker|selokan|lubang|palka|tandon|reservoir)\w*[^.!?\n]{0,80}?(?:belum|tidak|tak|gak|nggak|ga|tiada) (?:\S+ )?(?:keluar|naik|balik|kembali|menjawab|jawab|menyahut|nyahut|merespon|respon|ada kabar|ada jawapan|ada jawaban|bergerak)`,
      String.raw`(?:demensia|pikun|alzheimer)[^.!?]{0,80}(?:keluar sendiri\w*|pergi sendiri\w*|hilang|tidak (?:bisa )?(?:kami )?temukan|tidak bisa menemukan\w*|tidak ketemu|gak ketemu|nggak ketemu|ga ketemu)|(?:anak|balita|bayi|murid|bocah)\S*[^.!?]{0,40}(?:dikunci|terkunci|dikurung|terkurung)[^.!?]{0,20}(?:kamar mandi|toilet|wc|kamar|lemari|gudang|ruang)`,
      String.raw`(?:kawan|rakan|teman|temen|rekan|pekerja|karyawan|staf|anak|budak|suami|isteri|istri|abang|kakak|adik|bapak|pakcik|makcik|mas|mbak|dia|beliau)\w*(?: \S+){0,3} (?:hilang|menghilang|ngilang)(?! (?:\S+ )?(?:kunci|hp|dompet|barang|charger|kabel|fokus|sabar|akal|selera|mood))|(?:hilang|menghilang|ngilang)\b[^.!?]{0,60}(?:tak|tidak|gak|nggak|ga) (?:dapat|bisa|boleh) (?:dihubungi|dikontak|ditelefon|ditelpon)`,
      String.raw`(?:pintu|tangga|jalur|jalan)\w* (?:darurat|kecemasan|keluar|evakuasi) (?:\S+ ){0,4}(?:dikunci|terkunci|berkunci|digembok|diblokir|terhalang|tertutup|ditutup|dirantai|penuh)|(?:dikunci|digembok|diblokir) (?:\S+ ){0,2}pintu (?:darurat|kecemasan)`,
      String.raw`bau gas|(?:bau|cium|tercium|kecium)\w* (?:\S+ ){0,3}gas|gas (?:\S+ ){0,2}(?:menyengat|tercium|kecium)`,
      String.raw`kabel\w* (?:\S+ ){0,3}(?:terkelupas|mengelupas|ngelupas|terbuka|telanjang|putus|menjuntai|gelantungan|bergelantungan|nyetrum)|(?:kesetrum|tersetrum|kena setrum|tersengat listrik)`,
      String.raw`(?:pelindung|penutup|pengaman|cover|guard)\w* (?:\S+ ){0,3}(?:mesin|gergaji|pres|press)\w* (?:\S+ ){0,3}(?:dilepas|dicopot|dibuka|rusak|hilang|dimatikan)|(?:pelindung|pengaman)\w* (?:\S+ ){0,2}(?:dilepas|dicopot)|tombol darurat (?:\S+ ){0,2}(?:rusak|mati|tidak berfungsi|gak berfungsi)`,
      String.raw`(?:bahan kimia|kimia|cairan|asam|soda api|pemutih|klorin|chemical)\w* (?:\S+ ){0,4}(?:di mata|ke mata|matanya|ke muka|di muka|ke wajah)|(?:kena|kecipratan|terciprat|tersiram|tersiram) (?:\S+ ){0,2}(?:bahan kimia|asam|soda api|kimia)|mata(?:nya)? (?:\S+ ){0,2}(?:perih|panas|terbakar|gak bisa lihat|tidak bisa melihat)`,
      String.raw`(?:hilang|menghilang|ngilang|gak ada kabar|tidak ada kabar|belum kembali|gak balik|tidak kembali) (?:\S+ ){0,2}(?:dari|sejak) (?:tadi|pagi|siang|kemarin|istirahat|jam)|(?:hp|telepon|wa)\w* (?:\S+ ){0,2}(?:tidak aktif|gak aktif|mati) (?:\S+ ){0,2}(?:hilang|dicari)|(?:tergeletak|terkapar|ambruk|tumbang)|(?:tidak|gak|nggak|ga) (?:bisa )?(?:bangun|merespon|respon|sadar)(?! (?:pagi|email|chat))`,
    ],
    harassment: [
      String.raw`(?:sering|terus|selalu|slalu|asyik|asik|setiap hari|tiap hari|hari hari|berkali kali|berbulan bulan) (?:\S+ ){0,3}(?:pegang|megang|memegang|meraba|raba|colek|nyolek|sentuh|nyentuh|menyentuh|gerayang|menggerayangi|grepe|ramas|meramas)\w*|(?:pegang|megang|memegang|raba|colek|sentuh|nyentuh)\w*(?: \w+)? (?:badan|dada|pantat|paha|tubuh|bokong)|(?:pegang|megang|colek|raba|grepe|gerayang|remas|cium|peluk|elus|usap)-(?:pegang|megang|colek|raba|grepe|gerayang|remas|cium|peluk|elus|usap) (?:\S+ )?(?:aku|saya|gue|gw|kami|badan|dada|pantat|paha|tubuh|bokong|pipi)|(?:pegang|megang|colek) (?:pegang|megang|colek)`,
    ],
    threat: [
      String.raw`(?:ngancam|mengancam|ancam)\w* (?:\S+ ){0,4}(?:pukul|mukul|pecat|memecat|hajar|habisi|kalau lapor|jika melapor)|(?:kalau|kalo|klo|jika) (?:\S+ )?(?:lapor|melapor|bilang|nolak|menolak|tolak|ngelawan|melawan) (?:\S+ ){0,3}(?:dipecat|pecat|dipukul|habis|dibuang|kena buang kerja|kena pecat)`,
    ],
    'self-harm': [
      String.raw`(?:aku|saya|gue|gw|ku) (?:\S+ ){0,2}(?:akhiri|mengakhiri|akhirin) (?:(?:semuanya|semua ini)(?=\s*(?:$|[.,;!?]))|hidupku|hidup saya|hidup ini)|(?:mengakhiri|akhiri) (?:hidupku|hidup saya|hidupnya)`,
      String.raw`capek hidup|cape hidup|lelah hidup|(?:pengen|ingin|mau) (?:\S+ )?(?:menghilang|ngilang|hilang aja|hilang selamanya)|(?:hidup|hidupku) (?:\S+ )?(?:tidak|gak|ga) ada (?:artinya|gunanya)|(?:lebih baik|mending) (?:\S+ )?(?:aku|saya|gue|gw) (?:\S+ )?(?:tidak ada|gak ada|mati)|nak mati`,
    ],
  },
};
