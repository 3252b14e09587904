import { useTranslation } from 'react-i18next';
import type { WorkspaceEntry } from '../workspace-api';
import type { FeatureManifest } from './feature-manifest';
import { useNavigation } from './navigation-store';

export function Sidebar({ workspace, features }: { workspace: WorkspaceEntry; features: readonly FeatureManifest[] }) {
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
        {features.map(({ id, page: entry }) => {
          if (!entry) return null;
          const Icon = entry.icon;
          return (
            <li key={id}>
              <button type="button" className="nav-item" aria-current={page === id ? 'page' : undefined} onClick={() => go(id)}>
                <Icon size={16} aria-hidden />
                {entry.label(t)}
              </button>
            </li>
          );
        })}
      </ul>
      {workspace.isDemo && <span className="badge demo-badge">{t('common.demo')}</span>}
    </nav>
  );
}
