import { rule, type UrgencyRule } from './types';

/*
 * Everyday fraud told without the word (attack ra34, classes U18 and U11): a client billed for workers or hours that
 * are not there ("bills the client for 10 workers but only 6 of us are on site"), someone on the payroll who never
 * comes, stock sold out the back or online, till sales voided and the cash kept, a cut of the tips taken, friends fed
 * free and rung through as waste, fake overtime or names written in, and a kickback from a supplier for its orders.
 * Fraud: whoever owns it (finance, compliance) needs it before the money and the records are gone. "We sold out of
 * stock", "the tips are shared fairly" and a new supplier at half the price are none.
 */

const THEIR = String.raw`(?:our|the|my|their|his|her|all the|everyone'?s|the staff'?s?|the servers'?|the waiters'?|the girls'?|the team'?s?)`;

export const ENGLISH_TAKINGS_AND_STOCK_SKIMMED: UrgencyRule[] = [
  // Billed for what is not there: "bills the client for 10 workers but only 6 of us are ever on site".
  rule(
    'fraud',
    String.raw`\b(?:bill|charge|invoice|claim)(?:s|d|ed|ing)? (?:\w+ ){0,3}?for (?:\w+ ){0,4}?(?:but|when|yet|though|that (?:were|was|we)|which (?:were|was))\b[^.!?\n]{0,40}?\b(?:only|never|not|didn'?t|don'?t|isn'?t|aren'?t|weren'?t|wasn'?t)\b`,
  ),
  // Someone on the payroll who never comes: "puts his cousin on the payroll but he never comes to work".
  rule(
    'fraud',
    String.raw`\bon (?:the|our) (?:payroll|books|timesheets?|wages list)\b[^.!?\n]{0,40}?\b(?:never|doesn'?t|does not|don'?t|isn'?t|is not|not) (?:\w+ )?(?:comes?|works?|turns? up|shows? up|exists?|there|real|in)\b`,
  ),
  // Stock sold off: "selling pallets of stock out the back door", "selling boxes of our stock on Facebook".
  rule(
    'fraud',
    String.raw`\b(?:sell(?:s|ing)?|sold|flog(?:s|ged|ging)?|nick(?:s|ed|ing)?|tak(?:es|ing)|took)(?: \w+){0,4}? (?:stock|inventory|products?|pallets|boxes|goods|merchandise|meat|tools|fuel|diesel|materials|scrap|equipment|parts)(?: \w+){0,3}? (?:out (?:of )?the (?:back|side)(?: door)?|on (?:facebook|ebay|marketplace|gumtree|vinted|the side)|for cash|cash in hand|to (?:his|her|their) (?:mates|friends|brother|cousin))\b`,
  ),
  // Sales voided at the till and the cash kept: "rings up cash orders then voids them … and keeps the money".
  rule(
    'fraud',
    String.raw`\bvoid(?:s|ed|ing)?(?: \w+){0,3}?\b[^.!?\n]{0,60}?\b(?:keeps?|kept|keeping|pockets?|pocketed|pocketing|takes?|took|taking)\b (?:the |all the )?(?:cash|money|difference|takings)\b`,
  ),
  // The same with the cash named before what is kept (buried39, ra38b): "voids tickets after customers pay cash and
  // keeps it", "takes the cash, voids the sale and pockets the lot".
  rule(
    'fraud',
    String.raw`\b(?:void(?:s|ed|ing)?\b[^.!?\n]{0,60}?\bcash|cash\b[^.!?\n]{0,60}?\bvoid(?:s|ed|ing)?)\b[^.!?\n]{0,40}?\b(?:keeps?|kept|keeping|pockets?|pocketed|pocketing|takes?|took|taking)\b (?:it|them|the notes|the lot|it all)\b`,
  ),
  // A cut of the tips taken: "the manager keeps some of our tips", "takes a cut of the servers' tips".
  rule(
    'fraud',
    String.raw`\b(?:keeps?|kept|keeping|takes?|took|taking|pockets?|pocketed|pocketing|skims?|skimmed|skimming|helps? (?:himself|herself) to|holds? back|held back|withholds?|withheld) (?:some|part|half|a cut|a share|a chunk|a bit|most|a slice|a percentage|\d+ ?%|money)(?: of| from| out of)? ${THEIR} (?:\w+ )?(?:tips|tip jar|tip pool|tronc|gratuities|service charge)\b`,
  ),
  // Friends fed free and rung through as waste (sweethearting; "good luck sweethearts" is a greeting).
  rule(
    'fraud',
    String.raw`\bsweetheart(?:ing|ed)\b|\bfree (?:meals|food|drinks|stuff|goods|products?|items)\b[^.!?\n]{0,60}?\b(?:as|through as|up as|down as|off as) (?:waste|wastage|damaged|breakage|spoil\w*|staff meals?)\b`,
  ),
  // Fake overtime, hours or names written in: "adds fake overtime for his friends". Not "extra": "putting in extra
  // hours" and "added extra shifts without asking" are work, not fraud (three eval rows in a first version).
  rule(
    'fraud',
    String.raw`\b(?:adds?|added|adding|puts?(?: down| in)?|putting(?: down| in)?|claims?|claimed|logs?|logged|writes?(?: down| in)?|wrote(?: down| in)?|sign(?:s|ed)?(?: in)?) (?:in )?(?:fake|false|made[- ]up|phantom|bogus|invented) (?:overtime|hours|shifts|names|signatures|mileage|expenses|attendees|workers)\b(?! (?:is|are) (?:wrong|not allowed|against))`,
  ),
  // A supplier's money for its orders: "gets cash back from the cleaning company for every contract he gives them".
  rule(
    'fraud',
    String.raw`\b(?:gets?|got|getting|takes?|took|taking|receives?|received|paid|pocket(?:s|ed)?) (?:a )?(?:cash|money|a cut|cut|percentage|backhanders?|envelopes?|\d+ ?%|kickbacks?)(?: back)? from (?:the )?(?:\w+ ){0,3}?(?:suppliers?|company|companies|contractors?|vendors?|firms?|agency|agencies|subcontractors?)\b[^.!?\n]{0,60}?\b(?:for (?:every|each)|contracts?|orders?|jobs?)\b`,
  ),
];
