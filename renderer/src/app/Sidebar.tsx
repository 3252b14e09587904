import { BarChart3, Filter, KanbanSquare, Settings, UserRound, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceEntry } from '../workspace-api';
import { pages, useNavigation, type Page } from './navigation-store';

const icons: Record<Page, typeof Users> = { leads: Users, pipeline: KanbanSquare, personas: UserRound, funnel: Filter, reports: BarChart3, settings: Settings };

export function Sidebar({ workspace }: { workspace: WorkspaceEntry }) {
  const { t } = useTranslation();
  const { page, go } = useNavigation();
  return (
    <nav className="sidebar" aria-label={t('app.name')}>
      <div className="sidebar-brand">
        <span className="brand-mark" aria-hidden>
          B
        </span>
        <div className="brand-text">
          <strong>{t('app.name')}</strong>
          <span className="workspace-name" title={workspace.name}>
            {workspace.name}
          </span>
        </div>
      </div>
      <ul>
        {pages.map((p) => {
          const Icon = icons[p];
          return (
            <li key={p}>
              <button type="button" className="nav-item" aria-current={page === p ? 'page' : undefined} onClick={() => go(p)}>
                <Icon size={16} aria-hidden />
                {t(`nav.${p}`)}
              </button>
            </li>
          );
        })}
      </ul>
      {workspace.isDemo && <span className="badge demo-badge">{t('common.demo')}</span>}
    </nav>
  );
}
