// npm run preview [-- --port 3001] [-- --no-build]: builds the production
// bundle into dist/ (no certificate) and serves it on http://localhost:<port>.
// Opened in a browser, outside Office, the pane works on an .xlsx file the
// user opens; nothing leaves the machine. Ctrl+C stops the server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPane, ROOT } from './preview/build';
import { serveStatic } from './preview/static-server';

const DEFAULT_PORT = 3001;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, 'no-build': { type: 'boolean' } }, strict: true });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port takes a port number, not "${values.port}".`);
  const dist = join(ROOT, 'dist');
  if (values['no-build']) {
    if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('dist/ holds no build yet: run npm run preview without --no-build (or npm run build).');
  } else {
    console.log('Building the pane (webpack --mode production)…');
    await buildPane(dist);
  }
  const server = await serveStatic({ root: dist, port }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new Error(`Port ${port} is taken. Choose another: npm run preview -- --port <n>.`) : error;
  });
  console.log(`Credit Desk preview: ${server.url}taskpane.html`);
  console.log('Open it in a browser, then "Open workbook…". Ctrl+C stops the server.');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`preview: ${(error as Error).message}`);
  process.exitCode = 1;
});
