// The short disclaimer under every answer, with the full one a click away (#4).
import type { CompiledCorpus } from '../corpus/schema'
import { SafeLink } from './SafeLink'
import type { Strings } from './strings'

export interface DisclaimerProps {
  disclaimer: CompiledCorpus['disclaimer']
  strings: Strings
  onFollow: (href: string) => void
}

export function Disclaimer({ disclaimer, strings, onFollow }: DisclaimerProps) {
  return (
    <div class="disclaimer">
      <p dir="auto">{disclaimer.short}</p>
      <details>
        <summary>{strings.fullDisclaimer}</summary>
        <p dir="auto">{disclaimer.full}</p>
        <p>
          {strings.source}{' '}
          <SafeLink href={disclaimer.source.url} strings={strings} onFollow={onFollow}>
            {disclaimer.source.title}
          </SafeLink>
        </p>
      </details>
    </div>
  )
}
