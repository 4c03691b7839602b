// Words that carry no topic in a visitor's question (#3); dropping them
// mattered most in the matching notes. Kept on purpose: negations ("not
// working"), "other" ("other options") and question words ("what", "how",
// "why": "why would someone need a fusion" is not "what is a fusion").

export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any anymore anything are as at be because been before being below
   between both but by can could did do does doing down during each either else even ever every few for from
   further get gets getting got had has have having he her here hers him his however i id if im in into is it its
   itself ive just know let lets like likely me mine more most much must my myself new nor now of off ok okay on
   once one or our ours out over own please really same say she should so some someone something still
   such sure tell than thank thanks that thats the their them then there these they thing things this those
   though through thru to too under until up us use used very want wanna was way we well were whats while whom
   whose will with without would yes yet you youd youll your youre yours yourself hi hello hey possible exactly
   actually kind sort okay guys anyone tho ago wonder wondering bit said says told matter matters`.split(/\s+/).filter(Boolean),
)
