import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { detectUrgency } from '../../shared/analysis/urgency';

/** One message of a blind round, labelled before the detector's word lists were read. */
export interface BlindRow {
  text: string;
  urgent: boolean;
  category: string;
  language: string;
  why: string;
  /** False for a language the README says urgency does not read (Haitian Creole, Somali, Swahili). */
  read?: boolean;
}

/** The rows of a blind round's JSONL file, one message per line. */
export function readBlindRows(url: URL): BlindRow[] {
  return readFileSync(url, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as BlindRow);
}

/**
 * The tests every blind round holds, inside its `describe`: the set is as large, as urgent and as many-languaged as
 * its round says; every row the detector reads as labelled; and each known miss (text → why it is left) still read
 * the other way, so that a fix moves it out of `known` and holds it to its label from then on.
 */
export function blindRoundTests(
  rows: readonly BlindRow[],
  known: ReadonlyMap<string, string>,
  size: { minRows: number; urgentShare: [number, number]; minLanguages: number },
) {
  const expected = rows.filter((row) => !known.has(row.text));
  const named = (list: BlindRow[]) => list.map((row) => [`${row.language} ${row.category}: ${row.text}`, row] as const);

  it(`Should hold at least ${size.minRows} rows, ${size.urgentShare.join('–')} urgent, in at least ${size.minLanguages} languages`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(size.minRows);
    const share = rows.filter((row) => row.urgent).length / rows.length;
    expect(share).toBeGreaterThan(size.urgentShare[0]);
    expect(share).toBeLessThan(size.urgentShare[1]);
    expect(new Set(rows.map((row) => row.language.split('-')[0])).size).toBeGreaterThanOrEqual(size.minLanguages);
  });

  it.each(named(expected.filter((row) => row.urgent)))('Should read %s as urgent', (_, row) => {
    expect(detectUrgency(row.text).urgent).toBe(true);
  });

  it.each(named(expected.filter((row) => !row.urgent)))('Should read %s as calm', (_, row) => {
    expect(detectUrgency(row.text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([...known])('Should still read %s the other way (known: %s)', (text) => {
    const row = rows.find((candidate) => candidate.text === text);
    expect(row).toBeDefined();
    // When one of these is fixed, move it out of the known list so it is held to its label.
    expect(detectUrgency(text).urgent).toBe(!row?.urgent);
  });
}
