export { Button, type ButtonProps } from './Button';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ProgressBar, type ProgressBarProps } from './ProgressBar';
export { Kbd } from './Kbd';
export * from './format';
export { Dialog, type DialogProps } from './Dialog';
export { useNow } from './use-now';
