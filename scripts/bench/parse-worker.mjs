// Worker: load the parser and warm it up, say ready, then on "go" parse its share and report.
// Start-up (module loading, JIT warm-up) is kept out of the timed part, as in the one-core figure.
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument } from '@gongkai/report-parser';

for (const bytes of workerData.docs.slice(0, workerData.warmUp)) await parseDocument(bytes);
parentPort.postMessage({ ready: true });
parentPort.once('message', async () => {
  let ok = 0;
  for (const bytes of workerData.docs) if ((await parseDocument(bytes)).ok) ok += 1;
  parentPort.postMessage({ ok });
});
