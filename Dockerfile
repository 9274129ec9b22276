# Rehabit app image: `docker compose up --build` (see docker-compose.yml for the services it needs).
FROM node:20-bookworm-slim

# The lockfile and package.json "allowScripts" are written for npm 11.
RUN npm install -g npm@11

WORKDIR /app
RUN chown node:node /app
USER node

# postinstall runs `prisma generate`, which needs the schema and prisma.config.ts.
COPY --chown=node:node package.json package-lock.json prisma.config.ts ./
COPY --chown=node:node prisma ./prisma
RUN npm ci

COPY --chown=node:node . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

ENV NODE_ENV=production
EXPOSE 3000
# Applies pending migrations (needs DATABASE_URL), then serves the built app through scripts/serve.ts
# (like `next start`, and it gives the app the client address: see TRUSTED_PROXY_HOPS in README).
CMD ["sh", "-c", "npm run db:migrate && npx tsx scripts/serve.ts -p 3000"]
