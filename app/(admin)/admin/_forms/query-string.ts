// Moved to app/_components (the patient's pages page through lists too).
export { firstValues } from '@/app/_components/search-params';
export { pageHref } from '@/app/_components/pager';
