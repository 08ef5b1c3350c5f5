import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import type { PreviewHost } from '../host/pane-host';
import { useText } from '../components/use-text';
import { errorText } from '../summary/describe-error';
import { XLSX_TYPE } from './xlsx-type';

export interface PreviewBarProps {
  host: PreviewHost;
  /** A run has gone through on the open file: there is a result to download (before that it would be the file as opened). */
  hasResult: boolean;
  /**
   * After a workbook was opened (host.fileName is then set): the pane reads
   * its choices and describes the sheets again, and drops earlier results.
   */
  onOpened: (fileName: string) => void;
}

type BarState =
  | { kind: 'idle' }
  | { kind: 'opening'; name: string }
  | { kind: 'failed'; message: string };

const useStyles = makeStyles({
  // The same side padding as the App below it.
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  file: { overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

/** "sales.xlsx" -> "sales-credit-desk.xlsx": the download never has the opened file's name. */
function resultFileName(name: string): string {
  const base = name.replace(/\.xls[xm]$/i, '');
  return `${base}-credit-desk.xlsx`;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own copy once it started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * What only the browser preview has: "Open workbook…" (a file input) and
 * "Download result". The pane renders it above its sections when
 * host.kind === 'preview'.
 */
export function PreviewBar({ host, hasResult, onOpened }: PreviewBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<BarState>({ kind: 'idle' });
  const { t, language } = useText();
  // The host holds the open file's name; setState after opening renders it.
  const fileName = host.fileName;
  const opening = state.kind === 'opening';

  const open = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file can be chosen again after a failure.
    event.target.value = '';
    if (!file) return;
    setState({ kind: 'opening', name: file.name });
    host.open(file).then(
      () => {
        setState({ kind: 'idle' });
        onOpened(file.name);
      },
      (error: unknown) => setState({ kind: 'failed', message: errorText(error, language) }),
    );
  };

  const download = () => {
    const name = host.fileName;
    if (name === null) return;
    host.download().then(
      (blob) => saveBlob(blob.type ? blob : new Blob([blob], { type: XLSX_TYPE }), resultFileName(name)),
      (error: unknown) => setState({ kind: 'failed', message: t('pane.preview.downloadFailed', { reason: errorText(error, language) }) }),
    );
  };

  return (
    <section className={styles.root} data-testid="preview-bar">
      <Text size={200}>{t('pane.preview.intro')}</Text>
      <div className={styles.actions}>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={`.xlsx,${XLSX_TYPE}`}
          onChange={open}
          data-testid="preview-file-input"
          tabIndex={-1}
          aria-hidden="true"
        />
        <Button appearance="primary" disabled={opening} onClick={() => input.current?.click()} data-testid="preview-open">
          {t('pane.preview.open')}
        </Button>
        <Button disabled={opening || fileName === null || !hasResult} onClick={download} data-testid="preview-download">
          {t('pane.preview.download')}
        </Button>
      </div>
      <Text className={styles.file} data-testid="preview-file-name" aria-live="polite">
        {opening
          ? t('pane.preview.opening', { name: state.name })
          : fileName === null
            ? t('pane.preview.noFile')
            : t('pane.preview.file', { name: fileName })}
      </Text>
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="preview-error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
