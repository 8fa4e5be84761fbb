import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNIT_ALONE } from '../../support/unit-alone';

/*
 * Unit files share their worker's loaded modules (vitest.config.ts). A file that replaces a module or the whole
 * environment would change what the files after it see, and they would pass or fail by the order they ran in:
 * such a file must run alone. This reads every unit file for the calls that do it.
 */
const REPLACES_MODULES_OR_ENV = /\bvi\.(?:mock|doMock|resetModules|unmock|doUnmock)\(|\bprocess\.env\s*=[^=]/;

function unitFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return unitFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('unit files that must load the project afresh', () => {
  it('Should list in UNIT_ALONE every unit file that replaces a module or process.env, so no file depends on the order', () => {
    const replacing = unitFiles('test/unit').filter((file) => REPLACES_MODULES_OR_ENV.test(readFileSync(file, 'utf8')));
    expect(replacing.length).toBeGreaterThan(0);
    expect(replacing.filter((file) => !UNIT_ALONE.includes(file))).toEqual([]);
  });

  it('Should list only files that exist', () => {
    const files = new Set(unitFiles('test/unit'));
    expect(UNIT_ALONE.filter((file) => !files.has(file))).toEqual([]);
  });
});
