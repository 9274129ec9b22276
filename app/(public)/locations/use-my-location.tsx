'use client';

// "Use my location": the browser's position goes to this page as lat/lng; the server finds the
// nearest ZIP code (offline dataset) and lists clinics from there. Nothing is stored.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function UseMyLocation() {
  const router = useRouter();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  function locate() {
    if (!('geolocation' in navigator)) {
      setStatus('Your browser cannot share its location. Enter your ZIP code instead.');
      return;
    }
    setBusy(true);
    setStatus('Finding your location…');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setStatus('');
        router.push(`/locations?lat=${pos.coords.latitude.toFixed(4)}&lng=${pos.coords.longitude.toFixed(4)}`);
        setBusy(false);
      },
      (err) => {
        setBusy(false);
        setStatus(
          err.code === err.PERMISSION_DENIED
            ? 'Location sharing is turned off for this site. Enter your ZIP code instead.'
            : 'We could not find your location. Enter your ZIP code instead.',
        );
      },
      { timeout: 10_000, maximumAge: 600_000 },
    );
  }

  return (
    <div>
      <button type="button" className="button-secondary" onClick={locate} disabled={busy}>
        Use my location
      </button>
      <p className="muted" role="status">
        {status}
      </p>
    </div>
  );
}
