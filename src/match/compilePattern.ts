// A curated regular expression (red flags, out-of-scope topics), compiled
// once when the matcher is built; a broken one stops the build with a
// message naming its place in faq-data/ (#3).
export function compilePattern(source: string, flags: string, problem: (error: unknown) => string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (error) {
    throw new Error(problem(error))
  }
}
