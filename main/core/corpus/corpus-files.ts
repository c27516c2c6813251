import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

/** One corpus source file, parsed but not yet validated. */
export interface SourceFile {
  /** Path relative to the corpus root, with forward slashes, as shown in check reports. */
  path: string;
  data: unknown;
  /** Raw bytes, for the content hash. */
  raw: string;
  parseErrors: string[];
}

export interface CorpusSources {
  root: string;
  groupings: SourceFile | null;
  elements: SourceFile[];
  jurisdictions: Map<string, { jurisdiction?: SourceFile; instruments?: SourceFile; provisions?: SourceFile; coverage?: SourceFile; unknown: string[] }>;
}

const JURISDICTION_FILES = ['jurisdiction', 'instruments', 'provisions', 'coverage'] as const;

function readYaml(root: string, abs: string): SourceFile {
  const raw = readFileSync(abs, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: true, lineCounter });
  // An author fixing a long provisions file needs the line, not just the parser's complaint.
  const parseErrors = doc.errors.map((e) => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return `YAML ${e.code} at line ${line}, column ${col}: ${e.message.split('\n')[0]}`;
  });
  return { path: relative(root, abs).split('\\').join('/'), data: parseErrors.length ? undefined : doc.toJS(), raw, parseErrors };
}

/** Reads every corpus source file below `root`, in a fixed (sorted) order so that builds are deterministic. */
export function readCorpusSources(root: string): CorpusSources {
  const groupingsPath = join(root, 'groupings.yaml');
  const elementsDir = join(root, 'elements');
  const jurDir = join(root, 'jurisdictions');
  const elements = existsSync(elementsDir)
    ? readdirSync(elementsDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => readYaml(root, join(elementsDir, f)))
    : [];
  const jurisdictions: CorpusSources['jurisdictions'] = new Map();
  if (existsSync(jurDir)) {
    for (const code of readdirSync(jurDir).sort()) {
      const dir = join(jurDir, code);
      const entry: CorpusSources['jurisdictions'] extends Map<string, infer V> ? V : never = { unknown: [] };
      for (const f of readdirSync(dir).sort()) {
        const base = f.replace(/\.yaml$/, '');
        if (f.endsWith('.yaml') && (JURISDICTION_FILES as readonly string[]).includes(base)) {
          entry[base as (typeof JURISDICTION_FILES)[number]] = readYaml(root, join(dir, f));
        } else {
          entry.unknown.push(`jurisdictions/${code}/${f}`);
        }
      }
      jurisdictions.set(code, entry);
    }
  }
  return {
    root,
    groupings: existsSync(groupingsPath) ? readYaml(root, groupingsPath) : null,
    elements,
    jurisdictions,
  };
}
