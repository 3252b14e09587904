import { Command } from 'cmdk';
import { useTranslation } from 'react-i18next';
import type { Command as AppCommand } from './use-commands';

export type CommandPaletteProps = { open: boolean; onOpenChange(open: boolean): void; commands: AppCommand[] };

const groups = ['navigate', 'workspace', 'preferences'] as const;
const groupLabel = { navigate: 'palette.groupNavigate', workspace: 'palette.groupWorkspace', preferences: 'palette.groupPreferences' } as const;

/** Ctrl/Cmd+K: run any command by typing part of its name. */
export function CommandPalette({ open, onOpenChange, commands }: CommandPaletteProps) {
  const { t } = useTranslation();
  const run = (command: AppCommand) => {
    onOpenChange(false);
    command.run();
  };
  return (
    <Command.Dialog open={open} onOpenChange={onOpenChange} label={t('palette.open')} className="palette" overlayClassName="palette-overlay">
      <Command.Input placeholder={t('palette.placeholder')} className="palette-input" />
      <Command.List className="palette-list">
        <Command.Empty className="palette-empty">{t('palette.empty')}</Command.Empty>
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
