import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listManagedVisitTypes } from '@/lib/visit-types/find-managed-visit-type';
import { cancellationPolicy, formatMoney, MODALITY_LABEL } from '@/app/_components/format';
import type { SearchParams } from '@/app/_components/search-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Visit types' };

export default async function VisitTypesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, query] = await Promise.all([requireRole('ADMIN', '/admin/visit-types'), searchParams]);
  const visitTypes = await listManagedVisitTypes(user);
  return (
    <div className="stack">
      <div>
        <h1>Visit types</h1>
        <p className="lead">
          What patients can book: length, price, where, and the cancellation policy.
          {user.practiceId && ' Network-wide types are managed by the network admin.'}
        </p>
        {query.created === '1' && (
          <p className="notice notice-success" role="status">
            The visit type was created.
          </p>
        )}
        <p className="actions">
          <Link href="/admin/visit-types/new" className="button">
            New visit type
          </Link>
        </p>
      </div>
      {visitTypes.length === 0 ? (
        <p className="empty">No visit types yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="sr-only">Visit types</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Offered by</th>
                <th scope="col">Where</th>
                <th scope="col">Length</th>
                <th scope="col">Price</th>
                <th scope="col">Cancellation</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {visitTypes.map((v) => {
                const editable = user.practiceId === null || v.practice?.id === user.practiceId;
                return (
                  <tr key={v.id}>
                    <th scope="row">{editable ? <Link href={`/admin/visit-types/${v.id}`}>{v.name}</Link> : v.name}</th>
                    <td>{v.practice?.name ?? 'Network-wide'}</td>
                    <td>{MODALITY_LABEL[v.modality]}</td>
                    <td>{v.durationMinutes} min</td>
                    <td className="amount">{formatMoney(v.priceCents, v.currency.toUpperCase())}</td>
                    <td>{cancellationPolicy(v.freeCancellationHours, v.lateCancellationFeeCents, v.currency.toUpperCase())}</td>
                    <td>{v.active ? 'Active' : <span className="badge">Inactive</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
