// Worker: parse the documents it is given, report how many and how long.
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument } from '@gongkai/report-parser';

const started = performance.now();
let ok = 0;
for (const bytes of workerData.docs) if ((await parseDocument(bytes)).ok) ok += 1;
parentPort.postMessage({ ok, ms: performance.now() - started });
