import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementView, Pillar, ScoreBreakdown } from '../../../../main/api/contract';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { LocalizedText } from '../../components/localized-text';
import { StatusBadge } from '../../components/status-badge';
import { ExportMenu } from '../../components/export-menu';
import { formatDate } from '../../i18n/format';

const PILLARS: Pillar[] = ['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation'];

function ScoreFigure({ b, label }: { b: ScoreBreakdown; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="score-figure">
      <span className="score-label">{label}</span>
      <span className="score-value">{b.percent === null ? '—' : `${b.percent}%`}</span>
      <span className="score-note">
        {b.notAssessed > 0 ? t('profile.notAssessedCount', { count: b.notAssessed }) : ''}
        {b.exceedsMinimum > 0 ? ` ${t('profile.exceeds', { count: b.exceedsMinimum })}` : ''}
      </span>
    </div>
  );
}

/** The country profile: scores, the gap list by severity with the model clause to close each gap, and amendments. */
export function CountryProfile({ code, elements }: { code: string; elements: Map<string, ElementView> }) {
  const { t, i18n } = useTranslation();
  const [profileId, setProfileId] = useState('default');
  const profile = useApi('getCountryProfile', { code, profile: profileId });
  const profiles = useApi('listScoringProfiles', {});
  if (profile.state === 'loading') return <Loading />;
  if (profile.state === 'error') return <ErrorPanel error={profile.error} onRetry={profile.reload} />;
  const p = profile.value;
  const language = i18n.language === 'es' ? 'es' : 'en';
  return (
    <section id="profile" aria-labelledby="profile-title" data-testid="country-profile">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <label className="profile-switch">
        {t('matrix.profile')}{' '}
        <select value={profileId} onChange={(e) => setProfileId(e.target.value)}>
          {profiles.state === 'ready' && profiles.value.map((x) => <option key={x.id} value={x.id}>{x.label[language]}</option>)}
        </select>
      </label>
      <ExportMenu kind="country" id={code} profile={profileId} />
      <div className="score-row" data-testid="score-row">
        <ScoreFigure b={p.score} label={t('profile.overall')} />
        {PILLARS.map((pl) => <ScoreFigure key={pl} b={p.score.byPillar[pl]} label={t(`pillar.${pl}`)} />)}
      </div>
      <h3>{t('profile.gaps', { count: p.gaps.length })}</h3>
      <ol className="gap-list" data-testid="gap-list">
        {p.gaps.map((g) => {
          const e = elements.get(g.element);
          return (
            <li key={g.element} data-element={g.element} data-severity={g.severity}>
              <div className="gap-head">
                <StatusBadge status={g.status} /> <strong><LocalizedText text={e?.label} /></strong>{' '}
                <span className="element-meta">{g.element} · {t(`level.${g.level}`)}</span>
              </div>
              <LocalizedText text={g.coverage.shortcoming ?? g.coverage.rationale} as="p" className="rationale" />
              {e && (
                <details>
                  <summary>{t('profile.modelClause')}</summary>
                  <LocalizedText text={e.modelClause} as="p" className="model-clause" />
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {p.notAssessed.length > 0 && (
        <p className="muted" data-testid="not-assessed">
          {t('profile.notAssessedList', { count: p.notAssessed.length })}: {p.notAssessed.join(', ')}
        </p>
      )}
      {p.changes.length > 0 && (
        <>
          <h3>{t('profile.changes')}</h3>
          <ul className="changes" data-testid="coverage-changes">
            {p.changes.map((c, i) => (
              <li key={i}>
                <LocalizedText text={elements.get(c.element)?.label} />: {t(`status.${c.from}`)} → {t(`status.${c.to}`)} ({c.amendedBy}, {formatDate(c.until, i18n.language)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
