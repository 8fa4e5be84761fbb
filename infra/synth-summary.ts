/**
 * What `npm run synth` says once it has written the cloud assembly, since success is otherwise silent: which config
 * was checked, and the next commands with that same config, ready to copy (a newcomer who had just checked
 * `CONFIG=config/acme.config.json` was told to deploy `CONFIG=path/to/your.config.json`).
 */
export function synthSummary(configEnv: string | undefined, outdir: string): string {
  const checked = configEnv
    ? `CONFIG=${configEnv}`
    : 'the example config (copy config/example.config.json, edit it and set CONFIG to the copy to check yours)';
  const deployWith = configEnv ? `CONFIG=${configEnv}` : 'CONFIG=<your copy>';
  return (
    `Synthesized ListeningPost-Data and ListeningPost-Service from ${checked} into ${outdir}: ` +
    'the config is valid and cdk-nag found nothing to fix. Next: npx cdk bootstrap (once per account and region), ' +
    `then ${deployWith} npx cdk deploy --all --outputs-file cdk-outputs.json (docs/deploy.md).`
  );
}
