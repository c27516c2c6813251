import Database from 'better-sqlite3';
import { join } from 'node:path';
import { CORPUS_DB_FILE } from '../corpus/build-corpus';

export interface CorpusChanges {
  statesAdded: string[];
  statesRemoved: string[];
  provisionsAdded: string[];
  provisionsRemoved: string[];
  provisionsChanged: string[];
  statusesMoved: Array<{ jurisdiction: string; element: string; from: string; to: string }>;
}

type Snapshot = { states: Set<string>; provisions: Map<string, string>; statuses: Map<string, string> };

function snapshot(dir: string): Snapshot {
  const db = new Database(join(dir, CORPUS_DB_FILE), { readonly: true, fileMustExist: true });
  try {
    return {
      states: new Set(db.prepare('SELECT code FROM jurisdictions').pluck().all() as string[]),
      provisions: new Map((db.prepare('SELECT key, digest_json || attributes_json || in_force_json AS body FROM provisions').all() as Array<{ key: string; body: string }>).map((r) => [r.key, r.body])),
      statuses: new Map((db.prepare("SELECT jurisdiction || ' ' || element_id AS k, status FROM coverage").all() as Array<{ k: string; status: string }>).map((r) => [r.k, r.status])),
    };
  } finally {
    db.close();
  }
}

/** What differs between two built corpora: states, provisions, and coverage statuses that moved. */
export function corpusChanges(fromDir: string | null, toDir: string): CorpusChanges {
  const to = snapshot(toDir);
  const from: Snapshot = fromDir ? snapshot(fromDir) : { states: new Set(), provisions: new Map(), statuses: new Map() };
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  return {
    statesAdded: sorted([...to.states].filter((s) => !from.states.has(s))),
    statesRemoved: sorted([...from.states].filter((s) => !to.states.has(s))),
    provisionsAdded: sorted([...to.provisions.keys()].filter((k) => !from.provisions.has(k))),
    provisionsRemoved: sorted([...from.provisions.keys()].filter((k) => !to.provisions.has(k))),
    provisionsChanged: sorted([...to.provisions].filter(([k, v]) => from.provisions.has(k) && from.provisions.get(k) !== v).map(([k]) => k)),
    statusesMoved: [...to.statuses]
      .filter(([k, v]) => from.statuses.has(k) && from.statuses.get(k) !== v)
      .map(([k, v]) => {
        const [jurisdiction, element] = k.split(' ');
        return { jurisdiction, element, from: from.statuses.get(k) as string, to: v };
      })
      .sort((a, b) => (a.jurisdiction + a.element).localeCompare(b.jurisdiction + b.element)),
  };
}
