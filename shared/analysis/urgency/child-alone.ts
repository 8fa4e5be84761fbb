import type { Script } from './types';

/*
 * A small child on their own where vehicles or machines move: "a little kid
 * wandering alone near the forklift lane", "装卸区有个小孩一个人在跑". A
 * child alone is not urgent in itself ("my kids are home alone after
 * school"), nor a child near a forklift ("the kids loved the forklift demo");
 * the three together, in one sentence, are: someone must go and fetch them
 * now. Each language gives its words for the three; this puts them in either
 * order (the place first or last).
 */
const SENTENCE: Record<Script, string> = {
  latin: '[^.!?]',
  han: '[^。！？!?]',
  arabic: '[^.!?؟]',
};

/**
 * A rule source: a child, then within a few words alone or unattended, with a
 * place where vehicles or machines move before or after them.
 *
 * @example
 * new RegExp(childAloneNear('kid', 'alone', 'forklifts?', 'latin')).test('a kid alone near the forklifts') // true
 */
export function childAloneNear(child: string, alone: string, place: string, script: Script): string {
  const any = SENTENCE[script];
  const [open, close] = script === 'latin' ? [String.raw`\b`, String.raw`\w*`] : ['', ''];
  const childAlone = `(?:${child})${any}{0,40}${open}(?:${alone})${close}`;
  const where = `${open}(?:${place})${close}`;
  return `${childAlone}${any}{0,60}${where}|${where}${any}{0,60}${open}${childAlone}`;
}
