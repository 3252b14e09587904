import { useState } from 'react';

/** A message about an action on the record, tied to the record's version (its `updatedAt`) right after that action. */
export type RecordNote = { text: string; tone: 'ok' | 'warn'; version: number };

/**
 * The message of the last action on a card, shown only while the contact is still as that action
 * left it: a later change anywhere on the record retires it, so an old "stays out of MQL" never sits
 * beside a contact that has since moved on.
 */
export function useRecordNote(version: number) {
  const [note, setNote] = useState<RecordNote | null>(null);
  return {
    note: note !== null && note.version === version ? note : null,
    say: (text: string, tone: RecordNote['tone'] = 'ok', at: number = version) => setNote({ text, tone, version: at }),
    clear: () => setNote(null),
  };
}

export function RecordMessage({ note }: { note: RecordNote | null }) {
  if (!note) return null;
  return (
    <p className={note.tone === 'warn' ? 'stage-message is-warning' : 'stage-message'} role="status">
      {note.text}
    </p>
  );
}
