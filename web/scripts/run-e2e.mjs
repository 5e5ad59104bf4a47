// Runs the Playwright tests against E2E_BASE_URL and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.e2e-results.json';
rmSync(out, { force: true });
mkdirSync('e2e-screenshots', { recursive: true });
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
});
let passed = 0;
let failed = 0;
if (existsSync(out)) {
  const { stats = {} } = JSON.parse(readFileSync(out, 'utf8'));
  passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed = (stats.unexpected ?? 0);
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
