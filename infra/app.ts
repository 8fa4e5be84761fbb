import { fileURLToPath } from 'node:url';
import { loadConfigFile } from '../shared/config/load-config';
import { ConfigError } from '../shared/errors';
import { createListeningPost } from './stacks/listening-post';

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
