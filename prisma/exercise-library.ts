// The starter exercise library for low back pain, shared by every practice (practiceId null), and
// the starter plan templates built from it. Written for patients: plain steps, what it is for,
// when to stop. Each exercise has a line drawing in public/exercises/<slug>.svg.
//
// Throughout: mild discomfort that settles within about 30 minutes is acceptable; pain that
// spreads further down the leg, new numbness or weakness, or pain that is worse the next morning
// means stop and tell the therapist. (Red flags such as numbness in the saddle area or changes in
// bladder or bowel control need urgent care: the dashboard says so next to the checklist.)
import type { BackCondition, BodyRegion, ExerciseCategory } from '../lib/generated/prisma/enums.ts';

export interface LibraryExercise {
  slug: string;
  name: string;
  purpose: string;
  steps: string[];
  cautions: string;
  region: BodyRegion;
  category: ExerciseCategory;
  conditions: BackCondition[];
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  timesPerDay: number;
  daysPerWeek: number;
}

const ALL: BackCondition[] = ['SCIATICA', 'STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS', 'DISC_HERNIATION'];
const EXTENSION_CAUTION = 'Good signs: leg pain moves up toward your back or eases, even if your back aches a little more. '
  + 'Stop and tell your therapist if pain spreads further down your leg or numbness increases. Often not suitable with '
  + 'lumbar osteoarthritis or spinal stenosis, where bending backward can bring on leg symptoms.';

export const STARTER_EXERCISES: LibraryExercise[] = [
  {
    slug: 'pelvic-tilt', name: 'Pelvic tilt', region: 'LOWER_BACK', category: 'STABILIZATION', conditions: ALL,
    purpose: 'Wakes up the deep stomach muscles and gently moves the lower back. A safe first exercise while the back is sore.',
    steps: [
      'Lie on your back on a firm surface with your knees bent and feet flat, hip-width apart.',
      'Breathe in and let your lower back rest in its natural curve.',
      'As you breathe out, gently tighten your stomach muscles and tilt your pelvis so your lower back flattens toward the floor.',
      'Hold for 5 seconds while breathing normally. Do not push through your feet or lift your buttocks.',
      'Relax back to the start and repeat.',
    ],
    cautions: 'Keep the movement small and comfortable. Stop if it increases pain into your leg.',
    sets: 1, reps: 10, holdSeconds: 5, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'abdominal-bracing', name: 'Abdominal bracing', region: 'CORE', category: 'STABILIZATION', conditions: ALL,
    purpose: 'Teaches you to switch on the trunk muscles that protect your back: the base for lifting, bending and the other stability exercises.',
    steps: [
      'Lie on your back with your knees bent and feet flat.',
      'Place your fingertips on your stomach just inside your hip bones.',
      'Gently tighten your stomach as if getting ready for a light poke in the belly. You should feel the muscles firm up under your fingers without your back flattening.',
      'Hold for 10 seconds while breathing normally; do not hold your breath.',
      'Relax fully and repeat. Once it is easy, practise it sitting, standing and before you lift something.',
    ],
    cautions: 'Use about a quarter of your full effort. If you feel your breath stop or your neck tense, ease off.',
    sets: 1, reps: 10, holdSeconds: 10, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'supine-marching', name: 'Marching on your back', region: 'CORE', category: 'STABILIZATION', conditions: ALL,
    purpose: 'Trains the trunk to keep the pelvis steady while the legs move, an easy step up from abdominal bracing.',
    steps: [
      'Lie on your back with your knees bent and feet flat.',
      'Gently brace your stomach (see abdominal bracing) and keep it braced throughout.',
      'Slowly lift one foot a few centimetres (about 2 inches) off the floor, keeping the knee bent.',
      'Lower it with control, then lift the other foot.',
      'Keep your pelvis level: it should not rock from side to side. Breathe steadily.',
    ],
    cautions: 'Move slowly. If your back arches or your pelvis tips, lift the foot less high.',
    sets: 2, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 7,
  },
  {
    slug: 'knee-to-chest', name: 'Single knee-to-chest stretch', region: 'LOWER_BACK', category: 'STRETCHING',
    conditions: ['STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS'],
    purpose: 'Stretches the muscles of the lower back and buttock and eases stiffness.',
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Hold behind one thigh with both hands and slowly draw that knee toward your chest until you feel a gentle stretch in your lower back and buttock.',
      'Keep the other foot on the floor and your lower back relaxed.',
      'Hold for 30 seconds, breathing slowly.',
      'Lower the leg slowly and repeat with the other leg.',
    ],
    cautions: 'If bending forward makes your leg pain worse (common with a disc herniation), skip this exercise and tell your therapist. Hold behind the thigh rather than the shin if your knee is sore.',
    sets: 1, reps: 3, holdSeconds: 30, minutes: null, timesPerDay: 1, daysPerWeek: 7,
  },
  {
    slug: 'double-knee-to-chest', name: 'Double knee-to-chest', region: 'LOWER_BACK', category: 'STRETCHING',
    conditions: ['LUMBAR_OSTEOARTHRITIS', 'STRAIN_SPRAIN'],
    purpose: 'Gently bends the lower back, opening the spaces the nerves pass through. Often eases the stiffness and leg ache of lumbar osteoarthritis.',
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Bring one knee up toward your chest, then the other, and hold behind both thighs.',
      'Gently draw both knees toward your chest until you feel a stretch in your lower back, letting your tailbone lift slightly off the floor.',
      'Hold for 30 seconds, breathing slowly.',
      'Lower your feet to the floor one at a time.',
    ],
    cautions: 'Lower the legs one at a time to protect your back. Avoid this exercise if bending forward sends pain down your leg.',
    sets: 1, reps: 3, holdSeconds: 30, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'lower-trunk-rotation', name: 'Lower trunk rotation', region: 'LOWER_BACK', category: 'MOBILITY',
    conditions: ['STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS'],
    purpose: 'Gently rotates the lower back to ease stiffness and muscle guarding.',
    steps: [
      'Lie on your back with your knees bent, feet flat and together, and your arms out to the sides.',
      'Keeping both shoulders on the floor, slowly let both knees fall to one side as far as is comfortable.',
      'Pause for 5 seconds.',
      'Tighten your stomach a little to bring your knees back to the middle.',
      'Repeat to the other side.',
    ],
    cautions: 'Stay within a comfortable range: it should feel like an easy stretch, not pain.',
    sets: 1, reps: 10, holdSeconds: 5, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'cat-camel', name: 'Cat–camel', region: 'LOWER_BACK', category: 'MOBILITY', conditions: ALL,
    purpose: 'Moves the whole spine gently through its range to ease stiffness without loading it.',
    steps: [
      'Start on your hands and knees, hands under your shoulders and knees under your hips.',
      'Slowly round your back up toward the ceiling, letting your head drop.',
      'Then slowly let your back sag toward the floor as you lift your head and tailbone.',
      'Take 2 to 3 seconds each way. This is a motion exercise, not a stretch to hold.',
      'Repeat, breathing steadily.',
    ],
    cautions: 'Move only within a pain-free range. If rounding or arching increases leg symptoms, keep to the half of the movement that feels easy. Put a cushion under your knees if they are sore.',
    sets: 1, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'quadruped-rock-back', name: 'Rock back on hands and knees', region: 'LOWER_BACK', category: 'MOBILITY',
    conditions: ['LUMBAR_OSTEOARTHRITIS', 'STRAIN_SPRAIN'],
    purpose: 'Moves the hips and lower back gently into bending; a comfortable way to loosen a stiff back in the morning.',
    steps: [
      'Start on your hands and knees with your back flat.',
      'Slowly rock your hips back toward your heels as far as is comfortable, keeping your hands where they are.',
      'Pause for 2 to 3 seconds.',
      'Rock forward again to the start, but not past your hands.',
      'Repeat in a smooth, slow rhythm.',
    ],
    cautions: 'Keep it in a comfortable range. Use a cushion under your knees if needed.',
    sets: 1, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'childs-pose', name: "Child's pose", region: 'LOWER_BACK', category: 'STRETCHING',
    conditions: ['STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS'],
    purpose: 'A resting stretch for the lower back and hips.',
    steps: [
      'Start on your hands and knees.',
      'Keeping your hands in place, slowly sit your hips back toward your heels.',
      'Let your chest lower toward the floor and your arms stretch out in front of you.',
      'Rest your forehead on the floor or a pillow and breathe slowly for 30 seconds.',
      'Walk your hands back toward your knees to come back up.',
    ],
    cautions: 'Put a pillow between your calves and thighs if your knees are stiff. Skip it if bending forward sends pain down your leg.',
    sets: 1, reps: 3, holdSeconds: 30, minutes: null, timesPerDay: 1, daysPerWeek: 7,
  },
  {
    slug: 'prone-on-elbows', name: 'Lying on elbows', region: 'LOWER_BACK', category: 'MOBILITY',
    conditions: ['DISC_HERNIATION', 'SCIATICA'],
    purpose: 'A gentle, sustained backward bend; an easier start than the press-up for disc-related back and leg pain.',
    steps: [
      'Lie face down with your arms by your sides for a minute or two and let your back relax.',
      'Prop yourself up on your elbows, elbows under your shoulders and forearms on the floor.',
      'Let your lower back and stomach sag toward the floor; keep your hips down.',
      'Breathe slowly and stay there for about a minute.',
      'Lower yourself down slowly.',
    ],
    cautions: EXTENSION_CAUTION,
    sets: 1, reps: 3, holdSeconds: 60, minutes: null, timesPerDay: 3, daysPerWeek: 7,
  },
  {
    slug: 'prone-press-up', name: 'Prone press-up', region: 'LOWER_BACK', category: 'MOBILITY',
    conditions: ['DISC_HERNIATION', 'SCIATICA'],
    purpose: 'Repeated backward bending that often draws disc-related leg pain back toward the spine (centralization) and eases it.',
    steps: [
      'Lie face down with your hands under your shoulders, as if about to do a push-up.',
      'Keep your hips and legs relaxed on the floor.',
      'Slowly straighten your arms to raise your upper body, letting your lower back sag. Go only as far as is comfortable.',
      'Pause for 1 to 2 seconds at the top, then lower yourself slowly.',
      'Each time, try to go a little further.',
    ],
    cautions: EXTENSION_CAUTION,
    sets: 1, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 3, daysPerWeek: 7,
  },
  {
    slug: 'standing-back-bend', name: 'Standing back bend', region: 'LOWER_BACK', category: 'MOBILITY',
    conditions: ['DISC_HERNIATION', 'SCIATICA'],
    purpose: 'Undoes long spells of sitting or bending forward; a quick backward bend you can do anywhere.',
    steps: [
      'Stand with your feet shoulder-width apart.',
      'Place your hands on the small of your back, fingers pointing down.',
      'Keeping your knees straight, slowly lean backward as far as is comfortable, using your hands as a pivot.',
      'Pause for 1 to 2 seconds, then return upright.',
      'Repeat. Do a set every few hours, especially after sitting.',
    ],
    cautions: `${EXTENSION_CAUTION} Hold on to a counter if your balance is unsteady.`,
    sets: 1, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 4, daysPerWeek: 7,
  },
  {
    slug: 'seated-forward-bend', name: 'Seated forward bend', region: 'LOWER_BACK', category: 'STRETCHING',
    conditions: ['LUMBAR_OSTEOARTHRITIS'],
    purpose: 'Bends the lower back forward to open the spaces the nerves pass through; often relieves the leg ache of lumbar osteoarthritis and stenosis.',
    steps: [
      'Sit on a sturdy chair with your feet flat and your knees apart.',
      'Slowly bend forward, sliding your hands down your shins toward the floor and letting your back round and your head drop.',
      'Go as far as is comfortable and hold for 15 seconds.',
      'Put your hands on your thighs and push yourself back up to sitting.',
      'Repeat.',
    ],
    cautions: 'Avoid it with a disc herniation if bending forward makes leg pain worse. Come up slowly if you feel light-headed.',
    sets: 1, reps: 5, holdSeconds: 15, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'bird-dog', name: 'Bird dog', region: 'CORE', category: 'STABILIZATION', conditions: ALL,
    purpose: 'Trains the back and trunk muscles to hold the spine steady while the arms and legs move.',
    steps: [
      'Start on your hands and knees with your back flat.',
      'Gently brace your stomach.',
      'Slowly reach one arm forward and the opposite leg back until both are in line with your body. Keep your hips and shoulders level, as if balancing a cup of water on your lower back.',
      'Hold for 8 seconds, breathing normally.',
      'Return slowly and switch sides.',
    ],
    cautions: 'Do not let your back sag or your hips twist. If that is hard, start by lifting only a leg, or only an arm.',
    sets: 2, reps: 6, holdSeconds: 8, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'dead-bug', name: 'Dead bug', region: 'CORE', category: 'STABILIZATION',
    conditions: ['STRAIN_SPRAIN', 'DISC_HERNIATION', 'LUMBAR_OSTEOARTHRITIS'],
    purpose: 'Trains the deep stomach muscles to keep the lower back steady while the arms and legs move.',
    steps: [
      'Lie on your back with your arms reaching toward the ceiling and your knees lifted above your hips, bent to a right angle.',
      'Gently brace your stomach so your lower back stays close to the floor.',
      'Slowly lower one heel toward the floor while reaching the opposite arm overhead.',
      'Stop before your back starts to arch, then bring them back.',
      'Alternate sides, breathing out as you lower.',
    ],
    cautions: 'Keep it slow and controlled. To make it easier, move only the legs, tapping the heel to the floor.',
    sets: 2, reps: 8, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'modified-curl-up', name: 'Modified curl-up', region: 'CORE', category: 'STABILIZATION',
    conditions: ['STRAIN_SPRAIN', 'DISC_HERNIATION'],
    purpose: 'Strengthens the front stomach muscles while the lower back keeps its natural curve: a back-friendly alternative to sit-ups.',
    steps: [
      'Lie on your back with one knee bent and the other leg straight.',
      'Slide your hands, palms down, under the small of your back to keep its natural curve.',
      'Gently brace your stomach.',
      'Lift your head and shoulders just a few centimetres off the floor as one unit, without bending your neck. Hold for 8 seconds.',
      'Lower slowly. Switch the bent leg halfway through.',
    ],
    cautions: 'This is a small movement: do not curl up into a sit-up. Keep your chin tucked and breathe throughout.',
    sets: 2, reps: 5, holdSeconds: 8, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'side-plank-knees', name: 'Side plank from the knees', region: 'CORE', category: 'STABILIZATION',
    conditions: ['STRAIN_SPRAIN', 'DISC_HERNIATION'],
    purpose: 'Strengthens the muscles at the side of the trunk, which brace the spine when you carry and twist.',
    steps: [
      'Lie on your side with your knees bent behind you and your elbow directly under your shoulder.',
      'Stack your hips and shoulders one above the other.',
      'Brace your stomach and lift your hips until your body is in a straight line from head to knees.',
      'Hold for 10 seconds, breathing normally.',
      'Lower slowly. Do all repetitions, then switch sides.',
    ],
    cautions: 'Stop if you feel pain in your shoulder. Do not let your hips sag or roll backward.',
    sets: 1, reps: 3, holdSeconds: 10, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'front-plank-knees', name: 'Front plank from the knees', region: 'CORE', category: 'STABILIZATION',
    conditions: ['STRAIN_SPRAIN', 'DISC_HERNIATION'],
    purpose: 'Builds endurance in the trunk muscles that support the spine through the day.',
    steps: [
      'Lie face down resting on your forearms, elbows under your shoulders.',
      'Brace your stomach and squeeze your buttocks.',
      'Lift your hips so your body forms a straight line from head to knees.',
      'Hold for 15 seconds, breathing normally.',
      'Lower, rest and repeat. When 30 seconds is easy, your therapist may move you onto your toes.',
    ],
    cautions: 'Do not let your hips sag or your back arch. Stop if you feel back pain rather than muscle effort.',
    sets: 1, reps: 3, holdSeconds: 15, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'glute-bridge', name: 'Glute bridge', region: 'HIP_PELVIS', category: 'STRENGTHENING', conditions: ALL,
    purpose: 'Strengthens the buttock muscles that support the lower back and pelvis.',
    steps: [
      'Lie on your back with your knees bent, feet flat and hip-width apart, arms by your sides.',
      'Brace your stomach and squeeze your buttocks.',
      'Push through your heels to lift your hips until your body is in a straight line from shoulders to knees. Do not arch your lower back.',
      'Hold for 5 seconds.',
      'Lower slowly back to the floor.',
    ],
    cautions: 'If you feel it mostly in your lower back, or your hamstrings cramp, lift less high and squeeze your buttocks first.',
    sets: 2, reps: 10, holdSeconds: 5, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'clamshell', name: 'Clamshell', region: 'HIP_PELVIS', category: 'STRENGTHENING',
    conditions: ['STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS', 'SCIATICA'],
    purpose: 'Strengthens the muscles at the side of the hip, which keep the pelvis level when you walk and stand.',
    steps: [
      'Lie on your side with your hips and knees bent, feet together and your head resting on your arm.',
      'Stack your hips so the top hip is directly above the bottom one.',
      'Keeping your feet touching, lift your top knee as far as you can without rolling your pelvis backward.',
      'Pause for 2 seconds at the top.',
      'Lower slowly. Do all repetitions, then switch sides.',
    ],
    cautions: 'Keep the movement in the hip; if your pelvis rolls back, lift the knee less high.',
    sets: 2, reps: 12, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'side-lying-leg-raise', name: 'Side-lying leg raise', region: 'HIP_PELVIS', category: 'STRENGTHENING',
    conditions: ['LUMBAR_OSTEOARTHRITIS', 'STRAIN_SPRAIN'],
    purpose: 'Strengthens the side hip muscles that steady the pelvis with each step.',
    steps: [
      'Lie on your side with the bottom knee bent for balance and the top leg straight, in line with your body.',
      'Stack your hips; do not roll backward.',
      'With your toes pointing forward, lift the top leg about 30 to 45 cm (12 to 18 inches), leading with the heel.',
      'Pause for 2 seconds.',
      'Lower slowly. Do all repetitions, then switch sides.',
    ],
    cautions: 'Keep the leg in line with or slightly behind your body, not in front. Stop if you feel a pinch in the hip.',
    sets: 2, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'piriformis-stretch', name: 'Piriformis stretch (figure 4)', region: 'HIP_PELVIS', category: 'STRETCHING',
    conditions: ['SCIATICA', 'STRAIN_SPRAIN'],
    purpose: 'Stretches the deep buttock muscle that can press on and irritate the sciatic nerve.',
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Cross one ankle over the opposite knee, making a figure 4.',
      'Reach through and hold behind the thigh of the bottom leg.',
      'Gently draw that thigh toward your chest until you feel a stretch deep in the buttock of the crossed leg.',
      'Hold for 30 seconds, relax, and switch sides.',
    ],
    cautions: 'Keep your head and shoulders relaxed on the floor. Stop if it hurts your knee or brings on tingling down the leg.',
    sets: 1, reps: 3, holdSeconds: 30, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'hip-flexor-stretch', name: 'Half-kneeling hip flexor stretch', region: 'HIP_PELVIS', category: 'STRETCHING',
    conditions: ['STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS'],
    purpose: 'Stretches the muscles at the front of the hip, which pull the lower back into an arch when they are tight.',
    steps: [
      'Kneel on one knee on a cushion with the other foot flat in front of you, both knees bent to a right angle. Hold a chair or the wall for balance.',
      'Tuck your tailbone under slightly and squeeze the buttock of the kneeling leg.',
      'Keeping your trunk upright, shift your body gently forward until you feel a stretch at the front of the hip of the kneeling leg.',
      'Hold for 30 seconds.',
      'Switch sides.',
    ],
    cautions: 'Pad the kneeling knee well. If you feel it in your lower back rather than the front of the hip, tuck your pelvis more and lean forward less.',
    sets: 1, reps: 3, holdSeconds: 30, minutes: null, timesPerDay: 1, daysPerWeek: 7,
  },
  {
    slug: 'hamstring-stretch', name: 'Hamstring stretch with a strap', region: 'LEG', category: 'STRETCHING',
    conditions: ['STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS'],
    purpose: 'Lengthens tight hamstrings, which pull on the pelvis and lower back.',
    steps: [
      'Lie on your back with both knees bent.',
      'Loop a strap, belt or towel around the ball of one foot.',
      'Straighten that knee and use the strap to raise the leg until you feel a stretch along the back of the thigh. Keep the other knee bent.',
      'Hold for 30 seconds, breathing slowly.',
      'Lower the leg and switch sides.',
    ],
    cautions: 'Feel the stretch in the back of the thigh, not behind the knee or down into the foot. With sciatica, tingling or burning down the leg means the nerve is being stretched: ease off and tell your therapist.',
    sets: 1, reps: 3, holdSeconds: 30, minutes: null, timesPerDay: 1, daysPerWeek: 7,
  },
  {
    slug: 'sciatic-nerve-glide', name: 'Sciatic nerve glide (seated)', region: 'LEG', category: 'MOBILITY',
    conditions: ['SCIATICA', 'DISC_HERNIATION'],
    purpose: 'Slides the sciatic nerve gently back and forth to ease irritation and tension, without stretching it.',
    steps: [
      'Sit tall on the edge of a chair with your knees bent and feet on the floor.',
      'Slowly straighten one knee while you tip your head back to look up.',
      'Then bend the knee back down while you bring your chin toward your chest.',
      'Keep it smooth and rhythmical: the head and the knee move in opposite directions, and you do not hold at either end.',
      'Repeat, then do the other leg if both are affected.',
    ],
    cautions: 'A mild pulling feeling is fine, but it should not hurt. Stop if tingling or pain increases or lasts more than a few minutes afterward.',
    sets: 1, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 2, daysPerWeek: 7,
  },
  {
    slug: 'wall-mini-squat', name: 'Wall slide mini squat', region: 'LEG', category: 'STRENGTHENING',
    conditions: ['LUMBAR_OSTEOARTHRITIS', 'STRAIN_SPRAIN'],
    purpose: 'Strengthens the thighs and buttocks so that your legs, not your back, do the work of bending and lifting.',
    steps: [
      'Stand with your back against a wall, feet hip-width apart and about a foot (30 cm) in front of the wall.',
      'Brace your stomach gently.',
      'Slowly slide down the wall by bending your knees to about 45 degrees, keeping your knees in line with your toes.',
      'Hold for 5 seconds.',
      'Push through your heels to slide back up.',
    ],
    cautions: 'Do not go lower than is comfortable for your knees. Keep your weight in your heels.',
    sets: 2, reps: 10, holdSeconds: 5, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'sit-to-stand', name: 'Sit to stand', region: 'LEG', category: 'STRENGTHENING',
    conditions: ['LUMBAR_OSTEOARTHRITIS', 'STRAIN_SPRAIN'],
    purpose: 'Strengthens the legs and practises getting up from a chair with the hips and knees doing the work.',
    steps: [
      'Sit near the front of a sturdy chair with your feet flat, hip-width apart and slightly behind your knees.',
      'Cross your arms over your chest (or use the armrests while you build up).',
      'Lean forward from the hips with a straight back, nose over toes.',
      'Push through your heels to stand up fully, squeezing your buttocks at the top.',
      'Sit back down slowly and with control, hips first.',
    ],
    cautions: 'Use a higher chair or a firm cushion if getting up is hard. Keep your knees in line with your toes.',
    sets: 2, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'hip-hinge', name: 'Hip hinge with a stick', region: 'LOWER_BACK', category: 'STRENGTHENING',
    conditions: ['STRAIN_SPRAIN', 'DISC_HERNIATION', 'LUMBAR_OSTEOARTHRITIS'],
    purpose: 'Practises bending from the hips with a straight back: the movement to use whenever you lift or reach down.',
    steps: [
      'Stand with your feet hip-width apart, holding a broomstick along your back so it touches the back of your head, between your shoulder blades and your tailbone.',
      'Soften your knees slightly.',
      'Push your hips backward and let your trunk tip forward, keeping all three points against the stick.',
      'Go until you feel a stretch in the back of your thighs, then squeeze your buttocks to stand back up.',
      'Repeat slowly.',
    ],
    cautions: 'If the stick leaves your tailbone or your head, you are rounding your back: go less far.',
    sets: 2, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 5,
  },
  {
    slug: 'walking-program', name: 'Walking program', region: 'WHOLE_BODY', category: 'AEROBIC', conditions: ALL,
    purpose: 'Regular walking keeps the spine moving and nourished, builds stamina, and is one of the best-supported activities for low back pain.',
    steps: [
      'Walk on flat ground at a comfortable pace, in supportive shoes.',
      'Start with a time you can manage without your pain increasing, even if that means two shorter walks.',
      'Stand tall and let your arms swing naturally.',
      'Add 1 to 2 minutes every few days if your pain is no worse the next morning.',
      'Build up toward 30 minutes on most days.',
    ],
    cautions: 'If walking brings on leg pain that eases when you sit or lean forward (common with lumbar osteoarthritis and stenosis), take short rests or lean on a shopping cart. Some soreness is normal; pain that is worse the next morning means you did too much.',
    sets: 1, reps: null, holdSeconds: null, minutes: 10, timesPerDay: 1, daysPerWeek: 5,
  },
];

export interface LibraryTemplate {
  name: string;
  description: string;
  items: { slug: string; sets?: number; reps?: number | null; holdSeconds?: number | null; minutes?: number | null; timesPerDay?: number; daysPerWeek?: number; notes?: string;
    timesOfDay?: ('MORNING' | 'MIDDAY' | 'EVENING' | 'BEFORE_BED')[] }[];
}

export const STARTER_TEMPLATES: LibraryTemplate[] = [
  {
    name: 'Acute low back pain — week 1–2',
    description: 'Gentle movement and trunk control for the first two weeks of a new episode. Keep active within comfortable limits; avoid bed rest.',
    items: [
      // Stretches before bed and in the morning, for pain lying down (issue 16 part 5).
      { slug: 'pelvic-tilt', timesPerDay: 2, timesOfDay: ['MORNING', 'BEFORE_BED'] },
      { slug: 'abdominal-bracing' },
      { slug: 'lower-trunk-rotation', timesPerDay: 2, timesOfDay: ['MORNING', 'BEFORE_BED'] },
      { slug: 'cat-camel', timesOfDay: ['MORNING'] },
      { slug: 'supine-marching', sets: 1 },
      { slug: 'walking-program', minutes: 10, daysPerWeek: 7, notes: 'Two walks of 5 minutes are fine to start with.' },
    ],
  },
  {
    name: 'Sciatica — nerve-friendly start',
    description: 'Calms an irritated sciatic nerve: extension-based movement, nerve glides and walking, with a hip stretch.',
    items: [
      { slug: 'prone-on-elbows' },
      { slug: 'prone-press-up' },
      { slug: 'sciatic-nerve-glide' },
      { slug: 'piriformis-stretch' },
      { slug: 'abdominal-bracing' },
      { slug: 'walking-program' },
    ],
  },
  {
    name: 'Disc herniation — extension bias',
    description: 'Repeated extension for a disc that centralizes, with trunk stability. Stop any exercise that sends pain further down the leg.',
    items: [
      { slug: 'prone-on-elbows' },
      { slug: 'prone-press-up' },
      { slug: 'standing-back-bend' },
      { slug: 'bird-dog', sets: 1 },
      { slug: 'abdominal-bracing' },
      { slug: 'walking-program' },
    ],
  },
  {
    name: 'Lumbar osteoarthritis — keep moving',
    description: 'Flexion-based mobility for stiff, arthritic backs with hip and leg strength and a walking plan.',
    items: [
      { slug: 'double-knee-to-chest', timesPerDay: 2, timesOfDay: ['MORNING', 'BEFORE_BED'] },
      { slug: 'seated-forward-bend', timesOfDay: ['MORNING'] },
      { slug: 'quadruped-rock-back' },
      { slug: 'glute-bridge' },
      { slug: 'sit-to-stand' },
      { slug: 'clamshell' },
      { slug: 'walking-program', minutes: 15 },
    ],
  },
  {
    name: 'Back strain — return to activity (week 3+)',
    description: 'Builds trunk endurance and lifting mechanics once the acute pain has settled.',
    items: [
      { slug: 'bird-dog' },
      { slug: 'dead-bug' },
      { slug: 'side-plank-knees' },
      { slug: 'glute-bridge' },
      { slug: 'hip-hinge' },
      { slug: 'front-plank-knees' },
      { slug: 'walking-program', minutes: 20 },
    ],
  },
];
