import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';

export type ComingSoonPageProps = { title: string; body: string; icon: ReactNode; action?: ReactNode };

/** A section whose screens are not built yet: says what will be here and where to work meanwhile. */
export function ComingSoonPage({ title, body, icon, action }: ComingSoonPageProps) {
  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <EmptyState icon={icon} title={title} action={action}>
        {body}
      </EmptyState>
    </section>
  );
}
