// The one switch from a message's kind to what the visitor sees (#4).
import { AnswerCard } from './AnswerCard'
import type { ChatMessage } from './chatMessage'
import { ClarifyChoices } from './ClarifyChoices'
import type { ChatModel } from './createChatModel'
import { FallbackCard } from './FallbackCard'
import { QuestionBubble } from './QuestionBubble'
import { SmalltalkBubble } from './SmalltalkBubble'
import type { Strings } from './strings'
import { UrgentCard } from './UrgentCard'

export function MessageView({ message, model, strings }: { message: ChatMessage; model: ChatModel; strings: Strings }) {
  const follow = (href: string, entryId?: string) => model.linkFollowed(href, entryId)
  switch (message.kind) {
    case 'question':
      return <QuestionBubble text={message.text} strings={strings} />
    case 'answer':
      return (
        <AnswerCard
          entry={message.entry}
          helpful={message.helpful}
          disclaimer={model.disclaimer.value}
          strings={strings}
          onVote={(helpful) => model.feedback(message.id, helpful)}
          onFollow={follow}
        />
      )
    case 'clarify':
      return <ClarifyChoices candidates={message.candidates} strings={strings} onChoose={model.choose} />
    case 'fallback':
      return <FallbackCard text={message.text} actions={message.actions} strings={strings} onFollow={follow} />
    case 'urgent':
      return <UrgentCard text={message.text} actions={message.actions} strings={strings} onFollow={follow} />
    case 'smalltalk':
      return <SmalltalkBubble text={message.text} />
  }
}
