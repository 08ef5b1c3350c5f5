/** What message.html sends when the user selects its Close button; any message closes the dialog. */
export const CLOSE_MESSAGE = 'close';

/**
 * Shows text in an Office dialog (message.html, same origin as this page),
 * in the given language and with its Close button's label, and resolves
 * when the user closes it; rejects when the dialog cannot open (for example
 * a pop-up blocker in Excel on the web).
 */
export function showMessage(text: string, page: { lang: string; close: string }): Promise<void> {
  const url = new URL('message.html', window.location.href);
  url.searchParams.set('text', text);
  url.searchParams.set('lang', page.lang);
  url.searchParams.set('close', page.close);
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url.href, { height: 35, width: 35, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new Error(`Dialog failed (${result.error.code}): ${result.error.message}`));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
