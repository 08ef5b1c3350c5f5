import { createRoot } from 'react-dom/client';
import { labelWith } from './i18n/labels';
import { languageForLocale } from '../core/i18n/display-language';
import { PaneRoot } from './components/PaneRoot';
import { TooOld } from './components/TooOld';
import type { PreviewHost } from './host/pane-host';
import { startHost } from './start/start-host';
import { errorText } from './summary/describe-error';

const container = document.getElementById('container');
if (container === null) throw new Error('taskpane.html has no #container element.');
const root = createRoot(container);

// The pane's sections are their own chunk, fetched while office.js starts, so the first script stays small.
Promise.all([startHost(), import(/* webpackChunkName: "pane" */ './components/App')])
  .then(([started, { App }]) => {
    if (started.kind === 'too-old') {
      root.render(
        <PaneRoot language={started.language} dark={started.dark}>
          <TooOld />
        </PaneRoot>,
      );
      return;
    }
    const { host } = started;
    // The preview's own part is loaded only outside Office, so the bundle Excel loads has no preview code.
    const content =
      host.kind === 'preview'
        ? import(/* webpackChunkName: "preview-app" */ './preview/PreviewApp').then(({ PreviewApp }) => <PreviewApp host={host as PreviewHost} App={App} />)
        : Promise.resolve(<App host={host} />);
    return content.then((child) =>
      root.render(
        <PaneRoot language={host.language} dark={host.dark} watchTheme={(onChange) => host.watchTheme(onChange)}>
          {child}
        </PaneRoot>,
      ),
    );
  })
  .catch((error: unknown) => {
    // Before any host: the browser's language is the best guess.
    const language = languageForLocale(navigator.language);
    container.textContent = labelWith('pane.couldNotStart', language, { reason: errorText(error, language) });
  });
