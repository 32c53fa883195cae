import * as vscode from 'vscode';
import type { UserEntry } from '../engine';
import type { AnalysisService } from './analysis';
import { USER_KB_PATH, describeProblem, parseUserKnowledgeBase } from './userEntries';

/**
 * Loads the workspace knowledge base (`.vscode/analyst-lens.json` in each folder) into the engine
 * and reloads it when the file changes. In an untrusted workspace the file is ignored: its
 * content would otherwise decide what the extension shows about every article.
 */
export class UserKnowledgeBase implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('analystLens');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];
  private generation = 0;

  private started = false;

  constructor(private readonly analyses: AnalysisService) {}

  /**
   * Watches the workspace's knowledge-base files and loads them. Called in the task right after
   * activation (see afterActivation in extension.ts), not by the constructor: creating the file
   * watcher and starting the first read took 1-18 ms of `activate()` in the editor benchmark, the
   * largest of its steps, and the first analysis cannot use the entries any sooner (the read is
   * asynchronous either way, and a result computed before the entries arrive is redone).
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${USER_KB_PATH}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.reload()),
      watcher.onDidChange(() => this.reload()),
      watcher.onDidDelete(() => this.reload()),
      // A file watcher can miss a file created together with its folder, so edits made inside
      // VS Code are also caught directly, and the reload command is there for anything else.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (isKnowledgeBase(d.uri)) this.reload();
      }),
      vscode.workspace.onDidCreateFiles((e) => {
        if (e.files.some(isKnowledgeBase)) this.reload();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
    );
    void this.reload();
  }

  /** Reads every folder's file; a newer reload supersedes one still in flight. */
  reload(): Promise<void> {
    const generation = ++this.generation;
    return this.analyses.track(
      this.load().then(
        (entries) => {
          if (generation === this.generation) this.analyses.setUserEntries(entries);
        },
        (error) => console.error('Analyst Lens: loading the knowledge base failed', error),
      ),
    );
  }

  private async load(): Promise<UserEntry[]> {
    this.diagnostics.clear();
    if (!vscode.workspace.isTrusted) return [];
    const entries: UserEntry[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, USER_KB_PATH);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue; // No file in this folder: the built-in knowledge alone is used.
      }
      const parsed = parseUserKnowledgeBase(new TextDecoder('utf-8').decode(bytes));
      entries.push(...parsed.entries);
      if (parsed.problems.length > 0) this.report(uri, parsed.problems);
    }
    return entries;
  }

  private report(uri: vscode.Uri, problems: ReturnType<typeof parseUserKnowledgeBase>['problems']): void {
    this.diagnostics.set(
      uri,
      problems.map((p) => {
        const line = Math.max(0, (p.line ?? 1) - 1);
        const column = Math.max(0, (p.column ?? 1) - 1);
        const d = new vscode.Diagnostic(new vscode.Range(line, column, line, column + 1), describeProblem(p), vscode.DiagnosticSeverity.Error);
        d.source = 'Analyst Lens';
        return d;
      }),
    );
    const first = problems[0];
    if (!first) return;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    void vscode.window
      .showErrorMessage(`Analyst Lens: ${vscode.workspace.asRelativePath(uri)}, ${describeProblem(first)}${more} The built-in knowledge base is still used.`, 'Open File')
      .then((choice) => {
        if (choice) void vscode.window.showTextDocument(uri);
      });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function isKnowledgeBase(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${USER_KB_PATH}`);
}
