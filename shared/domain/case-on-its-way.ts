import type { CaseRecord } from './feedback';

/**
 * A case still on its way to its holder: received (queued, or being analysed), or analysed and queued for the
 * escalation stage. Details texted after it (`followUp`) go into its conversation all the same, and its holder is
 * sent them once it is raised (`raise-escalation.ts`, `tellDetailsSentBefore`): filed apart, each was an urgent case
 * of its own whose email said nothing of the case it followed (session 38).
 */
export const onItsWay = (record: Pick<CaseRecord, 'status' | 'beingPassedOn'>): boolean =>
  record.status === 'received' || (record.status === 'analysed' && record.beingPassedOn === true);
