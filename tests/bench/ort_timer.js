// Times ONNX Runtime (CPU) on request: one line in ("MODEL.onnx BATCH SIZE ITERS WARMUP THREADS"),
// one JSON line out ({"median_ms": …, "min_ms": …}). Sessions stay open between requests, so that
// interleaved rounds with inception-cli measure steady state on both sides.
const ort = require('onnxruntime-node');
const readline = require('readline');

const sessions = new Map();
async function session(path, threads) {
  const key = `${path}/${threads}`;
  if (!sessions.has(key))
    sessions.set(key, await ort.InferenceSession.create(path, {
      intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all',
      executionMode: 'sequential'}));
  return sessions.get(key);
}

const rl = readline.createInterface({input: process.stdin});
const queue = [];
let busy = false;
rl.on('line', (line) => { queue.push(line); pump(); });
rl.on('close', () => { if (!busy) process.exit(0); });

async function pump() {
  if (busy || queue.length === 0) return;
  busy = true;
  const [path, batch, size, iters, warmup, threads] = queue.shift().trim().split(/\s+/);
  try {
    const s = await session(path, Number(threads));
    const n = Number(batch), hw = Number(size);
    const data = new Float32Array(n * 3 * hw * hw);
    for (let i = 0; i < data.length; i++) data[i] = Math.sin(i * 0.37);
    const x = new ort.Tensor('float32', data, [n, 3, hw, hw]);
    const times = [];
    for (let i = 0; i < Number(warmup) + Number(iters); i++) {
      const t0 = process.hrtime.bigint();
      await s.run({input: x});
      if (i >= Number(warmup)) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({median_ms: times[Math.floor(times.length / 2)], min_ms: times[0],
                                version: require('onnxruntime-node/package.json').version}));
  } catch (e) {
    console.log(JSON.stringify({error: String(e)}));
  }
  busy = false;
  if (queue.length) pump(); else if (rl.closed) process.exit(0);
}
