import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTarget } from '../../../../main/api/contract';
import { NotesPanel } from './notes-panel';

/** Notes for one item, loaded only when opened, so a page of many items stays light. */
export function NotesToggle({ targetKind, targetId }: { targetKind: NoteTarget; targetId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="notes-toggle" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} data-testid={`notes-toggle-${targetKind}`}>
      <summary>{t('notes.title')}</summary>
      {open && <NotesPanel targetKind={targetKind} targetId={targetId} />}
    </details>
  );
}
