// Every error message the matcher layer shows, in one place (#3).

export function urgentPatternProblem(flagId: string, source: string, error: unknown): string {
  return `[faq-widget] urgent flag "${flagId}" has a pattern that is not a valid regular expression: ${JSON.stringify(source)} (${(error as Error).message}). Fix it in faq-data/urgent.json.`
}

export function outOfScopePatternProblem(topicId: string, source: string, error: unknown): string {
  return `[faq-widget] out-of-scope topic "${topicId}" has a pattern that is not a valid regular expression: ${JSON.stringify(source)} (${(error as Error).message}). Fix it in faq-data/out-of-scope.json.`
}
