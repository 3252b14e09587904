import { ExternalLink, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentMatrix, funnelPositionOf } from '@shared/index';
import { newId, type ContentAsset } from '@shared/model';
import { Button } from '../../../ui';
import type { PersonaLibrary } from '../../../workspace-api';
import { useStageName } from '../stage-name';
import { AssetForm } from './AssetForm';

type Editing = { asset: Omit<ContentAsset, 'createdAt' | 'updatedAt' | 'deletedAt'>; isNew: boolean };

/** Content by stage (DOMAIN.md §6): for each lifecycle stage and persona, the assets that suit it. */
export function ContentTab({ library }: { library: PersonaLibrary }) {
  const { t } = useTranslation();
  const stageName = useStageName();
  const [editing, setEditing] = useState<Editing | null>(null);
  const stageIds = useMemo(() => (library.lifecycle?.stages ?? []).filter((s) => s.kind === 'funnel').map((s) => s.id), [library.lifecycle]);
  const columns = ['*', ...library.personas.map((p) => p.id)];
  const matrix = useMemo(
    () =>
      contentMatrix(
        library.contentAssets,
        stageIds,
        library.personas.map((p) => p.id),
      ),
    [library.contentAssets, stageIds, library.personas],
  );
  const add = (stageId: string, personaId: string | null) =>
    setEditing({
      isNew: true,
      asset: {
        id: newId(),
        title: '',
        kind: 'blog_post',
        url: null,
        funnelPosition: funnelPositionOf(stageId, library.lifecycle ?? undefined),
        stageIds: [stageId],
        personaIds: personaId ? [personaId] : [],
      },
    });
  const columnName = (id: string) => (id === '*' ? t('personas.content.allPersonas') : (library.personas.find((p) => p.id === id)?.name ?? id));
  return (
    <div className="content-tab">
      <div className="card-title-row">
        <p className="muted">{t('personas.content.hint')}</p>
        <Button variant="primary" onClick={() => add(stageIds[0] ?? 'lead', null)}>
          <Plus size={14} aria-hidden />
          {t('personas.content.add')}
        </Button>
      </div>
      <div className="content-matrix-scroll">
        <table className="data-table content-matrix" data-testid="content-matrix">
          <caption className="visually-hidden">{t('personas.content.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('personas.content.stage')}</th>
              {columns.map((id) => (
                <th key={id} scope="col">
                  {id !== '*' && <span className="persona-dot" style={{ background: library.personas.find((p) => p.id === id)?.color }} aria-hidden />}
                  {columnName(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stageIds.map((stageId) => (
              <tr key={stageId}>
                <th scope="row">
                  {stageName(stageId)}
                  <span className="muted content-position">{t(`personas.content.positions.${funnelPositionOf(stageId, library.lifecycle ?? undefined)}`)}</span>
                </th>
                {columns.map((id) => (
                  <td key={id}>
                    <ul className="plain-list content-cell">
                      {(matrix.get(stageId)?.get(id) ?? []).map((a) => (
                        <li key={a.id}>
                          <button type="button" className="link-button content-asset" onClick={() => setEditing({ asset: a, isNew: false })}>
                            <bdi>{a.title}</bdi>
                          </button>
                          <span className="muted">
                            {t(`personas.content.kinds.${a.kind}`)} · {t(`personas.content.positionsShort.${a.funnelPosition}`)}
                          </span>
                          {a.url && (
                            <a href={a.url} target="_blank" rel="noreferrer" aria-label={t('personas.content.open', { title: a.title })}>
                              <ExternalLink size={12} aria-hidden />
                            </a>
                          )}
                        </li>
                      ))}
                    </ul>
                    <button
                      type="button"
                      className="link-button content-add"
                      aria-label={t('personas.content.addFor', { stage: stageName(stageId), persona: columnName(id) })}
                      onClick={() => add(stageId, id === '*' ? null : id)}
                    >
                      +
                    </button>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && <AssetForm asset={editing.asset} isNew={editing.isNew} stageIds={stageIds} personas={library.personas} onClose={() => setEditing(null)} />}
    </div>
  );
}
