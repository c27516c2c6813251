import type { CompareService } from '../compare/compare-service';
import type { CompareResult } from '../compare/compare-types';
import type { CorpusRepository } from '../corpus/corpus-repository';
import type { GapService } from '../gaps/gap-service';
import type { OfficialTextStore } from '../importers/official-text-store';
import { Suggester } from '../suggest/suggester';
import { notFound, WorkbenchError } from '../workbench-error';
import type { Draft, DraftStore } from './draft-store';
import { suggestForText, whatIfCoverage, type SuggestionWithRanges, type WhatIf } from './what-if';

export type StartFrom =
  | { kind: 'blank' }
  | { kind: 'model'; element: string; lang: 'en' | 'es' }
  | { kind: 'official'; key: string }
  | { kind: 'digest'; key: string; lang: 'en' | 'es' };

export type PrintAgainst = { kind: 'amended'; lang: 'en' | 'es' } | { kind: 'version'; seq: number };

/** The drafting workspace: drafts, their comparative print, and what-if coverage. */
export class DraftService {
  private suggester: Suggester | null = null;

  constructor(
    private readonly corpus: CorpusRepository,
    private readonly drafts: DraftStore,
    private readonly official: OfficialTextStore,
    private readonly compare: CompareService,
    private readonly gaps: GapService,
  ) {}

  private suggesterFor(): Suggester {
    this.suggester ??= new Suggester(this.corpus.elementsWithLexicon());
    return this.suggester;
  }

  /** The text to start from: nothing, a model clause, the imported official text, or our digest. */
  startingText(from: StartFrom): string {
    if (from.kind === 'blank') return '';
    if (from.kind === 'model') {
      const e = this.corpus.elements().find((x) => x.id === from.element);
      if (!e) throw notFound(`No element "${from.element}" in the taxonomy.`, 'element');
      return e.modelClause[from.lang];
    }
    if (from.kind === 'official') {
      const t = this.official.forProvision(from.key)[0];
      if (!t) throw notFound(`No official text has been imported for ${from.key}.`, 'key');
      return t.text;
    }
    const p = this.corpus.provision(from.key);
    if (!p) throw notFound(`No provision "${from.key}" in the corpus.`, 'key');
    return p.digest[from.lang];
  }

  create(d: { title: string; jurisdiction: string; amends: string | null; startFrom: StartFrom }): Draft {
    if (!this.corpus.hasJurisdiction(d.jurisdiction)) throw notFound(`No jurisdiction "${d.jurisdiction}" in the corpus.`, 'jurisdiction');
    if (d.amends && this.corpus.provision(d.amends)?.jurisdiction !== d.jurisdiction) throw new WorkbenchError('INVALID_ARGUMENT', `"${d.amends}" is not a provision of ${d.jurisdiction}.`, 'amends');
    return this.drafts.create({ title: d.title, jurisdiction: d.jurisdiction, amends: d.amends, text: this.startingText(d.startFrom) });
  }

  /**
   * The comparative print: the draft against the text it amends (the imported official text when there
   * is one, otherwise our digest) or against an earlier version of the draft.
   */
  comparativePrint(id: string, against: PrintAgainst): CompareResult {
    const d = this.drafts.get(id);
    const right = { kind: 'text' as const, text: d.text || ' ', label: `${d.title} (version ${d.version})` };
    if (against.kind === 'version') {
      return this.compare.compare({ left: { kind: 'text', text: this.drafts.versionText(id, against.seq) || ' ', label: `${d.title} (version ${against.seq})` }, right });
    }
    if (!d.amends) return this.compare.compare({ left: { kind: 'text', text: ' ', label: 'New provision (no current text)' }, right });
    const hasOfficial = this.official.forProvision(d.amends).length > 0;
    return this.compare.compare({ left: hasOfficial ? { kind: 'official', key: d.amends } : { kind: 'provision', key: d.amends, lang: against.lang }, right });
  }

  suggest(id: string): SuggestionWithRanges[] {
    return suggestForText(this.suggesterFor(), this.drafts.get(id).text);
  }

  whatIf(id: string, profile?: string): WhatIf {
    const d = this.drafts.get(id);
    return whatIfCoverage(this.corpus, d.jurisdiction, d.acceptedElements, this.gaps.profileOrDefault(profile));
  }
}
