import { FakeDiscord, startHarness } from '/work/main/test/integration/discord/harness';
it('t', async () => {
  const fake = await FakeDiscord.start();
  let t = Date.now();
  const h = await startHarness({ fake });
  console.log('start', Date.now() - t);
  fake.dropConnections();
  await new Promise((r) => setTimeout(r, 1500));
  console.log(h.logs.map((l) => `${l.level} ${l.msg} ${JSON.stringify(l)}`).join('\n'));
  await h.stop(); await fake.close();
});
