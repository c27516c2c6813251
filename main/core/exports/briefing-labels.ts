import type { CoverageStatus, ObligationLevel, Pillar } from '../corpus/corpus-types';

/** Words the briefings print, in the two languages the corpus content is written in. */
export const BRIEFING_LABELS = {
  en: {
    countryTitle: (name: string) => `${name}: coverage of the Trafficking in Persons Protocol`,
    elementTitle: (label: string) => `${label}: coverage across states`,
    groupTitle: (name: string) => `${name}: harmonization of anti-trafficking law`,
    footer: (version: string, date: string) => `Palermo Workbench · corpus ${version} · ${date}`,
    score: 'Score',
    overall: 'Overall',
    pillar: 'Pillar',
    notAssessed: 'Not assessed (excluded from the score)',
    exceeds: 'Exceeds the minimum',
    gaps: 'Gaps, most severe first',
    noGaps: 'No gaps: every assessed element is fully covered.',
    modelClause: 'Model clause',
    shortcoming: 'Shortcoming',
    coverage: 'Coverage by element',
    element: 'Element',
    level: 'Obligation',
    status: 'Status',
    provisions: 'Provisions',
    rationale: 'Rationale',
    instruments: 'Instruments',
    changes: 'What amendments changed',
    state: 'State',
    summary: 'Summary',
    agreement: 'Agreement',
    outliers: 'Outliers',
    members: 'Members',
    profile: 'Scoring profile',
  },
  es: {
    countryTitle: (name: string) => `${name}: cobertura del Protocolo sobre la trata de personas`,
    elementTitle: (label: string) => `${label}: cobertura por Estado`,
    groupTitle: (name: string) => `${name}: armonización de la legislación contra la trata`,
    footer: (version: string, date: string) => `Palermo Workbench · corpus ${version} · ${date}`,
    score: 'Puntaje',
    overall: 'General',
    pillar: 'Pilar',
    notAssessed: 'No evaluados (excluidos del puntaje)',
    exceeds: 'Supera el mínimo',
    gaps: 'Brechas, de la más grave a la menos grave',
    noGaps: 'Sin brechas: todos los elementos evaluados tienen cobertura plena.',
    modelClause: 'Cláusula modelo',
    shortcoming: 'Deficiencia',
    coverage: 'Cobertura por elemento',
    element: 'Elemento',
    level: 'Obligación',
    status: 'Estado',
    provisions: 'Disposiciones',
    rationale: 'Fundamento',
    instruments: 'Instrumentos',
    changes: 'Qué cambiaron las reformas',
    state: 'Estado',
    summary: 'Resumen',
    agreement: 'Coincidencia',
    outliers: 'Estados que se apartan',
    members: 'Miembros',
    profile: 'Perfil de puntuación',
  },
} as const;

export const STATUS_WORDS: Record<'en' | 'es', Record<CoverageStatus, string>> = {
  en: { full: 'full', partial: 'partial', absent: 'absent', 'not-applicable': 'not applicable', 'not-assessed': 'not assessed' },
  es: { full: 'plena', partial: 'parcial', absent: 'ausente', 'not-applicable': 'no aplicable', 'not-assessed': 'no evaluado' },
};

export const LEVEL_WORDS: Record<'en' | 'es', Record<ObligationLevel, string>> = {
  en: { mandatory: 'mandatory', consider: 'shall consider', recommended: 'recommended', beyond: 'beyond minimum' },
  es: { mandatory: 'obligatorio', consider: 'considerar', recommended: 'recomendado', beyond: 'supera el mínimo' },
};

export const PILLAR_WORDS: Record<'en' | 'es', Record<Pillar, string>> = {
  en: { definition: 'Definition', criminalization: 'Criminalization', procedure: 'Investigation and prosecution', protection: 'Protection of victims', prevention: 'Prevention', cooperation: 'Cooperation and borders' },
  es: { definition: 'Definición', criminalization: 'Penalización', procedure: 'Investigación y enjuiciamiento', protection: 'Protección de víctimas', prevention: 'Prevención', cooperation: 'Cooperación y fronteras' },
};
