// Browser journeys, one per person, against a real server on a fresh embedded database.
// Each journey stands alone: it makes its own case (through the UI or the API) and reads only that,
// so any one of them can run, fail or be retried without the others.
//
//   npm run test:e2e      (builds the API and the dashboard first, then runs this file)
//
// The file starts `node apps/api/dist/main.js` itself with a new DATA_DIR and a free port, waits
// for /api/v1/health, and stops it at the end, also when a journey fails. It drives Debian's
// Chromium through playwright-core (CHROMIUM_PATH overrides /usr/bin/chromium). Screenshots of each
// person's main screen go to test-results/screenshots/, and each main screen must pass axe with
// no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVER_ENTRY = join(ROOT, 'apps/api/dist/main.js');
const WEB_INDEX = join(ROOT, 'apps/web/dist/index.html');
const RESULTS = join(ROOT, 'test-results');
const SCREENSHOTS = join(RESULTS, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'demo-password';
/** The first start initialises the embedded database and seeds the demo data. */
const SERVER_START_TIMEOUT_MS = 180_000;
const UI_TIMEOUT_MS = 20_000;
const WIDE = { width: 1280, height: 900 };
const TABLET = { width: 820, height: 1180 };

const RUN = Date.now().toString(36);
const CASE_TITLE = `Facial recognition API resold to a city surveillance programme (${RUN})`;
const ALLEGATION = `An NGO reports that our face-matching API powers live CCTV tracking of protesters (${RUN}).`;
const EVIDENCE_BYTES = Buffer.from(`NGO report excerpt ${RUN}\nCameras: 412\nAPI calls per day: 1.2M\n`, 'utf8');
const EVIDENCE_SHA256 = createHash('sha256').update(EVIDENCE_BYTES).digest('hex');
const ACTION_SCOPE = `Face-matching API keys of the programme (${RUN})`;

const REVIEWER = 'reviewer@demo.test';
const LEAD = 'lead@demo.test';
const timings = [];

let server = null;
let serverLog = '';
let dataDir = '';
let baseUrl = '';
let browser = null;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls /health until it answers 200 (the pause is the poll interval); fails at once if the server exits. */
async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${serverLog}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The server was not healthy after ${timeoutMs / 1000} s:\n${serverLog.slice(-4000)}`);
}

async function stopServer() {
  if (server === null || server.exitCode !== null) return;
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGTERM');
  // A deadline, not a wait: a server that does not stop in time is killed.
  const stopped = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
  if (!stopped) {
    server.kill('SIGKILL');
    await exited;
  }
}

async function api(path, { token, method = 'GET', body } = {}) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

async function tokenFor(email) {
  const { accessToken } = await api('/auth/login', { method: 'POST', body: { email, password: PASSWORD } });
  return accessToken;
}

/**
 * A case of the calling journey's own, made through the API as the people would make it: opened
 * by the reviewer with an allegation, a recorded piece of evidence and a proposed action; then,
 * if asked, the lead approves the action and moves the case to triage.
 */
async function seedCase(label, { approvedAndTriaged = false } = {}) {
  const title = `${label} (${RUN})`;
  const scope = `API keys of ${label} (${RUN})`;
  const reviewer = await tokenFor(REVIEWER);
  const as = (token, method, path, body) => api(path, { token, method, body });
  const opened = await as(reviewer, 'POST', '/cases', {
    title,
    summary: `Reports that ${label} misuses our services.`,
    severity: 'high',
  });
  const path = `/cases/${opened.id}`;
  await as(reviewer, 'POST', `${path}/allegations`, { description: `${label}: misuse reported.`, sourceType: 'ngo' });
  await as(reviewer, 'POST', `${path}/evidence`, {
    title: `Report on ${label}`,
    kind: 'document',
    capturedText: `Report on ${label} (${RUN})`,
  });
  const { items: subjects } = await api('/subjects?q=Pixelforge', { token: reviewer });
  assert.ok(subjects.length > 0, 'the demo data has no subject called Pixelforge');
  const action = await as(reviewer, 'POST', `${path}/actions`, {
    subjectId: subjects[0].id,
    type: 'suspend_account',
    services: ['ai-services'],
    scope,
    rationale: 'The API is used for mass surveillance against our AI policy.',
  });
  if (approvedAndTriaged) {
    const lead = await tokenFor(LEAD);
    await as(lead, 'POST', `${path}/actions/${action.id}/approve`, { reason: 'Substantiated by the report.' });
    await as(lead, 'POST', `${path}/transitions`, { to: 'triage', reason: 'Credible report; triage the response.' });
  }
  return { id: opened.id, reference: opened.reference, title, scope };
}

/** A new browser context per person, as if on their own machine. */
async function personPage(viewport = WIDE) {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

async function signIn(page, email) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

async function openTab(page, name) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === name.toLowerCase());
}

/**
 * Waits until the screen is still: no request in flight, no toast (one fading in or out fails
 * axe's contrast check, and each closes by itself), fonts loaded, every finite animation and
 * transition finished, and two frames drawn since (charts lay out on resize before the next frame).
 */
async function settled(page) {
  await page.waitForLoadState('networkidle');
  // Toasts close on a timer that pauses while the pointer rests on one, and a slow machine stretches
  // it: the pointer goes to a corner and each toast is closed with its own button, as a user would.
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    for (const close of document.querySelectorAll(
      '.mantine-Notification-root button[aria-label="Dismiss notification"]',
    )) {
      if (close instanceof HTMLElement) close.click();
    }
  });
  await page.waitForFunction(() => document.querySelector('.mantine-Notification-root') === null);
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
  });
}

/** Saves a full-page screenshot and checks the screen with axe: no serious or critical violation. */
async function checkScreen(page, name) {
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = blocking.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
  assert.deepEqual(described, [], `axe found serious or critical violations on ${name}`);
}

/**
 * Runs one person's journey in their own browser context and times it. On failure the screen as
 * it was is saved next to the others, which is usually enough to see what went wrong.
 */
async function journey(name, steps) {
  const started = performance.now();
  const { context, page, problems } = await personPage();
  try {
    await steps(page);
    assert.deepEqual(problems, [], 'the page reported errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-failure.png`) }).catch(() => undefined);
    throw error;
  } finally {
    timings.push({ name: `${name} journey`, seconds: (performance.now() - started) / 1000 });
    await context.close();
  }
}

before(async () => {
  assert.ok(existsSync(SERVER_ENTRY), `${SERVER_ENTRY} is missing: run \`npx tsc -b apps/api\` first`);
  assert.ok(existsSync(WEB_INDEX), `${WEB_INDEX} is missing: run \`npm run build -w apps/web\` first`);
  assert.ok(existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const person of ['reviewer', 'lead', 'executive', 'auditor']) {
    await rm(join(SCREENSHOTS, `${person}-failure.png`), { force: true });
  }

  if (process.env.E2E_BASE_URL) {
    // Only for working on the journeys: reuse a running server (its data is then not fresh).
    baseUrl = process.env.E2E_BASE_URL.replace(/\/$/, '');
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'ethics-e2e-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const started = performance.now();
    server = spawn(process.execPath, [SERVER_ENTRY], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // The executive's journey checks that a new case counts at once; keeping the outcome figures
        // for a while is metrics.int-spec's to test.
        OUTCOMES_MAX_AGE_SECONDS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => {
      serverLog = (serverLog + chunk.toString()).slice(-20_000);
    };
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);
    await waitForHealth(baseUrl, SERVER_START_TIMEOUT_MS);
    timings.push({ name: 'server start (fresh embedded database)', seconds: (performance.now() - started) / 1000 });
  }

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await stopServer();
  if (dataDir) await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  for (const { name, seconds } of timings) console.log(`# ${name}: ${seconds.toFixed(1)} s`);
});

test('reviewer: opens a case, adds an allegation, uploads evidence and sees its SHA-256, proposes an action', async () => {
  await journey('reviewer', async (page) => {
    await signIn(page, REVIEWER);

    await page.goto(`${baseUrl}/cases`);
    await page.getByRole('button', { name: 'New case' }).click();
    const newCase = page.getByRole('form', { name: 'New case' });
    await newCase.getByLabel('Title').fill(CASE_TITLE);
    await newCase
      .getByLabel('Summary')
      .fill('Press and NGO reports that a city programme tracks protesters with our API.');
    await newCase.getByLabel('Severity').selectOption('high');
    await newCase.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
    const caseId = new URL(page.url()).pathname.split('/')[2];
    await page.getByRole('heading', { name: CASE_TITLE }).waitFor();
    const detail = await api(`/cases/${caseId}`, { token: await tokenFor(REVIEWER) });
    assert.equal(detail.status, 'intake');

    await openTab(page, 'Allegations');
    await page.getByRole('button', { name: 'Add allegation' }).click();
    const allegation = page.getByRole('form', { name: 'New allegation' });
    await allegation.getByLabel('What is alleged').fill(ALLEGATION);
    await allegation.getByRole('combobox', { name: /^Source/ }).selectOption('ngo');
    await allegation.getByRole('button', { name: 'Add allegation' }).click();
    await allegation.waitFor({ state: 'detached' });
    await page.getByText(ALLEGATION).waitFor();

    await openTab(page, 'Evidence');
    await page.getByRole('button', { name: 'Upload evidence' }).click();
    const upload = page.getByRole('form', { name: 'Upload evidence' });
    await upload
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ngo-report-excerpt.txt', mimeType: 'text/plain', buffer: EVIDENCE_BYTES });
    await upload.getByRole('button', { name: 'Upload evidence' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Upload complete' });
    await result.waitFor();
    const shown = (await page.getByTestId('evidence-sha256').innerText()).replace(/\s+/g, '');
    assert.ok(shown.includes(EVIDENCE_SHA256), `the page shows ${shown}, not the file's SHA-256 ${EVIDENCE_SHA256}`);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('ngo-report-excerpt.txt').first().waitFor();

    await openTab(page, 'Actions');
    await page.getByRole('button', { name: 'Propose action' }).click();
    const proposal = page.getByRole('form', { name: 'Propose action' });
    await proposal.getByLabel('Subject').fill('Pixelforge');
    await page.getByRole('option', { name: /Pixelforge Studio/ }).click();
    await proposal.getByRole('combobox', { name: /^Type/ }).selectOption('suspend_account');
    await proposal.getByRole('checkbox', { name: 'AI services' }).check();
    await proposal.getByLabel('Scope').fill(ACTION_SCOPE);
    await proposal.getByLabel('Rationale').fill('The API is used for mass surveillance against our AI policy.');
    await proposal.getByRole('button', { name: 'Propose action' }).click();
    await proposal.waitFor({ state: 'detached' });
    await page.getByText(ACTION_SCOPE).waitFor();

    const actions = await api(`/cases/${caseId}/actions`, { token: await tokenFor(REVIEWER) });
    assert.equal(actions.items.length, 1);
    assert.equal(actions.items[0].status, 'proposed');

    await checkScreen(page, 'reviewer-case-workspace');
  });
});

test('lead: approves the proposed action and moves the case on with a reason', async () => {
  const seeded = await seedCase('Lead journey: face matching for a city programme');
  await journey('lead', async (page) => {
    await signIn(page, LEAD);

    await page.goto(`${baseUrl}/approvals`);
    await page.getByText(seeded.reference).first().waitFor();
    await checkScreen(page, 'lead-approvals');

    await page.goto(`${baseUrl}/cases/${seeded.id}?tab=actions`);
    await page.getByText(seeded.scope).waitFor();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const approval = page.getByRole('dialog');
    await approval.getByLabel('Reason').fill('Substantiated by the NGO report and our API telemetry.');
    await approval.getByRole('button', { name: 'Approve', exact: true }).click();
    await approval.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Execute', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Change status' }).click();
    const transition = page.getByRole('dialog');
    await transition.getByLabel('New status').selectOption('triage');
    await transition.getByLabel('Reason').fill('Credible NGO report with evidence; triage the response.');
    await transition.getByRole('button', { name: 'Change status' }).click();
    await transition.waitFor({ state: 'detached' });

    const token = await tokenFor(LEAD);
    const detail = await api(`/cases/${seeded.id}`, { token });
    assert.equal(detail.status, 'triage');
    const actions = await api(`/cases/${seeded.id}/actions`, { token });
    assert.equal(actions.items[0].status, 'approved');

    await checkScreen(page, 'lead-case-workspace');
  });
});

test('executive: sees a new case and action counted on the outcomes dashboard', async () => {
  const token = await tokenFor('exec@demo.test');
  const metrics = await api('/metrics/outcomes', { token });
  const triageOf = (figures) => figures.openCasesByStatus.find((row) => row.status === 'triage')?.count ?? 0;
  const seeded = await seedCase('Executive journey: surveillance resale', { approvedAndTriaged: true });

  await journey('executive', async (page) => {
    await signIn(page, 'exec@demo.test');
    await page.waitForURL(/\/dashboard/);
    await page.getByRole('heading', { name: 'Outcomes', level: 2 }).waitFor();

    const figures = page.locator('dl[aria-label="Key figures"]');
    const kpi = (label) => figures.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    await kpi('Open cases').waitFor();
    assert.equal(await kpi('Open cases').innerText(), String(metrics.totals.openCases + 1));
    assert.equal(await kpi('Enforcement actions').innerText(), String(metrics.totals.actions + 1));
    const byStatus = page.getByRole('table', { name: 'Open cases by status' });
    const triage = byStatus.getByRole('row', { name: /^Triage/ }).getByRole('cell');
    assert.equal(await triage.innerText(), String(triageOf(metrics) + 1));
    await checkScreen(page, 'executive-dashboard');

    await page.setViewportSize(TABLET);
    await settled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'executive-dashboard-820.png'), fullPage: false });
    await page.setViewportSize(WIDE);

    await page.goto(`${baseUrl}/cases/${seeded.id}/summary`);
    await page.getByRole('heading', { name: seeded.title }).waitFor();
    await page.getByText(seeded.scope).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await checkScreen(page, 'executive-case-summary');
  });
});

test('auditor: exports the audit trail and sees the chain verified', async () => {
  const seeded = await seedCase('Auditor journey: tracking of protesters', { approvedAndTriaged: true });
  await journey('auditor', async (page) => {
    await signIn(page, 'auditor@demo.test');
    await page.waitForURL(/\/audit\/events$/);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByText('action.approved', { exact: true }).first().waitFor();
    await checkScreen(page, 'auditor-audit-log');
    await page.getByText('NDJSON', { exact: true }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export NDJSON' }).click();
    const download = await downloading;
    const saved = join(RESULTS, `audit-export-${RUN}.ndjson`);
    await download.saveAs(saved);
    const status = page.getByRole('status').filter({ hasText: 'Export saved' });
    await status.waitFor();

    const lines = (await readFile(saved, 'utf8')).split('\n').filter((line) => line.trim() !== '');
    const events = lines.map((line) => JSON.parse(line));
    const shownRows = Number((await status.innerText()).match(/: ([\d,]+) rows?/)?.[1].replace(/,/g, ''));
    assert.equal(shownRows, events.length, 'the rows shown are the events saved');
    const ofCase = events.filter((event) => event.caseId === seeded.id).map((event) => event.action);
    for (const action of [
      'case.created',
      'allegation.created',
      'evidence.added',
      'action.proposed',
      'action.approved',
    ]) {
      assert.ok(ofCase.includes(action), `the export has no ${action} event of the case (it has ${ofCase.join(', ')})`);
    }
    assert.ok(ofCase.includes('case.transitioned'));
    await rm(saved, { force: true });

    await page.getByRole('link', { name: 'Verify chain' }).click();
    await page.getByRole('heading', { name: 'Verify the audit chain' }).waitFor();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    const verdict = page.getByText(/^Chain verified: [\d,]+ events$/);
    await verdict.waitFor();
    const checked = Number((await verdict.innerText()).replace(/\D/g, ''));
    assert.ok(checked >= events.length, `verified ${checked} events, fewer than the ${events.length} exported`);
    await checkScreen(page, 'auditor-chain-verified');

    const savingCheckpoint = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save checkpoint' }).click();
    const checkpointPath = join(RESULTS, `audit-checkpoint-${RUN}.json`);
    await (await savingCheckpoint).saveAs(checkpointPath);
    const { checkpoint, publicKey } = JSON.parse(await readFile(checkpointPath, 'utf8'));
    await rm(checkpointPath, { force: true });
    assert.ok(checkpoint.seq > 0 && checkpoint.seq <= checked, `checkpoint at ${checkpoint.seq}, ${checked} verified`);
    assert.match(checkpoint.hash, /^[0-9a-f]{64}$/);
    const der = createPublicKey(publicKey.publicKey).export({ type: 'spki', format: 'der' });
    assert.equal(createHash('sha256').update(der).digest('hex'), checkpoint.keyId, 'the key id names the key');

    // The action history narrowed to the journey's case, chosen by typing its reference.
    await page.goto(`${baseUrl}/audit/actions`);
    await page.getByRole('heading', { name: 'Action history', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Case', exact: true }).fill(seeded.reference);
    await page.getByRole('option', { name: new RegExp(seeded.reference) }).click();
    await page.waitForURL(new RegExp(`caseId=${seeded.id}`));
    await settled(page);
    const history = page.getByRole('table');
    await history.getByRole('link', { name: seeded.reference }).waitFor();
    const caseLinks = await history.getByRole('link', { name: /^[A-Z]+-\d{4}-\d+$/ }).allInnerTexts();
    assert.deepEqual(caseLinks, [seeded.reference], "only the chosen case's one action is listed");
  });
});
