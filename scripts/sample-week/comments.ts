/**
 * Made-up comments for the sample digest (`npm run digest:sample`): what employees of a warehouse, a plant and a
 * head office might write in a week, in the moods a real week mixes, a few in Spanish and French. None of these is
 * urgent (the urgent ones are apart, in `SAMPLE_URGENT`) and none names anyone. Their topics come from their words,
 * as a real report's do, through the config's topic keywords.
 */
export const SAMPLE_COMMENTS: readonly string[] = [
  'Overtime pay was late again this month and nobody could tell us why.',
  'The bonus scheme was announced without any explanation of the targets.',
  // About pay, and says so: "shift allowance" was filed under scheduling alone, and quoted there to its sponsor.
  'Good to see the night allowance on our pay finally went up, thank you.',
  'Payslips are hard to read, the deductions are not explained anywhere.',
  'We are short staffed every weekend and the same people cover it.',
  'Twelve hour shifts three weeks in a row is not sustainable.',
  'The extra temps helped, but they need more training before peak season.',
  'Workload on the packing line is much better since the new conveyor.',
  'Management listens and actually follows up, which makes a big difference.',
  'The new shift handover meeting is short and useful.',
  'Decisions about our area get made without asking anyone who works there.',
  'Could the team meeting notes be posted on the board as well as emailed?',
  'The air conditioning in the break room has been broken for two weeks.',
  'The parking lot lights are out and it is dark at the end of the late shift.',
  'The new microwaves in the break room are a small thing but appreciated.',
  'The toilets on the second floor are out of soap most afternoons.',
  'The new rota is much better, I can finally plan my week.',
  'Swapping shifts through the app is so much easier than the paper sheet.',
  'Time off requests sit for weeks before anyone answers them.',
  'Please publish the holiday rota before the end of the month.',
  'The floor markings in the loading area are faded and hard to see.',
  'Thanks for fixing the guard rail on line 2, it feels much safer now.',
  'The new safety gloves are better but there are never enough in small sizes.',
  'Safety training this month was actually useful, more like this please.',
  'Great team, terrible pay.',
  // Mixed feelings, as a real week has a few of them: enough that the larger sites' mixed share reaches k and their
  // mood can be shown (with one mixed comment in the rotation every site held 1 to 4, and no mood was ever shown).
  'Love the new canteen, hate the new parking rules.',
  'Good supervisor, awful break room.',
  'Happy with the pay rise, unhappy with the overtime cuts.',
  'My manager is brilliant, the schedule is awful.',
  'I like my colleagues but the schedule changes every week without notice.',
  'Canteen food has improved a lot, the salad bar is great.',
  'The coffee machine on the ground floor has been broken since Monday.',
  'Nobody explained the new scanners, we learned by guessing.',
  'Our supervisor is fair and always makes time for questions.',
  'El pago de las horas extra llegó tarde otra vez este mes.',
  'Los nuevos horarios son mucho mejores, gracias.',
  'La sala de descanso está sucia y el aire acondicionado no funciona.',
  'Le nouveau planning est bien mieux, merci.',
  'Les heures supplémentaires ne sont toujours pas payées.',
  'La formation sécurité était utile, mais trop courte.',
];

/**
 * Reports urgent in their own words, a few a week as in a real month: each is escalated to the sponsor who owns it,
 * who acknowledges it and publishes a response (below), so the digest shows escalations and "You said, we did".
 * None names anyone. `site` is the place in the config's sites it is reported from (taken modulo their number).
 *
 * Why these sites: the digest names a sponsor beside the week's escalations only when each sponsor, and what every
 * reader does not hold, is 0 or at least `anonymity.k` (5), or a reader could work out a few of another's cases by
 * subtraction. A newcomer should see names there, so the hazards are all at the second site (the largest, whose
 * manager owns its safety in the example config: 6 cases), and the two reports of theft and fraud, which no topic
 * names, go to the default sponsor, who also holds the week's 4 copies of the comment on unpaid overtime in French,
 * read as urgent (wage theft) and left waiting: 6 in all. With the hazards spread over every site, as before, the
 * safety owners held 2 and 4, the default sponsor 4, and no sponsor was named.
 */
export const SAMPLE_URGENT: readonly { text: string; response: string; site: number }[] = [
  {
    text: 'The fire exit by the paint shop is blocked again by pallets.',
    site: 1,
    response: 'The pallets were moved the same day and the exit is now checked at the start of every shift.',
  },
  {
    text: 'There is oil on the floor by the loading dock and someone nearly slipped.',
    site: 1,
    response: 'The leak was traced to a forklift and repaired; spill kits are now at both ends of the dock.',
  },
  {
    text: 'An exposed wire is hanging from the ceiling above the packing line.',
    site: 1,
    response: 'An electrician made the wiring safe that afternoon and the ceiling panels were refitted.',
  },
  {
    text: 'A forklift nearly hit someone in aisle 4, it is unsafe with no mirror at the corner.',
    site: 1,
    response: 'A convex mirror was fitted at the corner of aisle 4 and forklift speed there is now limited.',
  },
  {
    text: 'The emergency exit behind the warehouse is blocked by a delivery cage.',
    site: 1,
    response: 'Deliveries now have a marked bay away from the exit, and the exit is on the daily walk-round.',
  },
  {
    text: 'The guard on the band saw is broken and people are still using it, it is a hazard.',
    site: 1,
    response: 'The saw was taken out of use until the guard was replaced; it is back with a new guard.',
  },
  // Theft and fraud, which no topic names: the default sponsor's (the CEO in the example config).
  {
    text: 'Someone has been taking cash from the canteen till, the takings are short every Friday.',
    site: 0,
    response:
      'The till is now counted by two people at each shift change, and the shortfall was reported to the police.',
  },
  {
    text: 'A supplier is billing us for deliveries that never arrive and someone in purchasing signs them off.',
    site: 2,
    response:
      'Every delivery is now checked against a signed receipt before it is paid, and an audit of the account has begun.',
  },
];
