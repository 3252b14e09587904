import { ExternalLink } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Contact, Persona } from '@shared/model';
import { useWorkspaceQuery } from '../../../workspace-api';

export type SuggestedContentCardProps = { contact: Contact; persona: Persona | null; stageName: string };

/** The content to send this contact next: the assets marketing marked for its persona and its stage (Personas & ICP → Content). */
export function SuggestedContentCard({ contact, persona, stageName }: SuggestedContentCardProps) {
  const { t } = useTranslation();
  const assets = useWorkspaceQuery(
    (q) => q.suggestedContent({ personaId: contact.personaId, stageId: contact.lifecycleStage }),
    [contact.personaId, contact.lifecycleStage],
  );
  return (
    <section className="record-card" aria-labelledby="suggested-content-title" data-testid="suggested-content">
      <h2 id="suggested-content-title">{t('personas.content.suggested')}</h2>
      {assets === undefined ? null : assets.length === 0 ? (
        <p className="muted">
          {t('personas.content.suggestedEmpty', { persona: persona?.name ?? t('personas.content.noPersona'), stage: stageName })}{' '}
          <a href="#/personas?tab=content">{t('personas.content.addSome')}</a>
        </p>
      ) : (
        <ul className="plain-list">
          {assets.slice(0, 6).map((a) => (
            <li key={a.id}>
              {a.url ? (
                <a href={a.url} target="_blank" rel="noreferrer">
                  <bdi>{a.title}</bdi> <ExternalLink size={12} aria-hidden />
                </a>
              ) : (
                <bdi>{a.title}</bdi>
              )}
              <span className="muted">
                {' '}
                · {t(`personas.content.kinds.${a.kind}`)} · {t(`personas.content.positionsShort.${a.funnelPosition}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
