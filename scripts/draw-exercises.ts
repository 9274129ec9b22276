// Draws the exercise library's illustrations: `npx tsx scripts/draw-exercises.ts` writes
// public/exercises/<slug>.svg. Each is a simple line figure built from joint angles (so every
// limb keeps its length), with the end position of the movement as a faint teal "ghost" and an
// arrow. Plain SVG text, no fonts or scripts, a few hundred bytes each; committed with the repo.
import fs from 'node:fs';
import path from 'node:path';
import { STARTER_EXERCISES } from '../prisma/exercise-library';

type Pt = readonly [number, number];
/** [upper, lower] segment angles in degrees (0 = right, 90 = up), plus an optional foot or hand angle. */
type Limb = readonly [number, number, number?];

interface Pose {
  hip: Pt;
  /** Angle from hip to shoulder. */
  torso: number;
  /** Curve of the back: positive bows the spine to the left of the hip→shoulder direction. */
  bend?: number;
  /** Angle from shoulder to head centre (defaults to the torso's). */
  neck?: number;
  near: { leg: Limb; arm: Limb };
  far: { leg: Limb; arm: Limb };
  /** Hide the far arm or leg when it would only double the near one. */
  hideFar?: ('arm' | 'leg')[];
  /** Foreshortening of [thigh, shin] for legs pointing toward the viewer (a front view). */
  legScale?: readonly [number, number];
}

const L = { torso: 58, neck: 20, head: 11, thigh: 46, shin: 44, foot: 13, upper: 30, fore: 28 };
const FLOOR = 176;
const INK = '#1b2a32';
const FAR = '#8497a0';
const ACCENT = '#0b6469';
const PROP = '#b5c4c9';

const rad = (deg: number) => (deg * Math.PI) / 180;
const at = ([x, y]: Pt, deg: number, len: number): Pt => [x + len * Math.cos(rad(deg)), y - len * Math.sin(rad(deg))];
const r1 = (n: number) => Math.round(n * 10) / 10;
const p = ([x, y]: Pt) => `${r1(x)} ${r1(y)}`;

function joints(pose: Pose) {
  const shoulder = at(pose.hip, pose.torso, L.torso);
  const head = at(shoulder, pose.neck ?? pose.torso, L.neck);
  const limb = (from: Pt, [a, b, c]: Limb, l1: number, l2: number, l3: number) => {
    const mid = at(from, a, l1);
    const end = at(mid, b, l2);
    return { mid, end, tip: c === undefined ? null : at(end, c, l3) };
  };
  return {
    shoulder,
    head,
    nearLeg: limb(pose.hip, pose.near.leg, L.thigh * (pose.legScale?.[0] ?? 1), L.shin * (pose.legScale?.[1] ?? 1), L.foot),
    farLeg: limb(pose.hip, pose.far.leg, L.thigh * (pose.legScale?.[0] ?? 1), L.shin * (pose.legScale?.[1] ?? 1), L.foot),
    nearArm: limb(shoulder, pose.near.arm, L.upper, L.fore, 8),
    farArm: limb(shoulder, pose.far.arm, L.upper, L.fore, 8),
  };
}

function figure(pose: Pose, style: 'solid' | 'ghost'): string {
  const j = joints(pose);
  const ghost = style === 'ghost';
  const stroke = (color: string, width: number) =>
    `fill="none" stroke="${ghost ? ACCENT : color}" stroke-width="${ghost ? width - 2 : width}" stroke-linecap="round" stroke-linejoin="round"`;
  const limb = (from: Pt, l: { mid: Pt; end: Pt; tip: Pt | null }) =>
    `M${p(from)} L${p(l.mid)} L${p(l.end)}${l.tip ? ` L${p(l.tip)}` : ''}`;
  // The spine: a quadratic curve bowed by `bend` at its middle.
  const mid: Pt = [(pose.hip[0] + j.shoulder[0]) / 2, (pose.hip[1] + j.shoulder[1]) / 2];
  const control = at(mid, pose.torso + 90, (pose.bend ?? 0) * 2);
  const parts = [
    pose.hideFar?.includes('leg') ? '' : `<path d="${limb(pose.hip, j.farLeg)}" ${stroke(FAR, 7)}/>`,
    pose.hideFar?.includes('arm') ? '' : `<path d="${limb(j.shoulder, j.farArm)}" ${stroke(FAR, 6)}/>`,
    `<path d="M${p(pose.hip)} Q${p(control)} ${p(j.shoulder)} L${p(at(j.shoulder, pose.neck ?? pose.torso, L.neck - L.head))}" ${stroke(INK, 8)}/>`,
    `<path d="${limb(pose.hip, j.nearLeg)}" ${stroke(INK, 8)}/>`,
    `<path d="${limb(j.shoulder, j.nearArm)}" ${stroke(INK, 7)}/>`,
    `<circle cx="${r1(j.head[0])}" cy="${r1(j.head[1])}" r="${L.head}" fill="${ghost ? ACCENT : INK}"/>`,
  ];
  return ghost ? `<g opacity="0.35">${parts.join('')}</g>` : parts.join('');
}

/** A curved arrow from a to b, bowed by `bow` (positive to the left of a→b). */
function arrow(a: Pt, b: Pt, bow = 0): string {
  const mid: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const dir = Math.atan2(-(b[1] - a[1]), b[0] - a[0]) * (180 / Math.PI);
  const c = at(mid, dir + 90, bow);
  // Arrowhead along the curve's end tangent (control point → end).
  const end = Math.atan2(-(b[1] - c[1]), b[0] - c[0]) * (180 / Math.PI);
  const h1 = at(b, end + 150, 9);
  const h2 = at(b, end - 150, 9);
  return (
    `<path d="M${p(a)} Q${p(c)} ${p(b)}" fill="none" stroke="${ACCENT}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M${p(h1)} L${p(b)} L${p(h2)}" fill="none" stroke="${ACCENT}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

const line = (a: Pt, b: Pt, color = PROP, width = 4) =>
  `<path d="M${p(a)} L${p(b)}" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>`;
const floor = (x1 = 24, x2 = 296) => line([x1, FLOOR + 4], [x2, FLOOR + 4], PROP, 3);
const mat = (x1: number, x2: number) => `<rect x="${x1}" y="${FLOOR}" width="${x2 - x1}" height="6" rx="3" fill="#dfe9ec"/>`;
const chair = (x: number, facing: 1 | -1) => {
  // A side view: seat at 124, back rising behind the sitter.
  const back = x - facing * 26;
  return [
    line([x - 28, 128], [x + 28, 128], PROP, 6),
    line([x - 22, 130], [x - 22, FLOOR + 2], PROP, 5),
    line([x + 22, 130], [x + 22, FLOOR + 2], PROP, 5),
    line([back, 128], [back, 70], PROP, 6),
  ].join('');
};
const wall = (x: number) => line([x, 30], [x, FLOOR + 2], PROP, 6);

interface Drawing {
  parts: string[];
  /** Shrinks a tall (standing) figure about the floor. */ scale?: number;
}

// Common starting positions ---------------------------------------------------------------------

/** On the back, head left, knees bent and feet flat. */
const hookLying = (over: Partial<Pose> = {}): Pose => ({
  hip: [168, 166],
  torso: 180,
  neck: 172,
  near: { leg: [52, -55, 0], arm: [14, -12] },
  far: { leg: [54, -57, 0], arm: [12, -10] },
  ...over,
});

/** Hands and knees, head right: knees under hips, hands under shoulders. */
const quadruped = (over: Partial<Pose> = {}): Pose => ({
  hip: [118, 128],
  torso: 12,
  neck: 16,
  near: { leg: [-90, 180, 180], arm: [-90, -90] },
  far: { leg: [-91, 179, 180], arm: [-89, -91] },
  ...over,
});

/** Face down, head right. */
const prone = (over: Partial<Pose> = {}): Pose => ({
  hip: [132, 168],
  torso: 0,
  neck: 4,
  near: { leg: [180, 180, 200], arm: [-150, -10] },
  far: { leg: [181, 179, 200], arm: [-150, -10] },
  hideFar: ['leg'],
  ...over,
});

/** Standing tall, facing right (drawn at 0.88 so the head fits). */
const standing = (over: Partial<Pose> = {}): Pose => ({
  hip: [160, 82],
  torso: 90,
  neck: 90,
  near: { leg: [-88, -92, 0], arm: [-100, -80] },
  far: { leg: [-92, -90, 0], arm: [-80, -100] },
  ...over,
});

/**
 * Side-lying seen from the front, head left and resting on the lower arm: the near (dark) leg is
 * the top one; bent legs point at the viewer, so they are drawn short.
 */
const sideLying = (over: Partial<Pose> = {}): Pose => ({
  hip: [176, 164],
  torso: 180,
  neck: 168,
  near: { leg: [3, -3], arm: [178, 182] },
  far: { leg: [0, 0], arm: [178, 182] },
  hideFar: ['arm'],
  legScale: [0.7, 0.7],
  ...over,
});

/** Seated on a chair whose seat is at 128, facing right. */
const seated = (x: number, over: Partial<Pose> = {}): Pose => ({
  hip: [x, 120],
  torso: 92,
  neck: 92,
  near: { leg: [-2, -90, 0], arm: [-80, -20] },
  far: { leg: [0, -88, 0], arm: [-82, -22] },
  ...over,
});

const STANDING = 0.88;

const DRAWINGS: Record<string, Drawing> = {
  'pelvic-tilt': { parts: [mat(60, 262), figure(hookLying({ bend: -3 }), 'solid'), arrow([152, 150], [184, 150], -12)] },
  'abdominal-bracing': {
    parts: [
      mat(60, 262),
      figure(hookLying({ near: { leg: [52, -55, 0], arm: [40, -30] } }), 'solid'),
      `<circle cx="150" cy="152" r="15" fill="none" stroke="${ACCENT}" stroke-width="3" stroke-dasharray="4 4"/>`,
    ],
  },
  'supine-marching': {
    parts: [
      mat(60, 262),
      figure(hookLying({ near: { leg: [78, -25, 0], arm: [14, -12] } }), 'ghost'),
      figure(hookLying(), 'solid'),
      arrow([232, 150], [222, 112], 10),
    ],
  },
  'knee-to-chest': {
    parts: [
      mat(60, 262),
      figure(hookLying({ near: { leg: [125, -10, 30], arm: [40, 10] } }), 'solid'),
      arrow([196, 112], [164, 100], 12),
    ],
  },
  'double-knee-to-chest': {
    parts: [
      mat(60, 262),
      figure(hookLying({ near: { leg: [125, -10, 30], arm: [40, 10] }, far: { leg: [122, -12, 30], arm: [38, 8] } }), 'solid'),
      arrow([196, 112], [164, 100], 12),
    ],
  },
  'lower-trunk-rotation': {
    parts: [
      mat(60, 262),
      figure(hookLying({ near: { leg: [22, -40, 0], arm: [14, -12] }, far: { leg: [24, -38, 0], arm: [12, -10] } }), 'ghost'),
      figure(hookLying(), 'solid'),
      arrow([204, 112], [236, 138], -12),
    ],
  },
  'cat-camel': {
    parts: [
      mat(70, 250),
      figure(quadruped({ bend: -7, neck: 40 }), 'ghost'),
      figure(quadruped({ bend: 11, neck: -30 }), 'solid'),
      arrow([146, 74], [146, 108], 16),
    ],
  },
  'quadruped-rock-back': {
    parts: [
      mat(50, 250),
      figure(
        quadruped({
          hip: [84, 146],
          torso: -5,
          neck: -2,
          near: { leg: [-39.5, 180, 180], arm: [-23, -23] },
          far: { leg: [-40.5, 179, 180], arm: [-22, -24] },
        }),
        'ghost',
      ),
      figure(quadruped(), 'solid'),
      arrow([110, 110], [84, 126], 10),
    ],
  },
  'childs-pose': {
    parts: [
      mat(50, 270),
      figure(
        {
          hip: [100, 146],
          torso: -10,
          neck: -25,
          bend: 2,
          near: { leg: [-34, 180, 180], arm: [-20, -5] },
          far: { leg: [-33, 181, 180], arm: [-19, -4] },
          hideFar: ['leg'],
        },
        'solid',
      ),
    ],
  },
  'prone-on-elbows': {
    parts: [
      mat(40, 280),
      figure(
        prone({
          torso: 23.4,
          neck: 40,
          near: { leg: [180, 180, 200], arm: [-90, 0] },
          far: { leg: [180, 180, 200], arm: [-90, 0] },
        }),
        'solid',
      ),
    ],
  },
  'prone-press-up': {
    parts: [
      mat(40, 280),
      figure(prone({ torso: 4, neck: 8, near: { leg: [180, 180, 200], arm: [-172, -178] }, hideFar: ['leg', 'arm'] }), 'ghost'),
      figure(
        prone({
          torso: 50,
          neck: 62,
          bend: -4,
          near: { leg: [180, 180, 200], arm: [-93, -87] },
          far: { leg: [180, 180, 200], arm: [-93, -87] },
        }),
        'solid',
      ),
      arrow([214, 150], [200, 112], -10),
    ],
  },
  'standing-back-bend': {
    scale: STANDING,
    parts: [
      floor(),
      figure(
        standing({
          hip: [166, 82],
          torso: 106,
          neck: 116,
          bend: -4,
          near: { leg: [-84, -94, 0], arm: [-125, -40] },
          far: { leg: [-88, -92, 0], arm: [-122, -38] },
        }),
        'solid',
      ),
      arrow([178, 16], [140, 14], 12),
    ],
  },
  'seated-forward-bend': {
    parts: [
      chair(130, 1),
      figure(seated(130), 'ghost'),
      figure(
        seated(130, {
          torso: 20,
          neck: -40,
          bend: 9,
          near: { leg: [-2, -90, 0], arm: [-80, -90] },
          far: { leg: [0, -88, 0], arm: [-78, -88] },
        }),
        'solid',
      ),
      arrow([150, 44], [196, 84], -14),
    ],
  },
  'bird-dog': {
    parts: [
      mat(30, 290),
      figure(
        quadruped({
          hip: [132, 128],
          near: { leg: [-90, 180, 180], arm: [2, 2] },
          far: { leg: [-180, 180, 220], arm: [-89, -91] },
        }),
        'solid',
      ),
      arrow([66, 110], [40, 112], 8),
      arrow([240, 104], [270, 104], -8),
    ],
  },
  'dead-bug': {
    parts: [
      mat(40, 280),
      figure(
        hookLying({ hip: [164, 166], near: { leg: [90, 0, 90], arm: [90, 90] }, far: { leg: [6, 2, 80], arm: [172, 176] } }),
        'solid',
      ),
      arrow([222, 140], [256, 150], -8),
      arrow([86, 140], [54, 150], 8),
    ],
  },
  'modified-curl-up': {
    parts: [
      mat(40, 280),
      figure(
        hookLying({
          hip: [170, 166],
          torso: 171,
          neck: 168,
          near: { leg: [52, -55, 0], arm: [-8, 12] },
          far: { leg: [0, 0, 90], arm: [-6, 10] },
        }),
        'solid',
      ),
      arrow([90, 136], [92, 116], 6),
    ],
  },
  'side-plank-knees': {
    parts: [
      mat(40, 280),
      figure(
        {
          hip: [150, 159.6],
          torso: 164.4,
          neck: 164,
          near: { leg: [-15.6, 120], arm: [-90, 180] },
          far: { leg: [-15.6, 120], arm: [90, 90] },
          hideFar: ['leg'],
          legScale: [1, 0.3],
        },
        'solid',
      ),
      arrow([150, 176], [150, 158], 8),
    ],
  },
  'front-plank-knees': {
    parts: [
      mat(40, 280),
      figure(
        {
          hip: [150, 159.6],
          torso: 164.4,
          neck: 164,
          near: { leg: [-15.6, 0, 0], arm: [-90, 180] },
          far: { leg: [-15.6, 0, 0], arm: [-92, 178] },
          hideFar: ['leg'],
        },
        'solid',
      ),
    ],
  },
  'glute-bridge': {
    parts: [
      mat(60, 262),
      figure(hookLying(), 'ghost'),
      figure(
        {
          hip: [160.5, 146.2],
          torso: 200,
          neck: 180,
          near: { leg: [20, 238.4, 0], arm: [0, 0] },
          far: { leg: [21, 237, 0], arm: [1, -1] },
        },
        'solid',
      ),
      arrow([150, 170], [150, 142], 8),
    ],
  },
  clamshell: {
    parts: [
      mat(50, 262),
      figure(sideLying(), 'ghost'),
      figure(sideLying({ near: { leg: [24, -24], arm: [178, 182] } }), 'solid'),
      arrow([214, 160], [208, 136], 10),
    ],
  },
  'side-lying-leg-raise': {
    parts: [
      mat(40, 286),
      figure(
        sideLying({ legScale: [1, 1], near: { leg: [1, 1, 80], arm: [178, 182] }, far: { leg: [-8, 184], arm: [178, 182] } }),
        'ghost',
      ),
      figure(
        sideLying({ near: { leg: [18, 18, 100], arm: [178, 182] }, far: { leg: [-8, 184], arm: [178, 182] }, legScale: [1, 1] }),
        'solid',
      ),
      arrow([272, 158], [264, 126], 8),
    ],
  },
  'piriformis-stretch': {
    parts: [
      mat(60, 262),
      figure(hookLying({ near: { leg: [40, 160, 180], arm: [45, 25] }, far: { leg: [100, 5, 90], arm: [43, 23] } }), 'solid'),
      arrow([232, 96], [204, 84], 10),
    ],
  },
  'hip-flexor-stretch': {
    parts: [
      floor(),
      figure(
        {
          hip: [150, 128],
          torso: 90,
          neck: 90,
          near: { leg: [0, -90, 0], arm: [-95, -85] },
          far: { leg: [-107, 180, 180], arm: [-85, -95] },
        },
        'solid',
      ),
      arrow([134, 146], [162, 146], -6),
    ],
  },
  'hamstring-stretch': {
    parts: [
      mat(60, 262),
      figure(hookLying({ near: { leg: [76, 76, 166], arm: [62, 58] } }), 'solid'),
      line(at(at(at([168, 166], 76, L.thigh), 76, L.shin), 166, 8), at(at([110, 166], 62, L.upper), 58, L.fore), ACCENT, 3),
      arrow([226, 74], [206, 52], 10),
    ],
  },
  'sciatic-nerve-glide': {
    parts: [
      chair(130, 1),
      figure(seated(130, { neck: 62, near: { leg: [-2, -90, 0], arm: [-80, -20] } }), 'ghost'),
      figure(seated(130, { neck: 116, near: { leg: [-2, -6, 80], arm: [-80, -20] } }), 'solid'),
      arrow([190, 160], [208, 126], 12),
    ],
  },
  'wall-mini-squat': {
    scale: STANDING,
    parts: [
      floor(),
      wall(106),
      figure(standing({ hip: [118, 82] }), 'ghost'),
      figure(
        standing({
          hip: [120, 104],
          near: { leg: [-35, -95, 0], arm: [-95, -85] },
          far: { leg: [-37, -93, 0], arm: [-85, -95] },
        }),
        'solid',
      ),
      arrow([140, 76], [140, 104], 8),
    ],
  },
  'sit-to-stand': {
    scale: STANDING,
    parts: [
      chair(104, 1),
      figure(seated(104, { torso: 62, neck: 62, near: { leg: [-2, -90, 0], arm: [-40, 150] } }), 'ghost'),
      figure(
        standing({ hip: [170, 82], near: { leg: [-88, -92, 0], arm: [-40, 150] }, far: { leg: [-92, -90, 0], arm: [-38, 152] } }),
        'solid',
      ),
      arrow([130, 86], [160, 60], -12),
    ],
  },
  'hip-hinge': {
    scale: STANDING,
    parts: [
      floor(),
      figure(
        standing({
          hip: [136, 88],
          torso: 40,
          neck: 40,
          near: { leg: [-76, -96, 0], arm: [-95, -88] },
          far: { leg: [-80, -94, 0], arm: [-92, -86] },
        }),
        'solid',
      ),
      line(at(at([136, 88], 40, -12), 130, 9), at(at([136, 88], 40, 96), 130, 9), '#a77b3f', 4),
      arrow([118, 68], [96, 74], 8),
    ],
  },
  'walking-program': {
    scale: STANDING,
    parts: [
      floor(),
      figure(
        standing({
          hip: [150, 84],
          torso: 92,
          neck: 92,
          near: { leg: [-68, -100, 10], arm: [-120, -100] },
          far: { leg: [-110, -80, 0], arm: [-60, -40] },
        }),
        'solid',
      ),
      arrow([206, 150], [256, 150], 0),
    ],
  },
};

function svg(title: string, drawing: Drawing): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200" role="img" aria-label="${title}">` +
    `<title>${title}</title>${
      drawing.scale
        ? `<g transform="translate(160 ${FLOOR}) scale(${drawing.scale}) translate(-160 -${FLOOR})">${drawing.parts.join('')}</g>`
        : drawing.parts.join('')
    }</svg>\n`
  );
}

const out = path.join(process.cwd(), 'public/exercises');
fs.mkdirSync(out, { recursive: true });
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
let written = 0;
for (const e of STARTER_EXERCISES) {
  const drawing = DRAWINGS[e.slug];
  if (!drawing) throw new Error(`no drawing for ${e.slug}`);
  fs.writeFileSync(path.join(out, `${e.slug}.svg`), svg(escapeXml(`Line drawing: ${e.name}`), drawing));
  written++;
}
console.log(`Wrote ${written} drawings to ${path.relative(process.cwd(), out)}/`);
