import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Wages taken by the clock: clocked out while the work goes on, lunch taken though worked through, overtime deleted, made to wait unpaid (time-fraud-clocked.ts). Fraud, like the other wage-theft rules.
// Each class was written as look-alikes before its rule, half of them held back (u34a, 2026-12-06); the held-back
// wordings were looked at only after the first rule was written. Known misses are listed, not asserted.

describe('C1 wage by clock: tuned urgent', () => {
  it.each([
    'they clock us out at 6 but we keep working till 8',
    'supervisor clocks everyone out for lunch even when we work through it',
    'manager deletes our overtime hours every week',
    'boss punches us out when the trucks are late and makes us wait unpaid',
    'my lead erases the OT from our timecards',
    'they take 30 min lunch off our pay even tho we never get a lunch',
    'we get clocked out at close and have to stay an hour cleaning for free',
    'they make us clock out then go back and finish the line',
    'nos marcan la salida a las 5 pero seguimos trabajando hasta las 7',
    'el supervisor borra nuestras horas extras cada semana',
    'ils nous dépointent à 17h et on bosse jusqu à 19h',
    'eles batem nosso ponto de saída e a gente continua trabalhando',
    'o gerente apaga nossas horas extras todo mes',
  ])('is urgent, fraud: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('fraud');
  });
});

describe('C1 held-back urgent', () => {
  it.each([
    'shift lead punches us out at 10pm and we stay till midnight unpaid',
    'hr keeps removing my overtime from the system',
    'they auto deduct lunch but we dont get one, been months',
    'we have to clock out before doing the closing cleanup, unpaid',
    'my OT hours just disappear off my check every pay period, the manager edits them',
    'nos hacen checar la salida y luego seguir trabajando gratis',
    'le patron efface nos heures supplémentaires chaque mois',
    'mandam a gente bater o ponto e voltar pro trabalho sem receber',
  ])('is urgent, fraud: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('fraud');
  });
});

describe('C1 tuned calm', () => {
  it.each([
    'I forgot to clock out yesterday, can someone fix it',
    'we clock out at 5 and go home',
    'can I work overtime this week',
    'the manager approved my overtime hours',
    'they clock us out automatically at 5 which is when we leave anyway',
    'I worked through lunch by choice so I could leave early',
    'olvidé marcar la salida',
    "je travaille jusqu'à 19h le vendredi",
    'a gente bate o ponto às 17h e vai embora',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('C1 held-back calm', () => {
  it.each([
    'we wait for the trucks and get paid for it',
    'overtime hours are posted every week on the board',
    "please delete my old overtime request, I don't need it",
    'my lunch break is 30 min unpaid which is fine',
    'on pointe à 8h et on part à 17h',
    'nos pagan las horas extras cada semana',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
