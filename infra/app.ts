import { fileURLToPath } from 'node:url';
import { loadConfigFile } from '../shared/config/load-config';
import { ConfigError } from '../shared/errors';
import { createListeningPost } from './stacks/listening-post';
import { synthSummary } from './synth-summary';

// The config is read and validated here, once, and handed down as props; a
// bad file stops synthesis with a message that names the field.
function readConfig() {
  try {
    return loadConfigFile(process.env.CONFIG || undefined);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

// The CDK CLI says where the cloud assembly goes; `npm run synth` alone writes cdk.out.
const outdir = process.env.CDK_OUTDIR || fileURLToPath(new URL('../cdk.out', import.meta.url));
const { app } = createListeningPost(readConfig(), { outdir });
app.synth();

// Run alone (`npm run synth`), say what was checked and what comes next, since success is otherwise silent;
// under the CDK CLI, which sets CDK_OUTDIR and prints its own summary, say nothing.
if (!process.env.CDK_OUTDIR) console.log(synthSummary(process.env.CONFIG || undefined, outdir));
