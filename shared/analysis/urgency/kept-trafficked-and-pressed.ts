import { lazyPattern, type LazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';
import { shortSentences } from './short-sentences';

/*
 * Harassment the att46 attack found calm or sent to the wrong owner (u48b), each read in one sentence (a comma does
 * not end it) by parts that must all stand, so no gap is unbounded:
 * - Debt bondage told in Chinese: papers held or a debt beside being kept from leaving or quitting ("老板把我们的证件扣了，
 *   不让走", "欠中介的钱没还完，老板不让我们辞职"). debts-that-bind.ts reads the other languages.
 * - Trafficking told by its conditions: people who live or sleep where they work, cannot go out and are not paid ("they
 *   bring new girls from the agency and they live above the shop, they cant go out and dont get paid"), in English,
 *   Spanish, French, Portuguese, German and Italian.
 * - Sexual pressure in veiled words outside English: a boss, the contract, a promotion or being made permanent, a
 *   condition, and a dinner alone, a hotel or going out with him ("o chefe insinuou que minha efetivacao depende de um
 *   jantar a sos com ele", "sabi ni sir pag pumayag daw ako lumabas kasama niya, ire-regular niya ako"), in Portuguese,
 *   Tagalog, Italian, Polish, Spanish, French and German (pressure-veiled.ts reads English).
 * - A firing promised in German to whoever calls an authority ("wer das Gewerbeaufsichtsamt anruft, fliegt raus").
 * Forced labour, pressure and retaliation are harassment: they reach whoever owns it. Calm beside them: a debt to a
 * friend, an ID copied for payroll, workers housed who go out and are paid, a team dinner, a contract renewed on sales.
 * u49a: a debt held over a whole crew, "nobody may quit", "he won't let anyone go" (zh); people kept locked in who get
 * nothing for their work (en es fr de).
 * Tests: test/unit/analysis/urgency-att46-u48b.test.ts, test/unit/analysis/urgency-u48b-leftovers-u49a.test.ts.
 */

type Parts = string[];

const BONDAGE_ZH: Parts[] = [
  [
    String.raw`(?:护照|证件|身份证|工作证|签证)`,
    String.raw`(?:扣|收走|拿走|押着|押在|没收|不还)`,
    String.raw`(?:(?:不让|不准|不许)(?:我们|我|他们|大家)?(?:走|离开|辞职|回家|回国|回老家|出去)|不能(?:走|离开|辞职|回家|回国)|走不了|才能(?:走|离开|辞职|回家)|才(?:还|给回)|欠)`,
  ],
  [
    String.raw`(?:欠|债|没还完|没还清|还不清|不还清|还不上)`,
    String.raw`(?:(?:不让|不准|不许|不放)(?:我们|我|他们|大家|任何人|谁|工人)?(?:走|离开|辞职|辞工|回家|回国|回老家)|谁(?:也|都)(?:不许|不准|不能|不让|别想)(?:走|离开|辞职|辞工|回家)|不放人|不能(?:走|离开|辞职|辞工|回家|回国)|走不了|辞不了|才能(?:走|离开|辞职|辞工|回家))`,
  ],
];

// Live or sleep where they work; cannot go out; are not paid.
const TRAFFICKED: Parts[] = [
  [
    String.raw`\b(?:live|lives|living|sleep|sleeps|sleeping|stay|stays|staying|housed|keep|keeps|kept)\b`,
    String.raw`\b(?:(?:can'?t|cant|cannot|can not|never|not allowed to|aren'?t allowed to|are not allowed to|never allowed to) (?:\w+ )?(?:go out|get out|go outside|leave)|(?:never|not) (?:allowed|let) (?:out|outside)|(?:don'?t|dont|doesn'?t|won'?t|wont|never) let (?:them|us|her|him|the \w+) (?:go )?out|locked (?:in|up|inside)|lock (?:them|us|her|him|the \w+) (?:in|up))\b`,
    String.raw`\b(?:(?:don'?t|dont|doesn'?t|never|aren'?t|are not|not|isn'?t) (?:get |getting |being |even )?paid|(?:nobody|no one|never) pays? (?:them|us|her|him)|no pay|no wages?|no salary|without (?:pay|wages?|salary)|unpaid|for free|(?:get|gets|getting|got) nothing for (?:their|our|her|his|my|the) work|work(?:s|ing|ed)? for nothing|not (?:a|one) (?:cent|penny|dime))\b`,
  ],
  [
    String.raw`\b(?:viven|vive|vivimos|duermen|duerme|dormimos|las tienen|los tienen)\b`,
    String.raw`\b(?:no (?:las |los |nos |les |la |lo )?(?:dejan|deja|permiten) salir|no (?:pueden|podemos|puede) salir|nunca salen|encerrad[oa]s)\b`,
    String.raw`\b(?:no (?:les |nos |le |me )?pagan|no cobran|sin (?:paga|sueldo|salario|pago)|no reciben (?:pago|sueldo|salario|nada)|no (?:les |nos |le |me )?dan (?:ni un (?:peso|centavo|quinto)|nada)|ni un (?:peso|centavo)|gratis)\b`,
  ],
  [
    String.raw`\b(?:vivent|vit|dorment|dort|logent|loge|logees?|habitent)\b`,
    String.raw`\b(?:(?:peuvent|peut|pouvons|peux) (?:pas|jamais) sortir|(?:les|nous|la|le) laisse(?:nt)? (?:pas|jamais) sortir|enferme(?:e|es|s)?)\b`,
    String.raw`\b(?:(?:sont|est|suis|sommes) (?:pas|jamais) payee?s?|pas payee?s?|(?:les|nous|la|le) paie(?:nt)? (?:pas|jamais)|sans (?:salaire|paie|etre payee?s?)|pas de salaire|gratuitement|ne (?:touchent|touche|recoivent|gagnent) rien|pas un (?:sou|centime))\b`,
  ],
  [
    String.raw`\b(?:moram|mora|dormem|dorme|vivem|vive|ficam)\b`,
    String.raw`\b(?:nao (?:podem|pode|podemos|deixam|deixa) (?:\w+ )?sair|trancad[oa]s)\b`,
    String.raw`\b(?:nao (?:recebem|recebe|ganham|ganha)|nao (?:sao|e) pag\w*|sem (?:salario|pagamento)|nao (?:pagam|paga) (?:elas|eles|nada)|de graca)\b`,
  ],
  [
    String.raw`\b(?:wohnen|wohnt|schlafen|schlaft|schlaeft|untergebracht)\b`,
    String.raw`\b(?:(?:durfen|duerfen|darf|konnen|koennen|kann) (?:\w+ )?nicht (?:raus|hinaus|weg|ausgehen|nach draussen)|nie raus|eingesperrt|eingeschlossen)\b`,
    String.raw`\b(?:(?:kein|keinen) (?:lohn|geld|gehalt)|nicht bezahlt|unbezahlt|ohne lohn|(?:bekommen|bekommt|kriegen|kriegt) (?:\w+ )?nichts|keinen cent)\b`,
  ],
  [
    String.raw`\b(?:vivono|dormono|abitano|stanno)\b`,
    String.raw`\b(?:non (?:possono|puo|possiamo|le lasciano|li lasciano|ci lasciano) (?:\w+ )?uscire|chius[eia] dentro)\b`,
    String.raw`\b(?:non (?:vengono |sono )?pagat[eiao]|non (?:le|li|ci) pagano|senza (?:stipendio|paga)|gratis)\b`,
  ],
];

// A boss; a good of the job; a condition; a dinner alone, a hotel or going out with him.
const PRESSURE: Parts[] = [
  [
    String.raw`\b(?:chefe|gerente|supervisor\w*|encarregad[oa]|patrao|diretor)\b`,
    String.raw`\b(?:efetiv\w*|promoc\w*|promov\w*|contrat\w*|renov\w*|vaga|aumento|cargo)\b`,
    String.raw`\b(?:se|depende\w*|caso|so se)\b`,
    String.raw`\b(?:a sos|sair com ele|motel|hotel|(?:mais )?(?:boazinha|carinhosa|legal|gentil) com ele|casa dele|apartamento dele|sozinha com ele)\b`,
  ],
  [
    String.raw`\b(?:sir|boss|manager|supervisor|amo|ma'?am)\b`,
    String.raw`\b(?:ire-?regular|i-?regular|regular|i-?promote|ipo-?promote|ipropromote|promot\w*|contract|kontrata|i-?renew|renew)\b`,
    String.raw`\b(?:pag|kapag|kung|basta)\b`,
    String.raw`\b(?:lumabas kasama|lalabas kasama|sumama sa (?:kanya|kaniya)|sasama (?:ako )?sa (?:kanya|kaniya)|makipag-?date|hotel|motel|kami lang (?:dalawa)?)\b`,
  ],
  [
    String.raw`\b(?:capo|responsabile|direttore|titolare|caporeparto|padrone)\b`,
    String.raw`\b(?:rinnov\w*|contratt\w*|promozion\w*|promuov\w*|assun\w*|indeterminato|posto)\b`,
    String.raw`\b(?:se|dipende|solo se)\b`,
    String.raw`\b(?:carin[ao] con lui|gentile con lui|disponibile con lui|cena da soli|da sol[ieao] con lui|a cena con lui|in albergo|in hotel|uscire con lui|a casa sua)\b`,
  ],
  [
    String.raw`\b(?:szef\w*|kierownik\w*|brygadzist\w*|dyrektor\w*|przelozon\w*|majster\w*)\b`,
    String.raw`\b(?:umow\w*|awans\w*|przedluz\w*|etat\w*|podwyzk\w*|premi\w*)\b`,
    String.raw`\b(?:jak|jesli|jezeli|gdy|zalez\w*|pod warunkiem)\b`,
    // att48: "jak pojadę z nim na noc", "jeśli będę dla niego miła po godzinach".
    String.raw`\b(?:do hotelu|w hotelu|z nim (?:do|na) (?:kolacj\w*|hotel\w*|randk\w*|drink\w*|noc)|na noc z nim|sam na sam|mil[ae] dla niego|milsza dla niego|dla niego mil[ae]|dla niego milsza|do niego do domu|randk\w*|przespi\w* sie z nim|spac z nim)\b`,
  ],
  // Vietnamese (att48): a boss, a raise, a permanent post or the day shift, a condition, and a hotel, a night or
  // "pleasing him" ("nếu muốn tăng lương thì tối nay đi khách sạn với anh ấy", "nếu tôi chiều anh ta thì … ca ngày").
  [
    String.raw`\b(?:quan ly|to truong|sep|giam doc|quan doc|truong ca|truong phong|ong chu|chu)\b`,
    String.raw`\b(?:tang luong|len luong|len chuc|thang chuc|hop dong|ca ngay|chinh thuc|giu viec|ky tiep)\b`,
    String.raw`\b(?:neu|thi|mien la|chi can)\b`,
    String.raw`\b(?:(?:di|vao|len|o|toi) (?:khach san|nha nghi)(?: \w+){0,2} voi (?:anh|ong|han|sep|no)|voi (?:anh|ong|han|sep)(?: \w+){0,2} (?:khach san|nha nghi)|nha nghi|qua dem voi|ngu voi|ngu cung|(?<!\b(?:ca|buoi|sang|trua) )chieu (?:anh ta|ong ta|han|sep)|o lai voi (?:anh|ong|han)|di (?:an toi|choi) (?:rieng )?voi (?:anh|ong|han))\b`,
  ],
  // Chinese (att48): "领班暗示我陪他过夜就给我加工资".
  [
    String.raw`领班|主管|经理|老板|组长|班长|车间主任|厂长|上司`,
    String.raw`加工资|加薪|涨工资|转正|升职|续签|合同|白班|好班|奖金`,
    String.raw`陪他|陪老板|陪经理|过夜|开房|跟他睡|和他睡|陪睡|去酒店|去宾馆|单独吃饭`,
  ],
  [
    String.raw`\b(?:jefe|gerente|supervisor|encargado|patron)\b`,
    String.raw`\b(?:fij[oa]|planta|contrat\w*|ascen\w*|renov\w*|puesto|base)\b`,
    String.raw`\b(?:si|depende|solo si)\b`,
    String.raw`\b(?:a solas|cenar con el|salir con el|hotel|motel|(?:mas )?(?:carinosa|amable|buena) con el|su casa|su departamento)\b`,
  ],
  [
    String.raw`\b(?:chef|patron|directeur|responsable|superviseur|gerant)\b`,
    String.raw`\b(?:cdi|contrat|promotion|renouvel\w*|titularis\w*|poste|augmentation)\b`,
    String.raw`\b(?:si|depend\w*|a condition)\b`,
    String.raw`\b(?:en tete-a-tete|tete a tete|diner avec lui|seule avec lui|a l'hotel|sortir avec lui|gentille avec lui|chez lui)\b`,
  ],
  [
    String.raw`\b(?:chef|vorgesetzte\w*|meister|leiter|schichtleiter|abteilungsleiter)\b`,
    String.raw`\b(?:festanstellung|festvertrag|vertrag\w*|befoerder\w*|befor\w*|verlanger\w*|verlaenger\w*|ubernahme|uebernahme|ubernommen|uebernommen|gehaltserhohung|stelle)\b`,
    String.raw`\b(?:wenn|falls|nur wenn|hangt|haengt)\b`,
    String.raw`\b(?:allein (?:mit ihm|essen)|mit ihm allein|ins hotel|im hotel|mit ihm ausgehen|nett zu ihm|zu ihm nach hause|abendessen mit ihm)\b`,
  ],
];

// Whoever calls an authority, in German, is fired.
const FIRED_FOR_REPORTING_DE: Parts[] = [
  [
    String.raw`\bwer\b(?: [\w-]+){0,3}? (?:(?:anruft|anzeigt|meldet|einschaltet|verstandigt|verstaendigt|informiert|holt|schreibt)|(?:geht|rennt|lauft|laeuft) (?:zum|zur|zu der|zu den|beim|bei der))\b|\bwer (?:zum|zur|beim|bei der|bei dem)\b`,
    String.raw`\b(?:\w*amt|\w*aufsicht\w*|\w*behorde|\w*behoerde|berufsgenossenschaft|bg|gewerkschaft|polizei|zoll|presse|inspektion|betriebsrat|anwalt)\b`,
    String.raw`\b(?:fliegt|fliegen|ist (?:\w+ )?(?:gefeuert|entlassen|raus|gekundigt|gekuendigt)|ist (?:seinen|ihren|den) job los|verliert (?:seinen|ihren|den) job|wird (?:\w+ )?(?:gefeuert|entlassen|rausgeworfen|gekundigt|gekuendigt|rausgeschmissen)|kann (?:seine|ihre|die) sachen packen)\b`,
  ],
];

// A film, a game or a joke; or the law said ("nobody who reports can be fired").
const NOT_REAL = lazyPattern(
  String.raw`\b(?:movie|film|filme|pelicula|serie|series|novel|novela|game|jogo|juego|lol|lmao|haha\w*|jaja\w*|kkk\w*|jk|joking|kidding|darf nicht|nicht erlaubt|verboten)\b|电影|电视剧|小说|游戏`,
  'u',
);

const compiled = (groups: Parts[]): LazyPattern[][] =>
  groups.map((parts) => parts.map((part) => lazyPattern(foldPattern(part), 'u')));
const READINGS = [BONDAGE_ZH, TRAFFICKED, PRESSURE, FIRED_FOR_REPORTING_DE].map(compiled);

/** Whether one sentence of the folded text tells debt bondage, trafficking, veiled pressure or a firing for reporting. */
export function tellsKeptTraffickedOrPressed(folded: string): boolean {
  for (const sentence of shortSentences(folded)) {
    if (sentence.length < 4) continue;
    const found = READINGS.some((groups) => groups.some((parts) => parts.every((part) => part.get().test(sentence))));
    if (found && !NOT_REAL.get().test(sentence)) return true;
  }
  return false;
}

/** The reading with harassment added (and urgent) where one of these is told. */
export function withKeptTraffickedOrPressed(text: string, reading: Reading): Reading {
  if (reading.categories.includes('harassment') || typeof text !== 'string' || !text) return reading;
  return tellsKeptTraffickedOrPressed(fold(text)) ? withKindsAdded(reading, 'harassment') : reading;
}
