import { useEffect, useState } from 'react';
import { backupService } from '../../app/services';
import { reportError } from '../../ui';
import { useAllWorkspaces, useWorkspace, type BackupGroup } from '../../workspace-api';

/** The backups on this machine, grouped per workspace; read again whenever long work (a backup, a restore) ends. */
export function useBackupGroups(enabled = true): BackupGroup[] | null {
  const entries = useAllWorkspaces();
  const busy = useWorkspace((s) => s.busy);
  const [groups, setGroups] = useState<BackupGroup[] | null>(null);
  useEffect(() => {
    if (busy || !enabled) return;
    let cancelled = false;
    backupService.groups().then((next) => !cancelled && setGroups(next), reportError);
    return () => {
      cancelled = true;
    };
  }, [entries, busy, enabled]);
  return groups;
}
