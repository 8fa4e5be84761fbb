import { commonWordLanguages } from './redact-names-common-words';
import { isEnglishWord } from './english-dictionary';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Indonesian and Malay names, mostly written in lower case: after the title colleagues call each other by ("pak budi",
 * "bu siti", "mbak rina", "encik ahmad") or a role, the writer's own or not ("menejer budi santoso", "manajer saya pak
 * budi", "atasan kami ibu ani"). The name is the words after the cue up to an everyday word ("pak budi sering marah":
 * "sering" often); a cue followed by an everyday word names nobody ("ibu saya", my mother; "manajer baru", the new
 * manager). Titles that are words of other languages too ("mas", Portuguese but; "bu", "kak", "bang") count only in
 * a text that reads as Indonesian or Malay.
 */

const TITLES_ALONE = new Set('pak bapak ibu mbak encik puan tuan datuk dato haji hajah'.split(' '));
const VIETNAMESE_MARKS = new Set(
  'th\u1eb1ng thang anh ch\u1ecb chi em con \u00f4ng ong b\u00e0 c\u00f4 ch\u00fa chu d\u00ec'.split(' '),
);
const TITLES_IN_CONTEXT = new Set('bu mas kak bang abang cik'.split(' '));
const ROLES = new Set(
  `manajer menejer manager atasan bos supervisor spv mandor kepala direktur pengawas penyelia pengurus ketua rekan
  teman kawan senior leader koordinator pemilik majikan`.split(/\s+/),
);
const ENGLISH_OWNERS = new Set('my our your his her their'.split(' '));
const POSSESSIVES = new Set('saya kami kita aku ku dia mereka kamu'.split(' '));
// Everyday words that follow a title or a role and are no name: pronouns, function words, verbs, adverbs and the
// adjectives and nouns said of a manager.
const EVERYDAY = new Set(
  `saya kami kita aku ku dia ia mereka kamu anda beliau yang dan atau di ke dari ini itu tidak tak bukan sudah belum
  akan sedang masih juga pun lagi sering selalu suka kadang jarang pernah baru lama lain sendiri semua para tersebut
  tadi kemarin besok hari ini pagi siang sore malam minggu bulan tahun marah memarahi membentak memukul menampar
  mengancam menghina memaki berteriak teriak bilang berkata mengatakan bicara bertanya minta meminta menyuruh suruh
  memecat pecat datang pergi pulang kerja bekerja tolong mohon terima kasih dengan untuk pada oleh karena jadi kalau
  jika agar supaya tapi tetapi namun sangat terlalu paling lebih kurang cukup baik buruk jahat galak bagus ramah
  tegas kasar keras bagian divisi tim departemen kantor gudang pabrik toko produksi shift hrd personalia keuangan
  gaji lembur cuti ada adalah ialah punya mempunyai harus bisa boleh mau ingin perlu mana siapa apa kenapa mengapa
  bagaimana kok sih dong deh ya yah nya lah kah pula hanya cuma saja aja banget sekali kepada bahwa seperti begitu
  begini mereka kalian gak nggak enggak ga adil benar salah tahu mengerti lihat melihat kasih beri memberi kirim
  hamil rumah tangga guru dosen dokter polisi satpam sopir supir haji
  we the and is was my our manager boss`.split(/\s+/),
);
// A text that reads as Indonesian or Malay holds some of its commonest words.
const INDONESIAN = lazyPattern(
  String.raw`(?<![\p{L}])(?:saya|yang|tidak|dengan|sering|selalu|sudah|belum|kami|aku|dia|marah|karena|kerja|ini|itu|tapi|juga|kepada|untuk|suka|sangat|memukul|membentak|memarahi|gaji|lembur|kantor|banget|gak|nggak|enggak)(?![\p{L}])`,
  'iu',
);
const WORD = lazyPattern(String.raw`[\p{L}']+`, 'gu');
const TITLE_ALONE_IN = lazyPattern(String.raw`(?<![\p{L}])(?:${[...TITLES_ALONE].join('|')})(?![\p{L}])`, 'iu');

/** Masks the names after an Indonesian or Malay title or role (see above); the cue stays. */
export function maskIndonesianNames(text: string): string {
  // Most texts are in neither language and hold none of the titles that need no context: read no further.
  const indonesian = INDONESIAN.get().test(text);
  if (!indonesian && !TITLE_ALONE_IN.get().test(text)) return text;
  const words = [...text.matchAll(WORD.get())].map((m) => ({
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const isTitle = (w: string) => TITLES_ALONE.has(w) || (indonesian && TITLES_IN_CONTEXT.has(w));
  const spaced = (k: number) => k < words.length && /^ +$/u.test(text.slice(words[k - 1]!.end, words[k]!.start));
  let out = text;
  for (let k = 0; k < words.length; k++) {
    const cue = words[k]!.lower;
    let at = k + 1;
    if (ROLES.has(cue)) {
      if (!indonesian) continue;
      // "my manager saya never listens": after English "my"/"our" the role is English and "saya" is the manager's
      // name (the English role rule hides it), not Indonesian "my" before a name (round 26's property test).
      if (k > 0 && ENGLISH_OWNERS.has(words[k - 1]!.lower)) continue;
      if (spaced(at) && POSSESSIVES.has(words[at]!.lower)) at++;
      if (spaced(at) && isTitle(words[at]!.lower)) at++;
    } else if (!isTitle(cue)) continue;
    // op48b: after a Vietnamese person's mark ("thằng tuan", "anh tuan") "tuan" is the name Tuấn typed without its
    // accents, no title: the words after it are where he works ("kho lạnh"), not his name.
    else if (!indonesian && k > 0 && VIETNAMESE_MARKS.has(words[k - 1]!.lower)) continue;
    // In a text of another language "Pak" is Pakistan and "Tuan" a name of its own: a word of English after it is
    // the sentence going on ("Pak hide behind…").
    if (!indonesian && at < words.length && isEnglishWord(words[at]!.lower)) continue;
    let end = at;
    while (
      end < words.length &&
      end - at < 2 &&
      spaced(end) &&
      !EVERYDAY.has(words[end]!.lower) &&
      // Blind round 12: Tagalog shares "kami" and "supervisor": "supervisor namin na si …" is no Indonesian name.
      !commonWordLanguages(words[end]!.lower)?.has('tl') &&
      // Blind round 15: the shared list of everyday Indonesian words too ("bu ratna sama mas eko yg …": "sama", with).
      !moreEverydayLanguages(words[end]!.lower)?.includes('id') &&
      !ROLES.has(words[end]!.lower) &&
      !isTitle(words[end]!.lower) &&
      /^\p{L}{2,}$/u.test(words[end]!.lower)
    )
      end++;
    if (end === at) continue;
    out =
      out.slice(0, words[at]!.start) +
      mask('NAME', words[end - 1]!.end - words[at]!.start) +
      out.slice(words[end - 1]!.end);
    k = end - 1;
  }
  return out;
}
