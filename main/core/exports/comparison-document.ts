import type { CompareResult } from '../compare/compare-types';
import type { BriefingDocument, Block } from './document-model';

const LABELS = {
  en: { title: 'Comparison', left: 'Left', right: 'Right', changes: (n: number) => `${n} change${n === 1 ? '' : 's'}`, none: 'No differences.', substance: 'Substance', only: (side: string) => `Only ${side}`, both: 'Both', penalty: 'Penalty (years)', legend: 'Insertions are underlined, deletions struck through.', shown: 'Shown' },
  es: { title: 'Comparación', left: 'Izquierda', right: 'Derecha', changes: (n: number) => `${n} cambio${n === 1 ? '' : 's'}`, none: 'Sin diferencias.', substance: 'Fondo', only: (side: string) => `Solo ${side.toLowerCase()}`, both: 'Ambos', penalty: 'Pena (años)', legend: 'Las inserciones van subrayadas y las supresiones tachadas.', shown: 'Texto mostrado' },
};

const SOURCE = {
  en: { 'corpus-digest': 'corpus digest (our words)', 'official-text': 'imported official text', 'model-clause': 'model clause', 'pasted-text': 'pasted text', draft: 'draft' },
  es: { 'corpus-digest': 'resumen del corpus (redacción propia)', 'official-text': 'texto oficial importado', 'model-clause': 'cláusula modelo', 'pasted-text': 'texto pegado', draft: 'borrador' },
};

/** A comparison as a document: both texts named, the redline, and the substance side by side. */
export function comparisonDocument(r: CompareResult, lang: 'en' | 'es', footer: string, kind: 'comparison' | 'comparative-print' = 'comparison'): BriefingDocument {
  const L = LABELS[lang];
  const title = kind === 'comparative-print' ? (lang === 'es' ? 'Texto comparado' : 'Comparative print') : L.title;
  const pen = (p: CompareResult['substance']['penalty']['left']) => (p ? `${p.minYears ?? '?'}–${p.life ? 'life' : (p.maxYears ?? '?')}` : '—');
  const s = r.substance;
  const blocks: Block[] = [
    { kind: 'table', columns: ['', L.shown], rows: [[L.left, `${r.left.label} (${SOURCE[lang][r.left.source]})`], [L.right, `${r.right.label} (${SOURCE[lang][r.right.source]})`]] },
    { kind: 'paragraph', text: r.identical ? L.none : `${L.changes(r.changeCount)}. ${L.legend}`, style: 'muted' },
    { kind: 'redline', changes: r.changes },
    { kind: 'heading', level: 2, text: L.substance },
    {
      kind: 'table',
      primary: true,
      columns: ['', L.both, L.only(L.left), L.only(L.right)],
      rows: (['acts', 'means', 'purposes', 'other', 'aggravating'] as const).map((k) => [k, s[k].both.join(', '), s[k].onlyLeft.join(', '), s[k].onlyRight.join(', ')]),
    },
    { kind: 'paragraph', text: `${L.penalty}: ${pen(s.penalty.left)} | ${pen(s.penalty.right)}` },
  ];
  return { title: `${title}: ${r.left.label} / ${r.right.label}`, footer, language: lang, blocks };
}
