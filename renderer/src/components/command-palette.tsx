import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAppContext } from '../app/app-info-context';
import { UI_LANGUAGES } from '../i18n/i18n';

interface Command {
  id: string;
  label: string;
  run: () => void;
}

/** Every action in one keyboard-driven list: Ctrl/Cmd+Shift+P, type to filter, arrows, Enter. */
export function CommandPalette() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { updateSettings } = useAppContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const commands = useMemo<Command[]>(() => {
    const go = (path: string) => () => navigate(path);
    return [
      ...(['matrix', 'countries', 'elements', 'harmonize', 'search', 'compare', 'drafts', 'import', 'help'] as const).map((v) => ({ id: `go-${v}`, label: t('palette.goTo', { view: t(`nav.${v}`) }), run: go(`/${v}`) })),
      { id: 'search-focus', label: t('palette.search'), run: () => document.getElementById('global-search')?.focus() },
      { id: 'new-draft', label: t('palette.newDraft'), run: () => { navigate('/drafts'); setTimeout(() => document.querySelector<HTMLInputElement>('[data-testid="draft-title"]')?.focus(), 100); } },
      ...UI_LANGUAGES.map((l) => ({ id: `lang-${l}`, label: t('palette.language', { language: t(`language.${l}`) }), run: () => { void i18n.changeLanguage(l); void updateSettings({ language: l }); } })),
      ...(['light', 'dark', 'system'] as const).map((th) => ({ id: `theme-${th}`, label: t('palette.theme', { theme: t(`statusBar.themes.${th}`) }), run: () => void updateSettings({ theme: th }) })),
      { id: 'print', label: t('palette.print'), run: () => window.print() },
    ];
  }, [t, i18n, navigate, updateSettings]);

  const shown = commands.filter((c) => c.label.toLowerCase().includes(query.toLowerCase()));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        setOpen(true);
        setQuery('');
        setIndex(0);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) return null;
  const run = (c: Command | undefined) => {
    if (!c) return;
    setOpen(false);
    c.run();
  };
  return (
    <div className="palette-backdrop" onClick={() => setOpen(false)}>
      <div role="dialog" aria-modal="true" aria-label={t('palette.title')} className="palette" onClick={(e) => e.stopPropagation()} data-testid="command-palette">
        <input
          ref={input}
          value={query}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[index] ? `cmd-${shown[index].id}` : undefined}
          aria-label={t('palette.title')}
          placeholder={t('palette.placeholder')}
          onChange={(e) => { setQuery(e.target.value); setIndex(0); }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') { e.preventDefault(); setIndex((i) => Math.min(shown.length - 1, i + 1)); }
            else if (e.key === 'ArrowUp') { e.preventDefault(); setIndex((i) => Math.max(0, i - 1)); }
            else if (e.key === 'Enter') { e.preventDefault(); run(shown[index]); }
            else if (e.key === 'Escape') setOpen(false);
          }}
          data-testid="palette-input"
        />
        <ul id="palette-list" role="listbox">
          {shown.map((c, i) => (
            <li key={c.id} id={`cmd-${c.id}`} role="option" aria-selected={i === index} className={i === index ? 'active' : ''} onClick={() => run(c)}>
              {c.label}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
