// One pattern for every reader: pages, emails and SMS share it (shared/i18n/placeholders.ts).
export { localPlaceholders } from '../../../shared/i18n/placeholders';
