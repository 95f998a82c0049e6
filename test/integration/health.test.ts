// /healthz, /readyz and /metrics: on Slack's HTTP port, and on METRICS_PORT for Socket Mode and Discord-only runs.
import { PassThrough } from 'node:stream';
import { startBorderBrief, type Running } from '../../adapters/start';
import { silentLogger } from '../../src/logger';
import { checkReadiness, healthRoutes } from '../../src/ops/health';
import { createMetrics } from '../../src/ops/metrics';
import { FakeDiscord, IDS } from '../support/fake-discord';
import { FakeSlack } from '../support/fake-slack';
import { KNOWLEDGE_DIR, tempDir } from '../support/knowledge-fixture';
import { TOKEN } from './discord/harness';
import { APP_TOKEN, BOT_TOKEN, type Harness, mentionEvent, startHarness } from './slack/harness';

async function get(url: string): Promise<{ status: number; type: string | null; body: string }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

async function run(env: Record<string, string>): Promise<Running> {
  return startBorderBrief({
    env: { DATA_DIR: tempDir('bb-health-'), KNOWLEDGE_DIR, METRICS_PORT: '0', ...env },
    input: new PassThrough(),
    output: new PassThrough(),
    notices: new PassThrough(),
    interactive: false,
    logger: silentLogger,
  });
}

describe('health and metrics endpoints', () => {
  let h: Harness | undefined;
  let running: Running | undefined;
  let fakes: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await h?.close();
    await running?.stop();
    for (const f of fakes) await f.close();
    h = running = undefined;
    fakes = [];
  });

  test('Slack HTTP mode serves /healthz, /readyz and /metrics on its events port', async () => {
    h = await startHarness({
      httpRoutes: (core, logger) =>
        healthRoutes({ store: core.store, metrics: core.metrics, adapters: () => [h!.adapter], knowledgeEntries: () => core.engine.knowledge.questions.length }, logger),
    });
    const base = `http://127.0.0.1:${h.adapter.port}`;
    expect(await get(`${base}/healthz`)).toMatchObject({ status: 200, body: 'ok\n' });
    const ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ ready: true, store: 'ok', platforms: { slack: true }, knowledge: expect.stringMatching(/^ok \(\d+ entries\)$/) });

    await h.postEvent(mentionEvent({ text: '<@UBOTUSER01> how many people were expelled?' }));
    await h.postEvent(mentionEvent({ eventId: 'EvOFFTOPIC1', ts: '1764401299.000100', text: '<@UBOTUSER01> what is the weather on mars?' }));
    const metrics = await get(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain/);
    expect(metrics.body).toContain('borderbrief_questions_total{platform="slack"} 2');
    expect(metrics.body).toContain('borderbrief_answers_total{platform="slack",outcome="answered"} 1');
    expect(metrics.body).toContain('borderbrief_answers_total{platform="slack",outcome="declined"} 1');
    expect(metrics.body).toMatch(/borderbrief_answer_duration_seconds_count\{platform="slack"\} 2/);
    for (const name of ['borderbrief_digests_total', 'borderbrief_platform_errors_total', 'borderbrief_store_errors_total', 'process_cpu_seconds_total'])
      expect(metrics.body).toContain(`# TYPE ${name}`);
  });

  test('a Discord-only run serves them on METRICS_PORT, ready once the gateway is connected', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    running = await run({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_URL: fake.apiUrl });
    const base = `http://127.0.0.1:${running.metricsPort}`;
    expect(await get(`${base}/healthz`)).toMatchObject({ status: 200 });
    expect(JSON.parse((await get(`${base}/readyz`)).body)).toMatchObject({ ready: true, platforms: { discord: true } });
    expect((await get(`${base}/metrics`)).body).toContain('# TYPE borderbrief_questions_total counter');
    expect((await get(`${base}/nope`)).status).toBe(404);
  });

  test('a Socket Mode run serves them on METRICS_PORT, ready once the socket is connected', async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    running = await run({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl });
    const base = `http://127.0.0.1:${running.metricsPort}`;
    await fake.waitFor(() => fake.socketCount > 0);
    expect(await get(`${base}/healthz`)).toMatchObject({ status: 200 });
    expect(JSON.parse((await get(`${base}/readyz`)).body)).toMatchObject({ ready: true, platforms: { slack: true } });
  });

  test('/readyz answers 503 naming what is missing: the store unreachable, a platform disconnected', async () => {
    const deps = {
      store: { ping: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) },
      metrics: createMetrics(),
      adapters: () => [{ platform: 'discord' as const, isConnected: () => false }],
      knowledgeEntries: () => 77,
    };
    expect(await checkReadiness(deps)).toEqual({
      ready: false,
      store: 'unreachable: connect ECONNREFUSED 127.0.0.1:5432',
      platforms: { discord: false },
      knowledge: 'ok (77 entries)',
    });
    const stalled = { ...deps, store: { ping: () => new Promise<void>(() => undefined) }, adapters: () => [], storeWaitMs: 50 };
    expect((await checkReadiness(stalled)).store).toMatch(/^unreachable: store ping did not finish within 50 ms/);
  });
});
