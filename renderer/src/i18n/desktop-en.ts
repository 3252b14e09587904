/** Backups, the restore screen, files opened with the app, notifications and PDF (issue 15). */
export const desktopEn = {
  backups: {
    hint: 'Baton keeps a backup of each workspace once a day and before anything replaces or removes its records. The newest 14 are kept.',
    backUpNow: 'Back up now',
    openRestore: 'Restore from a backup…',
    restoreTitle: 'Restore from a backup',
    restoreHint:
      'Restoring puts a workspace back as it was in the backup. Its current state is backed up first, so a restore can be undone by restoring again.',
    backedUp: 'Backed up {{name}} ({{size}}).',
    restoreButton: 'Restore',
    restoreFor: 'Restore {{name}} from {{when}}',
    confirmTitle: 'Restore {{name}} as it was on {{when}}?',
    confirmBody: '{{name}} as it is now is backed up first, then its records are replaced by the backup’s.',
    confirm: 'Back up and restore',
    restoredInto: 'Restored {{name}} as it was on {{when}}. The state before was backed up.',
    counts: '{{contacts}} contacts · {{companies}} companies · {{deals}} deals',
    noCounts: 'contents not recorded',
    reason: {
      daily: 'Daily',
      manual: 'On request',
      before_replace: 'Before a file replaced it',
      before_delete: 'Before it was deleted',
      before_design_apply: 'Before a design was applied',
      before_restore: 'Before a restore',
      unknown: 'Earlier backup',
    },
    none: 'No backups yet. One is taken every day, and before a workspace is replaced, deleted or given another design.',
  },
  openedFile: {
    unknown: '{{file}} is not a file Baton opens.',
  },
  inbox: {
    button: 'Notifications',
    buttonUnread: 'Notifications, {{count}} unread',
    title: 'Notifications',
    empty: 'Nothing for you right now. Hand-offs routed to you and SLA breaches on your leads appear here.',
    markAllRead: 'Mark all as read',
    kind: {
      hand_off: 'Hand-off to you: {{contact}}',
      routing_fallback: 'Routed to you by the fallback: {{contact}}',
      threshold: 'Over the threshold: {{contact}}',
      added_to_list: '{{contact}} was added to {{detail}}',
      sla_breach: 'SLA breached: follow up {{contact}}',
    },
    summary: '{{count}} new notifications for you',
    unknownContact: 'a contact',
  },
  print: {
    savePdf: 'Save as PDF',
    saved: 'Saved the report as a PDF.',
  },
  credentials: {
    plain_text_backend:
      'The password was not stored: this Linux desktop has no keyring (GNOME Keyring or KWallet), so it could only be kept as plain text. Install or unlock a keyring, or enter the password each time.',
    no_encryption: 'The password was not stored: this system offers no secure storage.',
  },
};
