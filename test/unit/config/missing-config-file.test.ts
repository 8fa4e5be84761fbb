import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../shared/config/load-config';

// Found following the README as a newcomer: `CONFIG=path/to/your.config.json npm run synth`, copied as written,
// answered "cannot read the config file (ENOENT: no such file or directory, open …)", which names no way on.

describe('a CONFIG that names no file', () => {
  it('Should say, in words, where a config file starts and which document explains it', () => {
    let said = '';
    try {
      loadConfigFile('path/to/your.config.json');
    } catch (error) {
      said = (error as Error).message;
    }
    expect(said).toContain('path/to/your.config.json');
    expect(said).toContain('config/example.config.json');
    expect(said).toContain('docs/deploy.md');
    expect(said).not.toMatch(/ENOENT|no such file or directory/);
  });

  it('Should still name a file that is there but cannot be read as one', () => {
    expect(() => loadConfigFile('config')).toThrow(/config: cannot read the config file/);
  });
});
