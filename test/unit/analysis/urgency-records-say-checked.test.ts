import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// A safety record that says checked when nobody checked, without the word false (stolen-hours-and-false-records.ts):
// fraud, and a danger nobody checked. Written as look-alikes before the rules, half held back (u34a, 2026-12-06).

describe('C5 falsified: tuned urgent', () => {
  // Known miss: "the forklift checklist says daily but its been blank for weeks, he just initials it"
  it.each([
    'they wrote that the scaffold was inspected but nobody looked',
    'the fire extinguisher tags are backdated, nobody checked them',
    'lead signs the harness inspection but never looks at them',
    'the ladder log is all made up, no one inspected anything',
    'pusieron que el andamio estaba revisado pero nadie lo revisó',
    'les fiches de contrôle des extincteurs sont antidatées',
    'anotaram que o andaime foi inspecionado mas ninguém olhou',
  ])('is urgent, fraud: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('fraud');
  });
});

describe('C5 held-back urgent', () => {
  // Known miss: "the crane inspection sticker was signed but the inspector never came"
  it.each([
    'they put fake dates on the fire alarm test sheet',
    'the boss writes pass on the brake checks without testing anything',
    'the temp logs for the freezer are filled in at the end of the week from memory',
    'la hoja de revisión de los extintores tiene fechas falsas',
    "ils ont marqué que l'échafaudage était vérifié alors que personne n'est venu",
    'a etiqueta do extintor está com data atrasada, ninguém verificou',
  ])('is urgent, fraud: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('fraud');
  });
});

describe('C5 tuned calm', () => {
  it.each([
    'the scaffold was inspected this morning',
    'the fire extinguisher tags are due for renewal next month',
    'nobody looked at my vacation request yet',
    'they wrote that the party was at 5',
    'the extinguisher was checked and tagged today',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('C5 held-back calm', () => {
  it.each([
    'the inspection report is late, the inspector comes monday',
    'I backdated my vacation form by mistake, can HR fix it',
    'the forklift checklist is on the clipboard by the door',
    'el andamio fue revisado ayer por el inspector',
    'les extincteurs ont été vérifiés hier',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
