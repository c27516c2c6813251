import { useTranslation } from 'react-i18next';
import { useAppContext } from '../../app/app-info-context';
import { formatDate, formatNumber } from '../../i18n/format';

const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl/⌘ + K', 'search'],
  ['Ctrl/⌘ + Shift + P', 'palette'],
  ['← ↑ → ↓, Home, End, Page Up/Down', 'matrix'],
  ['Enter', 'open'],
  ['Tab / Shift + Tab', 'focus'],
  ['Esc', 'close'],
];

/** About and help: versions, where the corpus comes from, and the keyboard shortcuts. */
export function HelpPage() {
  const { t, i18n } = useTranslation();
  const { info } = useAppContext();
  const c = info.corpus;
  return (
    <section aria-labelledby="page-title" className="help-page">
      <h1 id="page-title">{t('help.title')}</h1>
      <h2>{t('help.about')}</h2>
      <dl className="facts" data-testid="about">
        <dt>{t('help.app')}</dt><dd>{info.name} {info.version} ({t(`statusBar.shell.${info.shell}`)})</dd>
        <dt>{t('help.corpusVersion')}</dt><dd>{c.version}</dd>
        <dt>{t('help.built')}</dt><dd>{formatDate(c.builtAt, i18n.language)}</dd>
        <dt>{t('help.contents')}</dt><dd>{t('help.counts', { states: formatNumber(c.counts.jurisdictions, i18n.language), provisions: formatNumber(c.counts.provisions, i18n.language), elements: formatNumber(c.counts.elements, i18n.language) })}</dd>
        <dt>{t('help.hash')}</dt><dd className="code">{c.contentHash}</dd>
      </dl>
      <h2>{t('help.sourcesTitle')}</h2>
      <p>{t('help.sources')}</p>
      <h2>{t('help.shortcuts')}</h2>
      <table className="data-table compact" data-testid="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}><th scope="row"><kbd>{keys}</kbd></th><td>{t(`help.keys.${what}`)}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
