// A name in a red flag's "together" rule (#3): "name", a concept met near the
// rule's first, or "*name", context that may stand anywhere in the message.
export const conceptRef = (name: string) => ({ name: name.replace(/^\*/, ''), anywhere: name[0] === '*' })
