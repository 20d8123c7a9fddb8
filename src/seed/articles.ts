/**
 * Demo articles, written for Legwork from the facts of the publication's old pages. Every published
 * one passes the pre-publish checks; the last three show the workflow (scheduled, in review, draft).
 */
export type SeedArticle = {
  slug: string
  title: string
  excerpt: string
  seoDescription: string
  intro: string[]
  reasons: Array<{ cause: string; heading?: string; body: string[] }>
  conclusion: string[]
  state: 'published' | 'scheduled' | 'in_review' | 'draft'
  /** How long ago it was first published (published ones only). */
  daysAgo?: number
  by: 'editor' | 'writer'
  withReviewer?: boolean
  relatedPinned?: string[]
}

export const MAIN_ARTICLE_SLUG = '8-reasons-why-you-feel-your-legs-heavy-when-you-run'

export const SEED_ARTICLES: SeedArticle[] = [
  {
    slug: MAIN_ARTICLE_SLUG,
    title: '8 reasons why you feel your legs heavy when you run',
    excerpt:
      'Some heaviness at the end of a hard run is normal. Heavy legs from the first kilometre usually have a cause you can find and fix.',
    seoDescription:
      'Legs heavy from the first step? Eight common causes, from hard strength sessions and old shoes to low iron and dehydration, and what to do.',
    intro: [
      'Tired, heavy legs towards the end of a hard run are part of the sport: the muscles have been working and fatigue builds up.',
      'Legs that feel like lead from the very first kilometre are a different story. That feeling usually points to one of the causes below.',
    ],
    reasons: [
      {
        cause: 'strength-training-too-intense',
        heading: 'Your strength training is too intense',
        body: [
          'Strength work makes runners more efficient, but a hard leg session the day before a run leaves little in the tank.',
          'Keep heavy lower-body work to one or two sessions a week during race season, and build more of it into the off-season.',
        ],
      },
      {
        cause: 'skipping-stretching',
        heading: 'You skip the stretch after running',
        body: [
          'Give yourself ten minutes after each run to walk, loosen up and stretch the calves, hamstrings and hips.',
          'It keeps the joints moving freely and helps the legs feel less stiff on the next outing.',
        ],
      },
      {
        cause: 'overtraining',
        heading: 'You are overtraining',
        body: [
          'When hard weeks pile up without rest, the body cannot return to its normal state between runs.',
          'Watch for falling race times, constant tiredness, low mood and headaches alongside the heavy legs.',
          'If you suspect it, take a few easy days straight away, and see a doctor if the signs do not fade.',
        ],
      },
      {
        cause: 'worn-or-wrong-shoes',
        heading: 'Your shoes are wrong or worn out',
        body: [
          'Heavy shoes make every stride cost more, while very thin ones leave your leg muscles to soak up the landing.',
          'Check the distance on your pair: cushioning fades after roughly 500 to 800 km.',
        ],
      },
      {
        cause: 'running-form',
        heading: 'Your running form wastes energy',
        body: [
          'Feet that stay on the ground too long, or a stride that bounces high, spend energy that does not carry you forward.',
          'Aim for quick, light contacts and a stride that travels forward rather than up.',
        ],
      },
      {
        cause: 'weight-gain',
        heading: 'You have put on weight',
        body: [
          'Regular running does not guarantee a stable weight, especially if appetite grows with the training.',
          'Because each landing loads the legs with several times your body weight, even one or two extra kilograms are felt over a long run.',
        ],
      },
      {
        cause: 'iron-deficiency',
        heading: 'You are low on iron',
        body: [
          'Iron helps build the haemoglobin that carries oxygen to your muscles, so low stores make them tire early.',
          'Women and vegetarian runners are most at risk. Ask for a blood test before taking supplements.',
        ],
      },
      {
        cause: 'dehydration',
        heading: 'You are dehydrated',
        body: [
          'Sweat that is not replaced thickens the blood, and the heart has to work harder to move it around.',
          'Drink through the day, not only at the start line, and more on hot days.',
        ],
      },
    ],
    conclusion: [
      'Most of these causes are easy to test: change one thing, run for a week and notice the difference.',
      'If heavy legs come with dizziness, breathlessness or unusual tiredness at rest, talk to a doctor.',
    ],
    state: 'published',
    daysAgo: 2,
    by: 'editor',
    withReviewer: true,
    relatedPinned: ['5-signs-you-are-overtraining'],
  },
  {
    slug: '5-signs-you-are-overtraining',
    title: '5 signs you are overtraining',
    excerpt: 'More training is not always better. These are the early signs that your body is not keeping up.',
    seoDescription:
      'Falling performance, poor sleep and heavy legs: five warning signs of overtraining and how to recover before it costs you a season.',
    intro: ['Overtraining creeps in slowly. The earlier you notice it, the shorter the way back.'],
    reasons: [
      {
        cause: 'overtraining',
        heading: 'Your times keep getting slower',
        body: ['Sessions that used to be easy now feel hard, and race results slip for weeks.'],
      },
      {
        cause: 'poor-sleep',
        heading: 'You sleep badly despite being tired',
        body: ['Restless nights are a classic early sign that the body is under too much stress.'],
      },
      {
        cause: 'sudden-mileage-increase',
        heading: 'Your mileage jumped recently',
        body: ['A big rise in weekly distance is the most common trigger we hear about from readers.'],
      },
      {
        cause: 'under-fuelling',
        heading: 'You are not eating enough',
        body: ['Training hard on too little food speeds up the slide into exhaustion.'],
      },
      {
        cause: 'iron-deficiency',
        heading: 'You feel breathless on easy runs',
        body: ['Low iron can look like overtraining, so rule it out with a simple blood test.'],
      },
    ],
    conclusion: ['Rest is training too. Plan easy weeks before your body forces them on you.'],
    state: 'published',
    daysAgo: 5,
    by: 'writer',
  },
  {
    slug: 'when-are-running-shoes-worn-out',
    title: 'When are your running shoes worn out?',
    excerpt: 'Shoes rarely look finished when they are. Here is how to tell, and why it matters for your legs.',
    seoDescription:
      'How many kilometres do running shoes last? Signs your pair is worn out and how old shoes change the load on your legs.',
    intro: ['The upper can look almost new while the midsole has lost much of its spring.'],
    reasons: [
      {
        cause: 'worn-or-wrong-shoes',
        heading: 'The cushioning has gone flat',
        body: ['Count the kilometres: most pairs are done somewhere between 500 and 800 km.'],
      },
      {
        cause: 'running-form',
        heading: 'Your stride has changed',
        body: ['Worn shoes can quietly change how you land, and your legs pay for it.'],
      },
      {
        cause: 'sudden-mileage-increase',
        heading: 'You added distance in old shoes',
        body: ['More kilometres in tired shoes double the load on muscles that are already working harder.'],
      },
    ],
    conclusion: ['Keep a note of when you bought each pair, and rotate two pairs if you run most days.'],
    state: 'published',
    daysAgo: 9,
    by: 'editor',
  },
  {
    slug: '3-ways-to-run-better-in-the-heat',
    title: '3 ways to run better in the heat',
    excerpt: 'Summer running feels harder for good reasons. Adapt your plan instead of fighting the weather.',
    seoDescription:
      'Why hot weather makes running harder and three practical ways to cope: acclimatise, drink well and protect your sleep.',
    intro: ['Heat raises your heart rate at every pace, so yesterday’s easy run can feel like a tempo session.'],
    reasons: [
      {
        cause: 'running-in-the-heat',
        heading: 'Acclimatise over two weeks',
        body: ['Short, easy runs in warm conditions teach the body to sweat earlier and cool better.'],
      },
      {
        cause: 'dehydration',
        heading: 'Drink before you are thirsty',
        body: ['Start hydrated and carry water on runs longer than an hour.'],
      },
      {
        cause: 'poor-sleep',
        heading: 'Protect your sleep on hot nights',
        body: ['A cool, dark bedroom helps you recover from hot-weather sessions.'],
      },
    ],
    conclusion: ['Run by effort, not by pace, until the weather breaks.'],
    state: 'published',
    daysAgo: 14,
    by: 'writer',
  },
  {
    slug: 'iron-and-the-female-runner',
    title: 'Iron and the female runner',
    excerpt: 'Low iron is common among women who run. Here is why, and what to ask your doctor.',
    seoDescription:
      'Why women who run are prone to low iron, how it shows up as heavy legs and fatigue, and how to test and treat it safely.',
    intro: ['Iron deficiency is one of the most frequent causes of unexplained tiredness in runners we hear from.'],
    reasons: [
      {
        cause: 'iron-deficiency',
        heading: 'Losses outpace intake',
        body: ['Menstruation, sweat and foot strike all draw on iron stores.'],
      },
      {
        cause: 'under-fuelling',
        heading: 'Low energy intake means low iron intake',
        body: ['Eating too little overall makes it hard to take in enough iron from food.'],
      },
      {
        cause: 'overtraining',
        heading: 'It can masquerade as overtraining',
        body: ['Falling performance and fatigue look the same, so test before you rest for months.'],
      },
    ],
    conclusion: ['A blood test including ferritin gives a clear answer. Supplements belong under medical guidance.'],
    state: 'published',
    daysAgo: 20,
    by: 'editor',
    withReviewer: true,
  },
  {
    slug: 'why-easy-runs-feel-hard',
    title: 'Why do your easy runs feel hard?',
    excerpt: 'An easy run should feel easy. When it does not, look beyond fitness.',
    seoDescription:
      'Easy runs feeling hard? Sleep, food, iron and accumulated fatigue are the usual suspects. How to find out which one applies.',
    intro: ['If a gentle jog leaves you drained, your fitness is rarely the problem.'],
    reasons: [
      {
        cause: 'poor-sleep',
        heading: 'You are short on sleep',
        body: ['One bad night raises perceived effort, and several in a row add up quickly.'],
      },
      {
        cause: 'under-fuelling',
        heading: 'You ran on an empty tank',
        body: ['Low glycogen makes the legs heavy from the start of a run.'],
      },
      {
        cause: 'iron-deficiency',
        heading: 'Your iron is low',
        body: ['Breathlessness at a pace that used to be comfortable is worth a blood test.'],
      },
      {
        cause: 'overtraining',
        heading: 'Fatigue has built up',
        body: ['Hard sessions with too little recovery leave nothing for the easy days.'],
      },
    ],
    conclusion: ['Slow down further, sleep more for a week and see whether the feeling lifts.'],
    state: 'published',
    daysAgo: 27,
    by: 'writer',
  },
  {
    slug: '4-form-fixes-for-more-efficient-running',
    title: '4 form fixes for more efficient running',
    excerpt: 'Small changes to how you move can make the same pace cost less energy.',
    seoDescription:
      'Four simple running form changes, from cadence to strength work, that make running feel lighter and cost less energy.',
    intro: ['You do not need a new running style. A few adjustments to the one you have go a long way.'],
    reasons: [
      {
        cause: 'running-form',
        heading: 'Keep ground contact short',
        body: ['Think of the ground as hot: light, quick contacts waste less energy.'],
      },
      {
        cause: 'overstriding',
        heading: 'Land under your body',
        body: ['Raise your cadence a little so the foot lands closer to your centre of mass.'],
      },
      {
        cause: 'strength-training-too-intense',
        heading: 'Build strength, but gently',
        body: ['Two short strength sessions a week support good form without leaving you sore.'],
      },
      {
        cause: 'worn-or-wrong-shoes',
        heading: 'Check your shoes',
        body: ['Worn-out shoes can undo good habits by changing how you land.'],
      },
    ],
    conclusion: ['Change one thing at a time and give it a few weeks before judging it.'],
    state: 'published',
    daysAgo: 33,
    by: 'editor',
  },
  {
    slug: 'strength-training-for-runners-how-much',
    title: 'Strength training for runners: how much is enough?',
    excerpt: 'Strength work helps runners, until it starts to hurt their running. Here is the balance.',
    seoDescription:
      'How often should runners lift? The benefits of strength training, the signs you overdo it and how to fit it around your runs.',
    intro: ['Strength training improves running economy, but it competes with running for recovery.'],
    reasons: [
      {
        cause: 'strength-training-too-intense',
        heading: 'Too many heavy sessions',
        body: ['More than two hard leg sessions a week rarely pays off for distance runners.'],
      },
      {
        cause: 'delayed-onset-muscle-soreness',
        heading: 'Soreness after new exercises',
        body: ['Start new movements light; soreness peaks one or two days later.'],
      },
      {
        cause: 'overtraining',
        heading: 'Adding lifting on top of full mileage',
        body: ['Make room for strength work by trimming running volume at first.'],
      },
    ],
    conclusion: ['Schedule strength sessions on hard-run days so easy days stay easy.'],
    state: 'published',
    daysAgo: 41,
    by: 'writer',
  },
  {
    slug: 'losing-weight-without-losing-speed',
    title: 'Losing weight as a runner without losing speed',
    excerpt: 'Lighter can mean faster, but cutting too hard costs more than it gains.',
    seoDescription:
      'How runners can lose weight safely: why extra kilograms load the legs, why under-eating backfires, and why sleep matters.',
    intro: ['Weight matters in running, yet chasing a number on the scale often ends in fatigue and injury.'],
    reasons: [
      {
        cause: 'weight-gain',
        heading: 'Why a few kilograms matter',
        body: ['Your legs carry every extra kilogram through thousands of landings on each run.'],
      },
      {
        cause: 'under-fuelling',
        heading: 'Why crash diets backfire',
        body: ['Eating far too little drains glycogen and, over months, harms bones and hormones.'],
      },
      {
        cause: 'poor-sleep',
        heading: 'Why sleep is part of the plan',
        body: ['Short sleep increases appetite and makes healthy choices harder.'],
      },
    ],
    conclusion: ['Aim for slow change over months and fuel the sessions that matter.'],
    state: 'published',
    daysAgo: 48,
    by: 'editor',
  },
  {
    slug: 'stretching-after-a-run-what-it-does',
    title: 'Stretching after a run: what it does and does not do',
    excerpt: 'Stretching will not prevent soreness, but it still has a place in a runner’s week.',
    seoDescription:
      'What stretching after running really does: better mobility, a calmer cool-down, and little effect on next-day soreness.',
    intro: ['Few habits are argued about as much as stretching. The evidence is calmer than the debate.'],
    reasons: [
      {
        cause: 'skipping-stretching',
        heading: 'It keeps you mobile',
        body: ['Regular stretching maintains the range of motion a relaxed stride needs.'],
      },
      {
        cause: 'delayed-onset-muscle-soreness',
        heading: 'It barely touches soreness',
        body: ['Studies find only a small effect on how sore you feel the next day.'],
      },
    ],
    conclusion: ['Stretch because it helps you move well, not because it will erase a hard session.'],
    state: 'published',
    daysAgo: 56,
    by: 'writer',
  },
  {
    slug: 'heavy-legs-after-a-marathon',
    title: 'Heavy legs after a marathon: what helps',
    excerpt: 'The days after a marathon are part of the race. Recover well and the legs come back quickly.',
    seoDescription:
      'Why your legs feel heavy for days after a marathon and what speeds recovery: fluids, food and gentle movement.',
    intro: ['Forty-two kilometres leave small injuries in the muscles that take days to settle.'],
    reasons: [
      {
        cause: 'delayed-onset-muscle-soreness',
        heading: 'The soreness peaks on day two',
        body: ['Walk, cycle gently and keep moving; stairs will feel easier by the weekend.'],
      },
      {
        cause: 'dehydration',
        heading: 'You finished low on fluid',
        body: ['Keep drinking through the evening, and add some salt to replace what you sweated out.'],
      },
      {
        cause: 'under-fuelling',
        heading: 'Your glycogen is gone',
        body: ['Eat a proper meal with carbohydrate and protein within a few hours of finishing.'],
      },
    ],
    conclusion: ['Give yourself a week of easy movement before running again.'],
    state: 'published',
    daysAgo: 63,
    by: 'editor',
  },
  {
    slug: 'how-fast-to-increase-mileage',
    title: 'How fast should you increase your mileage?',
    excerpt: 'Build distance slowly enough for your body to keep up, and plan easier weeks.',
    seoDescription:
      'How quickly runners can safely add weekly distance, why sudden jumps cause fatigue and how easy weeks help.',
    intro: ['Heart and lungs adapt within weeks; tendons and bones take months.'],
    reasons: [
      {
        cause: 'sudden-mileage-increase',
        heading: 'Small steps beat big jumps',
        body: ['Add a little distance each week rather than doubling a long run.'],
      },
      {
        cause: 'overtraining',
        heading: 'Plan an easier week',
        body: ['Every third or fourth week, cut back so the gains can settle in.'],
      },
      {
        cause: 'poor-sleep',
        heading: 'Sleep more as the load rises',
        body: ['Extra training needs extra recovery, and most of it happens in bed.'],
      },
    ],
    conclusion: ['Consistency over months beats any single big week.'],
    state: 'published',
    daysAgo: 71,
    by: 'writer',
  },
  {
    slug: 'how-much-should-runners-drink',
    title: 'How much should runners drink?',
    excerpt: 'Neither too little nor too much: a simple approach to fluids for everyday training.',
    seoDescription:
      'A practical guide to hydration for runners: drinking to thirst, warm-weather adjustments and the signs of running low.',
    intro: ['Fluid needs vary a lot between runners and between days.'],
    reasons: [
      {
        cause: 'dehydration',
        heading: 'Running low slows you down',
        body: ['Dark urine and a headache after a run suggest you need more fluid.'],
      },
      {
        cause: 'running-in-the-heat',
        heading: 'Hot days need a plan',
        body: ['Weigh yourself before and after a hot run to learn how much you sweat.'],
      },
    ],
    conclusion: ['Drink to thirst on most days, and plan ahead for long or hot runs.'],
    state: 'published',
    daysAgo: 80,
    by: 'editor',
  },
  {
    slug: 'coming-back-from-a-break-3-mistakes',
    title: 'Coming back from a break: 3 mistakes to avoid',
    excerpt: 'Returning after weeks off is exciting. These three mistakes turn it into another break.',
    seoDescription:
      'Returning to running after time off? Avoid these three common mistakes: too much too soon, ignoring soreness and old shoes.',
    intro: ['Fitness fades more slowly than you fear, but tendons and muscles need time to catch up.'],
    reasons: [
      {
        cause: 'sudden-mileage-increase',
        heading: 'Starting where you left off',
        body: ['Begin at half your old weekly distance and build from there.'],
      },
      {
        cause: 'delayed-onset-muscle-soreness',
        heading: 'Ignoring the soreness',
        body: ['Expect stiff legs for a few days and keep the first week gentle.'],
      },
      {
        cause: 'worn-or-wrong-shoes',
        heading: 'Dusting off the old shoes',
        body: ['Shoes that were nearly done before the break are still nearly done now.'],
      },
    ],
    conclusion: ['Patience for a month buys you a whole season of running.'],
    state: 'scheduled',
    by: 'editor',
  },
  {
    slug: 'why-your-calves-burn-on-hills',
    title: 'Why your calves burn on hills',
    excerpt: 'Hills work the calves harder than flat running. Technique and strength both help.',
    seoDescription:
      'Why hill running makes your calves burn and how stride, strength and shoes change the effort on climbs.',
    intro: ['Running uphill shifts work towards the calves and the front of the foot.'],
    reasons: [
      {
        cause: 'running-form',
        heading: 'Your stride is too long uphill',
        body: ['Shorten your steps and keep your cadence up on climbs.'],
      },
      {
        cause: 'overstriding',
        heading: 'You reach forward with your feet',
        body: ['Reaching ahead makes every step a brake, which hurts most uphill.'],
      },
      {
        cause: 'strength-training-too-intense',
        heading: 'Your calves need steady strength work',
        body: ['Regular, moderate calf raises prepare the legs for climbs.'],
      },
    ],
    conclusion: ['Walk the steepest parts if you need to: it is often just as fast.'],
    state: 'in_review',
    by: 'writer',
  },
  {
    slug: 'sleep-and-running',
    title: 'Sleep and running: how rest makes you faster',
    excerpt: 'The cheapest performance boost is a longer night.',
    seoDescription:
      'How sleep affects running performance and recovery, and simple habits for better sleep in a training block.',
    intro: ['Training breaks the body down; sleep builds it back stronger.'],
    reasons: [
      { cause: 'poor-sleep', heading: 'Sleep is when you adapt', body: ['Growth and repair peak during deep sleep.'] },
      {
        cause: 'overtraining',
        heading: 'Short sleep mimics overtraining',
        body: ['A week of short nights can make training feel like overreaching.'],
      },
    ],
    conclusion: ['Guard your sleep before a key session as carefully as your pace.'],
    state: 'draft',
    by: 'writer',
  },
]
