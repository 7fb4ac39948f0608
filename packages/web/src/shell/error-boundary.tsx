import { Component, type ReactNode } from "react";
import { t } from "../strings";

interface State {
  readonly error: Error | undefined;
}

/** Shows a calm message instead of a blank page when a page fails to render or to load. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section role="alert" className="notice notice-danger">
        <h1>{t.common.error.title}</h1>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.common.retry}
        </button>
      </section>
    );
  }
}
