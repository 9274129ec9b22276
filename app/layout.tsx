import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import '@fontsource-variable/inter';
import './globals.css';
import { SiteHeader } from './_components/site-header';

export const metadata: Metadata = {
  title: { template: '%s · Rehabit', default: 'Rehabit · Physical therapy for low back pain' },
  description:
    'Physical therapy for low back pain at partner clinics across the country or by video visit: ' +
    'book a visit, follow your exercise plan and track how you are doing.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b6469' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next can only put this request's CSP nonce (proxy.ts) on
  // its scripts when it renders the page now, never from a build-time copy.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>Rehabit · Physical therapy for low back pain, in clinic or by video.</p>
            <p>
              Not for emergencies. If you suddenly lose bladder or bowel control, feel numb between the legs, or have severe new
              weakness, call 911 or go to an emergency room.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
