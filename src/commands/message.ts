import { CLOSE_MESSAGE } from './show-message';

/** The dialog page of showMessage: the text, its language and the Close button's label come in the query string; text is shown as plain text. */
const text = document.getElementById('text');
const close = document.getElementById('close');
if (text === null || close === null) throw new Error('message.html is missing #text or #close.');
const query = new URLSearchParams(window.location.search);
text.textContent = query.get('text') ?? '';
document.documentElement.lang = query.get('lang') ?? document.documentElement.lang;
close.textContent = query.get('close') ?? close.textContent;
void Office.onReady(() => close.addEventListener('click', () => Office.context.ui.messageParent(CLOSE_MESSAGE)));
