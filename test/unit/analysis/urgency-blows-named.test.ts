import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Blows the rules read calm until u31 (urgency/blows-named.ts): someone with a short name or a name that is a word
 * ("Ed hit me", "Summer pushed me"), and deeds missing from the lists ("Dave elbowed me out of the way"). Their
 * look-alikes stay calm: a season that "hit us hard", a name that "pushed me to apply", an elbow through a queue.
 */
describe('a short name, or a name that is a word, as the one who struck', () => {
  it.each([
    'Ed hit me',
    'Summer pushed me',
    'Jo slapped me',
    'Al punched me',
    'Bo shoved me',
    'Will hit me',
    'Grace slapped me in the stockroom',
    'Rob punched me at break',
    'May kicked me',
    'Ty choked me',
    'Mo pushed me down the stairs',
    'Ed me pegó',
    'Summer me empujó',
    "Ed m'a frappé",
    'Ed hat mich geschlagen',
    'Ed me empurrou',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'Summer hit us hard',
    'Winter hit us hard this year',
    'May hit us with three audits',
    'the rain hit us hard',
    'Monday hit me like a truck',
    'June pushed me to finish the report',
    'Grace pushed me to apply for the promotion',
    'Will pushed me to go for it',
    'Mark pushed me to finish early',
    'Hope hit me when I saw the results',
    'Ed pushed me to apply for the role',
    'Faith pushed me to speak up',
    'Dawn pushed the deadline back',
    'Bill hit the target this quarter',
    'Will hit me up later about the shift swap',
    'Ed hit me up about overtime',
    'Summer hit me hard with hay fever',
    'Summer hit me',
    'Jo pushed me to take the course',
    'Al pushed me to ask for a raise',
    'Grace slapped a sticker on my locker',
    'Ty kicked off the meeting',
    'Mo hit the target again',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});

describe('deeds of violence the lists lacked', () => {
  it.each([
    'Dave elbowed me out of the way',
    'he headbutted me',
    'she kneed me in the stomach',
    'Dave shoulder-checked me into the racking',
    'he body slammed me',
    'he tripped me on purpose',
    'she bit me',
    'he dragged me by my hair',
    'he yanked my arm',
    'he slammed me against the wall',
    'he whacked me with a clipboard',
    'he smacked me',
    'he stamped on my foot on purpose',
    'he scratched my face',
    'Dave me dio un codazo y me tiró al suelo',
    "il m'a donné un coup de coude",
    'er hat mir einen Kopfstoß gegeben',
    'ele me deu uma cotovelada',
    'ele me mordeu',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'my manager pulled me aside for a chat',
    'he dragged me to the all hands meeting',
    'my boss slammed me in the review',
    'that decision bit me later',
    'he elbowed his way to the front of the queue',
    'she bit into her sandwich',
    'er hat mir einen Tipp gegeben',
    'ele me deu uma dica',
    'he hit me with a new deadline',
    'me dio un codazo para que me callara en la reunión jaja',
    "elle m'a donné un coup de main",
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
