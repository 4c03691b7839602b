// Every error message the matcher layer shows, in one place (#3).

export function urgentPatternProblem(flagId: string, source: string, error: unknown): string {
  return `[faq-widget] urgent flag "${flagId}" has a pattern that is not a valid regular expression: ${JSON.stringify(source)} (${(error as Error).message}). Fix it in faq-data/urgent.json.`
}

/** `reason`: a word that does not compile, or a flag naming a missing list. */
export function urgentConceptProblem(name: string, reason: string): string {
  return `[faq-widget] red-flag concept "${name}" cannot be used: ${reason}. Fix it in faq-data/urgent.json "concepts".`
}

export function outOfScopePatternProblem(topicId: string, source: string, error: unknown): string {
  return `[faq-widget] out-of-scope topic "${topicId}" has a pattern that is not a valid regular expression: ${JSON.stringify(source)} (${(error as Error).message}). Fix it in faq-data/out-of-scope.json.`
}

export function corpusUnreadable(file: string, reason: string): string {
  return `[faq-widget] cannot read the compiled corpus ${file}: ${reason}. Run \`npx faq-widget build\` to write it, or pass another with --corpus PATH.`
}

export function corpusNotCompiled(file: string): string {
  return `[faq-widget] ${file} not found, so faq-data/ was compiled in memory; run \`npx faq-widget build\` to write it.`
}

export function corpusInvalid(dataDir: string): string {
  return `[faq-widget] no compiled corpus and ${dataDir}/ has the problems above; fix them (see \`npx faq-widget validate\`) or pass a compiled corpus with --corpus PATH.`
}

export function askUsage(): string {
  return 'npx faq-widget ask [--corpus PATH] "question"   or   npx faq-widget ask --json [--corpus PATH] < questions.txt   (default corpus: dist/corpus.json)'
}
