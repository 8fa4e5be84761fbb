import { afterAll, beforeAll } from 'vitest';
import { localSes } from '../../local/aws-clients';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import { caseLinksIn } from './conversation-stack';
import { lateBound } from './late-bound';
import { startTestStack, tempDataDir } from './local-stack';
import { outbox, waitFor } from './outbox';
import { startRefusingFront } from './refusing-ses';
import { deskLinkIn, withinBudget } from './sponsor-case';

/** The Plant 2 manager, to whom the test reports are escalated. */
const PLANT2_MANAGER = 'plant2-gm@example.com';

/**
 * The local stack mailing through aws-ses-v2-local behind a refusing front,
 * for the tests of one `describe`: started before them, stopped and removed
 * after. Call it inside the `describe`; `stack` and `front` are the real
 * ones once the tests run (see lateBound).
 */
export function useStackBehindRefusingSes(
  options: Omit<Parameters<typeof startTestStack>[0] & object, 'dataDir' | 'mailer'> = {},
) {
  let ses: SesStandIn | undefined;
  let front: Awaited<ReturnType<typeof startRefusingFront>> | undefined;
  let stack: Awaited<ReturnType<typeof startTestStack>> | undefined;
  const dataDir = tempDataDir();
  beforeAll(async () => {
    ses = await startSes({ port: 0 });
    front = await startRefusingFront(ses);
    stack = await startTestStack({
      ...options,
      dataDir: dataDir.path,
      mailer: new SesMailer(localSes(front.endpoint), 'listening-post@example.com'),
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await front?.close();
    await ses?.close();
    dataDir.remove();
  });
  const running = {
    stack: lateBound(() => stack, 'the test stack'),
    front: lateBound(() => front, 'the refusing SES front'),
    /** Every email SES took, read again when a loaded machine drops the connection (a read, never an email). */
    async sent() {
      for (let tries = 1; ; tries += 1) {
        try {
          return await outbox(ses!.endpoint);
        } catch (error) {
          if (tries >= 3) throw error;
        }
      }
    },
    /** The emails SES took for `to` that speak of `about`. */
    mailTo: async (to: string, about: string) =>
      (await outbox(ses!.endpoint)).filter((e) => e.destination.to.includes(to) && e.body.text?.includes(about)),
    /** An urgent report from Plant 2 escalated to its manager: its code, and its page on the manager's desk. */
    async onTheManagersDesk(text: string, about: string) {
      const { caseCode } = await running.stack.submit({ text, site: 'plant2', escalate: true });
      await running.stack.waitForStatus(caseCode, 'escalated');
      const [email] = await waitFor('the manager’s email', async () => {
        const found = await running.mailTo(PLANT2_MANAGER, about);
        return found.length ? found : undefined;
      });
      const desk = deskLinkIn(email!)!;
      for (const path of caseLinksIn(await (await withinBudget(desk)).text())) {
        const url = `${running.stack.urls.app}${path}`;
        if ((await (await withinBudget(url)).text()).includes(about)) return { caseCode, url };
      }
      throw new Error('the case is not on the desk');
    },
  };
  return running;
}
