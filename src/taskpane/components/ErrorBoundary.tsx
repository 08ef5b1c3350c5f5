import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { LABELS } from '../labels';
import { errorText } from '../summary/describe-error';

interface State {
  error: unknown;
  failed: boolean;
}

/** Keeps a rendering bug from leaving a blank pane: the user sees what broke. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{LABELS.crashedTitle}</MessageBarTitle>
          {errorText(this.state.error)} {LABELS.crashedHint}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
