import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Hazing: newcomers held down, taped up, locked in or made to drink something as an "initiation" or a "tradition"
 * (attack ra34, class U28): "the older guys hold the apprentices down and spray them with the air hose", "they make the
 * new kitchen porters drink the fryer oil", "new starters get taped to a pallet and left in the freezer". Safety, not
 * harassment alone: a body is harmed or shut in, and whoever owns safety owns the site where it happens (the decision
 * is in docs/escalations.md). "The new starter induction was fun" names no act.
 */
const EN_NEWCOMERS = String.raw`new (?:guys?|lads?|starters?|kids?|girls?|hires?|apprentices?|porters?|kitchen porters?|recruits?|ones|boys)|apprentices?|new starters?|newbies?|newcomers?|juniors?|trainees?|first[- ]years?|initiation|hazing|tradition`;
const EN_RITUAL_ACTS = String.raw`(?:hold|holds|held|holding|pin|pins|pinned|pinning) (?:them|him|her|the \w+|\w+) down|(?:get|gets|got|getting|are|were|was|is|be|being) (?:duct[- ]?|gaffer[- ]?)?taped|tape (?:them|him|her) (?:to|up)|(?:get|gets|got|are|were|tied|strapped|wrapped) (?:up )?(?:to|in) (?:a|the) (?:chair|pallet|post|pole|trolley|cling film|shrink wrap|pallet wrap)|lock(?:s|ed|ing)? (?:them|him|her|the \w+(?: \w+)?) in (?:the|a) (?:freezer|chiller|cold room|portaloo|toilet|container|skip|cage|van|locker)|left (?:in|on|at) the (?:freezer|chiller|cold room|loading dock|roof|skip|container) (?:overnight|all night|for (?:an|\d+) hours?)|spray(?:s|ed|ing)? (?:them|him|her) with|(?:make|makes|made|making) (?:them|him|her|the \w+(?: \w+){0,2}) (?:drink|eat|swallow) (?:the )?(?:fryer oil|oil|bleach|chemicals?|cleaner|hot sauce|diesel|vinegar)|(?:get|gets|got|getting|are|were|was|is|be|being) (?:beaten|whipped|belted|paddled|punched|kicked)(?: up)?|tip(?:s|ped)? it over`;
export const ENGLISH_INITIATION_RITUALS: UrgencyRule[] = [
  rule('safety', eitherOrder('latin', 80, EN_NEWCOMERS, EN_RITUAL_ACTS)),
];
