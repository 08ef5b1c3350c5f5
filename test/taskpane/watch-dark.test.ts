import { systemPrefersDark, watchDark, type DarkWatchWindow } from '../../src/taskpane/theme/watch-dark';

/** A window with listeners and a system colour scheme the test sets; the interval is jest's fake timer. */
function fakeWindow(systemDark = false) {
  const windowTarget = new EventTarget();
  const documentTarget = new EventTarget();
  const media = Object.assign(new EventTarget(), { matches: systemDark });
  const win = {
    addEventListener: windowTarget.addEventListener.bind(windowTarget),
    removeEventListener: windowTarget.removeEventListener.bind(windowTarget),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
    matchMedia: () => media,
    document: {
      hidden: false,
      addEventListener: documentTarget.addEventListener.bind(documentTarget),
      removeEventListener: documentTarget.removeEventListener.bind(documentTarget),
    },
  } as unknown as DarkWatchWindow & { document: { hidden: boolean } };
  return {
    win,
    hide: (hidden: boolean) => {
      win.document.hidden = hidden;
    },
    focus: () => windowTarget.dispatchEvent(new Event('focus')),
    show: () => documentTarget.dispatchEvent(new Event('visibilitychange')),
    setSystemDark: (dark: boolean) => {
      media.matches = dark;
      media.dispatchEvent(new Event('change'));
    },
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('watchDark', () => {
  it('reports the theme at once, then a change when the pane gets focus or is shown again, and only a change', () => {
    const { win, focus, show } = fakeWindow();
    let officeDark = false;
    const seen: boolean[] = [];
    watchDark(() => officeDark, win, (dark) => seen.push(dark));
    expect(seen).toEqual([false]);
    seen.length = 0;
    focus();
    expect(seen).toEqual([]);
    officeDark = true;
    focus();
    focus();
    officeDark = false;
    show();
    expect(seen).toEqual([true, false]);
  });

  it('reports a change of the system colour scheme at once', () => {
    const { win, setSystemDark } = fakeWindow();
    const seen: boolean[] = [];
    watchDark(() => systemPrefersDark(win), win, (dark) => seen.push(dark));
    setSystemDark(true);
    expect(seen).toEqual([false, true]);
  });

  it('notices a theme changed while the pane kept focus within the poll interval', () => {
    const { win } = fakeWindow();
    let officeDark = false;
    const seen: boolean[] = [];
    watchDark(() => officeDark, win, (dark) => seen.push(dark), 2000);
    officeDark = true;
    jest.advanceTimersByTime(1999);
    expect(seen).toEqual([false]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual([false, true]);
  });

  it('does not poll while the pane is hidden, and catches up when it is shown', () => {
    const { win, hide, show } = fakeWindow();
    let reads = 0;
    let officeDark = false;
    const seen: boolean[] = [];
    watchDark(() => (reads++, officeDark), win, (dark) => seen.push(dark), 2000);
    hide(true);
    officeDark = true;
    const before = reads;
    jest.advanceTimersByTime(10_000);
    expect(reads).toBe(before);
    hide(false);
    show();
    expect(seen).toEqual([false, true]);
  });

  it('stops listening and polling once stopped', () => {
    const { win, focus, setSystemDark } = fakeWindow();
    let officeDark = false;
    const seen: boolean[] = [];
    const stop = watchDark(() => officeDark || systemPrefersDark(win), win, (dark) => seen.push(dark));
    stop();
    officeDark = true;
    focus();
    setSystemDark(true);
    jest.advanceTimersByTime(10_000);
    expect(seen).toEqual([false]);
    expect(jest.getTimerCount()).toBe(0);
  });
});
