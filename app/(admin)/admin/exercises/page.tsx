import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { ExerciseLibrary } from '@/app/_components/plans/exercise-library';
import type { SearchParams } from '@/app/_components/search-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Exercise library' };

export default async function ExerciseLibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params] = await Promise.all([requireRole('ADMIN', '/admin/exercises'), searchParams]);
  return <ExerciseLibrary user={user} params={params} base="/admin" />;
}
