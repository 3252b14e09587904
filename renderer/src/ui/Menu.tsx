import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from './Button';

export type MenuItem = { id: string; label: ReactNode; onSelect(): void; disabled?: boolean; danger?: boolean };

export type MenuProps = {
  /** Names the menu; also the button's text when no trigger is given. */
  label: string;
  /** A custom button; by default a button with the label and a chevron. */
  trigger?: ReactNode;
  items: readonly MenuItem[];
  align?: 'start' | 'center' | 'end';
};

/** A list of actions behind a button: arrows, typeahead, Escape and focus return come from Radix. */
export function Menu({ trigger, label, items, align = 'end' }: MenuProps) {
  return (
    <RadixMenu.Root>
      <RadixMenu.Trigger asChild>
        {trigger ?? (
          <Button>
            {label}
            <ChevronDown size={14} aria-hidden />
          </Button>
        )}
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content className="menu" aria-label={label} align={align} sideOffset={4} collisionPadding={8}>
          {items.map((item) => (
            <RadixMenu.Item
              key={item.id}
              className={['menu-item', item.danger && 'menu-item-danger'].filter(Boolean).join(' ')}
              disabled={item.disabled}
              onSelect={item.onSelect}
            >
              {item.label}
            </RadixMenu.Item>
          ))}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}
