import { runAll } from './run-all';

/** The ribbon's function commands; ids match <FunctionName> in manifest.xml. */
Office.onReady(() => {
  Office.actions.associate('runAll', runAll);
});
