import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from './navigation-store';
import { Button, EmptyState } from '../ui';

export type ComingSoonPageProps = { title: string; body: string; icon: ReactNode };

/** A section whose screens are not built yet: says what will be here and where to work meanwhile. */
export function ComingSoonPage({ title, body, icon }: ComingSoonPageProps) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <EmptyState icon={icon} title={title} action={<Button onClick={() => go('leads')}>{t('placeholder.goToLeads')}</Button>}>
        {body}
      </EmptyState>
    </section>
  );
}
