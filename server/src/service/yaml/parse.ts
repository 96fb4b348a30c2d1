// Parses one YAML file into a document that keeps source ranges and comments. Parsing never throws:
// syntax errors, duplicate keys and keys that are collections come back as problems, and nothing is
// printed (the yaml package would warn on the process's stderr about collection keys otherwise).
import { isAlias, isCollection, isPair, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { Draft } from '../problems';

/** What the parse finds; the rule unit that reports it gives it its severity (rules/yamlSyntax.ts). */
type YamlProblem = Draft & { readonly code: 'yaml-syntax' | 'yaml-duplicate-key' };

export interface ParsedYaml {
  readonly uri: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  /** The document as plain data, or undefined when it could not be built (e.g. too many aliases). */
  readonly value: unknown;
  readonly problems: YamlProblem[];
  /** True when an edit may be re-read item by item (reparse.ts): the document has no anchors or aliases. */
  readonly incremental?: boolean;
}

/** Aliases beyond this count are refused, so that a "billion laughs" file cannot exhaust memory. */
const MAX_ALIAS_COUNT = 200;

/**
 * The text as the parser reads it. YAML counts a lone carriage return as a line break, as old Mac files
 * have them, but the yaml package does not; turning each lone CR into LF keeps every offset where it was,
 * so that findings still point into the author's text.
 */
function parserText(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Keys that are mappings or sequences (`? [a, b]: x`): JSON, and so the model, has only string keys. */
function collectionKeys(doc: Document.Parsed, uri: string, length: number): YamlProblem[] {
  const out: YamlProblem[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isCollection(pair.key) || !pair.key.range) return;
      const start = Math.min(pair.key.range[0], length);
      const end = Math.max(start, Math.min(pair.key.range[1], length));
      out.push({
        code: 'yaml-syntax', uri,
        range: { start, end: end > start ? end : Math.min(start + 1, length) },
        message: {
          sv: 'En nyckel måste vara ett enkelt värde, inte en lista eller mappning.',
          en: 'A key must be a plain value, not a sequence or a mapping.',
        },
      });
    },
  });
  return out;
}

export function parseYaml(uri: string, text: string): ParsedYaml {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(parserText(text), { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  } catch (e) {
    // The parser recurses on nesting; input nested beyond the stack is reported, not thrown.
    const empty = parseDocument('', { logLevel: 'error' });
    return {
      uri, text, doc: empty, value: undefined,
      problems: [{
        code: 'yaml-syntax', uri, range: { start: 0, end: Math.min(1, text.length) },
        message: { sv: `Dokumentet kan inte läsas: ${(e as Error).message}`, en: `The document cannot be read: ${(e as Error).message}` },
      }],
    };
  }
  const problems: YamlProblem[] = [];
  for (const err of doc.errors) {
    const duplicate = err.code === 'DUPLICATE_KEY';
    const code = duplicate ? 'yaml-duplicate-key' : 'yaml-syntax';
    const start = Math.min(err.pos[0], text.length);
    const end = Math.max(start, Math.min(err.pos[1], text.length));
    problems.push({
      code,
      uri,
      range: { start, end: end > start ? end : Math.min(start + 1, text.length) },
      message: duplicate
        ? { sv: 'Nyckeln finns redan i samma mappning; varje nyckel får bara förekomma en gång.', en: 'The key already exists in the same mapping; each key may appear only once.' }
        : { sv: `YAML-fel: ${err.message.split('\n')[0]}`, en: `YAML error: ${err.message.split('\n')[0]}` },
    });
  }
  problems.push(...collectionKeys(doc, uri, text.length));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    value = undefined;
    problems.push({
      code: 'yaml-syntax',
      uri,
      range: { start: 0, end: Math.min(1, text.length) },
      message: {
        sv: `Dokumentet kan inte läsas: ${(e as Error).message}`,
        en: `The document cannot be read: ${(e as Error).message}`,
      },
    });
  }
  return { uri, text, doc, value, problems, incremental: problems.length === 0 && !hasAnchors(doc) };
}

/** Whether a document has anchors or aliases, which tie one part of it to another. */
function hasAnchors(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Node(_, n) {
      if (isAlias(n) || (n as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
