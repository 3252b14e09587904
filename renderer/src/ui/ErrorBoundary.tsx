import { Component, type ErrorInfo, type ReactNode } from 'react';

export type ErrorBoundaryProps = {
  /** What to show instead of the broken page; `reset` tries to render it again. */
  fallback(error: Error, reset: () => void): ReactNode;
  onError?(error: Error, info: ErrorInfo): void;
  children: ReactNode;
};

/** Keeps one page's crash inside that page: the rest of the app (and the data) stay usable. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
