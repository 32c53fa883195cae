import * as vscode from 'vscode';
import { type AnalysisService, type DocumentAnalysis, type MentionRef, mentionAt } from './analysis';
import { Commands, HOVER_COMMANDS } from './commands';
import { ATTRIBUTE_LABELS, TYPE_LABELS, formatAttribute } from './describe';
import { commandLink, escapeMarkdown, snippetAround } from './markdown';
import { mentionRange } from './ranges';

/**
 * Hover cards for mentions. Everything that comes from the article (names, attributes, snippets)
 * goes through `escapeMarkdown`; only the card's own labels and command links are markdown, and
 * the card trusts only our two commands.
 */
export class HoverCards implements vscode.HoverProvider {
  constructor(
    private readonly analyses: AnalysisService,
    private readonly enabled: () => boolean,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.enabled()) return undefined;
    const analysis = this.analyses.get(document);
    if (!analysis) return undefined;
    const ref = mentionAt(analysis.sorted, document.offsetAt(position));
    if (!ref) return undefined;
    return new vscode.Hover(renderCard(document, analysis, ref), mentionRange(ref.mention));
  }
}

/** Renders the markdown card for one mention of an entity. */
export function renderCard(document: vscode.TextDocument, analysis: DocumentAnalysis, ref: MentionRef): vscode.MarkdownString {
  const { entity, mention } = ref;
  const lines: string[] = [];
  lines.push(`**${TYPE_LABELS[entity.type].one}:** ${escapeMarkdown(entity.name)}`);
  if (mention.nominal || mention.text !== entity.name) {
    lines.push(`*This mention:* “${escapeMarkdown(mention.text)}”${mention.nominal ? ' (descriptive reference)' : ''}`);
  }
  const facts: string[] = [];
  for (const [key, label] of ATTRIBUTE_LABELS[entity.type]) {
    const value = formatAttribute(entity.attributes[key], analysis);
    if (value) facts.push(`- ${label}: ${escapeMarkdown(value)}`);
  }
  if (entity.type === 'system' && entity.attributes['unknown'] === true) facts.push('- Not in the knowledge base (found by its designation pattern)');
  const first = entity.mentions[0] ?? mention;
  const count = entity.mentions.length;
  // The snippet comes from the first mention's line only, so a hover never copies the whole text.
  const firstRange = mentionRange(first);
  const lineText = document.lineAt(firstRange.start.line).text;
  const endColumn = firstRange.end.line === firstRange.start.line ? firstRange.end.character : lineText.length;
  const where = snippetAround(lineText, firstRange.start.character, endColumn);
  const body = [
    lines.join('  \n'),
    facts.join('\n'),
    `Mentioned ${count} time${count === 1 ? '' : 's'}; first on line ${firstRange.start.line + 1}: “${escapeMarkdown(where)}”`,
    [
      commandLink('Show all mentions', Commands.showAllMentions, [document.uri.toString(), entity.id], 'List every mention of this entity'),
      commandLink('Reveal in tree', Commands.revealInTree, [document.uri.toString(), entity.id], 'Select this entity in the Analyst Lens tree'),
    ].join(' · '),
  ].filter((part) => part.length > 0);
  const markdown = new vscode.MarkdownString(body.join('\n\n'));
  markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
  markdown.supportHtml = false;
  markdown.supportThemeIcons = false;
  return markdown;
}
