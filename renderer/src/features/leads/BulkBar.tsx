import { Download, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actorOf, leadsToCsv, recycleReasons, type LeadRow } from '@shared/index';
import { csvFile } from '@shared/csv/csv-writer';
import type { RecycleReason, TeamMember } from '@shared/model';
import { platform } from '../../app/services';
import { useWorkspaceApi, type BulkResult } from '../../workspace-api';
import { Button, ConfirmDialog, Menu, TextInput, showToast } from '../../ui';
import { useLeads } from './leads-store';
import { useUndoToast } from '../../app/use-undo-toast';

export type BulkBarProps = {
  rows: LeadRow[];
  team: TeamMember[];
  me: TeamMember | null;
  stageName(id: string): string;
  ownerName(id: string | null): string;
};

const UNASSIGNED = '__none__';
/** Owner changes up to this many contacts go ahead at once; more ask first. */
const HANDFUL = 5;

type Pending = { kind: 'recycle'; reason: RecycleReason } | { kind: 'owner'; ownerId: string | null } | null;

/** Actions on the selected contacts: owner, tag/list, recycle with reason, CSV export. */
export function BulkBar({ rows, team, me, stageName, ownerName }: BulkBarProps) {
  const { undoable } = useWorkspaceApi();
  const { t } = useTranslation();
  const offerUndo = useUndoToast();
  const [pending, setPending] = useState<Pending>(null);
  const { selected, setSelected } = useLeads();
  const [tag, setTag] = useState('');
  if (selected.size === 0) return null;
  const ids = [...selected];
  /** What was done, to how many, and why some were skipped: "Owner → Sam Carter: 12 updated, 3 skipped — …". */
  const report = (what: string, result: BulkResult, batchId?: string) => {
    const reasons = [...new Set(result.skipped.map((s) => t(`bulk.why.${s.why}`)))].join(', ');
    const text = `${what}: ${t('bulk.result', { done: result.done.length, skipped: result.skipped.length })}${reasons ? ` — ${t('bulk.skippedWhy', { reasons })}` : ''}`;
    // One place for the outcome: the toast (with Undo when there is something to undo), not a line that outlives the selection.
    if (batchId && result.done.length > 0) offerUndo(text, batchId);
    else showToast({ tone: result.done.length > 0 ? 'ok' : 'error', text });
  };
  const changeOwner = async (ownerId: string | null) => {
    setPending(null);
    const { value, batchId } = await undoable.bulkChangeOwner({ ids, ownerId, byMemberId: me?.id ?? null });
    report(t('bulk.didOwner', { owner: ownerId ? ownerName(ownerId) : t('bulk.unassign') }), value, batchId);
  };
  const recycle = async (reason: RecycleReason) => {
    setPending(null);
    const { value, batchId } = await undoable.bulkRecycle({ ids, recycleReason: reason, note: '', actor: me ? actorOf(me) : null });
    report(t('bulk.didRecycle', { reason: t(`recycleReason.${reason}`) }), value, batchId);
  };
  const addTag = async (event: FormEvent) => {
    event.preventDefault();
    const { value, batchId } = await undoable.bulkAddTag({ ids, tag });
    report(t('bulk.didTag', { tag: tag.trim() }), value, batchId);
    setTag('');
  };
  const exportCsv = async () => {
    const chosen = rows.filter((r) => selected.has(r.id));
    const csv = leadsToCsv(chosen, { stage: stageName, owner: ownerName });
    const saved = await platform.saveFile('baton-contacts.csv', csvFile(csv), [{ name: 'CSV', extensions: ['csv'] }]);
    if (saved) showToast({ tone: 'ok', text: t('bulk.exported', { count: chosen.length }) });
  };
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('bulk.selected', { count: selected.size })}>
      <strong>{t('bulk.selected', { count: selected.size })}</strong>
      <Menu
        label={t('bulk.owner')}
        align="start"
        items={[{ id: UNASSIGNED, ownerId: null, name: t('bulk.unassign') }, ...team.map((m) => ({ id: m.id, ownerId: m.id, name: m.name }))].map((o) => ({
          id: o.id,
          label: o.name,
          onSelect: () => (ids.length > HANDFUL ? setPending({ kind: 'owner', ownerId: o.ownerId }) : void changeOwner(o.ownerId)),
        }))}
      />
      <form className="inline-form compact" onSubmit={addTag}>
        <TextInput value={tag} onValueChange={setTag} placeholder={t('bulk.tag')} aria-label={t('bulk.tag')} maxLength={100} />
        <Button type="submit" disabled={tag.trim() === ''}>
          {t('bulk.addTag')}
        </Button>
      </form>
      <Menu
        label={t('bulk.recycle')}
        align="start"
        items={recycleReasons.map((reason) => ({ id: reason, label: t(`recycleReason.${reason}`), onSelect: () => setPending({ kind: 'recycle', reason }) }))}
      />
      <Button onClick={() => void exportCsv()}>
        <Download size={14} aria-hidden />
        {t('bulk.export')}
      </Button>
      <Button variant="ghost" onClick={() => setSelected([])} aria-label={t('bulk.clear')}>
        <X size={14} aria-hidden />
      </Button>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'owner'
            ? t('confirm.ownerTitle', { count: ids.length, owner: pending.ownerId ? ownerName(pending.ownerId) : t('bulk.unassign') })
            : t('confirm.recycleTitle', { count: ids.length })
        }
        body={pending?.kind === 'owner' ? t('confirm.ownerBody') : t('confirm.recycleBody', { reason: pending ? t(`recycleReason.${pending.reason}`) : '' })}
        confirmLabel={pending?.kind === 'owner' ? t('confirm.owner') : t('confirm.recycle')}
        onConfirm={() => pending && void (pending.kind === 'owner' ? changeOwner(pending.ownerId) : recycle(pending.reason))}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
