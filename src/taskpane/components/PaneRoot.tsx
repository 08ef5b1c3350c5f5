import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { Language } from '../../core/columns/layout';
import type { PaneHost } from '../host/pane-host';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageProvider } from './use-text';

interface PaneRootProps {
  language: Language;
  /** Dark when the pane starts. */
  dark: boolean;
  /** Follows the host's theme while the pane is open (none before a host exists). */
  watchTheme?: PaneHost['watchTheme'];
  children: ReactNode;
}

/** The theme (Office's, dark included, followed as it changes), the label language and the error boundary around everything the pane shows. */
export function PaneRoot({ language, dark: startDark, watchTheme, children }: PaneRootProps) {
  const [dark, setDark] = useState(startDark);
  useEffect(() => watchTheme?.(setDark), [watchTheme]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }} lang={language} data-theme={dark ? 'dark' : 'light'}>
      <LanguageProvider language={language}>
        <ErrorBoundary language={language}>{children}</ErrorBoundary>
      </LanguageProvider>
    </FluentProvider>
  );
}
