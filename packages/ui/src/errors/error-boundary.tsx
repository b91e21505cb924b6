import { Component, type ReactNode } from "react";
import { CrashPage } from "./crash-page";

interface ErrorBoundaryState {
  failed: boolean;
}

/** Last line of defence: a plain sentence and a reload button, never a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // For the developer's console only; the person sees the generic page.
    console.error(error);
  }

  override render() {
    return this.state.failed ? <CrashPage /> : this.props.children;
  }
}
