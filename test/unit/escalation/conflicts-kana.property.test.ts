import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { exampleConfig } from '../../support/fixtures';
import { expectNamedAndHidden, expectNoSponsorIn, personal } from '../../support/sponsor-names';

// Issue 14, item 3: "リー・マーシュが非常口をふさいだ" went to Lee Marsh, with
// the name kept in the stored text. A sponsor's name in kana, by any of the
// usual ways of spelling it there, must send the case around them and be
// hidden whole.

/** The example config's name parts as katakana spell them (long mark, r said or not, ホ or ウィ for wh). */
const KATAKANA: Record<string, string[]> = {
  dana: ['ダナ', 'デイナ', 'ダーナ', 'デーナ'],
  whitfield: ['ホイットフィールド', 'ウィットフィールド', 'ウイットフィールド', 'ホイットフィルド'],
  sam: ['サム'],
  okafor: ['オカフォー', 'オカフォル', 'オコフォー'],
  lee: ['リー'],
  marsh: ['マーシュ', 'マルシュ', 'マーシ'],
  alex: ['アレックス', 'アレクス', 'アリックス'],
  romero: ['ロメロ', 'ロメーロ'],
};

/** Katakana written another way: as hiragana, or half-width (voicing marks then come as separate characters). */
const SCRIPTS: Record<string, (katakana: string) => string> = {
  katakana: (k) => k,
  hiragana: (k) => k.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)),
  halfwidth: (k) => {
    const half = 'ｧｱｨｲｩｳｪｴｫｵｶｶﾞｷｷﾞｸｸﾞｹｹﾞｺｺﾞｻｻﾞｼｼﾞｽｽﾞｾｾﾞｿｿﾞﾀﾀﾞﾁﾁﾞｯﾂﾂﾞﾃﾃﾞﾄﾄﾞﾅﾆﾇﾈﾉﾊﾊﾞﾊﾟﾋﾋﾞﾋﾟﾌﾌﾞﾌﾟﾍﾍﾞﾍﾟﾎﾎﾞﾎﾟﾏﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜﾜｦﾝ';
    const full =
      'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヲン';
    const table = new Map<string, string>();
    let at = 0;
    for (const ch of full) {
      const two = half.slice(at, at + 2);
      const one = /[ﾞﾟ]/.test(two[1] ?? '') ? two : half[at]!;
      table.set(ch, one);
      at += one.length;
    }
    return [...k].map((c) => (c === 'ー' ? 'ｰ' : (table.get(c) ?? c))).join('');
  },
};

const written = fc
  .tuple(
    fc.constantFrom(...exampleConfig.sponsors),
    fc.constantFrom(...Object.keys(SCRIPTS)),
    fc.infiniteStream(fc.nat()),
    fc.boolean(),
    fc.constantFrom('・', '＝', ' ', '', '･'),
    fc.constantFrom('さんが', '様が', '氏は', 'が', 'は', '部長が', ''),
    fc.constantFrom('昨日、', '夜勤で', 'Yesterday ', ''),
    fc.constantFrom('非常口をふさいだ。', '私たちに怒鳴った。', 'blocked the fire exit.'),
  )
  .map(([sponsor, script, choices, surnameOnly, separator, after, lead, rest]) => {
    const parts = personal(sponsor.name).toLowerCase().split(' ');
    const words = (surnameOnly ? parts.slice(-1) : parts).map((p) => {
      const spellings = KATAKANA[p]!;
      return SCRIPTS[script]!(spellings[choices.next().value % spellings.length]!);
    });
    return { sponsor, words, text: `${lead}${words.join(separator)}${after}${rest}` };
  });

describe('a sponsor named in kana', () => {
  it('Should route the case around them and hide every word of their name, however it is spelled', async () => {
    await fc.assert(
      // Nor in the width-folded form (half-width kana read as full-width).
      fc.asyncProperty(written, ({ sponsor, words, text }) =>
        expectNamedAndHidden(
          text,
          sponsor.id,
          words,
          (stored, w) => stored.includes(w) || stored.includes(w.normalize('NFKC')),
        ),
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('Should read a first name alone in kana on a site of theirs only', () => {
    expect(sponsorsNamedIn(exampleConfig, 'リーは今日も非常口をふさいだ。', 'plant2')).toContain('plant2-gm');
    expect(sponsorsNamedIn(exampleConfig, 'リーは今日も非常口をふさいだ。', 'hq')).not.toContain('plant2-gm');
    expect(maskSponsorNames(exampleConfig, 'リーは今日も非常口をふさいだ。', 'plant2')).toBe(
      '[NAME]は今日も非常口をふさいだ。',
    );
  });

  it('Should read a sponsor before an honorific, whichever script the name is in', () => {
    for (const text of [
      'サムさんが非常口をふさいだ。',
      'さむさんが非常口をふさいだ。',
      'オカフォーさんも見ていた。',
      // Attack round 28: くん and ちゃん with a particle after them hid the name before them.
      'さむくんが非常口をふさいだ。',
      'さむちゃんは私たちに怒鳴った。',
      'さむさまに言われた。',
    ])
      expect(sponsorsNamedIn(exampleConfig, text, 'plant2'), text).toContain('chro');
  });

  it('Should not take everyday Japanese for a sponsor', () => {
    expectNoSponsorIn(
      [
        'ミスが多いのはシフトが長すぎるからです。',
        'リーダーがルールを守らない。マネージャーに言ってもサービス残業が続く。',
        'フォークリフトのライン、パレットが積みすぎでリスクが高い。',
        'ロッカーとトイレが汚い。エアコンも壊れている。マスクもない。',
        'チームのメールでスケジュールが変わった。ストレスでダメになりそう。',
        'パワハラとセクハラがある。サポートもケアもない。',
        '倉庫がさむいです。',
        'あれこれ言われて、もう無理です。',
        // An honorific after a name in kanji is no sponsor ("さん" read as Latin is one letter from "Sam").
        '山田さんも見ました。',
        '同僚の由美子さんも手伝ってくれた。',
        '田中さんが非常口をふさいだ。',
        '鈴木くんは悪くない。',
        '課長の佐藤さまに言われた。',
        'ジョンさんと話した。',
      ],
      ['plant2', undefined],
    );
  });
});
