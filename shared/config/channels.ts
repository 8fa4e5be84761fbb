/*
 * The intake's channels apart from the config's schema (which re-exports
 * them): the rate limiter needs only these names, and importing the schema
 * builds every zod object of the config at a Lambda's cold start, where the
 * config was validated at synth and is never parsed again.
 */

/**
 * The intake's channels, each with its own request budget, so that a flood on
 * one (or on paths that do not exist) leaves the others answering.
 */
export const INTAKE_CHANNELS = ['web', 'api', 'kiosk', 'sms', 'status', 'answers', 'links', 'preview'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/** Requests a second per channel: enough for a whole site answering at once, far below what the table and queue take. */
export const DEFAULT_CHANNEL_RATES: Record<IntakeChannel, number> = {
  web: 10,
  api: 20,
  kiosk: 10,
  sms: 10,
  status: 20,
  answers: 5,
  links: 5,
  preview: 5,
};
