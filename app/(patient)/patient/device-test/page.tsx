import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { DeviceTest } from '@/app/_components/visit-room/device-test';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Test your camera and microphone' };

export default async function DeviceTestPage() {
  await requireRole('PATIENT', '/patient/device-test');
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/patient">&larr; Your dashboard</Link>
        </p>
        <h1>Test your camera and microphone</h1>
        <p className="lead">
          Check your camera, microphone and connection any day before a video visit. Nothing is recorded and nobody else sees or
          hears you here.
        </p>
      </div>
      <DeviceTest />
    </div>
  );
}
