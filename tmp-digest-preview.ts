import { exampleConfig } from './test/support/fixtures';
import { seededDigestInput } from './test/support/digest-fixtures';
import { buildDigest } from './shared/digest/build-digest';
import { renderDigestText } from './shared/digest/render-text';
const input = seededDigestInput(exampleConfig);
const d = buildDigest(exampleConfig, input);
console.log(renderDigestText(d, { webView: 'http://127.0.0.1:3000/digest/2026-W47?t=abc.def' }));
const s = buildDigest(exampleConfig, input, exampleConfig.sponsors.find((x) => x.id === 'plant2-gm'));
console.log(renderDigestText(s));
