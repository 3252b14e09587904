import { MoreHorizontal } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PIPELINE_NAME_MAX } from '@shared/index';
import type { Pipeline } from '@shared/model';
import { fieldErrorsText, reasonText } from '../../i18n/field-errors';
import { ConfirmDialog, Dialog, Field, FormActions, Menu, Select, TextInput, showToast } from '../../ui';
import { useWorkspaceApi, type PipelineTemplate } from '../../workspace-api';

export type PipelinePickerProps = {
  pipelines: Pipeline[];
  pipeline: Pipeline;
  /** Open deals on the shown pipeline: while there are any, it cannot be deleted (the menu says why before anyone confirms). */
  openDeals: number;
  /** Opens a pipeline (by id); called with a new pipeline once it is created. */
  onPick(pipelineId: string): void;
};

type Editing = { kind: 'new' } | { kind: 'rename' } | { kind: 'delete' } | null;

/** Which pipeline the board shows, and the pipelines themselves: new (from a template), rename, delete. */
export function PipelinePicker({ pipelines, pipeline, openDeals, onPick }: PipelinePickerProps) {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const remove = async () => {
    close();
    const result = await actions.deletePipeline({ pipelineId: pipeline.id });
    if (!result.ok) {
      showToast({
        tone: 'error',
        text: t('board.pipelines.deleteRefused', { pipeline: pipeline.name, why: result.errors.map((e) => reasonText(t, e)).join('; ') }),
      });
      return;
    }
    showToast({ tone: 'ok', text: t('board.pipelines.deleted', { pipeline: pipeline.name }) });
    const next = pipelines.find((p) => p.id !== pipeline.id);
    if (next) onPick(next.id);
  };
  return (
    <>
      <Select aria-label={t('board.pipeline')} value={pipeline.id} onValueChange={onPick} options={pipelines.map((p) => ({ value: p.id, label: p.name }))} />
      <Menu
        label={t('board.pipelines.menu')}
        trigger={
          <button type="button" className="icon-button" aria-label={t('board.pipelines.menu')}>
            <MoreHorizontal size={16} aria-hidden />
          </button>
        }
        align="start"
        items={[
          { id: 'new', label: t('board.pipelines.new'), onSelect: () => setEditing({ kind: 'new' }) },
          { id: 'rename', label: t('board.pipelines.rename'), onSelect: () => setEditing({ kind: 'rename' }) },
          {
            id: 'delete',
            label:
              openDeals > 0
                ? t('board.pipelines.deleteHasDeals', { count: openDeals })
                : pipelines.length < 2
                  ? t('board.pipelines.deleteLast')
                  : t('board.pipelines.delete'),
            danger: true,
            disabled: pipelines.length < 2 || openDeals > 0,
            onSelect: () => setEditing({ kind: 'delete' }),
          },
        ]}
      />
      {editing?.kind === 'new' && (
        <PipelineNameDialog
          title={t('board.pipelines.newTitle')}
          submitLabel={t('board.pipelines.create')}
          initialName=""
          templates={pipelines}
          onCancel={close}
          onSubmit={async (name, template) => {
            const result = await actions.createPipeline({ name, template: template! });
            if (result.ok) {
              close();
              onPick(result.value.id);
              showToast({ tone: 'ok', text: t('board.pipelines.created', { pipeline: result.value.name }) });
            }
            return result.ok ? null : fieldErrorsText(t, result.errors);
          }}
        />
      )}
      {editing?.kind === 'rename' && (
        <PipelineNameDialog
          title={t('board.pipelines.renameTitle', { pipeline: pipeline.name })}
          submitLabel={t('board.pipelines.save')}
          initialName={pipeline.name}
          onCancel={close}
          onSubmit={async (name) => {
            const result = await actions.renamePipeline({ pipelineId: pipeline.id, name });
            if (result.ok) close();
            return result.ok ? null : fieldErrorsText(t, result.errors);
          }}
        />
      )}
      <ConfirmDialog
        open={editing?.kind === 'delete'}
        title={t('board.pipelines.deleteTitle', { pipeline: pipeline.name })}
        body={t('board.pipelines.deleteBody')}
        confirmLabel={t('board.pipelines.delete')}
        onConfirm={() => void remove()}
        onCancel={close}
      />
    </>
  );
}

type PipelineNameDialogProps = {
  title: string;
  submitLabel: string;
  initialName: string;
  /** Given for a new pipeline: the pipelines it may copy. */
  templates?: Pipeline[];
  /** Resolves to the refusal in words, or null when done. */
  onSubmit(name: string, template: PipelineTemplate | null): Promise<string | null>;
  onCancel(): void;
};

const templateValue = (template: PipelineTemplate) => ('defaults' in template ? `defaults:${template.defaults}` : `copy:${template.copyOf}`);
const templateOf = (value: string): PipelineTemplate =>
  value.startsWith('copy:') ? { copyOf: value.slice(5) } : { defaults: value === 'defaults:opportunity' ? 'opportunity' : 'sales' };

function PipelineNameDialog({ title, submitLabel, initialName, templates, onSubmit, onCancel }: PipelineNameDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [template, setTemplate] = useState('defaults:sales');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onSubmit(name, templates ? templateOf(template) : null));
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()} title={title}>
      <form className="stack-form" onSubmit={(e) => void submit(e)}>
        <Field label={t('board.pipelines.name')} error={error ?? undefined}>
          <TextInput
            value={name}
            onValueChange={(value) => {
              setName(value);
              setError(null);
            }}
            maxLength={PIPELINE_NAME_MAX}
            required
            autoFocus
          />
        </Field>
        {templates && (
          <Field label={t('board.pipelines.template')}>
            <Select
              value={template}
              onValueChange={setTemplate}
              options={[
                { value: templateValue({ defaults: 'sales' }), label: t('board.pipelines.defaultsSales') },
                { value: templateValue({ defaults: 'opportunity' }), label: t('board.pipelines.defaultsOpportunity') },
                ...templates.map((p) => ({ value: templateValue({ copyOf: p.id }), label: t('board.pipelines.copyOf', { pipeline: p.name }) })),
              ]}
            />
          </Field>
        )}
        <FormActions submitLabel={submitLabel} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
