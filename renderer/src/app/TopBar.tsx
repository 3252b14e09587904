import { Languages, Moon, Search, Sun } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ComponentType } from 'react';
import { Kbd } from '../ui';
import { usePreferences } from './preferences-store';
import { WhoAmI } from './WhoAmI';

export function TopBar({ onOpenPalette, items }: { onOpenPalette(): void; items: readonly ComponentType[] }) {
  const { t } = useTranslation();
  const { language, theme, setLanguage, toggleTheme } = usePreferences();
  const other = language === 'ko' ? 'en' : 'ko';
  return (
    <header className="topbar">
      <button type="button" className="palette-trigger" onClick={onOpenPalette} aria-keyshortcuts="Control+K Meta+K">
        <Search size={15} aria-hidden />
        <span>{t('palette.placeholder')}</span>
        <Kbd>{t('palette.shortcut')}</Kbd>
      </button>
      <div className="topbar-progress">
        {items.map((Item, i) => (
          <Item key={i} />
        ))}
      </div>
      <WhoAmI />
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => setLanguage(other)}
        aria-label={t('palette.switchLanguage', { language: t(`languageName.${other}`) })}
      >
        <Languages size={16} aria-hidden />
        {t(`languageName.${other}`)}
      </button>
      <button type="button" className="btn btn-ghost" onClick={toggleTheme} aria-label={t('palette.toggleTheme')}>
        {theme === 'dark' ? <Sun size={16} aria-hidden /> : <Moon size={16} aria-hidden />}
      </button>
    </header>
  );
}
