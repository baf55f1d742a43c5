#!/usr/bin/env node
// `npm test`: makes sure a Chromium is there, type-checks and builds the app, lints (ESLint, zero warnings; counted
// as one test), runs every unit and browser test with Vitest, and closes with one line "N passed, N failed" summed over all of them (what CI reads).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const RESULTS = 'test-results/vitest.json';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function finish(passed, failed, skipped) {
  if (skipped) console.log(`\n${skipped} skipped (see the reasons above)`);
  // The closing line CI reads.
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function ensureChromium() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const haveFonts = existsSync('/usr/share/fonts/truetype/nanum');
  if (existsSync(path) && (haveFonts || process.env.CHROME_PATH)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium and fonts-nanum (Korean text) for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-nanum'], { env }) === 0) {
      return existsSync(path);
    }
  }
  console.error(
    `No Chromium at ${path}. Install one (Debian: sudo apt-get install -y chromium fonts-nanum) ` +
      'or set CHROME_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  return false;
}

if (!ensureChromium()) finish(0, 1, 0);
if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.error('The type check or the build failed (see above); no test was run.');
  finish(0, 1, 0);
}
const lintFailed = run('npm', ['run', '--silent', 'lint']) === 0 ? 0 : 1;
if (lintFailed) console.error('ESLint found problems (see above); the tests run all the same.');
mkdirSync('test-results', { recursive: true });
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}`]);
if (!existsSync(RESULTS)) {
  console.error('Vitest wrote no results file.');
  finish(0, 1, 0);
}
const report = JSON.parse(readFileSync(RESULTS, 'utf8'));
// A test file that fails to load counts as a failure even though it ran no test.
const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
const failed = report.numFailedTests + brokenFiles + (vitestStatus !== 0 && report.numFailedTests + brokenFiles === 0 ? 1 : 0);
finish(report.numPassedTests + 1 - lintFailed, failed + lintFailed, report.numPendingTests + report.numTodoTests);
