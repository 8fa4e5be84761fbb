import { describe, expect, it } from 'vitest';
import { synthSummary } from '../../../infra/synth-summary';

// Found following the README as a newcomer: `CONFIG=config/acme.config.json npm run synth` ended by saying
// "Next: … then CONFIG=path/to/your.config.json npx cdk deploy …", a placeholder in place of the file just checked.

describe('what npm run synth says when it is done', () => {
  it('Should give the next deploy command with the config that was just checked, ready to copy', () => {
    const said = synthSummary('config/acme.config.json', '/repo/cdk.out');
    expect(said).toContain('from CONFIG=config/acme.config.json into /repo/cdk.out');
    expect(said).toContain('then CONFIG=config/acme.config.json npx cdk deploy --all --outputs-file cdk-outputs.json');
    expect(said).not.toContain('path/to/your');
  });

  it('Should say, without CONFIG, that the example was checked and how to check one of your own', () => {
    const said = synthSummary(undefined, '/repo/cdk.out');
    expect(said).toContain('from the example config (copy config/example.config.json');
    expect(said).toContain('then CONFIG=<your copy> npx cdk deploy');
  });
});
