import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorBoundary, reportError } from '../ui';

function PageError({ error, reset }: { error: Error; reset: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="page page-error" role="alert">
      <h1>{t('errors.pageTitle')}</h1>
      <p>{t('errors.pageBody')}</p>
      <Button variant="primary" onClick={reset}>
        {t('errors.retry')}
      </Button>
      <pre>{`${error.name}: ${error.message}`}</pre>
    </section>
  );
}

/** A page that crashes shows a recoverable error in its place; the shell and the other pages keep working. */
export function PageErrorBoundary({ page, children }: { page: string; children: ReactNode }) {
  return (
    <ErrorBoundary key={page} fallback={(error, reset) => <PageError error={error} reset={reset} />} onError={(error) => reportError(error)}>
      {children}
    </ErrorBoundary>
  );
}
