import { Download, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actorOf, leadsToCsv, type LeadRow } from '@shared/index';
import type { RecycleReason, TeamMember } from '@shared/model';
import { platform } from '../../app/services';
import { useWorkspaceApi, type BulkResult } from '../../workspace-api';
import { Button } from '../../ui';
import { useLeads } from './leads-store';
import { RecycleReasonOptions } from './RecycleReasonOptions';

export type BulkBarProps = {
  rows: LeadRow[];
  team: TeamMember[];
  me: TeamMember | null;
  stageName(id: string): string;
  ownerName(id: string | null): string;
};

const UNASSIGNED = '__none__';

/** Actions on the selected contacts: owner, tag/list, recycle with reason, CSV export. */
export function BulkBar({ rows, team, me, stageName, ownerName }: BulkBarProps) {
  const { actions } = useWorkspaceApi();
  const { t } = useTranslation();
  const { selected, setSelected } = useLeads();
  const [tag, setTag] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (selected.size === 0) return null;
  const ids = [...selected];
  const report = (result: BulkResult) => {
    const reasons = [...new Set(result.skipped.map((s) => s.why))].join(', ');
    setMessage(`${t('bulk.result', { done: result.done.length, skipped: result.skipped.length })}${reasons ? ` — ${t('bulk.skippedWhy', { reasons })}` : ''}`);
  };
  const addTag = async (event: FormEvent) => {
    event.preventDefault();
    report(await actions.bulkAddTag({ ids, tag }));
    setTag('');
  };
  const exportCsv = async () => {
    const chosen = rows.filter((r) => selected.has(r.id));
    const csv = leadsToCsv(chosen, { stage: stageName, owner: ownerName });
    // A byte-order mark so spreadsheet apps read Hangul as UTF-8.
    const saved = await platform.saveFile('baton-contacts.csv', new TextEncoder().encode(`\uFEFF${csv}`), [{ name: 'CSV', extensions: ['csv'] }]);
    if (saved) setMessage(t('bulk.exported', { count: chosen.length }));
  };
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('bulk.selected', { count: selected.size })}>
      <strong>{t('bulk.selected', { count: selected.size })}</strong>
      <select
        aria-label={t('bulk.owner')}
        value=""
        onChange={async (e) => {
          if (!e.target.value) return;
          report(await actions.bulkChangeOwner({ ids, ownerId: e.target.value === UNASSIGNED ? null : e.target.value, byMemberId: me?.id ?? null }));
        }}
      >
        <option value="">{t('bulk.owner')}</option>
        <option value={UNASSIGNED}>{t('bulk.unassign')}</option>
        {team.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      <form className="inline-form compact" onSubmit={addTag}>
        <input value={tag} onChange={(e) => setTag(e.target.value)} placeholder={t('bulk.tag')} aria-label={t('bulk.tag')} />
        <Button type="submit" disabled={tag.trim() === ''}>
          {t('bulk.addTag')}
        </Button>
      </form>
      <select
        aria-label={t('bulk.recycle')}
        value=""
        onChange={async (e) => {
          if (!e.target.value) return;
          report(await actions.bulkRecycle({ ids, recycleReason: e.target.value as RecycleReason, note: '', actor: me ? actorOf(me) : null }));
        }}
      >
        <RecycleReasonOptions placeholder={t('bulk.recycle')} />
      </select>
      <Button onClick={() => void exportCsv()}>
        <Download size={14} aria-hidden />
        {t('bulk.export')}
      </Button>
      <Button variant="ghost" onClick={() => setSelected([])} aria-label={t('bulk.clear')}>
        <X size={14} aria-hidden />
      </Button>
      {message && (
        <span className="bulk-message" role="status">
          {message}
        </span>
      )}
    </div>
  );
}
