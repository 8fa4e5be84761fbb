import { SPONSOR_CATALOGUES } from '../../../shared/i18n/sponsor';
import { describeCatalogues } from '../../support/catalogue-checks';

/** Parameter values with no language of their own, so a rendered message shows only the catalogue's words. */
const NEUTRAL: Record<string, string | number> = {
  label: 'X',
  value: 'Y',
  time: '14:00',
  zone: 'UTC',
  when: '14:00',
  legal: 'no',
  at: 'hour',
  topics: 'Plant 2',
  site: 'Plant 2',
  about: 'Plant 2',
  title: 'Plant 2',
  ref: '3F9A',
  category: 'safety',
  /** The kind of danger an urgent report is about, in the sponsor's words. */
  danger: 'Plant 2',
  why: 'requested',
  count: 6,
  /** `escalation.markedUrgentEmailsPerHour`, in the marked-urgent summary. */
  limit: 5,
  /** A report's words, quoted in the list of reports urgent in their words. */
  text: '…',
  before: 1,
  days: 14,
  language: 'xx',
  program: 'Voz',
  holder: 'Dana',
  // Who closed a case, in the notice that shows the close to someone else.
  closer: 'Lee',
  by: 'Lee',
  reason: '…',
  day: '2026-12-02',
  names: 'Dana',
  reasons: '…',
  max: 2000,
  has: 'no',
  from: 'sponsor',
  what: '…',
  who: 'Dana',
  to: 'Sam',
  next: 'Lee',
  instead: 'Lee',
  name: 'Dana',
  total: 3,
  show: 'open',
  state: 'waiting',
  action: 'acknowledge',
  status: 'raised',
  kind: 'both',
  urgent: 'yes',
  occasion: 'new',
  deadline: 'acknowledge',
  event: 'raised',
  /** Words of a hand-over's reason that may point to one person, quoted back to the sponsor. */
  phrase: '…',
};

describeCatalogues("the sponsors' catalogues", {
  what: 'sponsor',
  catalogues: SPONSOR_CATALOGUES,
  neutral: NEUTRAL,
});
