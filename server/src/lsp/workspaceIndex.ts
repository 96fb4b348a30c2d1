// The files of the workspace as the service sees them: open documents with their editor text, and every
// other YAML file of the workspace folders read from disk. Watched-file events keep the closed ones fresh.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/index';
import { isKeystroke } from './keystroke';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
/** Large workspaces are cut off here rather than slowing the server down without bound. */
const MAX_FILES = 5000;

export class WorkspaceIndex {
  private readonly open = new Map<string, TextDocument>();
  private readonly closed = new Map<string, TextDocument>();
  /** The text last handed to the service for each open document (the document itself is updated in place). */
  private readonly texts = new Map<string, string>();

  constructor(private readonly service: LanguageService, private readonly log: (message: string) => void) {}

  /** Reads every YAML file under the folders; returns how many were loaded. */
  scan(folders: readonly string[]): number {
    let count = 0;
    const walk = (dir: string) => {
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (count >= MAX_FILES) return;
        if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (/\.ya?ml$/i.test(e.name) && this.loadFromDisk(pathToFileURL(path).toString())) count++;
      }
    };
    for (const folder of folders) {
      try {
        walk(fileURLToPath(folder));
      } catch (e) {
        this.log(`regbrev: kan inte läsa mappen ${folder}: ${(e as Error).message}`);
      }
    }
    this.followReferences();
    return count;
  }

  /** Loads a closed file from disk (unless it is open); false when it cannot be read. */
  loadFromDisk(uri: string): boolean {
    if (this.open.has(uri)) return true;
    let text: string;
    let size: number | undefined;
    try {
      const path = fileURLToPath(uri);
      // A file beyond the service's size limit is not read: the service gets its size and says so.
      const bytes = statSync(path).size;
      if (bytes > this.service.settings.maxFileSize) {
        text = '';
        size = bytes;
      } else text = readFileSync(path, 'utf8');
    } catch {
      this.remove(uri);
      return false;
    }
    this.closed.set(uri, TextDocument.create(uri, 'yaml', 0, text));
    this.service.setFile({ uri, text, size });
    return true;
  }

  /** Manifests may name files outside the workspace folders: load those too. */
  followReferences(): void {
    for (let round = 0; round < 3; round++) {
      let added = false;
      for (const uri of this.service.uris()) {
        for (const ref of this.service.referencedUris(uri)) {
          if (!this.service.getFile(ref) && this.loadFromDisk(ref)) added = true;
        }
      }
      if (!added) return;
    }
  }

  opened(doc: TextDocument): void {
    this.open.set(doc.uri, doc);
    this.closed.delete(doc.uri);
    this.texts.set(doc.uri, doc.getText());
    this.service.setFile({ uri: doc.uri, text: doc.getText() });
  }

  /** Hands the new text in; says whether the change was one keystroke of typing (isKeystroke). */
  changed(doc: TextDocument): boolean {
    const before = this.texts.get(doc.uri);
    const text = doc.getText();
    this.open.set(doc.uri, doc);
    this.texts.set(doc.uri, text);
    this.service.setFile({ uri: doc.uri, text });
    return before !== undefined && isKeystroke(before, text);
  }

  /** A closed document falls back to its text on disk. */
  closedDoc(uri: string): void {
    this.open.delete(uri);
    this.texts.delete(uri);
    this.loadFromDisk(uri);
  }

  remove(uri: string): void {
    this.closed.delete(uri);
    if (!this.open.has(uri)) this.service.removeFile(uri);
  }

  document(uri: string): TextDocument | undefined {
    const doc = this.open.get(uri) ?? this.closed.get(uri);
    if (doc) return doc;
    // Files the service holds but the index has not seen (e.g. loaded by reference) are wrapped on demand.
    const f = this.service.getFile(uri);
    return f ? TextDocument.create(uri, 'yaml', 0, f.text) : undefined;
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  version(uri: string): number | undefined {
    return this.open.get(uri)?.version;
  }
}
