import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** what to show instead of the broken part */
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps a rendering error inside one part of the page and shows `fallback` there instead. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Consilium: a part of the page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
