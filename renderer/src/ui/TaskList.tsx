import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { DateInput } from './DateInput';
import { formatDate } from './format';
import { TextInput } from './TextInput';

export type TaskListItem = { id: string; title: string; dueAt: number | null; slaDeadline: number | null; ownerId: string | null };

export type TaskListProps = {
  tasks: readonly TaskListItem[];
  now: number;
  timeZone?: string;
  ownerName(id: string): string;
  /** Adds a task; resolves to the refusal in words, or null when it was added. */
  onAdd(title: string, dueAt: number | null): Promise<string | null>;
  onDone(taskId: string): void;
};

/** Open tasks with their due dates (red once a deadline passed), a box to complete each, and a one-line form to add one. */
export function TaskList({ tasks, now, timeZone, ownerName, onAdd, onDone }: TaskListProps) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const refused = await onAdd(title, due ? Date.parse(`${due}T09:00:00`) : null);
    setError(refused);
    if (refused === null) {
      setTitle('');
      setDue('');
    }
  };
  return (
    <>
      {tasks.length === 0 ? (
        <p className="muted">{t('record.noTasks')}</p>
      ) : (
        <ul className="task-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <label>
                <input type="checkbox" onChange={() => onDone(task.id)} aria-label={`${t('taskForm.done')}: ${task.title}`} />
                {task.title}
              </label>
              {task.ownerId && <span className="muted task-owner">{ownerName(task.ownerId)}</span>}
              {task.dueAt !== null && (
                <span className={`muted${(task.slaDeadline ?? task.dueAt) < now ? ' overdue' : ''}`}>
                  {t('record.due', { date: formatDate(task.dueAt, i18n.language, timeZone) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <TextInput value={title} onValueChange={setTitle} placeholder={t('taskForm.title')} aria-label={t('taskForm.title')} maxLength={200} />
        <DateInput value={due} onValueChange={setDue} aria-label={t('taskForm.due')} />
        <Button type="submit" disabled={title.trim() === ''}>
          {t('taskForm.add')}
        </Button>
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
