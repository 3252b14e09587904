import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '@shared/model';
import type { EditResult } from '../../../workspace-api';
import { Button, DateInput, TextInput, formatDate } from '../../../ui';
import { fieldErrorsText } from '../../../i18n/field-errors';

export type TasksCardProps = {
  tasks: Task[];
  now: number;
  memberName(id: string | null): string;
  onAdd(title: string, dueAt: number | null): Promise<EditResult<Task>>;
  onDone(taskId: string): Promise<void>;
};

/** Open tasks with their due dates (SLA deadlines in red once passed), add and complete. */
export function TasksCard({ tasks, now, memberName, onAdd, onDone }: TasksCardProps) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = tasks.filter((task) => task.doneAt === null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onAdd(title, due ? Date.parse(`${due}T09:00:00`) : null);
    if (result.ok) {
      setTitle('');
      setDue('');
      setError(null);
    } else setError(fieldErrorsText(t, result.errors));
  };
  return (
    <section className="record-card" aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t('record.tasks')}</h2>
      {open.length === 0 ? (
        <p className="muted">{t('record.noTasks')}</p>
      ) : (
        <ul className="task-list">
          {open.map((task) => (
            <li key={task.id}>
              <label>
                <input type="checkbox" onChange={() => void onDone(task.id)} aria-label={`${t('taskForm.done')}: ${task.title}`} />
                {task.title}
              </label>
              {task.ownerId && <span className="muted task-owner">{memberName(task.ownerId)}</span>}
              {task.dueAt && (
                <span className={`muted${(task.slaDeadline ?? task.dueAt) < now ? ' overdue' : ''}`}>
                  {t('record.due', { date: formatDate(task.dueAt, i18n.language) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={submit}>
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
    </section>
  );
}
