// A curated regular expression (red flags, out-of-scope topics), compiled
// once when the matcher is built; a broken one stops the build with a
// message naming its place in faq-data/ (#3).
// Patterns are validated with the Unicode flag, the stricter reading, but run
// without it: they only see lower-cased, accent-folded text, and Unicode
// case folding made V8 scan them about five times slower (#3).
export function compilePattern(source: string, flags: 'g' | 'i', problem: (error: unknown) => string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (error) {
    throw new Error(problem(error))
  }
}
