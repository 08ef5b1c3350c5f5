import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Language } from '../core/columns/layout';
import { languageForTag } from '../core/i18n/display-language';
import { closestOption } from './closest-option';
import { UsageError, usageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ReadOptions {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** The option a token was typed as, without its value (`--frm`, `-from`, `--overwrite` of `--overwrite=yes`). */
const typedAs = (arg: string) => arg.split('=')[0]!;

/**
 * The command's arguments read strictly, with our own words for what Node's
 * parseArgs would refuse in its own (an unknown option, with the closest
 * one; a value missing or given to a switch). They are read loosely first,
 * to find those mistakes by token rather than by Node's message, and to word
 * them in the --lang given anywhere on the line (English without a valid one).
 */
export function readOptions(argv: string[], options: Options): ReadOptions {
  const loose = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const lang = loose.values.lang;
  const language: Language = (typeof lang === 'string' ? languageForTag(lang) : null) ?? 'en';
  const longNames = Object.keys(options);
  const seen = new Set<number>();
  for (const token of loose.tokens) {
    if (token.kind !== 'option' || seen.has(token.index)) continue;
    seen.add(token.index);
    const option = typedAs(argv[token.index]!);
    const known = options[token.name];
    if (!known) {
      const suggestion = closestOption(option.replace(/^-+/, ''), longNames);
      throw suggestion === undefined
        ? usageError('cli.usage.unknownOption', language, { option })
        : usageError('cli.usage.didYouMean', language, { option, suggestion: `--${suggestion}` });
    }
    if (known.type === 'boolean' && token.value !== undefined) {
      throw usageError('cli.usage.switchValue', language, { option, value: token.value });
    }
    // A value starting with a dash, not joined by '=', is most likely the next flag (`-o --overwrite`): Node refuses it too.
    if (known.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw usageError('cli.usage.missingValue', language, { option, long: `--${token.name}` });
    }
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ReadOptions['values'], positionals };
  } catch (err) {
    // What the loose reading above did not foresee is still wrong usage: Node's own words, in English.
    throw new UsageError((err as Error).message);
  }
}
