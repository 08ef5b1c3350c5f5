import { runAll } from './run-all';

/** The ribbon's function commands; ids match <FunctionName> in manifest.xml. */
// runAll settles every path itself (its message, then event.completed()), so nothing is left to await here.
void Office.onReady(() => {
  Office.actions.associate('runAll', (event: Office.AddinCommands.Event) => void runAll(event));
});
