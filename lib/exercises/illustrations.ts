// The line drawings in public/exercises/ (drawn by scripts/draw-exercises.ts). A library exercise
// points at one of them; a clinic's own exercise picks the closest.
export const ILLUSTRATIONS = [
  'abdominal-bracing.svg',
  'bird-dog.svg',
  'cat-camel.svg',
  'childs-pose.svg',
  'dead-bug.svg',
  'double-knee-to-chest.svg',
  'front-plank-knees.svg',
  'glute-bridge.svg',
  'hamstring-stretch.svg',
  'hip-flexor-stretch.svg',
  'hip-hinge.svg',
  'knee-to-chest.svg',
  'lower-trunk-rotation.svg',
  'modified-curl-up.svg',
  'pelvic-tilt.svg',
  'piriformis-stretch.svg',
  'prone-on-elbows.svg',
  'prone-press-up.svg',
  'quadruped-rock-back.svg',
  'sciatic-nerve-glide.svg',
  'seated-forward-bend.svg',
  'side-lying-leg-raise.svg',
  'side-plank-knees.svg',
  'sit-to-stand.svg',
  'standing-back-bend.svg',
  'supine-marching.svg',
  'walking-program.svg',
  'wall-mini-squat.svg',
  'clamshell.svg',
] as const;

const known = new Set<string>(ILLUSTRATIONS);
export const isIllustration = (file: string) => known.has(file);
