// A one-off experiment, kept so the figures in docs/playground.mdx ("How your code is kept in its
// box") can be reproduced; not run by CI or the bench, and it reads the bundler's output layout, so
// it may need adjusting after a bundler upgrade.
//
// `node scripts/experiments/iframe-csp-wall.mjs [rounds]` after `npx docusaurus build`. It runs the
// shipped sandbox worker two ways on the built playground page: as shipped (a same-origin Worker),
// and from a blob: URL inside an `<iframe sandbox="allow-scripts" srcdoc>` with a meta CSP, its
// code-split chunks inlined and the wasm bytes handed in. It prints, per way, the time from spawn
// to the first outcome of a trivial handler, then forced cold and warm runs in the same worker
// (raw protocol, no React); and which requests a local spy server received from a worker with and
// without the policy (fetch, XHR, WebSocket, EventSource, importScripts, import()).
import {readdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, resolve} from 'node:path';
import {chromium} from 'playwright-core';
import {tsImport} from 'tsx/esm/api';
import {startStaticServer} from '../static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const buildDir = join(root, 'build');
const rounds = Number(process.argv[2] ?? 7);
const {createFunctionConfig} = await tsImport('../../src/core/runtime/createFunctionConfig.ts', import.meta.url);
const config = createFunctionConfig({memoryMB: 128, timeoutMs: 3000, filename: 'index.mjs', env: {}}).value;

const workerFile = readdirSync(join(buildDir, 'assets/js')).find((f) => f.startsWith('lambda-lab-sandbox.'));
const runtime = readFileSync(join(buildDir, 'assets/js', workerFile), 'utf8');
// The worker runtime's chunk-id → hash map (minified rspack output).
const chunkMap = /"assets\/js\/"\+\w+\+"\."\+\(\{([^}]*)\}\)/.exec(runtime)?.[1];
if (!chunkMap) throw new Error('could not find the worker chunk map; the bundler output changed');
const chunkPaths = [...chunkMap.matchAll(/(\d+):"(\w+)"/g)].map(([, id, hash]) => `/assets/js/${id}.${hash}.js`);
const wasmPath = '/' + readdirSync(buildDir).find((f) => f.endsWith('.wasm'));

const spyRequests = [];
const spy = createServer((request, response) => {
  spyRequests.push(request.url);
  response.writeHead(200, {'content-type': 'text/javascript'});
  response.end('export default 1;');
});
await new Promise((done) => spy.listen(0, '127.0.0.1', done));
const spyOrigin = `http://127.0.0.1:${spy.address().port}`;
const CSP = "default-src 'none'; script-src 'unsafe-inline' blob: 'wasm-unsafe-eval'; worker-src blob:; connect-src 'none'";

const server = await startStaticServer(buildDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Runs in the page: spawns the worker one way, then times a first, 5 forced-cold and 5 warm runs. */
async function measure({mode, workerPath, chunkPaths, wasmPath, config, csp}) {
  const invoke = (id, forceCold) => ({v: 1, type: 'invoke', id, request: {code: 'let n = 0; export const handler = async () => ({n: ++n});', format: 'esm', config, eventJson: '{}', forceCold}});
  const started = performance.now();
  let post;
  let listen;
  let kill;
  if (mode === 'direct') {
    const worker = new Worker(workerPath, {name: 'lambda-lab-sandbox'});
    post = (m) => worker.postMessage(m);
    listen = (h) => worker.addEventListener('message', (e) => h(e.data));
    kill = () => worker.terminate();
  } else {
    const origin = location.origin;
    const [runtimeText, wasm, ...chunkTexts] = await Promise.all([
      fetch(workerPath).then((r) => r.text()),
      fetch(wasmPath).then((r) => r.arrayBuffer()),
      ...chunkPaths.map((p) => fetch(p).then((r) => r.text())),
    ]);
    // Shims so the bundle runs from a blob: URL: chunks from the inlined copies, a location the
    // bundler can resolve URLs against, the wasm from the bytes, and a MessagePort to the page.
    const prelude = `
      const chunks = {${chunkPaths.map((p, i) => `${JSON.stringify(p)}: function () {${chunkTexts[i]}\n}`).join(',\n')}};
      self.importScripts = (...urls) => { for (const u of urls) chunks[new URL(u, ${JSON.stringify(origin)}).pathname](); };
      Object.defineProperty(self, 'location', {value: new URL(${JSON.stringify(origin + workerPath)})});
      let gotWasm; const wasmBytes = new Promise((r) => { gotWasm = r; });
      self.fetch = async () => new Response(await wasmBytes, {headers: {'content-type': 'application/wasm'}});
      let port; const early = [];
      self.postMessage = (m) => (port ? port.postMessage(m) : early.push(m));
      addEventListener('message', (e) => {
        if (!e.data || !e.data.init) return;
        e.stopImmediatePropagation();
        port = e.data.port; gotWasm(e.data.wasm);
        port.onmessage = (ev) => dispatchEvent(new MessageEvent('message', {data: ev.data}));
        for (const m of early.splice(0)) port.postMessage(m);
      });`;
    const relay = `addEventListener('message', (e) => { if (e.source !== parent) return; const w = new Worker(URL.createObjectURL(new Blob([e.data.source], {type: 'text/javascript'}))); w.postMessage({init: true, wasm: e.data.wasm, port: e.data.port}, [e.data.wasm, e.data.port]); });`;
    const iframe = document.createElement('iframe');
    iframe.sandbox = 'allow-scripts';
    iframe.hidden = true;
    iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}"><script>${relay}<\/script>`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, {once: true}));
    document.body.append(iframe);
    await loaded;
    const channel = new MessageChannel();
    iframe.contentWindow.postMessage({source: prelude + '\n' + runtimeText, wasm, port: channel.port2}, '*', [wasm, channel.port2]);
    post = (m) => channel.port1.postMessage(m);
    listen = (h) => channel.port1.addEventListener('message', (e) => h(e.data));
    channel.port1.start();
    kill = () => iframe.remove();
  }
  let waiter;
  listen((d) => {
    if (d && d.type === 'outcome' && waiter) {
      const w = waiter;
      waiter = undefined;
      w(d);
    }
  });
  const run = async (id, forceCold) => {
    const outcome = new Promise((r) => { waiter = r; });
    const t = performance.now();
    post(invoke(id, forceCold));
    const o = await outcome;
    if (o.outcome.status !== 'success') throw new Error(`run ${id}: ${o.outcome.status}`);
    return performance.now() - t;
  };
  await run(1, false);
  const first = performance.now() - started;
  await new Promise((r) => setTimeout(r, 300));
  const cold = [];
  for (let i = 0; i < 5; i++) {
    cold.push(await run(10 + i, true));
    await new Promise((r) => setTimeout(r, 150));
  }
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push(await run(20 + i, false));
  kill();
  return {first, cold, warm};
}

/** Runs in the page: the same requests from a blob worker without a policy and from one in the CSP'd iframe. */
async function probeNetwork({spyOrigin, csp}) {
  const source = (tag) => `const o = ${JSON.stringify(spyOrigin)};
    const attempts = [
      () => fetch(o + '/fetch?${tag}'),
      () => import(o + '/import?${tag}'),
      () => { importScripts(o + '/importScripts?${tag}'); },
      () => new Promise((ok, no) => { const x = new XMLHttpRequest(); x.open('GET', o + '/xhr?${tag}'); x.onload = ok; x.onerror = no; x.send(); }),
      () => new Promise((ok, no) => { const s = new EventSource(o + '/eventsource?${tag}'); s.onopen = ok; s.onerror = () => { s.close(); no(); }; }),
      () => new Promise((ok, no) => { const s = new WebSocket(o.replace('http', 'ws') + '/websocket?${tag}'); s.onopen = ok; s.onerror = no; }),
    ];
    Promise.allSettled(attempts.map(async (a) => a())).then(() => postMessage('done'));`;
  const plain = new Promise((done) => {
    const worker = new Worker(URL.createObjectURL(new Blob([source('no-policy')], {type: 'text/javascript'})));
    worker.onmessage = () => done();
  });
  const framed = new Promise((done) => {
    const iframe = document.createElement('iframe');
    iframe.sandbox = 'allow-scripts';
    iframe.srcdoc = `<meta http-equiv="Content-Security-Policy" content="${csp}"><script>const w = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(source('iframe-csp'))}], {type: 'text/javascript'}))); w.onmessage = () => parent.postMessage('probe-done', '*');<\/script>`;
    addEventListener('message', (e) => { if (e.data === 'probe-done') done(); });
    document.body.append(iframe);
  });
  await Promise.all([plain, framed]);
  await new Promise((r) => setTimeout(r, 500));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {direct: [], iframe: []};
try {
  for (let round = 0; round < rounds; round++) {
    for (const mode of round % 2 ? ['iframe', 'direct'] : ['direct', 'iframe']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/docs/playground`, {waitUntil: 'networkidle'});
      results[mode].push(await page.evaluate(measure, {mode, workerPath: `/assets/js/${workerFile}`, chunkPaths, wasmPath, config, csp: CSP}));
      await context.close();
    }
  }
  for (const [mode, runs] of Object.entries(results)) {
    console.log(`${mode.padEnd(7)} first run (spawn → outcome) median ${median(runs.map((r) => r.first)).toFixed(1)} ms; forced cold median ${median(runs.flatMap((r) => r.cold)).toFixed(1)} ms; warm median ${median(runs.flatMap((r) => r.warm)).toFixed(1)} ms (${runs.length} rounds)`);
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/docs/playground`);
  await page.evaluate(probeNetwork, {spyOrigin, csp: CSP});
  await context.close();
  console.log('spy server received:', spyRequests.sort());
} finally {
  await browser.close();
  await server.close();
  spy.close();
}
