// Condition pages, as typed data: add a condition by adding one entry here; the page, its
// metadata and its structured data are built from it. Written in our own words, in plain
// language, and reviewed against standard low back pain guidance (red flags as in NICE NG59 and
// the APTA low back pain clinical practice guideline). Education, not a diagnosis.
import { SERVICE_LABEL, type ClinicService } from '../clinics/services';

export interface ConditionCause {
  slug: string;
  name: string;
  /** One or two sentences: what it is. */
  summary: string;
  symptoms: string[];
  /** What a physical therapist does about it. */
  therapy: { strengthening: string; stretching: string; handsOn: string };
  /** In-clinic services (lib/clinics/services.ts) that treat it, most useful first: the page links
   * each to the clinic locator filtered by it. */
  services: ClinicService[];
}

export interface ConditionPage {
  slug: string;
  /** The page's <h1> and the schema.org name. */
  name: string;
  /** <title> (the site name is added by the layout). */
  title: string;
  /** Meta description: under ~160 characters. */
  description: string;
  intro: string[];
  whyItHappens: { heading: string; paragraphs: string[] };
  causes: ConditionCause[];
  /** Signs that need a doctor urgently rather than physical therapy first. */
  seeADoctorUrgently: string[];
  /** Signs that mean: see a doctor soon (days, not weeks). */
  seeADoctorSoon: string[];
  selfCare: string[];
  /** The guidance the text was checked against. */
  sources: { name: string; url: string }[];
  /** The last clinical review: who (a licensed clinician) and when (ISO date); null until signed off. */
  review: { by: string; on: string } | null;
  /** ISO date the text last changed. */
  updatedOn: string;
}

export const CONDITIONS: readonly ConditionPage[] = [
  {
    slug: 'low-back-pain',
    name: 'Low back pain that is worse lying down',
    title: 'Low back pain worse lying down: causes and physical therapy',
    description:
      'Why low back pain can get worse when you lie down, the common causes (sciatica, strains, arthritis, disc ' +
      'herniation), how physical therapy helps and when to see a doctor.',
    intro: [
      'Most back pain eases when you lie down, because the spine no longer carries your weight. When yours gets worse in ' +
        'bed, or wakes you at night, it is natural to worry. The good news: for most people the cause is a common, ' +
        'treatable problem with the muscles, joints or discs of the lower back, and it usually improves with the right ' +
        'movement and exercise.',
      'This page explains why lying down can hurt, the usual causes, what a physical therapist does about each, and the ' +
        'few warning signs that mean you should see a doctor first.',
    ],
    whyItHappens: {
      heading: 'Why lying down can make back pain worse',
      paragraphs: [
        'When you lie still for hours, irritated tissues stiffen and the small joints of the spine stop moving. Many people ' +
          'feel this as pain when they turn over in bed or stiffness first thing in the morning that eases once they get ' +
          'moving.',
        'Some positions also load sore areas. Lying flat on your back on a soft mattress lets the lower back sag; lying ' +
          'on your front arches it; lying on one side can press on an irritated joint or pull on a tight muscle. A nerve ' +
          'that is already sensitive, as in sciatica, can be stretched or squeezed by the way you lie.',
        'Less often, pain that is there whatever position you are in, and is worst at night, is a sign of something other ' +
          'than a mechanical back problem. That is why we ask about warning signs before your first visit, and why a ' +
          'doctor should check night pain that never lets up.',
      ],
    },
    causes: [
      {
        slug: 'sciatica',
        name: 'Sciatica',
        summary:
          'Pain from an irritated or squeezed nerve root in the lower back that travels along the sciatic nerve, ' +
          'through the buttock and down the back of one leg.',
        symptoms: [
          'Pain that runs from the low back or buttock down one leg, sometimes to the foot',
          'Tingling, pins and needles or numbness in the leg',
          'Leg pain that is often worse than the back pain',
          'Pain that flares when you cough, sneeze, sit for long or lie in certain positions',
        ],
        therapy: {
          strengthening: 'Gradual core and hip strengthening so the lower back is supported and the nerve is loaded less.',
          stretching:
            'Gentle nerve-gliding (“flossing”) movements and stretches for the hips and hamstrings, kept below the point where leg symptoms build.',
          handsOn:
            'Joint mobilisation and soft-tissue work to calm the area, and advice on positions that ease the nerve at night.',
        },
        services: ['spine-care', 'soft-tissue-mobilization', 'dry-needling'],
      },
      {
        slug: 'muscle-strain',
        name: 'Muscle strains, sprains and tears',
        summary:
          'An overstretched or torn muscle (strain) or ligament (sprain) in the lower back, often after lifting, ' +
          'twisting or an unusual effort. The most common cause of sudden back pain.',
        symptoms: [
          'Aching or sharp pain across the lower back, without pain down the leg',
          'Muscle spasm and stiffness that makes it hard to stand straight',
          'Pain when you move, bend or roll over in bed, easing with gentle movement',
          'Tenderness when the sore muscle is pressed',
        ],
        therapy: {
          strengthening: 'A graded return to loading: trunk, glute and hip exercises that build up week by week.',
          stretching: 'Gentle range-of-motion work and stretches for the back, hips and hamstrings to ease spasm.',
          handsOn:
            'Soft-tissue massage and gentle mobilisation to reduce spasm, plus clear advice to keep moving rather than rest in bed.',
        },
        services: ['myofascial-release', 'soft-tissue-mobilization', 'instrument-assisted-manual-therapy', 'dry-needling'],
      },
      {
        slug: 'osteoarthritis',
        name: 'Osteoarthritis of the spine',
        summary:
          'Wear-related changes in the small facet joints and discs of the spine that come with age. Very common, ' +
          'and often not painful at all; when it is, movement is usually the best treatment.',
        symptoms: [
          'Stiffness in the morning or after resting, easing within about half an hour of moving',
          'An ache that builds with standing or leaning back',
          'Pain when turning over in bed or getting out of a chair',
          'Less flexibility in the lower back over time',
        ],
        therapy: {
          strengthening:
            'Strength and endurance for the trunk and legs, and a walking or cycling plan to keep the joints moving.',
          stretching: 'Daily mobility routines for the spine and hips, especially first thing in the morning.',
          handsOn: 'Joint mobilisation to ease stiff segments, and advice on sleeping positions and supportive pillows.',
        },
        services: ['aquatic-therapy', 'orthopedic-care'],
      },
      {
        slug: 'disc-herniation',
        name: 'Disc herniation',
        summary:
          'Part of the soft centre of a spinal disc bulges through its outer ring (a “slipped” or bulging disc) and ' +
          'may press on a nearby nerve. Most herniations shrink and settle on their own over weeks to months.',
        symptoms: [
          'Low back pain, often with pain, tingling or numbness down one leg',
          'Pain that is worse sitting, bending forward, coughing or sneezing',
          'Stiffness or pain getting up after lying down',
          'Sometimes weakness in part of the leg or foot',
        ],
        therapy: {
          strengthening: 'Progressive core and hip work so you can bend, lift and sit with confidence again.',
          stretching:
            'Direction-based exercises (often gentle back extension) that move pain out of the leg and back toward the spine.',
          handsOn:
            'Mobilisation and positioning to ease nerve pressure, and a plan for sitting, driving and sleeping while it heals.',
        },
        services: ['spine-care', 'aquatic-therapy'],
      },
    ],
    seeADoctorUrgently: [
      'New trouble controlling your bladder or bowels, or being unable to pass urine',
      'Numbness or tingling between your legs or around your genitals or back passage (the “saddle” area)',
      'Weakness in one or both legs that is getting worse, or a foot that drags',
      'Fever or chills with back pain, or feeling generally unwell',
      'Back pain after a major injury such as a car accident or a bad fall',
    ],
    seeADoctorSoon: [
      'Weight loss you cannot explain',
      'A history of cancer and new back pain',
      'Pain that is constant, does not change with position and is worst at night',
      'Pain that keeps getting worse over several weeks despite rest and gentle movement',
    ],
    selfCare: [
      'Keep moving: short walks and gentle movement help more than bed rest.',
      'Try sleeping on your side with a pillow between your knees, or on your back with a pillow under your knees.',
      'Change position often, and get up slowly: roll onto your side and push up with your arms.',
      'Heat on the lower back before bed can ease stiffness.',
    ],
    sources: [
      { name: 'NICE guideline NG59: Low back pain and sciatica in over 16s', url: 'https://www.nice.org.uk/guidance/ng59' },
      {
        name: 'APTA clinical practice guideline: Interventions for the management of acute and chronic low back pain (2021)',
        url: 'https://www.jospt.org/doi/10.2519/jospt.2021.0304',
      },
    ],
    review: null,
    updatedOn: '2026-11-26',
  },
];

/** A cause's services as links to the clinic locator filtered by each ("Aquatic therapy near you"). */
export function serviceLinks(cause: Pick<ConditionCause, 'services'>): { label: string; href: string }[] {
  return cause.services.map((service) => ({
    label: `${SERVICE_LABEL[service]} near you`,
    href: `/locations?service=${encodeURIComponent(service)}`,
  }));
}

export function findCondition(slug: string): ConditionPage | null {
  return CONDITIONS.find((c) => c.slug === slug) ?? null;
}
