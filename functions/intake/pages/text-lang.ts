// Pages and emails mark quoted text alike: one rule, in shared/i18n.
export { langOf } from '../../../shared/i18n/text-lang';
