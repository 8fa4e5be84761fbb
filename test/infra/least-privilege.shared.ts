import type { statementsOf } from './helpers';

// What both least-privilege files check against: every function of the service stack, and the shapes of a synthesised template.
export type { Resources } from './helpers';
export type Statement = ReturnType<typeof statementsOf>[number] & {
  Condition?: Record<string, Record<string, unknown>>;
};

export const SERVICES = [
  'intake',
  'sponsor',
  'analyze',
  'analyze-priority',
  'analyze-marked',
  'escalate',
  'escalate-priority',
  'sweep',
  'sms-inbound',
  'digest',
  'forget-windows',
  'sms-erase',
];

/** Whether a statement allows `action`: an Allow that names it. */
export const allows = (statement: Statement, action: string): boolean =>
  statement.Effect === 'Allow' && [statement.Action].flat().includes(action);
