/** @type {import('next').NextConfig} */
const nextConfig = {
  // REHABIT_NEXT_DIR lets a second test run (REHABIT_TEST_SLOT) build beside the first.
  distDir: process.env.REHABIT_NEXT_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // Every page's <title> and description in the first bytes of <head>, for every browser (Next
  // otherwise streams them into the body for non-bots): screen readers announce the title at once,
  // and a refresh never leaves a moment without one (axe caught that once in e2e).
  htmlLimitedBots: /.*/,
  // Server-only packages with native or wasm parts stay out of the bundle, as do pg-boss (loads
  // its own SQL plans at run time) and ical-timezones (reads its zone files from its own folder).
  serverExternalPackages: [
    '@node-rs/argon2',
    '@prisma/client',
    '@prisma/adapter-pg',
    'pg',
    'nodemailer',
    'pg-boss',
    '@touch4it/ical-timezones',
  ],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
