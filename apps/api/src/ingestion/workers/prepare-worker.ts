import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { type CellCorrectionsRepository } from '../../workbench/corrections/cell-corrections.repository';
import { RegionDirectory } from '../services/region-directory.service';
import { ReportPreparer } from '../services/report-preparer.service';
import { type PrepareRequest, type PrepareResponse } from './prepare-messages';

// Parse + single-report checks off the main thread. Corrections live in the database: the
// worker prepares without them and the pool's owner re-prepares the few documents that have some.
const noCorrections = { current: async () => new Map<string, number | null>() } as unknown as CellCorrectionsRepository;
const preparer = new ReportPreparer(new RegionDirectory(), noCorrections);

parentPort?.on('message', async (req: PrepareRequest) => {
  let res: PrepareResponse;
  try {
    const { bytes: _bytes, ...prepared } = await preparer.prepare(req.fileName, req.bytes, req.hash);
    res = { id: req.id, ok: true, prepared };
  } catch (e) {
    res = { id: req.id, ok: false, message: (e as Error).message };
  }
  parentPort?.postMessage(res);
});
