// Converts the service's offsets to line and character positions, once per file.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-textdocument';

const cache = new Map<string, TextDocument>();

export function positionAt(uri: string, text: string, offset: number): Position {
  let doc = cache.get(uri);
  if (!doc || doc.getText() !== text) {
    doc = TextDocument.create(uri, 'yaml', 0, text);
    cache.set(uri, doc);
  }
  return doc.positionAt(offset);
}
