import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Language } from '../../src/core/columns/layout';
import { PaneRoot } from '../../src/taskpane/components/PaneRoot';

/** Attributes a reader of the pane meets (screen readers, tooltips), besides the text itself. */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'];

function decode(text: string): string {
  return text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * What a user sees and hears of a piece of the pane rendered in a language:
 * the text between tags and the readable attributes, joined by '|'. Styles,
 * class names and ids are left out.
 */
export function paneText(node: ReactNode, language: Language, dark = false): string {
  const html = renderToString(
    <PaneRoot language={language} dark={dark}>
      {node}
    </PaneRoot>,
  ).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  const attributes = [...html.matchAll(new RegExp(`\\s(?:${READ_ATTRIBUTES.join('|')})="([^"]*)"`, 'g'))].map((m) => m[1]!);
  const text = html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');
  return decode([text, ...attributes].join('|'));
}

/** Names that are the same in every language: the product, Excel and its file type, grades and the tier scheme, the language menu's own name. */
export const SAME_IN_EVERY_LANGUAGE = ['Credit Desk', 'Excel', '.xlsx', 'AAA', 'ABC', 'English'];

/**
 * English words (3 letters or more) in a text meant to be Chinese: a label
 * hard-coded in a component instead of taken from the dictionary shows up here.
 */
export function englishWords(text: string): string[] {
  let rest = text;
  for (const name of SAME_IN_EVERY_LANGUAGE) rest = rest.split(name).join(' ');
  return [...new Set(rest.match(/[A-Za-z]{3,}/g) ?? [])];
}
