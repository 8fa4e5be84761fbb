import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG_PATH, loadConfigFile, parseConfig } from '../../../shared/config/load-config';
import { ConfigError } from '../../../shared/errors';

const example = () => JSON.parse(readFileSync(EXAMPLE_CONFIG_PATH, 'utf8'));
const parseChanged = (change: (config: any) => void) => {
  const config = example();
  change(config);
  return () => parseConfig(JSON.stringify(config), 'test.json');
};

describe('the configuration file', () => {
  it('Should accept the example shipped in the repo, with three sites including hq and urgent topics', () => {
    const config = loadConfigFile();
    expect(config.sites.length).toBeGreaterThanOrEqual(3);
    expect(config.sites.map((s) => s.id)).toContain('hq');
    expect(config.topics.filter((t) => t.urgent).map((t) => t.id)).toEqual(
      expect.arrayContaining(['safety', 'harassment']),
    );
    expect(config.sponsors.some((s) => s.topics.includes('safety'))).toBe(true);
  });

  it('Should name the field when a sponsor refers to a topic that does not exist', () => {
    expect(parseChanged((c) => (c.sponsors[1].topics[0] = 'paay'))).toThrow(
      /sponsors\.1\.topics\.0: unknown topic 'paay'/,
    );
  });

  it('Should refuse an anonymity threshold below 3', () => {
    expect(parseChanged((c) => (c.anonymity.k = 2))).toThrow(/anonymity\.k: k below 3/);
  });

  it('Should refuse an SLA longer than the 7 days whistleblowing law allows', () => {
    expect(parseChanged((c) => (c.slas.standardHours = 200))).toThrow(
      /slas\.standardHours: acknowledgement may not take longer than 7 days/,
    );
  });

  it('Should refuse an unknown time zone and a bad recipient, naming both', () => {
    const attempt = parseChanged((c) => {
      c.timezone = 'Mars/Olympus';
      c.digest.recipients = ['not-an-email'];
    });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/timezone: must be an IANA time zone[\s\S]*digest\.recipients\.0/);
  });

  it('Should refuse duplicate site ids and a missing default sponsor', () => {
    expect(parseChanged((c) => (c.sites[1].id = 'hq'))).toThrow(/sites: duplicate id 'hq'/);
    expect(parseChanged((c) => c.sponsors.forEach((s: any) => (s.default = false)))).toThrow(
      /exactly one sponsor must be the default/,
    );
  });

  it('Should take the urgent texts over the SMS budget from the config, 5 unless set, and name a bad value plainly', () => {
    expect(loadConfigFile().limits.urgentSmsOverBudgetPerHour).toBe(5);
    const unset = example();
    delete unset.limits;
    expect(parseConfig(JSON.stringify(unset), 'test.json').limits.urgentSmsOverBudgetPerHour).toBe(5);
    const set = example();
    set.limits.urgentSmsOverBudgetPerHour = 12;
    expect(parseConfig(JSON.stringify(set), 'test.json').limits.urgentSmsOverBudgetPerHour).toBe(12);
    expect(parseChanged((c) => (c.limits.urgentSmsOverBudgetPerHour = 0))).toThrow(
      /limits\.urgentSmsOverBudgetPerHour: must be a whole number from 1 to 20: at least 1, so an urgent text is never lost/,
    );
    expect(parseChanged((c) => (c.limits.urgentSmsOverBudgetPerHour = 500))).toThrow(
      /limits\.urgentSmsOverBudgetPerHour: must be a whole number from 1 to 20: at most 20/,
    );
    for (const bad of [2.5, '5'])
      expect(parseChanged((c) => (c.limits.urgentSmsOverBudgetPerHour = bad))).toThrow(
        /limits\.urgentSmsOverBudgetPerHour: must be a whole number from 1 to 20$/m,
      );
  });

  it('Should say so when the file is not JSON', () => {
    expect(() => parseConfig('{ sites: [', 'broken.json')).toThrow(/broken\.json: not valid JSON/);
  });
});
