import { foldPattern } from './normalise';

/*
 * A hazard reported, then taken back further down by an edit (blind round 29): "smoke in the kitchen this morning.
 * EDIT: it was just the toaster, nobody hurt", "gas smell by the boiler\nUPDATE: engineer came, it was the drains",
 * "Gasgeruch im Keller! Nachtrag: war nur der Müllcontainer", "ada bau gas di dapur! EDIT: ternyata cuma bau sampah".
 * The writer corrected their own report, so what stands before the edit is no hazard for anyone to act on today.
 *
 * Only an edit that says what it really was ("it was just", "false alarm", "war nur", "era solo", "ternyata cuma",
 * "ただの") takes back; one that makes it worse is a report ("EDIT: it's not the toaster, the wall socket is on fire
 * now"), as is one that turns ("but", "still", "again", "now"), so such a word after the marker keeps the whole text.
 * Only safety is read without it (calm-safety.ts): a threat or a touching taken back is still for someone to check.
 */

// The marker of an edit, with its colon or dash: "EDIT:", "UPDATE -", "Nachtrag:", "ATUALIZAÇÃO:", "追記：".
const MARKER = foldPattern(
  String.raw`(?:^|[\s.!?;,)\]*_~])(?:edit(?:ed)?|edit \d|update[ds]?|upd|nachtrag|aktualisierung|edito|editado|editei|actualizacion|actualizado|atualizacao|atualizado|mise a jour|maj|correction|correccion|correcao|rettifica|aggiornamento|aggiornato|poprawka|aktualizacja|duzeltme|guncelleme|koreksi|ralat|update ko|追記|訂正|更新|补充|補充)\s*[:：\-–—]+`,
);

// What it really was, per language (folded).
const RETRACTION = foldPattern(
  [
    String.raw`\b(?:false alarm|(?:it|that|this|the \w+) (?:was|is|turned out to be) (?:just |only |actually |really )?(?:the|a|an|some|our|my|his|her) [\w-]+|turned out (?:to be |it was )?(?:just |only )?(?:the|a|an|nothing)|(?:it'?s|its) (?:just|only) (?:the|a|an|some)|nothing (?:wrong|serious|to worry about)|ignore (?:this|that|the above|my (?:last|previous) (?:message|post|report))|never ?mind|nvm|my (?:bad|mistake))\b`,
    String.raw`\b(?:falsa alarma|(?:era|fue) (?:solo |solamente |nada mas que )?(?:el|la|los|las|un|una|del|de la) \w+|no (?:era|fue) nada|nada grave)\b`,
    String.raw`\b(?:alarme falso|falso alarme|(?:era|foi) (?:so |apenas |somente )?(?:o|a|os|as|um|uma|do|da) \w+|nao (?:era|foi) nada)\b`,
    String.raw`\b(?:fausse alerte|fausse alarme|c'?etait (?:juste |seulement |simplement |que )?(?:le|la|les|un|une|du|de la|l') ?\w+|rien de (?:grave|serieux))\b`,
    String.raw`\b(?:fehlalarm|falscher alarm|(?:war|waren|ist) (?:nur|bloss|lediglich) (?:der|die|das|ein|eine|unser|unsere) \w+|nichts (?:schlimmes|passiert))\b`,
    String.raw`\b(?:falso allarme|era (?:solo|soltanto|solamente) (?:il|la|lo|l'|un|una|uno) ?\w+|niente di grave)\b`,
    String.raw`\b(?:falszywy alarm|to (?:byl|byla|bylo) (?:tylko|jedynie) \w+)\b`,
    String.raw`\b(?:yanlis alarm|sadece \w+ (?:imis|ymis|mis|mus|muş))\b`,
    String.raw`\b(?:alarm palsu|ternyata (?:cuma|hanya|cuman) \w+)\b`,
    String.raw`\b(?:false alarm|\w+ (?:lang|lng) pala)\b`,
    String.raw`ただの|問題なし|問題ありません|誤報|误报|只是\S{0,6}(?:而已|罢了)`,
  ].join('|'),
);

// A turn after the marker: the edit adds to the report rather than taking it back.
const TURN = foldPattern(
  String.raw`\b(?:not (?:the|just|only|a|an)|isn'?t|wasn'?t|but|still|again|now|spreading|spread|worse|on fire|caught fire|flames|trapped|bleeding|ambulance|unconscious|not breathing|help|911|999|112|pero|todavia|sigue|ahora|mas|ainda|agora|mais|encore|maintenant|aber|doch|noch|jetzt|ma|ancora|ora|adesso|ale|nadal|teraz|ama|hala|tapi|masih|sekarang|pero|ngayon)\b|でも|まだ|今も|但是|还在|還在`,
);

const MARKER_PATTERN = new RegExp(MARKER, 'u');
const RETRACTION_PATTERN = new RegExp(RETRACTION, 'u');
const TURN_PATTERN = new RegExp(TURN, 'u');

/**
 * The folded text with what stands before an edit that takes it back blanked out, for the safety rules to read;
 * the text itself when it has no such edit.
 *
 * @example
 * withoutTakenBack('smoke in the kitchen. edit: it was just the toaster') // '                    edit: it was just the toaster'
 */
export function withoutTakenBack(folded: string): string {
  const marker = MARKER_PATTERN.exec(folded);
  if (!marker || marker.index === 0) return folded;
  const after = folded.slice(marker.index);
  if (!RETRACTION_PATTERN.test(after) || TURN_PATTERN.test(after.slice(marker[0].length))) return folded;
  return ' '.repeat(marker.index) + after;
}
