import type { UrgencyLanguage, UrgencyRule } from '../types';
import { englishGravest } from './en';
import { DANGER_WHERE_IT_IS } from './danger-where-it-is';
import { FIRE_AND_ROOMS } from './fire-and-rooms';
import { FIRE_BROKEN_OUT } from './fire-broken-out';
import { OTHER_GRAVEST } from './others';
import { OTHER_SIGNS } from './signs';
import { SMOKE_AND_EMERGENCIES_SAID_BARE } from './smoke-and-emergencies-said-bare';
import { VEILED_FAREWELLS } from '../veiled-farewells';

/*
 * The gravest reports said plainly (a body found, someone hanging, trapped, fallen into a machine, missing, or inside a
 * machine that was started), by language. Kept apart from each language's own rules so the six kinds can be read side
 * by side in every language; the rules run after that language's own.
 */
const GRAVEST: Record<string, UrgencyRule[]> = { en: englishGravest, ...OTHER_GRAVEST };

export const withGravest = (language: UrgencyLanguage): UrgencyLanguage => {
  // Emergencies told by their signs (signs.ts), a fire about any place and a person shut in a room
  // (fire-and-rooms.ts), and a danger said to be in a place named first or someone under a vehicle's wheels
  // (danger-where-it-is.ts) are read after the gravest said plainly; so is a farewell for good said without the word
  // (../veiled-farewells.ts: "going to a better place", "you won't have to deal with me anymore").
  const extra = [
    ...(GRAVEST[language.code] ?? []),
    ...(OTHER_SIGNS[language.code] ?? []),
    ...(FIRE_AND_ROOMS[language.code] ?? []),
    ...(DANGER_WHERE_IT_IS[language.code] ?? []),
    ...(VEILED_FAREWELLS[language.code] ?? []),
    // Smoke and emergencies said bare: "ist hier Rauch im Lager", "may usok sa stockroom" (att46, u48a).
    ...(SMOKE_AND_EMERGENCIES_SAID_BARE[language.code] ?? []),
    // A fire said to be there or to have broken out, with no place: "il y a un incendie", "ein Brand ist ausgebrochen".
    ...(FIRE_BROKEN_OUT[language.code] ?? []),
  ];
  return extra.length > 0 ? { ...language, rules: [...language.rules, ...extra] } : language;
};
