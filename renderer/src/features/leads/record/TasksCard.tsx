import { useTranslation } from 'react-i18next';
import type { Task } from '@shared/model';
import type { EditResult } from '../../../workspace-api';
import { TaskList } from '../../../ui';
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
  const { t } = useTranslation();
  return (
    <section className="record-card" aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t('record.tasks')}</h2>
      <TaskList
        tasks={tasks.filter((task) => task.doneAt === null)}
        now={now}
        ownerName={memberName}
        onAdd={async (title, dueAt) => {
          const result = await onAdd(title, dueAt);
          return result.ok ? null : fieldErrorsText(t, result.errors);
        }}
        onDone={(taskId) => void onDone(taskId)}
      />
    </section>
  );
}
