import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { describeUrgencyRound } from '../../support/urgency-round';
import rows from './urgency-blind-round-15.json';

/*
 * What a blind tester found in round 15 (README only), fixed by kind, with rows of the same kinds written fresh
 * (urgency-blind-round-15.json): self-harm said without a word for death ("envie de disparaître pour de bon", "la
 * faccio finita"), a resident with dementia gone, a resident bruised again and threatened with no food, a child locked
 * in a toilet, a co-worker gone since last night with the phone off; and two false alarms: game talk ("killed me 40
 * times, I'm going to smash it") and an accident of last winter with the fix in place now ("jetzt wird jeden Morgen
 * gestreut, danke!"). The languages read by phrase tables are below: buried in an English ramble they are not theirs.
 */
describeUrgencyRound('urgency blind round 15', rows);

describe('urgency blind round 15: the phrase tables', () => {
  it.each([
    'collega Sanne is niet komen opdagen en neemt niet op, gisteren zei ze dat ze er een eind aan wil maken',
    'ze wil er een eind aan maken',
    'en kollega har varit borta sedan igår kväll, telefonen är avstängd och ingen vet var han är',
    'mijn collega is weg sinds gisteravond, telefoon staat uit en niemand weet waar hij is',
    'bir iş arkadaşım dün akşamdan beri yok, telefonu kapalı ve kimse nerede olduğunu bilmiyor',
    'en boende med demens har gått ut ensam och vi hittar honom inte',
    'er zit een kind al de hele ochtend opgesloten in de wc op het kinderdagverblijf',
    'jag ska göra slut på allt ikväll, tack för allt',
    'bu sefer her şeye son vereceğim, her şey için teşekkürler',
    'сегодня я покончу со всем, спасибо за всё',
    'сьогодні я покінчу з усім, дякую за все',
    'malam ini aku akhiri semuanya, terima kasih untuk semuanya',
    'می‌خواهم برای همیشه ناپدید شوم',
    'bir sakin demansı var, tek başına dışarı çıktı ve onu bulamıyoruz',
    'пациент с деменцией ушел один из отделения, не можем его найти',
    'ребенок заперт в туалете в детском саду с утра',
    'anak itu dikunci di kamar mandi di penitipan sejak pagi',
    '認知症の入居者が一人で外に出てしまい、見つかりません',
    '同僚が昨夜からいなくて、電話も切れていて誰も居場所を知らない',
    '동료가 어젯밤부터 안 보이고 전화도 꺼져 있고 아무도 어디 있는지 몰라요',
    '오늘 밤 다 끝낼 거야, 그동안 고마웠어',
    'în seara asta pun capăt la tot, mulțumesc pentru tot',
    'ek resident jise dementia hai akele bahar chala gaya, mil nahi raha',
  ])('Should read %s as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'we moeten een eind maken aan de overuren',
    'er moet een eind komen aan de pesterijen',
    'han har varit borta på semester i två veckor',
    'Jan har varit borta sedan igår, han är sjuk hemma',
    'jag ska göra slut med min pojkvän',
    'mijn collega is weg sinds gisteren, hij is op vakantie',
    'vorigen winter is iemand uitgegleden op het ijs, nu wordt er elke ochtend gestrooid, bedankt!',
    'förra vintern halkade någon på isen, nu sandas det varje morgon, tack!',
    '今夜中に全部終わらせる、残業だ',
    'çocuk odası kilitli, anahtar bende',
    'jag ska göra slut på allt godis',
    'надо покончить со всем этим бардаком',
    'saya akhiri semuanya dulu ya, besok lanjut',
    'çocuk tuvaleti kilitli, tamir ediliyor',
  ])('Should read %s as calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
