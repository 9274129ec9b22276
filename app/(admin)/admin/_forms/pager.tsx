// Moved to app/_components/pager.tsx (the patient's payments page uses it too).
export { Pager } from '@/app/_components/pager';
