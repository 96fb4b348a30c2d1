// The language server: LSP glue over the language service. Every handler looks up the document, asks
// the service, and converts the answer in toLsp.ts; nothing here decides what is right or wrong.
import { TextDocuments, TextDocumentSyncKind, FileChangeType, CodeActionKind, DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../service/index';
import { ComputedTablesRequest, CoverageRequest, PreviewRequest, SHOW_ANSWERS_COMMAND } from '../shared/protocol';
import type { RegbrevSettings } from '../shared/protocol';
import { DiagnosticsScheduler } from './diagnostics';
import { localDocsBase } from '../shared/docsBase';
import { toServiceSettings } from './settings';
import { toCodeAction, toCodeLens, toCompletion, toCoverageReport, toFoldingRanges, toHover, toLocation, toPreviewResult, toSymbol } from './toLsp';
import { WorkspaceIndex } from './workspaceIndex';

/** Runs a notification's handler; a failure is logged with its context and the server goes on. */
function guarded<A extends unknown[]>(connection: Connection, what: string, run: (...args: A) => void | Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (e) {
      connection.console.error(`regbrev: fel vid ${what}: ${(e as Error).stack ?? e}`);
    }
  };
}

/** Runs a handler; a failure is logged with its context and answered with the empty result. */
function safe<T>(connection: Connection, what: string, empty: T, run: () => T): T {
  try {
    return run();
  } catch (e) {
    connection.console.error(`regbrev: fel vid ${what}: ${(e as Error).stack ?? e}`);
    return empty;
  }
}

export function startServer(connection: Connection, onShutdown?: () => void): void {
  // What the service catches inside itself is logged here, with where it happened, so that it is seen.
  const service = createLanguageService({ docsBase: localDocsBase() }, {
    onError: (where, e) => connection.console.error(`regbrev: internt fel i ${where} / internal error in ${where}: ${(e as Error)?.stack ?? String(e)}`),
  });
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex(service, (m) => connection.console.warn(m));
  const diagnostics = new DiagnosticsScheduler(connection, service, index, (m) => connection.console.error(m));
  let folders: string[] = [];
  let canPullConfiguration = false;
  let hasFolderEvents = false;
  let clientLocale: string | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    hasFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
    clientLocale = params.locale;
    const init = params.initializationOptions as { settings?: RegbrevSettings } | undefined;
    // Until the client's settings arrive, the server speaks the client's language and keeps status
    // findings out of the problems, as it will with default settings. Odd options are logged and the
    // server starts with the defaults.
    guarded(connection, 'start', () => configure(init?.settings))();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['.', ' ', '[', ',', ':', '-', '{'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'regbrev', version: '0.1.0' },
    };
  });

  /** Applies settings; a new size limit re-reads the files from disk, since some were read by size only. */
  function configure(raw: RegbrevSettings | null | undefined): void {
    const before = service.settings.maxFileSize;
    service.configure(toServiceSettings(raw, clientLocale));
    if (service.settings.maxFileSize !== before) index.scan(folders);
  }

  async function pullConfiguration(): Promise<void> {
    if (!canPullConfiguration) return;
    try {
      const [raw] = (await connection.workspace.getConfiguration([{ section: 'regbrev' }])) as (RegbrevSettings | null)[];
      configure(raw);
    } catch (e) {
      connection.console.warn(`regbrev: kan inte läsa inställningarna: ${(e as Error).message}`);
    }
  }

  connection.onInitialized(guarded(connection, 'start', async () => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (hasFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(guarded(connection, 'arbetsytans mappar', (event) => {
        folders = [...folders.filter((f) => !event.removed.some((r) => r.uri === f)), ...event.added.map((a) => a.uri)];
        index.scan(event.added.map((a) => a.uri));
        diagnostics.schedule();
      }));
    }
    await pullConfiguration();
    const n = index.scan(folders);
    connection.console.info(`regbrev: ${n} YAML-filer lästa i arbetsytan`);
    diagnostics.schedule();
  }));

  connection.onDidChangeConfiguration(guarded(connection, 'inställningar', async (change) => {
    const pushed = (change.settings as { regbrev?: RegbrevSettings } | undefined)?.regbrev;
    if (pushed) configure(pushed);
    else await pullConfiguration();
    diagnostics.schedule();
  }));


  documents.onDidOpen(guarded(connection, 'öppning', (e) => {
    index.opened(e.document);
    index.followReferences();
    diagnostics.schedule();
  }));
  // A change only stores the text: parsing and checking wait for the analysis (or a request) to need it.
  documents.onDidChangeContent(guarded(connection, 'ändring', (e) => {
    diagnostics.schedule(index.changed(e.document));
  }));
  documents.onDidClose(guarded(connection, 'stängning', (e) => {
    index.closedDoc(e.document.uri);
    if (!service.getFile(e.document.uri)) diagnostics.forget(e.document.uri);
    diagnostics.schedule();
  }));

  connection.onDidChangeWatchedFiles(guarded(connection, 'filändringar', (params) => {
    for (const change of params.changes) {
      if (!/\.ya?ml$/i.test(change.uri) || index.isOpen(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        index.remove(change.uri);
        diagnostics.forget(change.uri);
      } else index.loadFromDisk(change.uri);
    }
    index.followReferences();
    diagnostics.schedule();
  }));

  const docFor = (uri: string) => index.document(uri);

  connection.onCompletion((p) =>
    safe(connection, 'komplettering', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      return service.complete(doc.uri, doc.offsetAt(p.position)).map((i) => toCompletion(i, doc));
    }),
  );

  connection.onHover((p) =>
    safe(connection, 'hover', null, () => {
      const doc = documents.get(p.textDocument.uri);
      const h = doc && service.hover(doc.uri, doc.offsetAt(p.position));
      return doc && h ? toHover(h, doc) : null;
    }),
  );

  connection.onDefinition((p) =>
    safe(connection, 'definition', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      return service.definition(doc.uri, doc.offsetAt(p.position)).flatMap((l) => toLocation(docFor, l) ?? []);
    }),
  );

  connection.onReferences((p) =>
    safe(connection, 'referenser', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      return service.references(doc.uri, doc.offsetAt(p.position), p.context.includeDeclaration).flatMap((l) => toLocation(docFor, l) ?? []);
    }),
  );

  connection.onDocumentSymbol((p) =>
    safe(connection, 'dokumentsymboler', [], () => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? service.documentSymbols(doc.uri).map((s) => toSymbol(s, doc)) : [];
    }),
  );

  connection.onFoldingRanges((p) =>
    safe(connection, 'vikning', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      return toFoldingRanges(service.foldingRanges(doc.uri), doc);
    }),
  );

  connection.onCodeAction((p) =>
    safe(connection, 'kodåtgärder', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      const range = { start: doc.offsetAt(p.range.start), end: doc.offsetAt(p.range.end) };
      return service.codeActions(doc.uri, range).map((a) => toCodeAction(a, doc, docFor, p.context.diagnostics));
    }),
  );

  connection.onCodeLens((p) =>
    safe(connection, 'kodlinser', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      return service.codeLenses(doc.uri).map((l) => toCodeLens(l, doc, docFor, SHOW_ANSWERS_COMMAND));
    }),
  );

  connection.onRequest(ComputedTablesRequest.type, (p) =>
    safe(connection, 'beräknade tabeller', { uri: p.uri, tables: [] }, () => ({ uri: p.uri, tables: service.computedTables(p.uri) })),
  );

  connection.onRequest(PreviewRequest.type, (p) =>
    safe(connection, 'förhandsvisning', { uri: p.uri, scope: 'none', title: '', html: '', css: '', sources: [], files: [], generation: -1, versions: {} }, () => {
      const preview = service.preview(p.uri);
      return toPreviewResult(preview, docFor, service.generation, (u) => index.version(u));
    }),
  );

  connection.onRequest(CoverageRequest.type, (p) =>
    safe(connection, 'täckning', { generation: -1, reports: [] }, () => {
      const reports = service.coverage(p.uri).map((c) => {
        const files = service.reportOf(c.manifestUri)?.uris ?? [c.manifestUri];
        const problems = files.flatMap((u) => service.problems(u));
        const counts = {
          errors: problems.filter((x) => x.severity === 'error').length,
          warnings: problems.filter((x) => x.severity === 'warning').length,
          files,
        };
        return toCoverageReport(c, docFor, service.settings.language, counts);
      });
      return { generation: service.generation, reports };
    }),
  );
  connection.onShutdown(guarded(connection, 'avslut', () => {
    onShutdown?.();
  }));

  documents.listen(connection);
  connection.listen();
}
