import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../../../main/api/contract';

const CONTEXT = 80;

function shorten(text: string, changesOnly: boolean, where: 'between' | 'start' | 'end'): string {
  if (!changesOnly || text.length <= CONTEXT * 2 + 5) return text;
  if (where === 'start') return `… ${text.slice(-CONTEXT)}`;
  if (where === 'end') return `${text.slice(0, CONTEXT)} …`;
  return `${text.slice(0, CONTEXT)} … ${text.slice(-CONTEXT)}`;
}

/**
 * The redline side by side: the left pane shows what the right deletes, the right pane what it inserts,
 * scrolling together. Changes are numbered so next/previous can step through them.
 */
export function RedlineView({ changes, changeCount }: { changes: Change[]; changeCount: number }) {
  const { t } = useTranslation();
  const [changesOnly, setChangesOnly] = useState(false);
  const [current, setCurrent] = useState(-1);
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  const syncing = useRef(false);

  const sync = (from: HTMLDivElement | null, to: HTMLDivElement | null) => {
    if (!from || !to || syncing.current) return;
    syncing.current = true;
    const ratio = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight);
    to.scrollTop = ratio * (to.scrollHeight - to.clientHeight);
    requestAnimationFrame(() => (syncing.current = false));
  };

  // Number the change runs once; a delete followed by an insert is one change (a replacement).
  const numbers: number[] = [];
  let n = -1;
  changes.forEach((c, i) => {
    if (c.op === 'equal') numbers.push(-1);
    else {
      if (!(c.op === 'insert' && changes[i - 1]?.op === 'delete')) n++;
      numbers.push(n);
    }
  });

  const go = (delta: number) => {
    if (changeCount === 0) return;
    const next = (current + delta + changeCount) % changeCount;
    setCurrent(next);
    for (const pane of [left.current, right.current]) pane?.querySelector(`[data-change="${next}"]`)?.scrollIntoView({ block: 'center' });
  };

  const pane = (side: 'left' | 'right'): ReactNode[] =>
    changes.map((c, i) => {
      const where = i === 0 ? 'start' : i === changes.length - 1 ? 'end' : 'between';
      if (c.op === 'equal') return <span key={i}>{shorten(c.text, changesOnly, where)}</span>;
      const shown = (side === 'left' && c.op === 'delete') || (side === 'right' && c.op === 'insert');
      if (!shown) return <span key={i} className="gap-marker" data-change={numbers[i]} aria-hidden="true" />;
      const Tag = c.op === 'insert' ? 'ins' : 'del';
      return (
        <Tag key={i} data-change={numbers[i]} className={`${c.moved ? 'moved' : ''} ${numbers[i] === current ? 'current' : ''}`} title={c.moved ? t('compare.moved') : undefined}>
          {c.text}
        </Tag>
      );
    });

  return (
    <section className="redline" aria-labelledby="redline-title">
      <div className="redline-toolbar">
        <h2 id="redline-title">{t('compare.redline')}</h2>
        <span data-testid="change-count" aria-live="polite">{changeCount === 0 ? t('compare.noDifferences') : t('compare.changeCount', { count: changeCount })}</span>
        <button type="button" onClick={() => go(-1)} disabled={changeCount === 0} data-testid="prev-change">{t('compare.previous')}</button>
        <button type="button" onClick={() => go(1)} disabled={changeCount === 0} data-testid="next-change">{t('compare.next')}</button>
        {current >= 0 && <span className="muted">{t('compare.position', { n: current + 1, total: changeCount })}</span>}
        <label><input type="checkbox" checked={changesOnly} onChange={(e) => setChangesOnly(e.target.checked)} data-testid="changes-only" /> {t('compare.changesOnly')}</label>
      </div>
      <p className="muted legend-line">{t('compare.redlineLegend')}</p>
      <div className="redline-panes">
        <div ref={left} className="redline-pane" data-testid="left-pane" onScroll={() => sync(left.current, right.current)} tabIndex={0} aria-label={t('compare.left')}>{pane('left')}</div>
        <div ref={right} className="redline-pane" data-testid="right-pane" onScroll={() => sync(right.current, left.current)} tabIndex={0} aria-label={t('compare.right')}>{pane('right')}</div>
      </div>
    </section>
  );
}
