import * as vscode from 'vscode';
import { type AnalysisService, mentionAt } from './analysis';
import { Commands } from './commands';
import { mentionRange, offsetRange } from './ranges';

/** Highlights every mention of the entity under the cursor. */
export class MentionHighlights implements vscode.DocumentHighlightProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    // VS Code asks after every cursor move, typing included: use only a finished analysis, so
    // keystrokes never bypass the debounce. The next cursor move after it lands highlights again.
    const analysis = this.analyses.peek(document) ?? (this.analyses.isPending(document) ? undefined : this.analyses.get(document));
    const ref = analysis && mentionAt(analysis.sorted, document.offsetAt(position));
    if (!ref) return undefined;
    return ref.entity.mentions.map((m) => new vscode.DocumentHighlight(mentionRange(m), vscode.DocumentHighlightKind.Text));
  }
}

/**
 * Find All References lists every mention of the entity. An entity has no single declaration (the
 * first mention may be "his Russian counterpart"), so every mention is returned either way.
 */
export class MentionReferences implements vscode.ReferenceProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const analysis = this.analyses.get(document);
    const ref = analysis && mentionAt(analysis.sorted, document.offsetAt(position));
    if (!ref) return undefined;
    return ref.entity.mentions.map((m) => new vscode.Location(document.uri, mentionRange(m)));
  }
}

/** Registers the navigation commands: next/previous mention, show all mentions, go to a mention. */
export function registerNavigationCommands(analyses: AnalysisService): vscode.Disposable[] {
  return [
    vscode.commands.registerTextEditorCommand(Commands.nextMention, (editor) => step(analyses, editor, 1)),
    vscode.commands.registerTextEditorCommand(Commands.previousMention, (editor) => step(analyses, editor, -1)),
    vscode.commands.registerCommand(Commands.showAllMentions, (uri?: unknown, entityId?: unknown) => showAllMentions(analyses, uri, entityId)),
    vscode.commands.registerCommand(Commands.revealMention, (uri?: unknown, start?: unknown, end?: unknown) => revealMention(uri, start, end)),
  ];
}

/**
 * Moves the selection to the next (or previous) mention of the entity under the cursor, wrapping
 * around. Off any mention it moves to the nearest mention of any entity in that direction.
 */
function step(analyses: AnalysisService, editor: vscode.TextEditor, direction: 1 | -1): void {
  const analysis = analyses.get(editor.document);
  if (!analysis || analysis.sorted.length === 0) return;
  const offset = editor.document.offsetAt(editor.selection.active);
  const ref = mentionAt(analysis.sorted, offset);
  let target;
  if (ref) {
    const mentions = ref.entity.mentions;
    target = mentions[(ref.index + direction + mentions.length) % mentions.length];
  } else {
    const all = analysis.sorted;
    const found = direction === 1 ? all.find((r) => r.mention.start > offset) : [...all].reverse().find((r) => r.mention.end < offset);
    target = (found ?? (direction === 1 ? all[0] : all[all.length - 1]))?.mention;
  }
  if (!target) return;
  const range = mentionRange(target);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Opens the references peek with every mention of an entity (from a hover link or the palette). */
async function showAllMentions(analyses: AnalysisService, uriArg: unknown, entityArg: unknown): Promise<void> {
  let document: vscode.TextDocument | undefined;
  const entityId = typeof entityArg === 'string' ? entityArg : undefined;
  let position: vscode.Position | undefined;
  if (typeof uriArg === 'string') {
    document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriArg);
  } else {
    const editor = vscode.window.activeTextEditor;
    document = editor?.document;
    position = editor?.selection.active;
  }
  if (!document) return;
  const analysis = analyses.get(document);
  if (!analysis) return;
  const entity = entityId ? analysis.byId.get(entityId) : position ? mentionAt(analysis.sorted, document.offsetAt(position))?.entity : undefined;
  if (!entity) {
    void vscode.window.showInformationMessage('Analyst Lens: place the cursor on a mention of an official, system or agreement.');
    return;
  }
  const locations = entity.mentions.map((m) => new vscode.Location(document.uri, mentionRange(m)));
  const anchor = position ?? locations[0]!.range.start;
  await vscode.commands.executeCommand('editor.action.showReferences', document.uri, anchor, locations);
}

/** Selects a mention given by offsets (the tree's click command). */
async function revealMention(uriArg: unknown, start: unknown, end: unknown): Promise<void> {
  if (typeof uriArg !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
  const uri = vscode.Uri.parse(uriArg);
  const document = await vscode.workspace.openTextDocument(uri);
  const range = offsetRange(document, start, end);
  await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
}
