import type { CorpusRepository } from '../corpus/corpus-repository';
import type { GapService } from '../gaps/gap-service';
import type { Pillar } from '../corpus/corpus-types';
import { BRIEFING_LABELS, LEVEL_WORDS, PILLAR_WORDS, STATUS_WORDS } from './briefing-labels';
import type { Block, BriefingDocument } from './document-model';

type Lang = 'en' | 'es';
const PILLARS: Pillar[] = ['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'];
const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

function footerOf(corpus: CorpusRepository, lang: Lang, today: string): string {
  return BRIEFING_LABELS[lang].footer(corpus.info().version, today);
}

/** A country briefing: scores, gaps by severity with model clauses, every element's status, instruments. */
export function countryBriefing(corpus: CorpusRepository, gaps: GapService, code: string, lang: Lang, today: string, profileId?: string): BriefingDocument | null {
  const j = corpus.jurisdiction(code);
  const profile = gaps.countryProfile(code, profileId);
  if (!j || !profile) return null;
  const L = BRIEFING_LABELS[lang];
  const elements = new Map(corpus.elements().map((e) => [e.id, e]));
  const blocks: Block[] = [
    { kind: 'paragraph', text: j.summary[lang], style: 'lede' },
    { kind: 'heading', level: 1, text: L.score },
    {
      kind: 'table',
      columns: [L.pillar, L.score, L.notAssessed, L.exceeds],
      rows: [
        [L.overall, pct(profile.score.percent), String(profile.score.notAssessed), String(profile.score.exceedsMinimum)],
        ...PILLARS.map((p) => [PILLAR_WORDS[lang][p], pct(profile.score.byPillar[p].percent), String(profile.score.byPillar[p].notAssessed), String(profile.score.byPillar[p].exceedsMinimum)]),
      ],
    },
    { kind: 'paragraph', text: `${L.profile}: ${gaps.profileOrDefault(profileId).label[lang]}`, style: 'muted' },
    { kind: 'heading', level: 1, text: L.gaps },
  ];
  if (profile.gaps.length === 0) blocks.push({ kind: 'paragraph', text: L.noGaps });
  profile.gaps.forEach((g, i) => {
    const e = elements.get(g.element);
    blocks.push({ kind: 'heading', level: 3, text: `${i + 1}. ${e?.label[lang] ?? g.element} (${g.element}) — ${STATUS_WORDS[lang][g.status]}, ${LEVEL_WORDS[lang][g.level]}` });
    blocks.push({ kind: 'paragraph', text: (g.coverage.shortcoming ?? g.coverage.rationale)[lang] });
    if (g.coverage.provisions.length) blocks.push({ kind: 'paragraph', text: `${L.provisions}: ${g.coverage.provisions.join(', ')}`, style: 'muted' });
    if (e) blocks.push({ kind: 'paragraph', text: `${L.modelClause}: ${e.modelClause[lang]}`, style: 'clause' });
  });
  if (profile.notAssessed.length) blocks.push({ kind: 'paragraph', text: `${L.notAssessed}: ${profile.notAssessed.join(', ')}`, style: 'muted' });
  if (profile.changes.length) {
    blocks.push({ kind: 'heading', level: 2, text: L.changes });
    blocks.push({ kind: 'list', items: profile.changes.map((c) => `${elements.get(c.element)?.label[lang] ?? c.element}: ${STATUS_WORDS[lang][c.from]} → ${STATUS_WORDS[lang][c.to]} (${c.amendedBy}, ${c.until})`) });
  }
  blocks.push({ kind: 'heading', level: 1, text: L.coverage });
  blocks.push({
    kind: 'table',
    primary: true,
    columns: [L.element, L.level, L.status, L.provisions, L.rationale],
    rows: j.coverage.map((c) => [`${elements.get(c.element)?.label[lang] ?? c.element} (${c.element})`, LEVEL_WORDS[lang][elements.get(c.element)?.level ?? 'mandatory'], STATUS_WORDS[lang][c.status], c.provisions.join(', '), c.rationale[lang]]),
  });
  blocks.push({ kind: 'heading', level: 1, text: L.instruments });
  blocks.push({ kind: 'list', items: j.instruments.map((i) => `${i.title.original} (${i.key}${i.number ? `, ${i.number}` : ''}${i.dates.enacted ? `, ${i.dates.enacted}` : ''})`) });
  return { title: L.countryTitle(j.name[lang]), subtitle: `${j.code} · ${pct(profile.score.percent)}`, footer: footerOf(corpus, lang, today), language: lang, blocks };
}

/** One element across every state, with the summary line and each state's status and provisions. */
export function elementBriefing(corpus: CorpusRepository, gaps: GapService, elementId: string, lang: Lang, today: string): BriefingDocument | null {
  const a = gaps.elementAcross(elementId);
  if (!a) return null;
  const L = BRIEFING_LABELS[lang];
  const summary = (['full', 'partial', 'absent', 'not-applicable', 'not-assessed'] as const)
    .filter((s) => a.counts[s] > 0)
    .map((s) => `${a.counts[s]} ${STATUS_WORDS[lang][s]}`)
    .join(', ');
  return {
    title: L.elementTitle(a.element.label[lang]),
    subtitle: `${a.element.id} · ${LEVEL_WORDS[lang][a.element.level]} · ${a.element.source}`,
    footer: footerOf(corpus, lang, today),
    language: lang,
    blocks: [
      { kind: 'paragraph', text: a.element.description[lang], style: 'lede' },
      { kind: 'paragraph', text: `${L.summary}: ${summary} (${a.rows.length})` },
      { kind: 'table', primary: true, columns: [L.state, L.status, L.provisions, L.rationale], rows: a.rows.map((r) => [r.jurisdiction.name[lang], STATUS_WORDS[lang][r.coverage.status], r.provisions.map((p) => `${p.label} (${p.key})`).join('; '), r.coverage.rationale[lang]]) },
      { kind: 'heading', level: 2, text: L.modelClause },
      { kind: 'paragraph', text: a.element.modelClause[lang], style: 'clause' },
    ],
  };
}

/** A group's harmonization: agreement per element and the outliers. */
export function groupBriefing(corpus: CorpusRepository, gaps: GapService, group: string, lang: Lang, today: string): BriefingDocument | null {
  const h = gaps.harmonization(group);
  const g = corpus.groupings().find((x) => x.id === group);
  if (!h || !g) return null;
  const L = BRIEFING_LABELS[lang];
  const elements = new Map(corpus.elements().map((e) => [e.id, e]));
  return {
    title: L.groupTitle(g.name[lang]),
    subtitle: `${L.members}: ${h.members.join(', ')}`,
    footer: footerOf(corpus, lang, today),
    language: lang,
    blocks: [
      {
        kind: 'table',
        primary: true,
        columns: [L.element, L.agreement, `${STATUS_WORDS[lang].full}/${STATUS_WORDS[lang].partial}/${STATUS_WORDS[lang].absent}/${STATUS_WORDS[lang]['not-assessed']}`, L.outliers],
        rows: h.elements.map((e) => [
          `${elements.get(e.element)?.label[lang] ?? e.element}`,
          e.agreement,
          `${e.counts.full}/${e.counts.partial}/${e.counts.absent}/${e.counts['not-assessed']}`,
          e.outliers.map((o) => `${o.code} (${STATUS_WORDS[lang][o.status]})`).join(', '),
        ]),
      },
    ],
  };
}
