import type { Cause } from '../payload-types'

/**
 * Demo causes. Sources name real studies and bodies; no URLs are given where we could not check
 * them, rather than risk an invented address.
 */
export type SeedCause = {
  slug: string
  title: string
  category: Cause['category']
  summary: string
  body: string[]
  sources: Array<{ title: string; publisher: string; year?: number }>
}

export const SEED_CAUSES: SeedCause[] = [
  {
    slug: 'strength-training-too-intense',
    title: 'Strength training that is too intense',
    category: 'training',
    summary:
      'Heavy leg sessions build a stronger runner, but too many of them leave the legs tired for the runs that follow.',
    body: [
      'Moderate strength work adds muscle and makes each stride cheaper in energy.',
      'Heavy squats, lunges and jumps done too often never let the leg muscles recover before the next run.',
      'Most runners do well with one or two short sessions a week in race season and a little more in the off-season.',
    ],
    sources: [
      {
        title:
          'Effects of strength training on the physiological determinants of middle- and long-distance running performance: a systematic review',
        publisher: 'Sports Medicine',
        year: 2018,
      },
    ],
  },
  {
    slug: 'skipping-stretching',
    title: 'Skipping the stretch after a run',
    category: 'recovery',
    summary:
      'A short cool-down and stretch keeps joints moving freely; leaving it out lets stiffness build from one run to the next.',
    body: [
      'Ten minutes of easy stretching after a run relaxes the body and keeps the hips, knees and ankles moving through their full range.',
      'Research finds only a small effect of stretching on next-day soreness, so treat it as mobility work rather than a cure.',
    ],
    sources: [
      {
        title: 'Stretching to prevent or reduce muscle soreness after exercise',
        publisher: 'Cochrane Database of Systematic Reviews',
        year: 2011,
      },
      {
        title: "ACSM's Guidelines for Exercise Testing and Prescription",
        publisher: 'American College of Sports Medicine',
        year: 2021,
      },
    ],
  },
  {
    slug: 'overtraining',
    title: 'Overtraining',
    category: 'training',
    summary:
      'Training load that outruns recovery for weeks on end: performance drops and the legs stay heavy even on easy days.',
    body: [
      'The body adapts during rest, not during the session itself.',
      'When hard weeks follow each other without recovery, performance falls and fatigue, low mood and headaches appear.',
      'A few days of rest usually help; symptoms that last more than a couple of weeks deserve a visit to a doctor.',
    ],
    sources: [
      {
        title:
          'Prevention, diagnosis, and treatment of the overtraining syndrome: joint consensus statement of the ECSS and the ACSM',
        publisher: 'Medicine & Science in Sports & Exercise',
        year: 2013,
      },
    ],
  },
  {
    slug: 'worn-or-wrong-shoes',
    title: 'Worn-out or unsuitable shoes',
    category: 'equipment',
    summary: 'Shoes that are too heavy, too minimal or simply worn out pass more of each landing to the leg muscles.',
    body: [
      'A heavy shoe adds weight at the end of the leg, the place where extra mass costs the most energy.',
      'A very light shoe with little cushioning leaves the calves and shins to absorb more of the landing.',
      'Cushioning wears out too: most running shoes are good for roughly 500 to 800 km.',
    ],
    sources: [
      {
        title: 'Shock absorption characteristics of running shoes',
        publisher: 'The American Journal of Sports Medicine',
        year: 1985,
      },
    ],
  },
  {
    slug: 'running-form',
    title: 'Inefficient running form',
    category: 'technique',
    summary: 'Long ground contact and a high, bouncing stride spend energy on moving up and down instead of forward.',
    body: [
      'Every stride that stays on the ground too long or lifts the body too high costs energy that never moves you forward.',
      'Small changes, practised on easy runs, make the same pace feel lighter.',
    ],
    sources: [
      {
        title:
          'Is there an economical running technique? A review of modifiable biomechanical factors affecting running economy',
        publisher: 'Sports Medicine',
        year: 2016,
      },
    ],
  },
  {
    slug: 'weight-gain',
    title: 'Weight gain',
    category: 'body_weight',
    summary: 'Each landing loads the legs with a multiple of body weight, so a few extra kilograms add up over a run.',
    body: [
      'Running every day does not protect against weight gain if eating goes up with it.',
      'Landing forces are often quoted at around five times body weight, so every extra kilogram is carried thousands of times per run.',
    ],
    sources: [
      { title: 'Ground reaction forces in distance running', publisher: 'Journal of Biomechanics', year: 1980 },
    ],
  },
  {
    slug: 'iron-deficiency',
    title: 'Iron deficiency',
    category: 'health',
    summary: 'Too little iron means too little haemoglobin to carry oxygen, and oxygen-starved muscles tire quickly.',
    body: [
      'Iron is part of haemoglobin, the protein in red blood cells that carries oxygen to working muscles.',
      'When stores run low, muscles tire early and every run feels harder than it should.',
      'Women and vegetarian runners are most at risk; a blood test tells, and a doctor should guide any supplements.',
    ],
    sources: [
      {
        title: 'Athletic induced iron deficiency: new insights into the role of inflammation, cytokines and hormones',
        publisher: 'European Journal of Applied Physiology',
        year: 2008,
      },
      {
        title: 'Iron deficiency anaemia: assessment, prevention and control',
        publisher: 'World Health Organization',
        year: 2001,
      },
    ],
  },
  {
    slug: 'dehydration',
    title: 'Dehydration',
    category: 'hydration',
    summary:
      'Sweat losses that are not replaced reduce blood volume, so the heart works harder and the legs feel heavier.',
    body: [
      'Sweating takes water out of the blood.',
      'With less fluid the heart has to work harder to keep blood moving, and less energy is left for running.',
    ],
    sources: [
      {
        title: 'Exercise and fluid replacement (position stand)',
        publisher: 'American College of Sports Medicine',
        year: 2007,
      },
    ],
  },
  {
    slug: 'poor-sleep',
    title: 'Poor sleep',
    category: 'recovery',
    summary: 'Short or broken sleep slows recovery and makes the same effort feel harder.',
    body: [
      'Most repair and adaptation happens during sleep.',
      'After a bad night, perceived effort rises and endurance falls.',
    ],
    sources: [
      {
        title:
          'Sleep and athletic performance: the effects of sleep loss on exercise performance, and physiological and cognitive responses to exercise',
        publisher: 'Sports Medicine',
        year: 2015,
      },
    ],
  },
  {
    slug: 'under-fuelling',
    title: 'Not eating enough for your training',
    category: 'nutrition',
    summary:
      'Low energy availability leaves muscles short of glycogen and, over time, disturbs hormones, bones and iron.',
    body: [
      'Muscles run on stored carbohydrate; a long run on an empty tank feels heavy from the start.',
      'Eating too little for months has wider effects, which sports medicine calls relative energy deficiency in sport.',
    ],
    sources: [
      {
        title: 'IOC consensus statement on relative energy deficiency in sport (RED-S): 2018 update',
        publisher: 'British Journal of Sports Medicine',
        year: 2018,
      },
    ],
  },
  {
    slug: 'running-in-the-heat',
    title: 'Running in the heat',
    category: 'health',
    summary: 'In hot weather blood goes to the skin for cooling, leaving less for the muscles.',
    body: [
      'Heat raises heart rate at any pace.',
      'The body adapts over one to two weeks of regular, careful exposure.',
    ],
    sources: [
      {
        title: 'Consensus recommendations on training and competing in the heat',
        publisher: 'British Journal of Sports Medicine',
        year: 2015,
      },
    ],
  },
  {
    slug: 'sudden-mileage-increase',
    title: 'Increasing mileage too quickly',
    category: 'training',
    summary: 'A jump in weekly distance gives muscles, tendons and bones no time to catch up.',
    body: [
      'Load that rises faster than the body adapts leaves lingering fatigue.',
      'Steady increases, with an easier week every few weeks, work better.',
    ],
    sources: [
      {
        title: 'The training–injury prevention paradox: should athletes be training smarter and harder?',
        publisher: 'British Journal of Sports Medicine',
        year: 2016,
      },
    ],
  },
  {
    slug: 'overstriding',
    title: 'Overstriding',
    category: 'technique',
    summary: 'Landing with the foot far ahead of the body acts as a brake on every step.',
    body: ['A slightly quicker cadence shortens the stride and brings the landing under the body.'],
    sources: [
      {
        title: 'Effects of step rate manipulation on joint mechanics during running',
        publisher: 'Medicine & Science in Sports & Exercise',
        year: 2011,
      },
    ],
  },
  {
    slug: 'delayed-onset-muscle-soreness',
    title: 'Delayed onset muscle soreness',
    category: 'recovery',
    summary: 'The stiffness that peaks a day or two after unfamiliar or downhill running.',
    body: ['It follows new or eccentric work such as downhill running and fades within a few days.'],
    sources: [
      {
        title: 'Delayed onset muscle soreness: treatment strategies and performance factors',
        publisher: 'Sports Medicine',
        year: 2003,
      },
    ],
  },
]
