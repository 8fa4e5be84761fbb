import type { Config } from '../config/schema';
import type { Channel } from '../domain/feedback';
import { NO_SITE } from '../domain/weekly-figures';

const CHANNEL_LABELS: Record<Channel, string> = { web: 'Web form', sms: 'SMS', kiosk: 'Kiosk' };

/** Names for the ids the figures carry, as the config gives them (an unknown id shows as itself). */
export function labelsFor(config: Config) {
  return {
    site: (id: string) => (id === NO_SITE ? 'Site not given' : (config.sites.find((s) => s.id === id)?.name ?? id)),
    topic: (id: string) => config.topics.find((t) => t.id === id)?.name ?? id,
    channel: (id: string) => CHANNEL_LABELS[id as Channel] ?? id,
  };
}

export type Labels = ReturnType<typeof labelsFor>;
