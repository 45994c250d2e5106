// `npm start`: builds Pilar, serves the bundled demo pages under the platforms' real hostnames and
// opens Chromium (or Firefox with --firefox) with the extension loaded, so Pilar can be seen at work
// without an account anywhere. --headless --screenshot FILE takes a picture instead of staying open.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { launchOptions, type BrowserName } from './browsers.ts';
import { fixtureHosts, startFixtureServer } from './fixture-server.ts';

const { values } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
  },
});
const name: BrowserName = values.firefox ? 'firefox' : 'chromium';

for (const script of [name === 'firefox' ? 'build:firefox' : 'build:chrome', 'build:fixtures']) {
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = await startFixtureServer(0);
const profile = mkdtempSync(join(tmpdir(), 'pilar-demo-'));
const plan = launchOptions(name, {
  extensionDir: resolve(name === 'firefox' ? '.output/firefox-mv2' : '.output/chrome-mv3'),
  hosts: fixtureHosts(),
  port: server.port,
  headless: values.headless,
  profile,
});
const browser = await puppeteer.launch(plan.puppeteer);
if (name === 'firefox') await browser.installExtension(plan.extensionDir);

/** The seed script imports Pilar's sources, which need tsx to resolve; it prints the export. */
function seededDemo(): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo-seed.ts'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`demo seed failed: ${run.stderr}`);
  return run.stdout;
}

// The seeded demo data set goes in as a teammate's export, through the report page's own import.
let extensionOrigin = plan.firefoxOrigin ?? '';
if (name === 'chromium') {
  const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'));
  extensionOrigin = worker.url().replace(/[^/]*$/, '');
}
const reportPage = await browser.newPage();
await reportPage.goto(`${extensionOrigin}report.html`, { waitUntil: name === 'firefox' ? [] : 'load' });
await reportPage.waitForSelector('h1');
const imported = await reportPage.evaluate(async (file: string) => {
  type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  return (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'report/import', file });
}, seededDemo());
console.log('Demo data set:', JSON.stringify(imported));
await reportPage.reload();

const url = `https://x.com${plan.sitePort ? `:${plan.sitePort}` : ''}/home`;
const [page] = await browser.pages();
const demo = page ?? (await browser.newPage());
await demo.goto(url);
console.log(`\nPilar demo is open in ${name}: ${url}`);
console.log('Demo sites:', fixtureHosts().join(', '));

const shutdown = () => {
  server.close();
  rmSync(profile, { recursive: true, force: true });
};
if (values.screenshot) {
  await demo.waitForSelector('pilar-overlay', { timeout: 15_000 });
  await demo.screenshot({ path: values.screenshot });
  console.log(`Screenshot written to ${values.screenshot}`);
  await browser.close();
  shutdown();
} else {
  console.log('Close the browser window to stop.');
  browser.on('disconnected', () => {
    shutdown();
    process.exit(0);
  });
}
