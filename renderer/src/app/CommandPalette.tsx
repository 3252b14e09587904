import { Command } from 'cmdk';
import { Building2, UserRound } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceApi, type FoundRecords } from '../workspace-api';
import type { Command as AppCommand } from './feature-manifest';

export type CommandPaletteProps = {
  open: boolean;
  onOpenChange(open: boolean): void;
  commands: AppCommand[];
  onOpenContact(id: string): void;
  /** A company has no page yet: its contacts are shown in the leads list. */
  onOpenCompany(name: string): void;
};

const FOUND = 6;

const nothing: FoundRecords = { contacts: [], companies: [] };

/**
 * Contacts and companies matching the typed text, looked up a moment after typing stops. Results of an
 * earlier text are never shown under a newer one (a click would open the wrong record).
 */
function useFoundRecords(text: string): FoundRecords {
  const { queries } = useWorkspaceApi();
  const [found, setFound] = useState<{ text: string; records: FoundRecords }>({ text: '', records: nothing });
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => void queries.findRecords({ text, limit: FOUND }).then((records) => !cancelled && setFound({ text, records })), 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [queries, text]);
  return found.text === text ? found.records : nothing;
}

const groups = ['navigate', 'workspace', 'preferences'] as const;
const groupLabel = { navigate: 'palette.groupNavigate', workspace: 'palette.groupWorkspace', preferences: 'palette.groupPreferences' } as const;

/** Ctrl/Cmd+K: run any command by typing part of its name. */
export function CommandPalette({ open, onOpenChange, commands, onOpenContact, onOpenCompany }: CommandPaletteProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const found = useFoundRecords(open ? text : '');
  const run = (command: AppCommand) => {
    onOpenChange(false);
    command.run();
  };
  return (
    <Command.Dialog open={open} onOpenChange={onOpenChange} label={t('palette.open')} className="palette" overlayClassName="palette-overlay">
      <Command.Input placeholder={t('palette.placeholder')} className="palette-input" value={text} onValueChange={setText} />
      <Command.List className="palette-list">
        <Command.Empty className="palette-empty">{t('palette.empty')}</Command.Empty>
        {found.contacts.length > 0 && (
          <Command.Group heading={t('palette.groupContacts')}>
            {found.contacts.map((c) => (
              // The typed text is part of the value: these were found by substring, cmdk must not filter them out.
              <Command.Item key={c.id} value={`${text} contact ${c.id}`} onSelect={() => (onOpenChange(false), onOpenContact(c.id))} className="palette-item">
                <UserRound size={14} aria-hidden />
                <bdi>{c.name}</bdi>
                {c.detail && <span className="muted"> · {c.detail}</span>}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {found.companies.length > 0 && (
          <Command.Group heading={t('palette.groupCompanies')}>
            {found.companies.map((c) => (
              <Command.Item key={c.id} value={`${text} company ${c.id}`} onSelect={() => (onOpenChange(false), onOpenCompany(c.name))} className="palette-item">
                <Building2 size={14} aria-hidden />
                <bdi>{c.name}</bdi>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {groups.map((group) => (
          <Command.Group key={group} heading={t(groupLabel[group])}>
            {commands
              .filter((c) => c.group === group)
              .map((c) => (
                <Command.Item key={c.id} value={`${c.label} ${c.id}`} keywords={c.keywords ?? []} onSelect={() => run(c)} className="palette-item">
                  {c.label}
                </Command.Item>
              ))}
          </Command.Group>
        ))}
      </Command.List>
    </Command.Dialog>
  );
}
