/** `npm run build:headers`: writes the static hosts' configs (scripts/build/hostConfigs.ts) into the repository. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostConfigs } from './build/hostConfigs';
import { extraImageryOrigins } from './build/securityHeaders';

for (const [path, text] of Object.entries(hostConfigs(extraImageryOrigins(process.env.IMAGERY_HOSTS)))) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
