import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Language } from '../../core/columns/layout';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageProvider } from './use-text';

/** The theme (Office's, dark included), the label language and the error boundary around everything the pane shows. */
export function PaneRoot({ language, dark, children }: { language: Language; dark: boolean; children: ReactNode }) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }} lang={language}>
      <LanguageProvider language={language}>
        <ErrorBoundary language={language}>{children}</ErrorBoundary>
      </LanguageProvider>
    </FluentProvider>
  );
}
