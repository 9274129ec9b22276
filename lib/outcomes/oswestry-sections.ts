// The Oswestry Disability Index, version 2.1a (Fairbank & Pynsent, Spine 2000;25:2940–52).
// © Jeremy Fairbank. The ODI is free for clinical use by individual clinicians; use in a
// commercial product needs a licence from Mapi Research Trust. See
// docs/decisions/007-exercise-plans-and-outcomes.md.

export interface OswestrySection {
  title: string;
  statements: readonly [string, string, string, string, string, string];
}

export const ODI_INSTRUCTIONS =
  'This questionnaire asks how your back (or leg) trouble affects your ability to manage in ' +
  'everyday life. In each section, choose the one statement that best describes you today. If two statements seem ' +
  'to fit, choose the one that most closely describes your problem. You may skip a section that does not apply to you.';

export const ODI_SECTIONS: readonly OswestrySection[] = [
  {
    title: 'Pain intensity',
    statements: [
      'I have no pain at the moment.',
      'The pain is very mild at the moment.',
      'The pain is moderate at the moment.',
      'The pain is fairly severe at the moment.',
      'The pain is very severe at the moment.',
      'The pain is the worst imaginable at the moment.',
    ],
  },
  {
    title: 'Personal care (washing, dressing, etc.)',
    statements: [
      'I can look after myself normally without causing extra pain.',
      'I can look after myself normally but it causes extra pain.',
      'It is painful to look after myself and I am slow and careful.',
      'I need some help but manage most of my personal care.',
      'I need help every day in most aspects of self-care.',
      'I do not get dressed, I wash with difficulty and stay in bed.',
    ],
  },
  {
    title: 'Lifting',
    statements: [
      'I can lift heavy weights without extra pain.',
      'I can lift heavy weights but it gives extra pain.',
      'Pain prevents me from lifting heavy weights off the floor, but I can manage if they are conveniently placed, for example on a table.',
      'Pain prevents me from lifting heavy weights, but I can manage light to medium weights if they are conveniently positioned.',
      'I can lift very light weights.',
      'I cannot lift or carry anything at all.',
    ],
  },
  {
    title: 'Walking',
    statements: [
      'Pain does not prevent me walking any distance.',
      'Pain prevents me from walking more than 1 mile.',
      'Pain prevents me from walking more than half a mile.',
      'Pain prevents me from walking more than 100 yards.',
      'I can only walk using a stick or crutches.',
      'I am in bed most of the time.',
    ],
  },
  {
    title: 'Sitting',
    statements: [
      'I can sit in any chair as long as I like.',
      'I can only sit in my favourite chair as long as I like.',
      'Pain prevents me sitting more than one hour.',
      'Pain prevents me from sitting more than 30 minutes.',
      'Pain prevents me from sitting more than 10 minutes.',
      'Pain prevents me from sitting at all.',
    ],
  },
  {
    title: 'Standing',
    statements: [
      'I can stand as long as I want without extra pain.',
      'I can stand as long as I want but it gives me extra pain.',
      'Pain prevents me from standing for more than 1 hour.',
      'Pain prevents me from standing for more than 30 minutes.',
      'Pain prevents me from standing for more than 10 minutes.',
      'Pain prevents me from standing at all.',
    ],
  },
  {
    title: 'Sleeping',
    statements: [
      'My sleep is never disturbed by pain.',
      'My sleep is occasionally disturbed by pain.',
      'Because of pain I have less than 6 hours sleep.',
      'Because of pain I have less than 4 hours sleep.',
      'Because of pain I have less than 2 hours sleep.',
      'Pain prevents me from sleeping at all.',
    ],
  },
  {
    title: 'Sex life (if applicable)',
    statements: [
      'My sex life is normal and causes no extra pain.',
      'My sex life is normal but causes some extra pain.',
      'My sex life is nearly normal but is very painful.',
      'My sex life is severely restricted by pain.',
      'My sex life is nearly absent because of pain.',
      'Pain prevents any sex life at all.',
    ],
  },
  {
    title: 'Social life',
    statements: [
      'My social life is normal and gives me no extra pain.',
      'My social life is normal but increases the degree of pain.',
      'Pain has no significant effect on my social life apart from limiting my more energetic interests, for example sport.',
      'Pain has restricted my social life and I do not go out as often.',
      'Pain has restricted my social life to my home.',
      'I have no social life because of pain.',
    ],
  },
  {
    title: 'Travelling',
    statements: [
      'I can travel anywhere without pain.',
      'I can travel anywhere but it gives me extra pain.',
      'Pain is bad but I manage journeys over two hours.',
      'Pain restricts me to journeys of less than one hour.',
      'Pain restricts me to short necessary journeys under 30 minutes.',
      'Pain prevents me from travelling except to receive treatment.',
    ],
  },
];
