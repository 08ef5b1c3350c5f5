/** What watchDark needs of a window (a parameter, so node tests can give their own). */
export type DarkWatchWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval' | 'matchMedia'> & {
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'hidden'>;
};

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** The system's colour scheme is dark (false where the browser cannot tell). */
export function systemPrefersDark(win: Pick<Window, 'matchMedia'>): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia(SYSTEM_DARK).matches;
}

/**
 * Calls `onChange` with the answer of `read()` at once (it may have changed
 * since the pane started) and whenever it changes. Excel raises no event
 * when its Office theme changes (OfficeThemeChanged is Outlook's), so the
 * answer is read again when the pane gets focus or is shown again, when the
 * system colour scheme changes, and every `pollMs` while the pane is visible
 * (reading a property, no call to Excel). Returns the function that stops.
 */
export function watchDark(read: () => boolean, win: DarkWatchWindow, onChange: (dark: boolean) => void, pollMs = 2000): () => void {
  let last = read();
  onChange(last);
  const check = () => {
    if (win.document.hidden) return;
    const now = read();
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const media = typeof win.matchMedia === 'function' ? win.matchMedia(SYSTEM_DARK) : null;
  win.addEventListener('focus', check);
  win.document.addEventListener('visibilitychange', check);
  media?.addEventListener('change', check);
  const timer = win.setInterval(check, pollMs);
  return () => {
    win.removeEventListener('focus', check);
    win.document.removeEventListener('visibilitychange', check);
    media?.removeEventListener('change', check);
    win.clearInterval(timer);
  };
}
