/**
 * The public gate in the build (rule 2 at build time). Nothing under data/geojson reaches the app except through
 * here: the plugin reads the folder, runs the one gate (src/domain/publish/publicGate.ts: the contract's files
 * only, each loaded by the real loader, nothing restricted, nothing that looks like interview data, every cited
 * source public and present), and either stops the build naming each file and reason, or emits exactly the files
 * that passed and answers the virtual module `virtual:bundled-data` with their URLs. The dev server serves the same
 * checked text, so `npm start` cannot show what the build would refuse.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { gatePublicData, type GateResult } from '../../src/domain/publish/publicGate';
import { readDataFolder } from './readDataFolder';

export const BUNDLED_DATA_MODULE = 'virtual:bundled-data';
const RESOLVED_ID = `\0${BUNDLED_DATA_MODULE}`;
/** Where the dev server serves the checked files. */
const DEV_PREFIX = '/@bundled-data/';

/** Runs the gate over `folder`; a folder that is missing or not a folder is itself a reason to stop. */
export function checkDataFolder(folder: string): GateResult | string {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return `${folder} is not a folder: the public build has no data to check.`;
  return gatePublicData(readDataFolder(folder));
}

/** The gate's verdict as the build prints it: every error, "file: record: reason", and what to do. */
export function refusalMessage(folder: string, result: GateResult | string): string | null {
  if (typeof result === 'string') return result;
  if (result.passed) return null;
  const lines = result.problems
    .filter((problem) => problem.level === 'error')
    .map((problem) => `${problem.file}: ${problem.featureId === '-' ? '' : `${problem.featureId}: `}${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`);
  return (
    `The public build stops: ${folder} holds what may not be published, or what cannot be checked.\n  ${lines.join('\n  ')}\n` +
    'Only the contract\'s files ship, each loading without an error and holding only public records (run "npm run validate" for the full report).'
  );
}

/** The gate's plugin, with what it passed for the plugins that draw from the data (the static first view). */
export type PublicDataGuard = Plugin & { api: { checked: () => GateResult | null } };

export function publicDataGuard(folder: string): PublicDataGuard {
  let building = false;
  let root = process.cwd();
  let checked: GateResult | null = null;
  let server: ViteDevServer | null = null;
  let outDir = '';
  let refused = false;
  const check = (fail: (message: string) => never): GateResult => {
    const result = checkDataFolder(folder);
    const refusal = refusalMessage(folder, result);
    if (refusal === null && typeof result !== 'string') return result;
    refused = true;
    return fail(refusal ?? String(result));
  };
  return {
    name: 'facility-atlas:public-data-guard',
    api: { checked: () => (refused ? null : checked) },
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      // Before anything is bundled, so a refusal costs seconds, not a whole build.
      if (building) checked = check((message) => this.error(message));
    },
    // Other plugins still finish their part when the build stops (the service worker's own build writes sw.js):
    // a refused build leaves no output folder at all, so nothing of it can be deployed by mistake.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (building && refused) rmSync(outDir, { recursive: true, force: true });
      },
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(folder);
      const reload = (path: string) => {
        if (!path.startsWith(folder)) return;
        const module = devServer.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) devServer.moduleGraph.invalidateModule(module);
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('change', reload).on('add', reload).on('unlink', reload);
      devServer.middlewares.use(DEV_PREFIX, (request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        const file = checked?.shipped.find((shipped) => shipped.path === path);
        if (!file) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(file.text);
      });
    },
    resolveId(id) {
      return id === BUNDLED_DATA_MODULE ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      if (!building || !checked) checked = check((message) => this.error(message));
      const entries = checked.shipped.map((file) => {
        if (!building) return `[${JSON.stringify(file.path)}, ${JSON.stringify(`${DEV_PREFIX}${file.path}`)}]`;
        // Emitted as the file it was read from (relative to the root, as Vite names its own assets), so the first
        // screen's preloads (preloadAssets.ts) find it.
        const originalFileName = relative(root, join(folder, file.path)).replaceAll('\\', '/');
        const reference = this.emitFile({ type: 'asset', name: basename(file.path), originalFileName, source: file.text });
        return `[${JSON.stringify(file.path)}, import.meta.ROLLUP_FILE_URL_${reference}]`;
      });
      if (server) for (const file of checked.shipped) this.addWatchFile(join(folder, file.path));
      return `/** The data files that passed the public gate: [dataset-relative path, URL]. */\nexport default [\n  ${entries.join(',\n  ')}\n];\n`;
    },
  };
}
