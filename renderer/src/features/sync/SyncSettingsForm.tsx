import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signInProblem, type SyncAuthMode, type SyncConfig, type SyncSettingsInput } from '@shared/sync';
import { Button, Field, Select, TextInput, formatNumber, showToast } from '../../ui';
import { syncSettingsProblems, useWorkspaceApi, type ConnectionReport, type SyncSettingsProblems } from '../../workspace-api';
import { passwordKeptSecure, savePassword } from './sync-password';
import { allowSyncServer } from './sync-server-allowance';
import { useSyncStore } from './sync-store';

export type SyncDraft = SyncSettingsInput & { password: string; remember: boolean };

export const draftOf = (config: SyncConfig | null, password: string, remembered: boolean): SyncDraft => ({
  serverUrl: config?.serverUrl ?? '',
  database: config?.database ?? '',
  username: config?.username ?? '',
  authMode: config?.authMode ?? 'basic',
  live: config?.live ?? true,
  password,
  remember: remembered,
});

type Outcome = { tone: 'ok' | 'error'; text: string; offerCreate?: boolean };

/** The Sync page's settings: server, database, who signs in; test the connection, save and turn sync on. */
export function SyncSettingsForm({ initial, config }: { initial: SyncDraft; config: SyncConfig | null }) {
  const { t, i18n } = useTranslation();
  const api = useWorkspaceApi();
  const [draft, setDraft] = useState<SyncDraft>(initial);
  const [problems, setProblems] = useState<SyncSettingsProblems>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'test' | 'save' | 'create' | null>(null);
  const submit = useRef<HTMLButtonElement>(null);
  // "Create database" goes with the offer it answers: focus would fall to the page's start, so it goes
  // to the next step, once the buttons are enabled again.
  const focusSave = useRef(false);
  useEffect(() => {
    if (!focusSave.current || busy !== null) return;
    focusSave.current = false;
    submit.current?.focus();
  }, [busy]);
  const set = (patch: Partial<SyncDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A field the user changes no longer says what was wrong with what it held.
    setProblems((found) =>
      Object.keys(patch).some((field) => field in found)
        ? (Object.fromEntries(Object.entries(found).filter(([field]) => !(field in patch))) as SyncSettingsProblems)
        : found,
    );
  };
  const secure = passwordKeptSecure();

  /** Settings checked here, then the server allowed by the host; the worker that will talk to it. */
  const checked = async () => {
    const found = syncSettingsProblems(draft);
    setProblems(found);
    if (Object.keys(found).length) return null;
    const allowed = await allowSyncServer(draft.serverUrl.trim());
    if (allowed.problem) {
      setProblems({ serverUrl: allowed.problem });
      return null;
    }
    const store = useSyncStore.getState();
    return allowed.changed ? store.renew(api) : store.ensure(api);
  };
  const say = (report: ConnectionReport | { ok: true; created: true }): Outcome => {
    if (!report.ok) {
      const problem = signInProblem(report.problem, draft.username, draft.password);
      return { tone: 'error', text: t(`sync.problem.${problem}`), offerCreate: problem === 'missing_database' };
    }
    if ('created' in report) return { tone: 'ok', text: t('sync.created') };
    const who = report.user ? t('sync.connected', { user: report.user }) : t('sync.connectedAnonymous');
    if (report.holds === 'other_workspace') return { tone: 'error', text: `${who} ${t('sync.problem.other_workspace')}` };
    const what =
      report.holds === 'nothing'
        ? t('sync.holdsNothing')
        : t('sync.holdsThis', { count: report.documents, formattedCount: formatNumber(report.documents, i18n.language) });
    return { tone: 'ok', text: `${who} ${what}` };
  };

  const test = async () => {
    setBusy('test');
    setOutcome(null);
    try {
      const client = await checked();
      if (client) setOutcome(say(await client.testConnection(draft, draft.password)));
    } finally {
      setBusy(null);
    }
  };
  const create = async () => {
    setBusy('create');
    try {
      const client = await checked();
      if (!client) return;
      const created = await client.createDatabase(draft, draft.password);
      setOutcome(created.ok ? say(await client.testConnection(draft, draft.password)) : say(created));
      if (created.ok) focusSave.current = true;
    } finally {
      setBusy(null);
    }
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('save');
    try {
      if (!(await checked())) return;
      await savePassword(api.id, draft.password, draft.remember);
      const { password: _p, remember: _r, ...settings } = draft;
      const saved = await api.actions.saveSyncSettings(settings);
      if (!saved.ok) setProblems(saved.problems);
      else {
        // What the test said is about the settings before; the status above says what happens now.
        setOutcome(null);
        showToast({ tone: 'ok', text: t('sync.saved') });
      }
    } finally {
      setBusy(null);
    }
  };

  const authOptions: { value: SyncAuthMode; label: string }[] = [
    { value: 'basic', label: t('sync.authBasic') },
    { value: 'session', label: t('sync.authSession') },
  ];
  return (
    <form className="sync-section sync-form" aria-labelledby="sync-server-title" onSubmit={(e) => void save(e)} noValidate>
      <h2 id="sync-server-title">{t('sync.settings')}</h2>
      <Field label={t('sync.serverUrl')} hint={t('sync.serverUrlHint')} error={problems.serverUrl ? t(`sync.problem.${problems.serverUrl}`) : null}>
        <TextInput
          value={draft.serverUrl}
          onValueChange={(serverUrl) => set({ serverUrl })}
          placeholder="https://couch.example.com"
          inputMode="url"
          spellCheck={false}
        />
      </Field>
      <Field label={t('sync.database')} hint={t('sync.databaseHint')} error={problems.database ? t(`sync.problem.${problems.database}`) : null}>
        <TextInput value={draft.database} onValueChange={(database) => set({ database: database.trim() })} spellCheck={false} />
      </Field>
      <div className="sync-form-row">
        <Field label={t('sync.username')}>
          <TextInput value={draft.username} onValueChange={(username) => set({ username })} autoComplete="username" spellCheck={false} />
        </Field>
        <Field label={t('sync.password')} hint={secure ? t('sync.passwordKeptSecure') : t('sync.passwordSession')}>
          <TextInput type="password" value={draft.password} onValueChange={(password) => set({ password })} autoComplete="current-password" />
        </Field>
      </div>
      {!secure && (
        <label className="sync-check">
          <input type="checkbox" checked={draft.remember} onChange={(e) => set({ remember: e.target.checked })} />
          {t('sync.remember')}
        </label>
      )}
      <Field label={t('sync.authMode')}>
        <Select value={draft.authMode} onValueChange={(authMode) => set({ authMode: authMode as SyncAuthMode })} options={authOptions} />
      </Field>
      <label className="sync-check">
        <input type="checkbox" checked={draft.live} onChange={(e) => set({ live: e.target.checked })} />
        {t('sync.live')}
      </label>
      {outcome && (
        <div className={`sync-outcome sync-outcome-${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          <span>{outcome.text}</span>
          {outcome.offerCreate && (
            <Button onClick={() => void create()} disabled={busy !== null}>
              {t('sync.create')}
            </Button>
          )}
        </div>
      )}
      <div className="row-actions">
        <Button onClick={() => void test()} disabled={busy !== null} aria-busy={busy === 'test' || undefined}>
          {busy === 'test' ? t('sync.testing') : t('sync.test')}
        </Button>
        <Button ref={submit} type="submit" variant="primary" disabled={busy !== null} aria-busy={busy === 'save' || undefined}>
          {config?.enabled ? t('sync.saveChanges') : t('sync.save')}
        </Button>
      </div>
    </form>
  );
}
