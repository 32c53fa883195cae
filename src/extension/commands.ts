/** Command ids, in one place so package.json, handlers and trusted hover links agree. */
export const Commands = {
  nextMention: 'analystLens.nextMention',
  previousMention: 'analystLens.previousMention',
  showAllMentions: 'analystLens.showAllMentions',
  revealInTree: 'analystLens.revealInTree',
  revealMention: 'analystLens.revealMention',
  filterTree: 'analystLens.filterTree',
  exportArticle: 'analystLens.exportArticle',
  reloadKnowledgeBase: 'analystLens.reloadKnowledgeBase',
  focusTree: 'analystLens.entities.focus',
} as const;

/** The only commands a hover card may run; article text can never add to this list. */
export const HOVER_COMMANDS: readonly string[] = [Commands.showAllMentions, Commands.revealInTree];

export const VIEW_ID = 'analystLens.entities';

/** Context keys used in `when` clauses of package.json. */
export const ContextKeys = {
  isArticle: 'analystLens.isArticle',
  treeState: 'analystLens.treeState',
} as const;
