// The curated red flags in faq-data/urgent.json, as the matcher applies them.
import { describe, expect, it } from 'vitest'
import { createMatcher } from '../../src/match/createMatcher'
import { matchCorpus } from './fixtures/matchCorpus'

const matcher = createMatcher(matchCorpus())
const kindOf = (text: string) => matcher.match(text)?.kind

describe('red flags', () => {
  it.each([
    "can't control my bladder",
    'cant pee since this morning',
    'I wet myself and my back hurts',
    'lost control of my bowels',
    'numb between my legs',
    'saddle numbness',
    'tingling around my genitals',
    'my groin is numb',
    'my legs are getting weaker',
    'both my legs went numb',
    'sudden weakness in both legs',
    'fever with back pain',
    'back pain and a fever of 103',
    'fell off a ladder and cant feel my legs',
    'I was hit by a car and my back is in agony',
    'chest pain and back pain',
    'I want to kill myself',
    'I have thoughts of ending my life',
    "i don't want to live anymore",
    'CAN’T CONTROL MY BLADDER!!!',
    'suddenly peeing myself and my back is killing me',
    'I have a temperature and my fusion wound is red',
    'pus coming out of my incision',
    'cant poop or feel when i need to go, lower back pain',
    'fell off a ladder yesterday and my back is killing me',
    'my dad can barely stand, both legs feel like jelly and he is getting worse',
    'I was in a car accident, cause i think my back is broken',
    'cant lift my right foot anymore since yesterday',
    'my foot keeps dragging when i walk and my back is killing me',
    'her legs are giving out more each day, today she cant walk at all',
    'had back surgery yesterday and I have not been able to pee at all since',
    'my mom landed hard on her back and now she cannot feel her legs',
    'my mom fell hard on the ice and now she cant stand up',
    'my foot drags more each hour since yesterday',
    'my bottom and privates have lost all feeling',
    'she says she cant feel anything between her legs',
    'tight pressure across my chest since this morning',
    'my chest is aching and it is spreading into my jaw',
    'my left leg keeps getting weaker every day',
    'came off my motorbike and cant get up',
    'took a hit at rugby and now i cant really feel my legs',
    'since this morning i can not make urine',
    'my legs keep giving out when i stand',
    'loss of bladder control',
    'I lost bowel control this morning',
    'no bladder control since last night',
    'my bowel control is gone',
    'i pee myself when i stand up',
    'i cant walk',
    'my mum has wet herself twice today',
    'he cant feel when he needs to go',
    'I have not peed in 12 hours',
    'I try to pee but nothing comes out',
    'tingling down there since this morning',
    "I can't feel the paper when I wipe",
    'my vagina feels numb',
    'I can barely move my legs',
    "my foot won't lift when I walk",
    'the weakness in my leg is getting worse',
    'bilateral leg weakness since last night',
    'had an epidural yesterday and now I have a fever',
    'feeling febrile and my back is worse',
    'the incision on my lower back looks very red',
    'my chest feels so tight',
    'it feels like something heavy is sitting on my chest',
    "I can't catch my breath",
    'pain from my chest into my left arm',
    'got rear-ended an hour ago, neck hurts',
    'my son was tackled and now his arms are tingling',
    'I was thrown off my atv',
    'I just want to end it',
    "my wife says she doesn't want to be here anymore",
    'everyone would be better off if I was dead',
    "I hope I don't wake up tomorrow",
    'going to take all my pills tonight',
    'my husband has only passed a few drops since last night',
    'her inner thighs and bottom have felt like cardboard since lunch',
    'numbness around my back passage and groin since this morning',
    'when I wipe I cant really feel anything',
    'legs have no strength today, I had to crawl to the bathroom',
    'the numbness started in my left leg and now the other leg too',
    'cannot stand up from the sofa at all since this morning',
    'grandpa is hot to touch and confused, he had his back op last week',
    'temp 38.9 two days after my spinal injection',
    'sorry, probably nothing, but there is pressure in my jaw and chest',
    'fell off the stage last night and my back is in agony',
    'our car was t-boned this afternoon, my neck is sore',
    'tired of living with this, I made my peace and said goodbye to my family',
    'he gave away his dog and bought a gun',
    'I think about steering into a tree to make it all stop',
    'sat on the toilet for an hour and nothing, back is agony',
    'my bladder just overflows since monday',
    'I no longer get the urge to pee, not since sunday',
    'she says she no feel nothing down there',
    'the part of me I sit on has gone numb',
    'both his feet have gone numb since lunch',
    'my knees keep buckling since yesterday',
    'my legs stopped working properly this afternoon',
    'she has lost the strength in both her legs',
    'I keep catching my toe and the leg feels heavy and weaker every day',
    'burning up with neck pain after my injection',
    'suddenly out of breath and my back hurts',
    'tripped on the stairs this morning and my back is agony',
    'got knocked off my bike an hour ago',
    "I can't see a reason to keep going",
    'I have saved up my tablets',
    'he cant empty his bladder since the operation',
    'only a trickle when I go, since yesterday',
    'I cant feel at all whether I need to go',
    'my bowels let go this morning',
    'new saddle paraesthesia since last night',
    'she cant feel the toilet seat under her',
    'cannot lift the front of my right foot',
    'my legs keep folding under me today',
    'every day more weak in my left leg',
    'walking like I am drunk since yesterday and my neck hurts',
    'hot and cold and teeth chattering, my back is much worse',
    'the dressing on my incision has a green patch',
    'got kicked in the back in a fight last night',
    'substernal CP radiating to the left arm',
    'I started cutting again because of the pain',
    "I'm sitting in the garage with the engine running",
    'been pushing for two days and nothing, bladder and bowels both',
    'my underwear keeps being wet and I did not feel it',
    'she made a poo in the bed and did not know',
    'the area I sit on has pins and needles since yesterday',
    'I wiped and couldnt feel it at all',
    'both my legs feel like concrete this morning',
    'my leg keeps giving out today, I have fallen twice',
    'my foot keeps catching on the floor',
    'he cant walk since he woke up',
    'temp 102F and my back is killing me',
    'chills and teeth chattering since the injection',
    'soaked through the sheets every night since my surgery',
    'the cut from my operation is opening and there is pus',
    'someone shoved me into a table yesterday and hit my spine',
    'a fender bender two days ago and now my neck is stiff',
    "I can't get air in since this morning",
    'my left arm and jaw ache and I feel sick',
    'sudden tearing pain between my shoulder blades, I feel faint',
    "I don't think I'll be around much longer",
    'I have been burning my arm with a lighter',
    'he gave away his guitar and hugged me goodbye',
    "I've sorted my affairs and said my goodbyes",
    "I don't know when I have to pee anymore",
    'been dribbling into my jeans all day',
    'she is soaking through pads and did not know she had to go',
    'my butt went to sleep and will not wake up, two days now',
    'my private parts feel kinda dead since yesterday',
    'each day I can do less with my left leg',
    'the scar from my surgery came apart and fluid is leaking',
    'pain under my breastbone and I am sweating',
    'jaw ache, nausea and clammy for half an hour',
    'pain between my shoulder blades came on suddenly and I feel faint',
    'took a helmet-to-helmet hit today and my neck hurts',
    'my brother says he will shoot himself',
    'I burned myself on purpose last night',
    "I won't be around after this weekend",
    'gave my dog to my neighbour and sorted out my will',
    'she called us all tonight to say goodbye',
    "I haven't felt the need to pee since yesterday",
    'my legs wont do what I tell them since this morning',
    'sitting on the toilet seat feels weird since Saturday',
    'sweating and dizzy, it came on like a knife',
    'my dad had surgery last week and his wound is swollen and leaking',
    'both legs feel like wet sand since this morning',
    'I have no idea when I need to go, I just find I have gone',
    'the skin where I sit is like rubber, not my skin',
    'numb on the inside of both thighs since Sunday',
    'my mum fell in the bathroom an hour ago and her back hurts',
    'it spreads to my shoulder and arm and I am sweaty',
    "I'm going to take all my gabapentin tonight",
    'drenching sweats every night and my back is worse',
    'I push and push and a tiny bit comes out',
    'the surgical site is oozing and soaks the dressing',
    'the bar came down across my back 20 min ago',
    'I cut my arms again tonight',
    'this is my last message, thanks for trying',
    'I looked up how much tylenol it takes',
    'my leg gave out on the stairs this morning and again just now',
    'no feeling of needing to go for three days',
    'my legs went numb this morning and the pain in my back went away',
    'my wife just wet herself, she has had a bad disc for years',
    "can't feel my bottom when I sit on the toilet",
    'bad neck for years but the last 3 days my legs feel wobbly and numb',
    'bowel control is not really there since Monday',
    'urine just stopped, 12 hours now',
    "I don't get the feeling that I need to pee anymore",
    "I can't tell when I need to do a number 2",
    'she cant feel the toilet seat when she sits',
    'legs heavy as lead this morning',
    'my knee keeps buckling since friday',
    'the weakness in my leg the doctor noted got much worse this week',
    'shaking uncontrollably and my neck is stiff and sore',
    'the incision from my fusion 10 days ago is leaking and smells bad',
    'the horse threw me yesterday and my back is sore',
    'I was jumped on Saturday night and kicked in the back',
    'banged my back on the counter yesterday, I have osteoporosis',
    'pain between her shoulders and she just threw up',
    'my chest feels like an elephant is sitting on it',
    "we'd be better off without him, he says",
    'not going to keep living like this',
    'she said to take care of the cat and now she is not answering',
    'dove into the shallow end two hours ago and hit my head',
    "my legs just didn't hold me today",
    "the injection spot is red and hot and I've got the shivers",
    'I have no feeling when I need to poop anymore',
    'a crushing feeling behind the breastbone',
    'retention since this morning, got a teaspoon out',
    'my service weapon is out on the table',
    "I haven't needed to pee since this morning",
    'my husband hit me and I fell against the counter last night',
    'he got speared at football practice this afternoon and his hands tingle',
    'neither number 1 nor number 2 will come out',
    "I've decided I'm done after this weekend",
    'the stream is just a dribble and I cant get it all out',
    "I can't get a full breath in",
    'cant get up the stairs anymore, legs wont push me up',
    'an elephant on my chest',
    'suddenly breathless walking to the kitchen',
    'pins and needles in both feet spreading up',
    'there is a gap opening in my incision',
    'both legs like wet sandbags since this morning',
    'discectomy on Monday and today a fever of 38.9',
    'my pad was soaked through and I never felt it happen',
    'my undies keep getting wet',
    'inner thighs feel like novocaine since last night',
    'I have not had the urge to go since yesterday',
    'my jaw and upper back ache and I am out of breath walking',
    'I have a rope in the shed',
    "I think I'm retaining, the scan showed 800ml",
    'nausea and I am cold and sweaty',
    'a red streak going up from my scar',
    'her neck and left shoulder hurt and she feels sick',
    'numb from the waist down since overnight',
    'breathing got really hard in the last half hour',
    'how many oxycodone would it take',
    'spreading into my back and jaw and I feel like I will pass out',
    'his legs wont move right this morning',
    'little accidents with her bowels since Monday',
    'pee comes out in a weak trickle',
    'I put my hand between my legs and can barely feel it',
    'skiing wipeout two days ago and my back is worse',
    'I want to take all of them and not wake up',
    'he dropped me on my head wrestling',
    'my left leg keeps giving way, it started yesterday',
    'both legs getting weeker by the hour',
    'my inner thighs and bottom feel rubbery since this morning',
    'dove in and hit the bottom with my head, my neck feels weird',
    "everyone would be better off if I didn't wake up",
    "a couple of 'accidents' today, both kinds",
    'he calls it a dead bum and he cannot feel the chair',
    'my leg has gotten so weak I cannot press the gas pedal',
    'I keep stopping at the edge of the bridge',
    'my calf has been swollen since my fusion and I get winded just talking',
    'I have not moved my bowels or passed water since yesterday',
    "I'm on the floor, my legs won't cooperate",
    'I have been cutting my arms again',
    "both legs just don't lift since yesterday",
    'my bum feels like it has been to the dentist',
    'he is confused and hot, and the bandage is soaked',
    "she can't get her bladder to empty",
    'the incision is weeping cloudy fluid and puffy',
    'shaking under three blankets and my back is on fire',
    'I have messed my underwear and do not know when',
    "how many gabapentin would be too many, I've had enough",
    'my bladder has basically quit since lunch',
    '102 temp and my lower back is the worst ever',
    'it feels like touching someone elses skin between my legs',
    'pee just comes out when I stand, no warning',
    'pain going through into my chest and I feel like I will pass out',
    'my water only comes out in a thin dribble',
    'my right quad has gotten noticeably weaker over three days',
    "no bowel movement in 4 days and I can't push at all",
    "I keep getting the shivers, teeth-chattering, and my mid back hurts",
    "her pants were soaked and she hadn't noticed",
    'pain down my left arm and in my chest',
    'tell the doctors thanks for trying',
    'went over the handlebars today and my neck is stiff',
    'he has to strain to pee and it barely comes',
    "I'm giving all my stuff away",
    'got checked into the boards last night and my back hurts',
    'my underwear is damp and I have no clue when it happens',
    "pain in her upper back and left shoulder, she's pale and throwing up",
    "the feeling that I need to pee just isn't there anymore",
    'it keeps trickling out after I pee and I cant stop it',
    'I have my service pistol in my lap',
    'how much oxycodone can you take before it kills you',
    // Caught by "together" rules, not by any pattern:
    'my quads keep folding under me, worse since this morning',
    'down there has gone to sleep and it wont wake up',
    'calf feels tight and hot, post op day 4',
    'came off the trampoline onto my head and my arms are all pins and needles',
    'my wound is weeping something cloudy',
    'hvnt passed urine since last nite',
    'the pain has won. I have made my plans and I am at peace with it',
    'havent had a wee in about 14 hrs, belly is swollen and tight',
    'my right foot just flops now when i walk, started 2 days ago',
    'Numb. That is how my private parts have felt since I woke up today.',
    'temp 38.5 after my kyphoplasty yesterday and i feel really unwell',
    'do i need to go to er if my surgical site is red swollen and oozing?',
    'Sitting down feels like sitting on a cushion that isnt there - the part i sit on has gone numb',
    'today I not control the urine, it goes out alone',
    'numb between legs since last nite, back pain. normal?',
    "My dad says his upper back hurts, he's grey and sweaty and wants to lie down",
    'fell 3 metres onto concrete, back',
    'coughing up blood after surgery last week',
    'new numb leg after epidural this afternoon',
  ])('sends "%s" to urgent care', (text) => {
    expect(kindOf(text)).toBe('urgent')
  })

  it.each([
    'what are the risks of fusion',
    'I have sciatica leg pain, can injections help',
    'numbness in my foot after fusion?',
    'does fusion surgery affect bladder control',
    'can fibrin cause a fever',
    'is my sciatica going to cause bladder issues',
    'my back pain is killing me',
    'can I still bend after fusion',
    'what temperature should the room be after surgery',
    'how big is the scar after fusion',
    'no bladder control problems, just back pain',
    'how likely is losing bowel control after spinal fusion',
    'i cant walk far without pain',
    'I cant stand up straight in the mornings',
    'I used to have bladder leaks but physio fixed them',
    'if I ever lost bladder control, would I need surgery?',
    'will I be incontinent after the sedation?',
    'what is the difference between cauda equina and sciatica',
    "I feel like I've been hit by a truck after physio",
    'can you get a fever after a PRP injection',
    'is bilateral leg weakness always a sign of something serious?',
    'is chest pain a known side effect of steroids?',
    'I nearly had a heart attack when I saw the bill',
    'my legs are dead tired after the gym',
    'is foot drop permanent?',
    'the ER ruled out cauda equina, it is a muscle strain',
    'are night sweats ever linked to spine infections?',
    'I fell asleep on the sofa yesterday and my neck is stiff',
    'my pain went down yesterday after the injection',
    'could chest pain after a fusion be a sign of a clot?',
    'no fever or chills, the wound looks clean',
    'my legs are jelly after spin class lol',
    'I have had stable foot drop for years since my surgery',
    'hypothetically if I lost feeling down there, would that be an emergency?',
    'my bum went numb on the long drive, fine once I walked around',
    'had chest pain in spring, it turned out to be a pulled muscle',
    'can stenosis eventually make you unable to walk?',
    'how do I know if an incision is infected?',
    'is it true chronic pain raises suicide risk?',
    'my back is a car crash lol, three herniated discs',
    'my bike saddle makes my privates go numb, it goes away after',
    'our server crashed at work and I have been sitting all day',
    'my chest feels tight with excitement about the appointment',
    'homework: list three symptoms of cauda equina',
    'asking for a novel: can stenosis make legs weak?',
    'my chest gets tight, figuratively speaking, when I think of surgery',
    'I get numb in the saddle area on long rides',
    "my legs aren't weak or numb, just stiff",
    'the wound got infected back then and was treated, all good now',
    'is it true that numbness down there is an emergency?',
    "haven't been in an accident, just curious about whiplash",
    'chills down my spine reading about fusion',
    "what's the difference between sciatica and cauda equina",
    'my perineum is numb for a few minutes after long rides, it always goes away quickly',
    'I had the chills from nerves before my last procedure',
    'I want to say goodbye to my back pain forever',
    'taking my CPR class: is upper back pain a sign of a heart attack?',
    'my chest is tight from bench press day',
    'ran a marathon and my legs are jelly',
    'my knee gives way sometimes, it is my ACL',
    'a real car crash of a week at work, just aches',
    'does the fibrin injection make your buttock numb afterward?',
    'what are the warning signs of a heart attack?',
    'fell off the wagon with my exercises',
    "I'm scared to sneeze in case I pee myself",
    'I know numbness in the saddle area is an ER thing',
    'studying for my EMT exam: is losing bladder control a disc sign?',
    'my butt fell asleep during the movie',
    'my knees give out on steep downhill hikes',
    'I read the warning about suicidal thoughts on my prescription',
    'work threw me under the bus today, my back is fine',
    'can a bike saddle cause numbness?',
    'does the local anesthetic numb your whole bottom?',
    'hypothetical: if I was in a car accident after the procedure, would it undo the repair?',
    'legs turned to jelly on the roller coaster',
    'I wanted to say goodbye and thank you to the staff',
    'my kid fell off the trampoline, the pediatrician checked and he is totally fine',
    'my physio asked if I had any numbness around my private parts',
    'tingling in my right buttock into the back of the thigh',
    'the nurse said to tell them if I ever get numbness in the saddle area',
    'my crotch goes numb on long rides, fine by the time I have showered',
    'got the chills reading about failed back surgery',
    'had a panic attack with chest tightness, the ER said my heart was all normal',
    'I gave away my old recliner because it hurt my back',
    'I had a cold with a fever, all better now',
    'a presentation on heart attack symptoms in women',
    "don't want to accidentally overdo it with ibuprofen",
    'my chest gets tight every time I see the bill',
    'my grandfather broke his back in a mining accident in the 1970s',
    'my legs went weak with relief when insurance said yes',
    'our book club read a novel about a man who wants to die',
    'does the sedation make it hard to breathe?',
    'hot and cold therapy for a pulled muscle',
    'how do I know if a surgical wound is infected?',
    'my legs fell asleep at the recital, then pins and needles and fine a minute later',
    'my partner jokes I have a numb bum from all my Netflix binges',
    "my physio asked me 'any numbness in the saddle area?'",
    'asking for a first aid class: what to do after a car accident',
    'a bit of a tight chest before surgery, it passes in a minute, my doctor says its anxiety',
    'why does the form ask about numbness between the legs?',
    'chest tightness in my asthma flare, better now with the inhaler',
    'my perineum gets numb for a bit after long rides, then its fine',
    'does the epidural numb your bottom temporarily?',
    'the ER said it was anxiety, not a heart attack',
    "I'm a social worker setting up referral pathways: what if a patient says they want to die?",
    'if someone ever has numbness around their genitals, is that an emergency?',
    'my chest hurts from laughing all night',
    "the doctor asked him if he had 'numbness in the saddle area'",
    'numb butt from watching a whole season in one sitting',
    'my car accident injury from last spring has fully healed, is chiropractic ok?',
    'got cabin fever from being stuck at home with this back',
    'hurt my back moving a chest of drawers up the stairs',
    "won't be around next week, off on holiday to Spain. can I move my appointment?",
    'Does the local anesthetic numb your whole bottom or just the spot where the needle goes?',
    'My piriformis is tight and I get tingling in my right buttock, would PT help?',
    'I was in a car accident in 2015 and have had neck pain on and off since',
    'Is it safe to get PRP if I take blood pressure meds for my heart?',
    'How common is it to lose bladder control after spine surgery?',
    "I'm not in any danger and I don't want to hurt myself, but the pain gets me down",
    'We got crushed 42-7 in the game last night. My back is fine',
    'bum isnt numb or anything, just sore from sitting at my desk all day',
    'fell on ice last month, xray was clear, no numbness or weakness, but still achy. normal?',
    'my uncle had cauda equina like 10 yrs ago, how common is that',
    'Is foot drop the same thing as a pinched nerve?',
    'cauda equina symptoms list',
    'fever last month after injection, long gone',
    'legs like jelly after squats lol',
    'Post-op day 5, temp normal, wound dry, calves not swollen. Is it normal to feel this tired?',
  ])('does not raise an alarm for the ordinary question "%s"', (text) => {
    expect(kindOf(text)).not.toBe('urgent')
  })

  it('still catches a red flag through a typo', () => {
    expect(kindOf('feeling sucidal because of the pain')).toBe('urgent')
    expect(kindOf('bladder incontinance since yesterday')).toBe('urgent')
    expect(kindOf('motorcyle crash an hour ago, neck hurts')).toBe('urgent')
    expect(kindOf('back pain with fevr and night sweats')).toBe('urgent')
    expect(kindOf('my fever from last week finally broke, can I book a follow-up')).not.toBe('urgent')
  })

  it('takes a red flag named as a possible cause for a question, not a report', () => {
    expect(kindOf('can a car accident cause an annular tear')).not.toBe('urgent')
    expect(kindOf('had a bad fall. cause of my back pain?')).toBe('urgent')
  })

  it('takes a red flag asked about as a side effect or symptom for a question, not a report', () => {
    expect(kindOf('is chest pain a side effect of an epidural steroid injection')).not.toBe('urgent')
    expect(kindOf('does the fibrin injection risk bladder problems')).not.toBe('urgent')
    expect(kindOf('what is cauda equina syndrome')).not.toBe('urgent')
    expect(kindOf('what does saddle anesthesia mean')).not.toBe('urgent')
    expect(kindOf('is a fever normal after fusion')).toBe('urgent')
    expect(kindOf('chest pain, is that a side effect of the injection?')).toBe('urgent')
  })

  it('does not treat an accident years ago as an emergency today', () => {
    expect(kindOf('had a car accident 5 years ago and still have back pain, do i really need a fusion')).not.toBe('urgent')
    expect(kindOf('in 2019 i was in a car crash, is fusion my only option')).not.toBe('urgent')
    expect(kindOf('i fell years ago and now both legs are going numb')).toBe('urgent')
  })

  it('reads a sign that a red flag has passed across the rest of the sentence', () => {
    expect(kindOf('ran a fever for a day after my back surgery, then it went away. can I book?')).not.toBe('urgent')
    expect(kindOf('ran a fever after my back surgery. It is still going up')).toBe('urgent')
  })

  it('still catches "I feel like killing myself"', () => {
    expect(kindOf('I feel like killing myself because of the pain')).toBe('urgent')
  })

  it('does not treat a red flag that has passed as an emergency today', () => {
    expect(kindOf('my fever from last week finally broke and my back feels better, can I book a follow-up')).not.toBe('urgent')
    expect(kindOf('my fever will not go down and my back is killing me')).toBe('urgent')
  })

  it('does not treat a red flag that was fine again long ago as an emergency today', () => {
    expect(kindOf('my legs felt weak for a day last summer but they have been fine since, was that my back?')).not.toBe('urgent')
    expect(kindOf('my mother had chest pains years ago, can she still have the fibrin injection?')).not.toBe('urgent')
    expect(kindOf('my legs felt weak for a day last summer, and now both legs are getting weaker again')).toBe('urgent')
    expect(kindOf('my dad lost bowel control after an operation in the 90s, is fibrin an option for him?')).not.toBe('urgent')
    expect(kindOf('fell off a roof back in 2012 and had a fusion, now the level above hurts')).not.toBe('urgent')
  })

  it('does not treat a red flag dated long ago in its sentence as an emergency today, unless it is back now', () => {
    expect(kindOf('back in 2015 I couldnt pee after a knee operation, does that matter?')).not.toBe('urgent')
    expect(kindOf('fell off a horse as a teenager, could that explain my disc?')).not.toBe('urgent')
    expect(kindOf('my mother had a heart attack in 2010, can she have sedation?')).not.toBe('urgent')
    expect(kindOf('back in 2015 I had a fusion and since this morning I cant pee')).toBe('urgent')
    expect(kindOf('since last year I cannot feel my legs')).toBe('urgent')
  })

  it('does not take stress incontinence or a question about someone else for a report', () => {
    expect(kindOf('I have a little stress incontinence since my kids were born')).not.toBe('urgent')
    expect(kindOf('if someone gets chest pain during sedation, who handles it?')).not.toBe('urgent')
  })

  it('takes a question about the warning signs of a red flag for a question', () => {
    expect(kindOf('what are the warning signs of cauda equina syndrome?')).not.toBe('urgent')
    expect(kindOf('I think it is cauda equina, I cant pee since this morning')).toBe('urgent')
  })

  it('takes a red flag put down to another cause, or asked about as a possible side effect, for a question', () => {
    expect(kindOf('can chest pain be a side effect of an epidural?')).not.toBe('urgent')
    expect(kindOf('I have a fever from the flu, no back trouble, should I move my appointment?')).not.toBe('urgent')
  })

  it('ignores a red flag the visitor says they do not have', () => {
    expect(kindOf('no bladder problems, just back pain, what are my options')).not.toBe('urgent')
    expect(kindOf("I don't have any numbness around my groin")).not.toBe('urgent')
    expect(kindOf('no fever, my back is just stiff')).not.toBe('urgent')
    expect(kindOf("I'm not suicidal, just tired of the pain")).not.toBe('urgent')
  })

  it('still fires on a red flag after a negated one', () => {
    expect(kindOf('no bladder problems, but my legs are getting weaker')).toBe('urgent')
    expect(kindOf('no fever. I cannot feel my legs')).toBe('urgent')
  })

  it('does not let a negation in an earlier phrase hide a later red flag', () => {
    expect(kindOf("I don't know why I can't pee")).toBe('urgent')
  })
})
