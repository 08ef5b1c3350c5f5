import { CLOSE_MESSAGE } from './show-message';

/** The dialog page of showMessage: the text comes in the query string and is shown as plain text. */
const text = document.getElementById('text');
const close = document.getElementById('close');
if (text === null || close === null) throw new Error('message.html is missing #text or #close.');
text.textContent = new URLSearchParams(window.location.search).get('text') ?? '';
Office.onReady(() => close.addEventListener('click', () => Office.context.ui.messageParent(CLOSE_MESSAGE)));
