import { useEffect } from 'react';
import { backupService } from '../../app/services';
import { reportError } from '../../ui';
import { useWorkspace } from '../../workspace-api';

const HOUR = 3_600_000;
/** The first check waits a few minutes: a backup (long work) at the moment of opening would race the user's first action. */
const FIRST_CHECK_MS = 5 * 60_000;

/** Takes the open workspace's daily backup a few minutes after it opens and, while it stays open, once its newest backup is a day old. */
export function DailyBackup() {
  const current = useWorkspace((s) => s.current);
  useEffect(() => {
    if (!current) return;
    const check = () => void backupService.backupIfDue(current.entry).catch(reportError);
    const first = setTimeout(check, FIRST_CHECK_MS);
    const timer = setInterval(check, HOUR);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [current]);
  return null;
}
