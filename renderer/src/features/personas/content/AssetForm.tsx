import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contentAssetKinds,
  funnelPositions,
  type ContentAsset,
  type ContentAssetKind,
  type FieldError,
  type FunnelPosition,
  type Persona,
} from '@shared/model';
import { reasonText } from '../../../i18n/field-errors';
import { Button, Dialog, Field, FormActions, Select, TextInput, showToast } from '../../../ui';
import { useWorkspaceApi } from '../../../workspace-api';
import { useStageName } from '../stage-name';

export type AssetFormProps = {
  asset: Omit<ContentAsset, 'createdAt' | 'updatedAt' | 'deletedAt'>;
  isNew: boolean;
  stageIds: readonly string[];
  personas: readonly Persona[];
  onClose(): void;
};

const toggle = (list: readonly string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

/** Adds a content asset or edits one: title, type, link, TOFU/MOFU/BOFU, and the stages and personas it suits. */
export function AssetForm({ asset: initial, isNew, stageIds, personas, onClose }: AssetFormProps) {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const stageName = useStageName();
  const [asset, setAsset] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => {
    const e = errors.find((x) => x.field === field || x.field.startsWith(`${field}.`));
    if (!e) return undefined;
    // A link is refused for one reason only: it is not a web address people can open.
    return field === 'url' && e.code === 'invalid_format' ? t('personas.content.urlInvalid') : reasonText(t, e);
  };
  const patch = (p: Partial<typeof asset>) => setAsset((a) => ({ ...a, ...p }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await actions.saveContentAsset({ asset });
      if (!result.ok) return setErrors(result.errors);
      showToast({ tone: 'ok', text: t(isNew ? 'personas.content.added' : 'personas.content.saved') });
      onClose();
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    const result = await actions.deleteContentAsset({ id: asset.id });
    if (result.ok) {
      showToast({ tone: 'ok', text: t('personas.content.deleted') });
      onClose();
    }
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t(isNew ? 'personas.content.addTitle' : 'personas.content.editTitle')} wide>
      <form className="asset-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('personas.content.assetTitle')} error={errorOf('title')}>
          <TextInput name="assetTitle" value={asset.title} required autoFocus onValueChange={(title) => patch({ title })} />
        </Field>
        <div className="field-row">
          <Field label={t('personas.content.kind')}>
            <Select
              name="assetKind"
              value={asset.kind}
              onValueChange={(v) => patch({ kind: v as ContentAssetKind })}
              options={contentAssetKinds.map((k) => ({ value: k, label: t(`personas.content.kinds.${k}`) }))}
            />
          </Field>
          <Field label={t('personas.content.position')}>
            <Select
              name="assetPosition"
              value={asset.funnelPosition}
              onValueChange={(v) => patch({ funnelPosition: v as FunnelPosition })}
              options={funnelPositions.map((p) => ({ value: p, label: t(`personas.content.positions.${p}`) }))}
            />
          </Field>
          <Field label={t('personas.content.url')} hint={t('personas.content.urlHint')} error={errorOf('url')} className="grow">
            <TextInput name="assetUrl" type="url" value={asset.url ?? ''} onValueChange={(url) => patch({ url })} />
          </Field>
        </div>
        <fieldset className="check-group">
          <legend>{t('personas.content.stages')}</legend>
          {stageIds.map((id) => (
            <label key={id} className="check">
              <input
                type="checkbox"
                checked={asset.stageIds.includes(id)}
                onChange={(e) => patch({ stageIds: toggle(asset.stageIds, id, e.target.checked) })}
              />
              {stageName(id)}
            </label>
          ))}
          {errorOf('stageIds') && <span className="error-text">{t('personas.content.stagesRequired')}</span>}
        </fieldset>
        <fieldset className="check-group">
          <legend>{t('personas.content.personas')}</legend>
          <p className="field-hint">{t('personas.content.personasHint')}</p>
          {personas.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={asset.personaIds.includes(p.id)}
                onChange={(e) => patch({ personaIds: toggle(asset.personaIds, p.id, e.target.checked) })}
              />
              <span className="persona-dot" style={{ background: p.color }} aria-hidden />
              {p.name}
            </label>
          ))}
        </fieldset>
        <div className="asset-form-actions">
          {!isNew && (
            <Button variant="ghost" onClick={() => void remove()}>
              {t('personas.content.delete')}
            </Button>
          )}
          <FormActions submitLabel={t(isNew ? 'personas.content.add' : 'personas.content.save')} onCancel={onClose} busy={busy} />
        </div>
      </form>
    </Dialog>
  );
}
