export type ProgressBarProps = { label: string; done: number; total: number };

/** Determinate progress for long work (imports, demo generation); indeterminate while total is 0. */
export function ProgressBar({ label, done, total }: ProgressBarProps) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label}>
        <div className="progress-bar" style={{ width: `${total > 0 ? percent : 15}%` }} />
      </div>
      <span className="progress-label">{label}</span>
    </div>
  );
}
