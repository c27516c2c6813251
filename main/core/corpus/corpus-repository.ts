import type Database from 'better-sqlite3';
import type {
  CorpusInfo,
  CoverageStatus,
  CoverageView,
  ElementView,
  GroupingView,
  InstrumentView,
  JurisdictionDetail,
  JurisdictionSummary,
  ProvisionVersionView,
  ProvisionView,
  Source,
  StatusCounts,
  TreatyStatusView,
} from './corpus-types';
import type { CorpusManifest } from './build-corpus';

const parse = <T>(s: string | null): T => (s === null ? (undefined as T) : (JSON.parse(s) as T));

const EMPTY_COUNTS = (): StatusCounts => ({ full: 0, partial: 0, absent: 0, 'not-applicable': 0, 'not-assessed': 0 });

interface ProvisionRow {
  key: string;
  jurisdiction: string;
  instrument: string;
  label: string;
  number: string;
  heading_json: string;
  digest_json: string;
  attributes_json: string;
  status: 'in-force' | 'repealed';
  in_force_json: string;
  source_json: string;
}

interface VersionRow {
  provision_key: string;
  seq: number;
  valid_from: string | null;
  valid_to: string | null;
  introduced_by: string | null;
  amended_by: string | null;
  heading_json: string;
  digest_json: string;
  attributes_json: string;
  is_current: number;
}

/** Read-only queries over the built corpus database. */
export class CorpusRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly manifest: CorpusManifest,
  ) {}

  info(): CorpusInfo {
    const m = this.manifest;
    return { version: m.version, contentHash: m.contentHash, builtAt: m.builtAt, format: m.format, counts: m.counts };
  }

  elements(): ElementView[] {
    const rows = this.db.prepare('SELECT * FROM elements ORDER BY sort').all() as Array<Record<string, string>>;
    return rows.map((r) => ({
      id: r.id,
      pillar: r.pillar as ElementView['pillar'],
      level: r.level as ElementView['level'],
      source: r.source,
      label: parse(r.label_json),
      description: parse(r.description_json),
      full: parse(r.full_json),
      partial: parse(r.partial_json),
      modelClause: parse(r.model_clause_json),
    }));
  }

  /** Elements with their lexicons, for the suggester and element-aware search. */
  elementsWithLexicon(): Array<ElementView & { lexicon: Record<'en' | 'es' | 'pt' | 'fr', string[]> }> {
    const lex = new Map((this.db.prepare('SELECT id, lexicon_json FROM elements').all() as Array<{ id: string; lexicon_json: string }>).map((r) => [r.id, JSON.parse(r.lexicon_json)]));
    return this.elements().map((e) => ({ ...e, lexicon: lex.get(e.id) }));
  }

  /** Hosts of the official publishers the corpus cites (instrument pages and official sources). */
  officialHosts(): Set<string> {
    const hosts = new Set<string>();
    const add = (url: string | null | undefined) => {
      try {
        if (url) hosts.add(new URL(url).hostname.toLowerCase());
      } catch {
        // A malformed URL cannot have been validated into the corpus; ignore defensively.
      }
    };
    for (const r of this.db.prepare('SELECT url, source_json FROM instruments').all() as Array<{ url: string | null; source_json: string }>) {
      add(r.url);
      const s = JSON.parse(r.source_json) as { url: string; kind: string };
      if (s.kind === 'official') add(s.url);
    }
    for (const json of this.db.prepare('SELECT source_json FROM provisions').pluck().all() as string[]) {
      const s = JSON.parse(json) as { url: string; kind: string };
      if (s.kind === 'official') add(s.url);
    }
    return hosts;
  }

  elementIds(): string[] {
    return (this.db.prepare('SELECT id FROM elements ORDER BY sort').pluck().all() as string[]);
  }

  hasElement(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM elements WHERE id = ?').get(id) !== undefined;
  }

  groupings(): GroupingView[] {
    const members = this.db.prepare('SELECT grouping_id, code FROM jurisdiction_groups ORDER BY code').all() as Array<{ grouping_id: string; code: string }>;
    const rows = this.db.prepare('SELECT * FROM groupings ORDER BY sort').all() as Array<Record<string, string>>;
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as GroupingView['kind'],
      name: parse(r.name_json),
      description: parse(r.description_json),
      members: members.filter((m) => m.grouping_id === r.id).map((m) => m.code),
    }));
  }

  hasJurisdiction(code: string): boolean {
    return this.db.prepare('SELECT 1 FROM jurisdictions WHERE code = ?').get(code) !== undefined;
  }

  jurisdictions(): JurisdictionSummary[] {
    const rows = this.db.prepare('SELECT * FROM jurisdictions ORDER BY code').all() as Array<Record<string, string>>;
    return rows.map((r) => this.summaryOf(r));
  }

  jurisdiction(code: string): JurisdictionDetail | null {
    const r = this.db.prepare('SELECT * FROM jurisdictions WHERE code = ?').get(code) as Record<string, string> | undefined;
    if (!r) return null;
    return {
      ...this.summaryOf(r),
      officialNames: parse(r.official_names_json),
      officialLanguages: parse(r.official_languages_json),
      summary: parse(r.summary_json),
      protocolSource: parse<{ source: Source }>(r.protocol_json).source,
      untoc: r.untoc_json ? stripSource(parse<TreatyStatusView & { source?: unknown }>(r.untoc_json)) : undefined,
      instruments: this.instruments(code),
      provisions: this.provisions(code),
      coverage: this.coverage(code),
    };
  }

  instruments(code: string): InstrumentView[] {
    const rows = this.db.prepare('SELECT * FROM instruments WHERE jurisdiction = ? ORDER BY sort').all(code) as Array<Record<string, string | null>>;
    return rows.map((r) => ({
      key: r.key as string,
      title: parse(r.title_json),
      shortTitle: r.short_title ?? undefined,
      language: r.language as InstrumentView['language'],
      type: r.type as InstrumentView['type'],
      number: r.number ?? undefined,
      dates: parse(r.dates_json),
      url: r.url ?? undefined,
      amends: parse(r.amends_json),
      amendedBy: parse(r.amended_by_json),
      status: r.status as InstrumentView['status'],
      source: parse(r.source_json),
    }));
  }

  provisions(code: string): ProvisionView[] {
    const rows = this.db.prepare('SELECT * FROM provisions WHERE jurisdiction = ? ORDER BY sort').all(code) as ProvisionRow[];
    const versions = this.db
      .prepare('SELECT v.* FROM provision_versions v JOIN provisions p ON p.key = v.provision_key WHERE p.jurisdiction = ? ORDER BY v.provision_key, v.seq')
      .all(code) as VersionRow[];
    return rows.map((r) => this.provisionOf(r, versions.filter((v) => v.provision_key === r.key)));
  }

  provision(key: string): ProvisionView | null {
    const r = this.db.prepare('SELECT * FROM provisions WHERE key = ?').get(key) as ProvisionRow | undefined;
    if (!r) return null;
    const versions = this.db.prepare('SELECT * FROM provision_versions WHERE provision_key = ? ORDER BY seq').all(key) as VersionRow[];
    return this.provisionOf(r, versions);
  }

  coverage(code: string): CoverageView[] {
    const rows = this.db
      .prepare('SELECT c.* FROM coverage c JOIN elements e ON e.id = c.element_id WHERE c.jurisdiction = ? ORDER BY e.sort')
      .all(code) as Array<Record<string, string | null>>;
    const cites = this.db
      .prepare('SELECT element_id, provision_key FROM coverage_provisions WHERE jurisdiction = ? ORDER BY element_id, sort')
      .all(code) as Array<{ element_id: string; provision_key: string }>;
    const byElement = new Map<string, string[]>();
    for (const c of cites) byElement.set(c.element_id, [...(byElement.get(c.element_id) ?? []), c.provision_key]);
    return rows.map((r) => ({
      jurisdiction: code,
      element: r.element_id as string,
      status: r.status as CoverageStatus,
      provisions: byElement.get(r.element_id as string) ?? [],
      rationale: parse(r.rationale_json),
      shortcoming: r.shortcoming_json ? parse(r.shortcoming_json) : undefined,
      history: parse(r.history_json),
    }));
  }

  /** Every status in the corpus, by jurisdiction then element: the matrix's raw material, in one query. */
  allStatuses(): Map<string, Map<string, CoverageStatus>> {
    const out = new Map<string, Map<string, CoverageStatus>>();
    for (const r of this.db.prepare('SELECT jurisdiction, element_id, status FROM coverage').all() as Array<{ jurisdiction: string; element_id: string; status: CoverageStatus }>) {
      let m = out.get(r.jurisdiction);
      if (!m) out.set(r.jurisdiction, (m = new Map()));
      m.set(r.element_id, r.status);
    }
    return out;
  }

  /** One element's coverage in every state. */
  coverageOfElement(elementId: string): CoverageView[] {
    const rows = this.db.prepare('SELECT * FROM coverage WHERE element_id = ? ORDER BY jurisdiction').all(elementId) as Array<Record<string, string | null>>;
    const cites = this.db.prepare('SELECT jurisdiction, provision_key FROM coverage_provisions WHERE element_id = ? ORDER BY jurisdiction, sort').all(elementId) as Array<{ jurisdiction: string; provision_key: string }>;
    return rows.map((r) => ({
      jurisdiction: r.jurisdiction as string,
      element: elementId,
      status: r.status as CoverageStatus,
      provisions: cites.filter((c) => c.jurisdiction === r.jurisdiction).map((c) => c.provision_key),
      rationale: parse(r.rationale_json),
      shortcoming: r.shortcoming_json ? parse(r.shortcoming_json) : undefined,
      history: parse(r.history_json),
    }));
  }

  private summaryOf(r: Record<string, string>): JurisdictionSummary {
    const code = r.code;
    const groups = this.db.prepare('SELECT grouping_id FROM jurisdiction_groups WHERE code = ? ORDER BY grouping_id').pluck().all(code) as string[];
    const statusCounts = EMPTY_COUNTS();
    for (const row of this.db.prepare('SELECT status, COUNT(*) AS n FROM coverage WHERE jurisdiction = ? GROUP BY status').all(code) as Array<{ status: CoverageStatus; n: number }>) {
      statusCounts[row.status] = row.n;
    }
    return {
      code,
      name: parse(r.name_json),
      subregion: r.subregion as JurisdictionSummary['subregion'],
      groups: groups.filter((g) => g !== r.subregion),
      protocol: stripSource(parse<TreatyStatusView & { source?: unknown }>(r.protocol_json)),
      instrumentCount: this.db.prepare('SELECT COUNT(*) FROM instruments WHERE jurisdiction = ?').pluck().get(code) as number,
      provisionCount: this.db.prepare('SELECT COUNT(*) FROM provisions WHERE jurisdiction = ?').pluck().get(code) as number,
      statusCounts,
    };
  }

  private provisionOf(r: ProvisionRow, versions: VersionRow[]): ProvisionView {
    return {
      key: r.key,
      jurisdiction: r.jurisdiction,
      instrument: r.instrument,
      label: r.label,
      number: r.number,
      heading: parse(r.heading_json),
      digest: parse(r.digest_json),
      attributes: parse(r.attributes_json),
      status: r.status,
      inForce: parse(r.in_force_json),
      source: parse(r.source_json),
      versions: versions.map(
        (v): ProvisionVersionView => ({
          seq: v.seq,
          current: v.is_current === 1,
          from: v.valid_from,
          to: v.valid_to,
          introducedBy: v.introduced_by,
          amendedBy: v.amended_by,
          heading: parse(v.heading_json),
          digest: parse(v.digest_json),
          attributes: parse(v.attributes_json),
        }),
      ),
    };
  }
}

function stripSource<T extends { source?: unknown }>(t: T): Omit<T, 'source'> {
  const { source: _source, ...rest } = t;
  return rest;
}
