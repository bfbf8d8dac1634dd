/**
 * A part of the page that fails while rendering is replaced by a message that names it and the error, with a
 * way back (try it again, and what the part offers: return to the explorer, close the event or the dialog),
 * instead of React unmounting the whole page. One wraps each mode's view and each of the explorer's panels and
 * dialogs, so a fault in one leaves the others working.
 *
 * React catches errors thrown while rendering, in effects and in lazily loaded code (a chunk that did not
 * arrive); not those thrown in event handlers or outside React (those never unmount anything).
 */
import { Component, type ReactNode } from 'react';
import { nameValue } from '../data/plainText';
import { requestRetry } from './retryableLazy';

export interface ErrorBoundaryProps {
  /** What failed, as the message names it: "The chart", "The presentation". */
  readonly what: string;
  /** When any of these change (another event, another dataset), the part is tried again. */
  readonly resetKeys?: readonly unknown[];
  /** The way back this part offers besides trying again. */
  readonly back?: { readonly label: string; readonly run: () => void };
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly keys: readonly unknown[];
}

const changed = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length !== b.length || a.some((v, i) => !Object.is(v, b[i]));

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, keys: this.props.resetKeys ?? [] };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    const keys = props.resetKeys ?? [];
    if (!changed(keys, state.keys)) return null;
    return { keys, error: null };
  }

  private readonly retry = () => {
    requestRetry();
    this.setState({ error: null });
  };

  // A part that failed and goes away (another mode, the dialog closed) loads its code afresh next time.
  override componentWillUnmount(): void {
    if (this.state.error) requestRetry();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { what, back } = this.props;
    // The message may quote data: one line, cut, isolated.
    const why = nameValue(error.message || error.name, 200);
    return (
      <div role="alert" className="alert alert-error part-failed">
        <p>
          <strong>{what} could not be shown:</strong> {why}
        </p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
        {back ? (
          <button type="button" onClick={back.run}>
            {back.label}
          </button>
        ) : null}
      </div>
    );
  }
}
