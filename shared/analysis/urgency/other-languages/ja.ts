import type { OtherLanguage } from './table';

/*
 * Japanese, read on any text with kana (Han alone is read by the Chinese rules). No spaces: a phrase is found
 * anywhere. Folding drops the voicing marks ("ガス" reads "カス", "が" reads "か"), on the phrases as on the text.
 * Negation follows the verb, so the phrases carry their own ending and a denial is a calm phrase ("火事じゃない").
 */
export const japanese: OtherLanguage = {
  code: 'ja',
  name: 'Japanese',
  script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  bounds: 'none',
  story: String.raw`映画|ドラマ|アニメ|ゲーム|漫画|マンガ|小説|ニュース`,
  calm: [
    String.raw`(?:避難|消防|防災|防火|火災)?訓練|防災|消火器|火災報知|非常口|(?:火事|火災)(?:では|じゃ)(?:ない|なかった|ありません)`,
    String.raw`(?:携帯|スマホ|電話|バッテリー|充電|パソコン)\S{0,3}(?:死んだ|死んで|切れ|死亡)`,
    String.raw`映画|ドラマ|アニメ|ゲーム|漫画|マンガ|小説`,
    String.raw`死ぬほど|笑い死|死ぬかと思った|(?:コーヒー|珈琲|ラーメン)\S{0,6}(?:殺せる|死ねる)`,
    String.raw`(?:料理|野菜|肉|魚|果物|玉ねぎ)\S{0,8}(?:包丁|ナイフ)|(?:包丁|ナイフ)\S{0,4}(?:野菜|肉|魚|果物|料理)`,
    String.raw`(?:試験|テスト|面接|成績|売上|株価)\S{0,4}落ち`,
  ],
  cries: String.raw`助けて(?:ください|下さい|くれ)?|たすけて|火事だ?`,
  urgent: {
    safety: [
      String.raw`火事|火災|燃えて(?:いる|る|います)|煙が(?:出て|充満|すごい)|ガス(?:漏れ|臭い|くさい|の臭い|の匂い|が漏れ)`,
      String.raw`息をしていない|息してない|息をしてない|呼吸(?:がない|してない|していない|が止まって)|意識(?:がない|不明|がありません|を失)|気を失|倒れ(?:た|て(?:いる|る|動かない|ます))|出血(?:が止まらない|がひどい)|血が止まらない|血だらけ|大量出血`,
      String.raw`(?:から|より)(?:落ち|転落)|転落|墜落|挟まれ|下敷き|閉じ込められ`,
      String.raw`救急車(?:を)?(?:呼んで|よんで|呼べ|お願い)|警察(?:を)?(?:呼んで|よんで|呼べ)|110番|119番|助けて|行方不明|(?:子供|子ども|作業員|同僚)が(?:いない|見つからない|いなくなった)`,
    ],
    weapon: [
      String.raw`(?:ナイフ|包丁|刃物|銃|拳銃|ピストル)(?:を|で)?(?:持って|振り回|出し|向け|突きつけ)|刺され|刺した|撃たれ|発砲`,
    ],
    threat: [
      String.raw`殺す(?:ぞ|と|って)|殺してやる|ぶっ殺|殺される`,
      String.raw`殴られ|殴って|殴る|叩かれ|蹴られ|暴力を振る|首を絞め`,
    ],
    harassment: [String.raw`レイプ|強姦|性的暴行|痴漢|触られ(?:た|る)|セクハラされ`],
    'self-harm': [String.raw`死にたい|自殺|消えたい|死のうと|リストカット|リスカ|手首を切`],
  },
};
