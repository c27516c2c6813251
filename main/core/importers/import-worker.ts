import { parentPort } from 'node:worker_threads';
import type { InstrumentView, ProvisionView } from '../corpus/corpus-types';
import { Suggester, type SuggestableElement } from '../suggest/suggester';
import { ImportRefused } from './import-errors';
import { prepareImport } from './prepare-import';

interface Job {
  input: { name: string; bytes: Uint8Array; country: string; instrument: string | null };
  corpus: { instruments: InstrumentView[]; provisions: ProvisionView[] };
  elements: SuggestableElement[];
}

/** Reads, segments and annotates one file off the thread that serves the UI. */
parentPort?.on('message', async (job: Job) => {
  try {
    const prepared = await prepareImport({ ...job.input, bytes: Buffer.from(job.input.bytes) }, job.corpus, new Suggester(job.elements));
    parentPort?.postMessage({ ok: true, prepared });
  } catch (e) {
    parentPort?.postMessage({ ok: false, refused: e instanceof ImportRefused, message: (e as Error).message });
  }
});
