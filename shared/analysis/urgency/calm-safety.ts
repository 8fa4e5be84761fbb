import { withoutQuestionsAnsweredNo } from './answered-no';
import { withoutInjuriesAwayFromWork } from './away-from-work';
import { withoutIncidentsLongAgo } from './long-ago';
import { withoutHarmlessMishaps } from './no-harm';
import { withoutProcedureQuestions } from './procedure-question';
import { withoutRepairsAsked } from './repairs-asked';
import { withoutResolvedHazards } from './resolved';
import { withoutSmokingHabit } from './smoking-habit';
import { withoutBusyAsAFire } from './busy-as-a-fire';
import { withoutStuckInLife } from './stuck-in-life';
import { withoutTakenBack } from './taken-back';

/**
 * The folded text without what names a hazard but reports none for anyone to act on today, for the safety rules
 * and the model's safety to read: a hazard reported fixed (resolved.ts), a question of how to report one and
 * nothing more (procedure-question.ts), an injury or illness at home, at a sport or long ago (away-from-work.ts), a
 * mishap the writer says hurt nobody (no-harm.ts), an accident placed plainly years ago
 * with nothing said of the hazard being there still (long-ago.ts), a job or the traffic one is stuck in (stuck-in-life.ts),
 * someone smoking where they should not and its smoke (smoking-habit.ts), a fire said of a rush (busy-as-a-fire.ts), a question of whether there is any
 * hazard answered "no" (answered-no.ts), a hazard the writer took back in an edit further down (taken-back.ts), a
 * cold room's stuck door with its repair asked for and nobody inside (repairs-asked.ts).
 * Returns the text itself when none is there.
 */
export const withoutCalmSafety = (folded: string): string =>
  withoutIncidentsLongAgo(
    withoutHarmlessMishaps(
      withoutInjuriesAwayFromWork(
        withoutProcedureQuestions(
          withoutResolvedHazards(
            withoutStuckInLife(
              withoutQuestionsAnsweredNo(
                withoutSmokingHabit(withoutBusyAsAFire(withoutTakenBack(withoutRepairsAsked(folded)))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
