// A vetted answer (#4): the entry's question, its passages quoted from the
// articles, the source, related reading, the disclaimer and a feedback vote.
import type { CompiledCorpus, CompiledEntry } from '../corpus/schema'
import { Disclaimer } from './Disclaimer'
import { Feedback } from './Feedback'
import { SafeLink } from './SafeLink'
import type { Strings } from './strings'

export interface AnswerCardProps {
  entry: CompiledEntry
  helpful?: boolean
  disclaimer?: CompiledCorpus['disclaimer']
  strings: Strings
  onVote: (helpful: boolean) => void
  onFollow: (href: string, entryId?: string) => void
}

export function AnswerCard({ entry, helpful, disclaimer, strings, onVote, onFollow }: AnswerCardProps) {
  const follow = (href: string) => onFollow(href, entry.id)
  return (
    <div class="msg card answer">
      <h3 dir="auto">{entry.question}</h3>
      {entry.answer.map((passage, i) => (
        <p key={i} dir="auto">
          {passage}
        </p>
      ))}
      {entry.sources.length > 0 && (
        <p class="source">
          {strings.source}{' '}
          {entry.sources.map((s, i) => (
            <>
              {i > 0 && ', '}
              <SafeLink href={s.url} strings={strings} onFollow={follow}>
                {s.title}
              </SafeLink>
            </>
          ))}
        </p>
      )}
      {entry.links.length > 0 && (
        <>
          <h4>{strings.relatedReading}</h4>
          <ul class="related">
            {entry.links.map((l, i) => (
              <li key={i}>
                <SafeLink href={l.href} strings={strings} onFollow={follow}>
                  {l.title}
                </SafeLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {disclaimer && <Disclaimer disclaimer={disclaimer} strings={strings} onFollow={follow} />}
      <Feedback helpful={helpful} strings={strings} onVote={onVote} />
    </div>
  )
}
