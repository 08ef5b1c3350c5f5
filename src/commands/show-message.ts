import type { Clock } from './clock';

/** What message.html sends when the user selects its Close button; any message closes the dialog. */
export const CLOSE_MESSAGE = 'close';

/** How a message ended: the user closed it, or it was closed for them when its time was up. */
export type MessageEnd = 'closed' | 'timed-out';

/**
 * Shows text in an Office dialog (message.html, same origin as this page),
 * in the given language and with its Close button's label. Resolves when the
 * user closes it or, at the latest, after `within.ms`: then the dialog is
 * closed here (also when Office has not even answered by then). A function
 * command's dialog lives only while the command runs, and its time counts
 * toward Excel's 5-minute limit, so no message may wait on the user for
 * longer. Rejects when the dialog cannot open (for example a pop-up blocker
 * in Excel on the web) or cannot be closed.
 */
export function showMessage(text: string, page: { lang: string; close: string }, within: { ms: number; clock: Clock }): Promise<MessageEnd> {
  const url = new URL('message.html', window.location.href);
  url.searchParams.set('text', text);
  url.searchParams.set('lang', page.lang);
  url.searchParams.set('close', page.close);
  const { clock } = within;
  return new Promise((resolve, reject) => {
    let settled = false;
    let dialog: Office.Dialog | null = null;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      clock.clearTimeout(timer);
      end();
    };
    const closeNow = (open: Office.Dialog): Error | null => {
      try {
        open.close();
        return null;
      } catch (error: unknown) {
        return error instanceof Error ? error : new Error(String(error));
      }
    };
    const timer = clock.setTimeout(() => {
      const failed = dialog === null ? null : closeNow(dialog);
      settle(() => (failed ? reject(failed) : resolve('timed-out')));
    }, within.ms);
    try {
      Office.context.ui.displayDialogAsync(url.href, { height: 35, width: 35, displayInIframe: true }, (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          settle(() => reject(new Error(`Dialog failed (${result.error.code}): ${result.error.message}`)));
          return;
        }
        const open = result.value;
        if (settled) {
          // Office answered after the message's time was up: close it at once.
          const failed = closeNow(open);
          if (failed) console.error('Credit Desk could not close a message that opened too late.', failed);
          return;
        }
        dialog = open;
        open.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          const failed = closeNow(open);
          settle(() => (failed ? reject(failed) : resolve('closed')));
        });
        open.addEventHandler(Office.EventType.DialogEventReceived, () => settle(() => resolve('closed')));
      });
    } catch (error: unknown) {
      // displayDialogAsync itself threw (no callback will come).
      settle(() => reject(error));
    }
  });
}
