import { describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, exampleConfig, fixedClock, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

describe('"this is about my management" from a kiosk and from JSON', () => {
  it('Should pass the kiosk’s box on to analysis, where it routes the case around the site’s management', async () => {
    const kiosks = new InMemoryKioskRegistry();
    const clock = fixedClock('2026-11-18T15:30:10Z');
    const { app, queue } = appWithFakes({ clock, kiosk: { kiosks } });
    const { token } = await enrolKiosk(
      { kiosks, config: exampleConfig, clock },
      { site: 'plant2', name: 'Break room' },
    );
    const res = await app.request(
      '/kiosk/feedback',
      json(
        {
          rating: 1,
          text: 'My supervisor mocks people in front of everyone',
          escalate: true,
          aboutManagement: true,
          key: 'kiosk-mgmt-key-1',
        },
        { authorization: `Bearer ${token}` },
      ),
    );
    expect(res.status).toBe(201);
    expect(queue.messages[0]).toMatchObject({ channel: 'kiosk', aboutManagement: true, escalate: true });
  });

  it('Should take it in JSON, and refuse anything but true or false with a clear 400', async () => {
    const { app, queue } = appWithFakes();
    const ok = await app.request(
      '/feedback',
      json({ text: 'My manager skips the safety briefings', aboutManagement: true }),
    );
    expect(ok.status).toBe(201);
    expect(queue.messages[0]).toMatchObject({ aboutManagement: true });
    const bad = await app.request(
      '/feedback',
      json({ text: 'My manager skips the safety briefings', aboutManagement: 'maybe' }),
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('aboutManagement must be true or false');
  });
});
