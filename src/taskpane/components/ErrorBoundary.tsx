import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import type { Language } from '../../core/columns/layout';
import { label } from '../i18n/labels';
import { errorText } from '../summary/describe-error';

interface State {
  error: unknown;
  failed: boolean;
}

/** Keeps a rendering bug from leaving a blank pane: the user sees what broke. */
export class ErrorBoundary extends Component<{ language: Language; children: ReactNode }, State> {
  state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const { language } = this.props;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{label('pane.crashed.title', language)}</MessageBarTitle>
          {errorText(this.state.error, language)} {label('pane.crashed.hint', language)}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
